"""The big timer of the console: net time on task (pauses excluded), gross time beside it, and
the target / limit cues (the colour turns when the target and then the limit pass)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from uxlab.core.study import pick_text
from uxlab.gui.announce import announce
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.run.controller import SessionController
from uxlab.gui.run.event_log import outcome_label
from uxlab.gui.run.timefmt import clock_text

TARGET_COLOUR = "#E69F00"  # Okabe-Ito orange: the target time has passed
LIMIT_COLOUR = "#D55E00"  # vermillion: the time limit has passed
PAUSED_COLOUR = "#0072B2"  # blue: paused (distinct from the target / limit warnings)
STOPPED_COLOUR = "#F0E442"  # yellow: the clock is stopped, the outcome is being chosen
NS_PER_MINUTE = 60_000_000_000
IDLE = ("", 0)  # no task running (what was last said about the timer)


class Said:
    """What screen readers were last told about the timer: which attempt (task, start), its
    state, its whole minutes and which cues had passed. Announcements go out when one changes,
    never at the ten-a-second tick."""

    def __init__(self, attempt: tuple[str, int], state: str = "", minute: int = 0,
                 target: bool = False, limit: bool = False) -> None:
        self.attempt, self.state, self.minute, self.target, self.limit = attempt, state, minute, target, limit


class TimerPanel(Retranslatable, QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.timer_label = QLabel("00:00.0")
        self.timer_label.setObjectName("timer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tf = QFont(self.timer_label.font())
        tf.setPointSizeF(tf.pointSizeF() * 4)
        tf.setBold(True)
        tf.setStyleHint(QFont.StyleHint.Monospace)
        self.timer_label.setFont(tf)
        self.timer_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.gross_label = QLabel()
        self.gross_label.setObjectName("grossTime")
        self.gross_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue_label = QLabel()
        self.cue_label.setObjectName("timeCue")
        self.cue_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Pause (and a stopped clock) must be unmistakable: a wide coloured band over the timer.
        self.state_label = QLabel()
        self.state_label.setObjectName("timerState")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sf = QFont(self.state_label.font())
        sf.setPointSizeF(sf.pointSizeF() * 1.6)
        sf.setBold(True)
        self.state_label.setFont(sf)
        self.state_label.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.state_label, self.timer_label, self.gross_label, self.cue_label):
            lay.addWidget(w)
        self._state = ""
        self._said: Said | None = None  # None: nothing observed yet (a resumed session says nothing)
        self._recorder: object = None
        self.retranslate()

    def retranslate(self) -> None:
        self.timer_label.setAccessibleName(self.tr("Net time on task"))
        self.timer_label.setToolTip(self.tr("Net time on task: pauses excluded"))
        # the gross time changes at every tick: a fixed name, so that no name-changed event goes
        # out ten times a second (the net time's name changes when something is announced)
        self.gross_label.setAccessibleName(self.tr("Gross time on task (pauses included)"))
        self._state = ""
        self._said = None
        self.update_time()

    # -- what screen readers hear: task start and end, pause, resume, every whole minute, cues
    def _say(self, text: str, net_ns: int, assertive: bool = False) -> None:
        self.timer_label.setAccessibleName(self.tr("Net time on task: {0}").format(clock_text(net_ns, False)))
        announce(self.timer_label, text, assertive=assertive)

    def _announce_running(self, attempt: tuple[str, int], title: str, net: int, state: str,
                          target: bool, limit: bool) -> None:
        before, now = self._said, Said(attempt, state, int(net // NS_PER_MINUTE), target, limit)
        self._said = now
        if before is None:
            return
        at = clock_text(net, False)
        if before.attempt != attempt:
            self._say(self.tr("Task started: {0}. Its clock is running.").format(title), net)
            return
        if state != before.state:
            if state == "paused":
                self._say(self.tr("Paused at {0}.").format(at), net)
            elif before.state == "paused":
                self._say(self.tr("Resumed at {0}.").format(at), net)
            elif before.state == "stopped":
                self._say(self.tr("The task goes on at {0}.").format(at), net)
            # (a stopped clock is said by the outcome question, which asks what to do next)
        elif state == "" and now.minute != before.minute:
            self._say(self.tr("Time on task: {0}.").format(at), net)
        if limit and not before.limit:
            self._say(self.tr("Time limit passed."), net, assertive=True)
        elif target and not before.target:
            self._say(self.tr("Target time passed."), net)

    def _announce_idle(self, ended_net: int | None, outcome: str) -> None:
        before, self._said = self._said, Said(IDLE)
        if before is not None and before.attempt != IDLE and ended_net is not None:
            self._say(self.tr("Task ended: {0}, net time {1}.").format(
                outcome_label(outcome), clock_text(ended_net, False)), ended_net)

    def _show_state(self, state: str) -> None:
        """"" running, "paused", or "stopped" (the outcome is being chosen). Changed only when
        the state changes: the ten-a-second tick sets no style sheet."""
        if state == self._state:
            return
        self._state = state
        if state == "paused":
            self.state_label.setText(self.tr("‖ PAUSED: the task's clock is stopped"))
            self.state_label.setStyleSheet(f"background: {PAUSED_COLOUR}; color: white; padding: 6px;")
            self.timer_label.setStyleSheet(f"color: {PAUSED_COLOUR};")
        elif state == "stopped":
            self.state_label.setText(self.tr("■ CLOCK STOPPED: choose the outcome"))
            self.state_label.setStyleSheet(f"background: {STOPPED_COLOUR}; color: black; padding: 6px;")
            self.timer_label.setStyleSheet("")
        else:
            self.timer_label.setStyleSheet("")
        self.state_label.setVisible(bool(state))


    def update_time(self) -> None:
        """Called ten times a second: only labels change, nothing is computed over the session."""
        c = self.controller
        if c.recorder is not self._recorder:  # another session: nothing said about it yet
            self._recorder, self._said = c.recorder, None
        a = c.current
        if a is None:
            ended = c.last_rated_attempt() if c.is_open else None
            if ended is not None and ended.ended_t_ns is not None:
                self.timer_label.setText(clock_text(ended.net_ns()))
                self.gross_label.setText(self.tr("last task: gross {0} · {1}").format(
                    clock_text(ended.gross_ns(), False), outcome_label(ended.outcome or "")))
                self._announce_idle(ended.net_ns(), ended.outcome or "")
            else:
                self.timer_label.setText("00:00.0")
                self.gross_label.setText("")
                self._announce_idle(None, "")
            self.cue_label.setText("")
            self._show_state("")
            self.timer_label.setStyleSheet("")
            return
        now = c.pending_end_t if c.pending_end_t is not None else c.now()
        net = a.net_ns(now)
        self.timer_label.setText(clock_text(net))
        state = "stopped" if a.stopped else ("paused" if a.paused else "")
        self._show_state(state)
        self.gross_label.setText(self.tr("gross {0} (pauses included)").format(clock_text(a.gross_ns(now), False)))
        study = c.study
        task = study.task(a.task) if study is not None and a.task in study.task_ids else None
        colour, cue = "", []
        if task is not None and task.target_time_s:
            cue.append(self.tr("target {0}").format(clock_text(int(task.target_time_s * 1e9), False)))
            if net > task.target_time_s * 1e9:
                colour = TARGET_COLOUR
                cue.append(self.tr("target passed"))
        if task is not None and task.time_limit_s:
            cue.append(self.tr("limit {0}").format(clock_text(int(task.time_limit_s * 1e9), False)))
            if net > task.time_limit_s * 1e9:
                colour = LIMIT_COLOUR
                cue.append(self.tr("LIMIT PASSED"))
        self.cue_label.setText(" · ".join(cue))
        title = pick_text(task.title, study.language, "en") if task is not None and study is not None else a.task
        target = bool(task is not None and task.target_time_s and net > task.target_time_s * 1e9)
        limit = bool(task is not None and task.time_limit_s and net > task.time_limit_s * 1e9)
        self._announce_running((a.task, a.started_t_ns), title, net, state, target, limit)
        if not state:
            style = f"color: {colour};" if colour else ""
            if style != self.timer_label.styleSheet():
                self.timer_label.setStyleSheet(style)
