"""The main window: a thin frame holding one view per job (plan, run, review), the menus and the
open study. It owns no study logic: views talk to :class:`StudyContext`, not to each other."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from uxlab import __version__
from uxlab.core.errors import UxlabError
from uxlab.core.study import Study, Task
from uxlab.gui import i18n, settings
from uxlab.gui.plan.view import PlanView
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.run.view import RunView
from uxlab.gui.study_context import StudyContext
from uxlab.storage.study_files import save_study, study_file

if TYPE_CHECKING:
    from uxlab.gui.problems.view import ProblemsView
    from uxlab.gui.review.view import ReviewView

REVIEW_TAB, PROBLEMS_TAB = 2, 3

DOCS_URL = "https://github.com/uxlab/uxlab/blob/main/docs/metrics.md"


class MainWindow(Retranslatable, QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.context = StudyContext(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.plan = PlanView(self.context, self)
        self.run = RunView(self.context, self)
        # The review and problems views (analysis, tables, charts, exports: pandas, scipy,
        # pyqtgraph) are built when their tab is first shown or first needed, so the window
        # appears without waiting for any of it.
        self._review: ReviewView | None = None
        self._problems: ProblemsView | None = None
        for view in (self.plan, self.run, QWidget(self), QWidget(self)):
            self.tabs.addTab(view, "")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.context.study_changed.connect(self._update_title)
        self.plan.dirty_changed.connect(lambda _dirty: self._update_title())
        self.run.session_running_changed.connect(self._on_session_running)
        self.retranslate()
        geometry = settings.settings().value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)

    @property
    def review(self) -> ReviewView:
        """The review view, built on first use."""
        if self._review is None:
            from uxlab.gui.review.view import ReviewView

            self._review = ReviewView(self.context, self)
            self._place(REVIEW_TAB, self._review)
        return self._review

    @property
    def problems(self) -> ProblemsView:
        """The problems view, built on first use."""
        if self._problems is None:
            from uxlab.gui.problems.view import ProblemsView

            self._problems = ProblemsView(self.context, self)
            self._place(PROBLEMS_TAB, self._problems)
        return self._problems

    def _place(self, index: int, view: QWidget) -> None:
        """Put a view built on first use in place of its tab's placeholder, keeping the tab's
        title, tooltip and the current tab."""
        current = self.tabs.currentIndex()
        text, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
        placeholder = self.tabs.widget(index)
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, view, text)
            self.tabs.setTabToolTip(index, tip)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()

    def _tab_shown(self, index: int) -> None:
        if index == REVIEW_TAB:
            _ = self.review
        elif index == PROBLEMS_TAB:
            _ = self.problems

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_new = self._action(self.file_menu, QKeySequence.StandardKey.New, self.new_study)
        self.act_open = self._action(self.file_menu, QKeySequence.StandardKey.Open, self.choose_study)
        self.act_open_results = self._action(self.file_menu, None, self.choose_results_file)
        self.act_import = self._action(self.file_menu, None, self.import_results)
        self.recent_menu = QMenu(self)
        self.file_menu.addMenu(self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addSeparator()
        self.act_save = self._action(self.file_menu, QKeySequence.StandardKey.Save, self.plan.save)
        self.act_export = self._action(self.file_menu, QKeySequence("Ctrl+E"), self._export)
        self.file_menu.addSeparator()
        self.act_quit = self._action(self.file_menu, QKeySequence.StandardKey.Quit, self.close)

        self.view_menu = bar.addMenu("")
        self.act_tabs = []
        for i in range(4):
            act = self._action(self.view_menu, QKeySequence(f"Ctrl+{i + 1}"),
                               lambda _=False, i=i: self.tabs.setCurrentIndex(i))
            self.act_tabs.append(act)
        self.view_menu.addSeparator()
        self.act_participant = self._action(self.view_menu, QKeySequence("Ctrl+Shift+P"),
                                            self.run.show_participant_screen)
        self.language_menu = QMenu(self)
        self.view_menu.addMenu(self.language_menu)
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            act = QAction(name, self, checkable=True)
            act.setData(code)
            group.addAction(act)
            self.language_menu.addAction(act)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_actions[code] = act
        self.act_preferences = self._action(self.view_menu, QKeySequence.StandardKey.Preferences,
                                            self.run.edit_key_bindings)

        self.tools_menu = bar.addMenu("")
        self.act_planner = self._action(self.tools_menu, None, self.open_planner)
        self.planner: QDialog | None = None
        self.help_menu = bar.addMenu("")
        self.act_methods = self._action(self.help_menu, None, self._open_methods)
        self.act_about = self._action(self.help_menu, None, self._about)

    def _action(self, menu: QMenu, shortcut: object, slot: object) -> QAction:
        act = QAction(self)
        if shortcut is not None:
            act.setShortcut(shortcut)  # type: ignore[arg-type]
        act.triggered.connect(slot)  # type: ignore[arg-type]
        menu.addAction(act)
        return act

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Plan"))
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.setTabText(1, self.tr("&Run session"))
        self.tabs.setTabText(2, self.tr("Revie&w results"))
        self.tabs.setTabToolTip(0, self.tr("Script the study: tasks, questions, questionnaires, participants"))
        self.tabs.setTabToolTip(1, self.tr("Run a moderated session with a participant"))
        self.tabs.setTabToolTip(2, self.tr("Results, charts, group comparisons and export"))
        self.tabs.setTabText(3, self.tr("Pro&blems"))
        self.tabs.setTabToolTip(3, self.tr("Usability problems: observations, severity, who met what, discovery"))
        self.file_menu.setTitle(self.tr("&File"))
        self.act_new.setText(self.tr("&New study…"))
        self.act_open.setText(self.tr("&Open study…"))
        self.act_open_results.setText(self.tr("Open &results spreadsheet (CSV / XLSX)…"))
        self.act_import.setText(self.tr("&Import results…"))
        self.recent_menu.setTitle(self.tr("Open r&ecent"))
        self.act_save.setText(self.tr("&Save study"))
        self.act_export.setText(self.tr("&Export to Excel…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        for act, name in zip(self.act_tabs, (self.tr("Plan"), self.tr("Run session"), self.tr("Review results"),
                                             self.tr("Problems")), strict=True):
            act.setText(name)
        self.act_participant.setText(self.tr("&Participant screen"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.act_preferences.setText(self.tr("&Keys…"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.act_planner.setText(self.tr("Plan &sample size…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_methods.setText(self.tr("&Methods and formulas"))
        self.act_about.setText(self.tr("&About uxlab"))
        current = i18n.current_language()
        if current in self.language_actions:
            self.language_actions[current].setChecked(True)
        self._update_title()


    def open_planner(self) -> QDialog:
        """Tools › Plan sample size… (one dialog, kept while the window lives)."""
        if self.planner is None:
            from uxlab.gui.planner.dialog import PlannerDialog  # scipy loads here, not at start

            self.planner = PlannerDialog(self.context, self)
        self.planner.show()
        self.planner.raise_()
        self.planner.activateWindow()
        return self.planner

    def _update_title(self) -> None:
        name = self.tr("no study open")
        if self.context.study is not None:
            name = self.context.study.title
        elif self.context.source is not None:
            name = self.context.source.name
        star = "*" if self.plan.has_unsaved_changes() else ""
        self.setWindowTitle(f"{name}{star} — uxlab")

    # ------------------------------------------------------------------ commands
    def open_study(self, path: Path, mapping: dict[str, str] | None = None, sheet: str | None = None) -> bool:
        """Open a study folder or a results file (read with ``mapping`` and ``sheet`` when the
        import dialog chose them); False (with a message shown) when it fails."""
        if not self._may_leave_study():
            return False
        try:
            self.context.open(Path(path), mapping, sheet)
        except UxlabError as exc:
            self._error(self.tr("This study cannot be opened"), exc.message)
            return False
        except OSError as exc:
            self._error(self.tr("This study cannot be opened"), f"{exc.filename or path}: {exc.strerror or exc}")
            return False
        settings.remember_study(Path(path))
        if self.context.is_results_file:
            self.tabs.setCurrentWidget(self.review)
        else:
            self.offer_resume()
        return True

    def offer_resume(self) -> None:
        """Sessions that were started and never ended (app closed, crash, power cut)."""
        loaded = self.context.loaded
        if loaded is None:
            return
        open_sessions = [s.state.participant for s in loaded.sessions if s.state.started and not s.state.ended]
        if not open_sessions:
            return
        pid = open_sessions[-1]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Resume the interrupted session?"),
                          self.tr("The session with participant {0} was interrupted before it ended. "
                                  "Everything recorded up to then is kept. Resume it where it stopped?")
                          .format(pid), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("resumeBox")
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.tabs.setCurrentWidget(self.run)
            self.run.resume_session(pid)

    def choose_study(self) -> None:
        start = str(self.context.folder or Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a study folder"), start)
        if folder:
            self.open_study(Path(folder))

    def choose_results_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a results spreadsheet"), str(Path.home()),
                                              self.tr("Results (*.csv *.xlsx)"))
        if name:
            self.open_study(Path(name))

    def import_results(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import results"), str(Path.home()),
                                              self.tr("Results (*.csv *.tsv *.txt *.xlsx)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """The import dialog on ``path``; Load opens the results in the Review view."""
        from uxlab.gui.import_dialog import ImportDialog

        dialog = ImportDialog(path, self)
        dialog.resize(1100, 720)
        if dialog.exec() != ImportDialog.DialogCode.Accepted:
            return False
        return self.open_study(path, dialog.mapping(), dialog.sheet())

    def new_study(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose an empty folder for the new study"),
                                                  str(Path.home()))
        if folder:
            self.create_study(Path(folder))

    def create_study(self, folder: Path) -> bool:
        if study_file(folder).exists():
            self._error(self.tr("A study is already there"),
                        self.tr("{0} already holds a study. Open it, or choose an empty folder.").format(folder))
            return False
        task = Task("task1", {"en": "First task"}, {"en": "Describe what the participant should do."})
        try:
            save_study(folder, Study(self.tr("New study"), [task], questionnaires=["sus"]))
        except (UxlabError, OSError) as exc:
            self._error(self.tr("The study cannot be created"), str(getattr(exc, "message", exc)))
            return False
        ok = self.open_study(folder)
        self.tabs.setCurrentWidget(self.plan)
        return ok

    def set_language(self, code: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.install_language(app, code)
        settings.set_language(code)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = settings.recent_studies()
        if not paths:
            act = self.recent_menu.addAction(self.tr("(none yet)"))
            act.setEnabled(False)
        for p in paths:
            act = self.recent_menu.addAction(str(p))
            act.triggered.connect(lambda _=False, p=p: self.open_study(p))

    def _export(self) -> None:
        self.tabs.setCurrentWidget(self.review)
        self.review.export_excel()

    def _open_methods(self) -> None:
        local = Path(__file__).resolve().parents[2] / "docs" / "metrics.md"
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(local)) if local.exists() else QUrl(DOCS_URL))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About uxlab"),
                          self.tr("uxlab {0}: a lab for moderated usability testing.\n"
                                  "Free software under the GNU GPL v3 or later.").format(__version__))

    def _error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def _on_session_running(self, running: bool) -> None:
        # While a participant is in the room, the study cannot be switched under the session.
        for act in (self.act_new, self.act_open, self.act_open_results, self.act_import):
            act.setEnabled(not running)
        self.recent_menu.setEnabled(not running)
        # Nor can its tasks change under the participant: the plan is read-only during a session.
        self.plan.setEnabled(not running)
        self.tabs.setTabToolTip(0, self.tr("The plan cannot be edited while a session is running")
                                if running else self.tr("Script the study: tasks, questions, questionnaires, participants"))

    # ------------------------------------------------------------------ closing
    def _may_leave_study(self) -> bool:
        if not self.plan.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The study has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.plan.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.run.may_close() or not self._may_leave_study():
            event.ignore()
            return
        self.run.shutdown()  # every event is already on disk; this only releases the journal
        settings.settings().setValue("geometry", self.saveGeometry())
        event.accept()
