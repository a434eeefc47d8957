"""The review's exports: the Excel workbook and the HTML report written in a worker thread with
a progress dialog (the workbook can be cancelled), the charts saved as images, and the
non-blocking messages that report the outcome.

It reads what to export from the review's current :class:`ReviewState` and the open study
(``context``); it keeps only the job running and the last message shown."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from uxlab.analysis.metrics import analyze
from uxlab.gui import i18n
from uxlab.gui.review.background import CANCELLED, DONE, BackgroundJob, Job, error_text
from uxlab.gui.review.findings_source import study_findings
from uxlab.gui.review.state import ReviewState
from uxlab.gui.study_context import StudyContext

try:
    from uxlab.export.html import write_report
except Exception:
    write_report = None  # type: ignore[assignment]


class ReviewExports(QObject):
    def __init__(self, window: QWidget, context: StudyContext,
                 state: Callable[[], ReviewState]) -> None:
        super().__init__(window)
        self.window, self.context, self._state = window, context, state
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl  # replaceable in tests
        self.job: BackgroundJob | None = None
        self.progress: QProgressDialog | None = None
        self.last_message: QMessageBox | None = None

    def busy(self) -> bool:
        return self.job is not None and self.job.is_running()

    def default_path(self, suffix: str) -> Path:
        folder = self.context.folder
        if folder is not None:  # inside the study folder, next to study.json
            return folder / f"{folder.name}{suffix}"
        source = self.context.source
        if source is not None:
            return source.parent / f"{source.stem}{suffix}"
        return Path.home() / f"uxlab{suffix}"

    def _ask_path(self, title: str, default: Path, pattern: str, suffix: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.window, title, str(default), pattern)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    # ------------------------------------------------------------------ Excel, HTML
    def excel(self, path: Path | None = None) -> BackgroundJob | None:
        """Ask for a file (unless given) and write the workbook in a worker thread."""
        state = self._state()
        if state.tables is None or self.busy():
            return None
        if path is None:
            path = self._ask_path(self.tr("Export to Excel"), self.default_path("-results.xlsx"),
                                  self.tr("Excel workbook (*.xlsx)"), ".xlsx")
            if path is None:
                return None
        tables, confidence, by = state.tables, state.confidence, state.by
        target, loaded, filtered = Path(path), self.context.loaded, state.filter[0] is not None

        from uxlab.export.xlsx import export_xlsx  # here, not at start: openpyxl is large

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Path:
            results = analyze(tables, confidence, by)
            export_xlsx(tables, results, target, progress=progress, cancel=cancelled,
                        findings=study_findings(loaded, confidence))
            return target

        return self._start(job, target, self.tr("Writing {0}…").format(target.name),
                           lambda written: self._excel_done(written, filtered), cancellable=True)

    def html_report(self, path: Path | None = None) -> BackgroundJob | None:
        state = self._state()
        if state.tables is None or write_report is None or self.busy():
            return None
        if path is None:
            path = self._ask_path(self.tr("HTML report"), self.default_path("-report.html"),
                                  self.tr("Web page (*.html)"), ".html")
            if path is None:
                return None
        tables, confidence, by = state.tables, state.confidence, state.by
        language, target = i18n.current_language(), Path(path)
        writer, loaded = write_report, self.context.loaded

        def job(_progress: Callable[[float], None], _cancelled: Callable[[], bool]) -> Path:
            return Path(writer(tables, target, confidence=confidence, by=by, language=language,
                               findings=study_findings(loaded, confidence)))

        return self._start(job, target, self.tr("Writing {0}…").format(target.name),
                           lambda written: self.open_url(QUrl.fromLocalFile(str(written))),
                           cancellable=False)

    def _start(self, job: Job, path: Path, label: str,
               done: Callable[[Path], None], cancellable: bool) -> BackgroundJob:
        self.job = BackgroundJob(job, self, path)
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 100 if cancellable else 0,
                                 self.window)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(self.tr("Exporting"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.job.cancel)
        self.job.progressed.connect(lambda f: dialog.setValue(round(f * 100)))

        def ended(state: str, payload: object) -> None:
            dialog.canceled.disconnect()
            dialog.close()
            dialog.deleteLater()
            self.progress = None
            if state == DONE:
                done(Path(str(payload)))
            elif state == CANCELLED:
                self.message(QMessageBox.Icon.Information, self.tr("Export cancelled"),
                             self.tr("Nothing was written; {0} is as it was.").format(path))
            else:
                self.message(QMessageBox.Icon.Warning, self.tr("The export failed"),
                             self.tr("{0} could not be written:\n{1}").format(path, payload))

        self.job.ended.connect(ended)
        self.progress = dialog
        self.job.start()
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _excel_done(self, path: Path, filtered: bool) -> None:
        text = self.tr("The workbook {0} is written.").format(path)
        if filtered:
            text += "\n" + self.tr("It holds every participant: the 'Show' filter applies "
                                   "to this window only.")
        box = self.message(QMessageBox.Icon.Information, self.tr("Export finished"), text)
        button = box.addButton(self.tr("Open containing folder"),
                               QMessageBox.ButtonRole.ActionRole)
        button.setObjectName("openFolderButton")
        button.clicked.connect(lambda: self.open_url(QUrl.fromLocalFile(str(path.parent))))

    # ------------------------------------------------------------------ chart images
    def charts(self, panel: Any, folder: Path | None = None) -> list[Path]:
        """Every chart of ``panel`` saved as an image in ``folder`` (asked for unless given)."""
        if folder is None:
            start = self.context.folder or self.default_path("").parent
            name = QFileDialog.getExistingDirectory(self.window,
                                                    self.tr("Export charts to a folder"), str(start))
            if not name:
                return []
            folder = Path(name)
        try:
            paths = list(panel.export_images(Path(folder)))
        except Exception as exc:  # shown as a message naming the folder
            self.message(QMessageBox.Icon.Warning, self.tr("The charts were not saved"),
                         error_text(exc, folder))
            return []
        box = self.message(QMessageBox.Icon.Information, self.tr("Charts saved"),
                           self.tr("{0} image(s) saved in {1}.").format(len(paths), folder))
        button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self.open_url(QUrl.fromLocalFile(str(folder))))
        return paths

    # ------------------------------------------------------------------ messages
    def message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A non-blocking message (the window keeps working behind it)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("reviewMessage")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.last_message is not None:
            with contextlib.suppress(RuntimeError):  # already deleted
                self.last_message.close()
        self.last_message = box
        box.open()
        return box
