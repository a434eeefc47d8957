"""Preferences > Keys: rebind the one-key logging keys; clashes are refused before saving."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from uxlab.gui.run import keys


class KeyBindingsDialog(QDialog):
    def __init__(self, current: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyBindingsDialog")
        self.setWindowTitle(self.tr("Keys for one-key logging"))
        self.edits: dict[str, QKeySequenceEdit] = {}
        form = QFormLayout()
        for action in keys.ACTIONS:
            edit = QKeySequenceEdit(QKeySequence(current.get(action.id, action.default)))
            edit.setMaximumSequenceLength(1)
            edit.setAccessibleName(action.label())
            edit.setToolTip(self.tr("Click, then press the new key for “{0}”").format(action.label()))
            edit.keySequenceChanged.connect(self._check)
            form.addRow(action.label(), edit)
            self.edits[action.id] = edit
        self.problem = QLabel()
        self.problem.setObjectName("keyConflict")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        defaults = QPushButton(self.tr("Restore defaults"))
        defaults.setToolTip(self.tr("Laptop-friendly defaults: letters and digits only"))
        defaults.clicked.connect(self.restore_defaults)
        self.buttons.addButton(defaults, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Keys work while the session console has the focus; while you type a "
                                     "note they type text instead.")))
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(self.buttons)
        self._check()

    def bindings(self) -> dict[str, str]:
        return {a: keys.normalise(e.keySequence().toString(QKeySequence.SequenceFormat.PortableText))
                for a, e in self.edits.items()}

    def restore_defaults(self) -> None:
        for action in keys.ACTIONS:
            self.edits[action.id].setKeySequence(QKeySequence(action.default))

    def _check(self) -> None:
        clashes = keys.conflicts(self.bindings())
        labels = {a.id: a.label() for a in keys.ACTIONS}
        self.problem.setText("\n".join(self.tr("“{0}” is used by both “{1}” and “{2}”: choose another key.")
                                       .format(k, labels[a], labels[b]) for k, a, b in clashes))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not clashes)
