"""The interface as a screen reader meets it, through AT-SPI (the Linux accessibility bus): the app
runs under Xvfb with Qt's AT-SPI bridge on, and an assistive-technology client (``pyatspi``, run
with the system Python that has it) selects the Plan, Run and Review tabs and reads every control
shown. Every one has a role and a name, and in Arabic the names are Arabic.

Needs Debian ``at-spi2-core``, ``python3-pyatspi``, ``dbus`` and ``xvfb`` (``.ci/run`` installs
them); skips, saying which is missing, when they are not there."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent / "atspi"
SYSTEM_PYTHON = os.environ.get("UXLAB_ATSPI_PYTHON", "/usr/bin/python3")
VIEWS = 3  # Plan, Run session, Review results

pytestmark = pytest.mark.slow


def _missing() -> str:
    for tool in ("xvfb-run", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian xvfb / dbus)"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "the accessibility bus is not installed (Debian at-spi2-core)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return f"{SYSTEM_PYTHON} cannot import pyatspi (Debian python3-pyatspi)"
    return ""


def read_tree(language: str, tmp: Path, script: str = "walk.py", *app_args: str) -> Any:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    names = tmp / "names.json"
    script = (f'"{sys.executable}" "{HERE / "app.py"}" {language} "{names}" {" ".join(app_args)} >"{tmp}/app.log" 2>&1 & app=$!; '
              f'for i in $(seq 100); do [ -s "{names}" ] && break; sleep 0.3; done; '
              f'timeout 150 "{SYSTEM_PYTHON}" "{HERE / script}" "{names}"; code=$?; kill $app; exit $code')
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_ACCESSIBILITY": "1",
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    run = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "dbus-run-session",
                          "--", "bash", "-c", script], capture_output=True, text=True, env=env,
                         timeout=200)
    if run.returncode != 0 or not run.stdout.strip():
        if "Failed to connect" in run.stderr or "a11y" not in run.stderr:
            pytest.skip(f"the accessibility bus did not start: {run.stderr[-400:]}")
        pytest.fail(f"the AT-SPI walk failed:\n{run.stderr[-2000:]}")
    # (the registry daemon, started on demand, says hello on stdout first)
    return json.loads(run.stdout.strip().splitlines()[-1])


ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# Latin tokens an Arabic text keeps as they are (docs/i18n.md): names of measures and keys
KEPT = {"SUS", "SEQ", "UMUX", "Lite", "NPS", "CSAT", "CES", "Ctrl", "Shift", "Enter", "Excel",
        "HTML", "CSV", "JSON", "Esc", "Del"}
# Where the walk goes (tests/gui/atspi/walk.py): the three views, their sub-tabs, the console
# through a task, and the participant screen (P12 speaks the interface language)
PLACES = ("Plan", "Run session", "Run session › task running", "Run session › outcome question",
          "Run session › ratings", "Participant screen › task running",
          "Participant screen › ratings", "Review results")
NAMED_BY_LABEL = ("combo box",)  # on Linux Qt gives a combo box its value as name: the label says what it is


def _english(text: str, study_text: list[str]) -> list[str]:
    for t in study_text:  # the study's own words (titles, scenarios, ids) are not interface text
        text = text.replace(t, " ")
    return [w for w in ENGLISH_WORD.findall(text) if w not in KEPT]


def what_is_said(c: dict[str, str]) -> str:
    """What a screen reader says to name the control: its label for a combo box (Qt's AT-SPI
    bridge names a combo box by its value on Linux and points at its label by a relation), else
    its name."""
    return c["label"] if c["role"] in NAMED_BY_LABEL else c["name"]


_walks: dict[str, tuple[dict[str, list[dict[str, str]]], Path]] = {}


def walked(language: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, list[dict[str, str]]], Path]:
    """The tree read in ``language`` (one walk per language for the whole module)."""
    if language not in _walks:
        tmp = tmp_path_factory.mktemp(f"atspi-{language}")
        _walks[language] = (read_tree(language, tmp), tmp)
    return _walks[language]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_control_of_the_three_views_has_a_role_and_a_name(
        language: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    tree, tmp = walked(language, tmp_path_factory)
    study_text = json.loads((tmp / "names.json").read_text(encoding="utf-8"))["study_text"]
    places = [p.split(" › ")[0] if not p.startswith(("Run session ›", "Participant screen ›")) else p
              for p in tree]
    for place in PLACES:
        if language == "en":
            assert place in places, (place, list(tree))
    assert sum(len(v) for v in tree.values()) >= 100, {k: len(v) for k, v in tree.items()}
    problems: list[str] = []
    for place, controls in tree.items():
        for c in controls:
            said = what_is_said(c)
            if not c["role"] or not said.strip():
                problems.append(f"{place}: {c['role']} without a name: {c}")
            elif language == "ar" and _english(said, study_text):
                problems.append(f"{place}: {c['role']} {said!r} is English")
    assert not problems, "\n".join(problems)


def test_every_chart_has_its_data_as_text(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each chart of the review, as AT-SPI gives it, is described by its data (first rows, in
    words and numbers) and offers its full data table by a button."""
    tree, _tmp = walked("en", tmp_path_factory)
    shown = [c for p, v in tree.items() if p.startswith("Review results › Charts") for c in v]
    described = {c["name"]: c["description"] for c in shown if c["description"].startswith("Chart data, ")}
    assert len(described) == 7, sorted(described)  # one per chart, named by its title
    for name, text in described.items():
        assert re.search(r"\d", text) and text.count("\n") >= 2, (name, text)
    buttons = [c for v in tree.values() for c in v if c["name"] == "Show the data of the chart as a table"]
    assert buttons, "no button opens a chart's data table"


def test_the_console_and_the_participant_screen_as_a_screen_reader_reads_them(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """The console's main controls as AT-SPI gives them (role, name), through a task: printed
    for the report."""
    tree, _tmp = walked("en", tmp_path_factory)
    said = {(c["role"], what_is_said(c)) for place, v in tree.items() if place.startswith("Run session")
            for c in v}
    for name in ("Start or resume the session", "End session", "Start next task", "Pause / resume",
                 "Outcome: success", "Event log", "The task goes on: its clock runs again",
                 "Session console", "Questions"):
        assert any(n == name for _r, n in said), sorted(said)
    assert ("combo box", "Participant:") in said and ("combo box", "on") in said, sorted(said)
    screen = {what_is_said(c) for place, v in tree.items() if place.startswith("Participant screen")
              for c in v}
    assert {"I'm done", "I give up", "Feeling: pleased"} <= screen, sorted(screen)
    for place, v in tree.items():
        if place.startswith(("Run session", "Participant screen")):
            print(f"== {place}")
            print("\n".join(f"{c['role']}, {what_is_said(c)}: {c['description']}" for c in v))


# ---------------------------------------------------------------------------- announcements
ANNOUNCED = "object:announcement"
POLITE, ASSERTIVE = 1, 2  # AT-SPI's politeness, as Qt sends it (QAccessible.AnnouncementPoliteness + 1)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_console_announces_timer_status_and_outcome_question(
        language: str, tmp_path: Path) -> None:
    """A screen reader client listens on the accessibility bus while it drives one task through
    AT-SPI (start, a minute of task time, pause, resume, end, outcome): the timer is announced at
    task start, each whole minute, pause and resume, the target and the end; the status line at
    each change; the outcome question at once (assertive). The ten-a-second tick sends nothing."""
    heard: list[dict[str, Any]] = read_tree(language, tmp_path, "listen.py", "fast")
    said = [(e["step"], e["data"], e["detail1"]) for e in heard if e["type"] == ANNOUNCED]
    print("\n".join(f"{step}: {text} ({'assertive' if level == ASSERTIVE else 'polite'})"
                    for step, text, level in said))
    steps = [s for s, _t, _l in said]
    for step in ("start session", "start task", "pause", "resume", "end task", "choose success"):
        assert step in steps, (step, said)
    if language == "en":
        texts = [t for _s, t, _l in said]
        expected = ["Next: “Find a dish”. Press S to start it.",
                    "Task started: Find a dish. Its clock is running.", "Time on task: 01:",
                    "Target time passed.", "Paused at ", "Resumed at ",
                    "The task's clock stopped at ", "Task ended: success, net time "]
        at = 0
        for e in expected:  # in this order
            found = next((i for i in range(at, len(texts)) if texts[i].startswith(e)), None)
            assert found is not None, (e, texts[at:])
            at = found + 1
        question = next(x for x in said if x[1].startswith("The task's clock stopped at "))
        assert question[2] == ASSERTIVE and question[0] == "end task"
        # the time the question gives is the task's (net) time, the one the end reports
        ended = next(t for t in texts if t.startswith("Task ended: "))
        stopped_at = re.search(r"stopped at (\d\d:\d\d)", question[1])
        assert stopped_at and ended.endswith(f"net time {stopped_at.group(1)}."), (question, ended)
    else:
        study_text = json.loads((tmp_path / "names.json").read_text(encoding="utf-8"))["study_text"]
        english = [t for _s, t, _l in said if _english(t, study_text)]
        assert not english, english
    # nothing at the tick: while the task runs 90 s of task time (3 s of wall), the timer's
    # label changes its name only with what it announces (start, the minute, the target)
    timer = [e for e in heard if e["step"] == "start task" and e["type"].endswith("accessible-name")
             and e["role"] == "label"]
    assert len(timer) <= 8, [(e["name"], e["data"]) for e in timer]
