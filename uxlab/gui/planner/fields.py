"""The planner's input pages: number boxes (shares in percent, in the language's digits, "." read
as the decimal separator) and choice boxes in a form, with rows shown only where they apply."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from uxlab.gui.plan.fields import SecondsBox

CONFIDENCES = (0.90, 0.95, 0.99)


class NumberBox(SecondsBox):
    """A decimal box; a share is typed and shown in percent (value() / 100 is the share)."""

    def __init__(self, lo: float, hi: float, value: float, decimals: int, percent: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.percent = percent
        self.setDecimals(decimals)
        self.setRange(lo, hi)
        self.setSingleStep(1.0 if percent else 10 ** -decimals * 10 if decimals else 1.0)
        self.setValue(value)
        self.setAccelerated(True)

    def set_suffix(self) -> None:
        self.setSuffix(" %" if self.percent else "")  # as the review writes shares (fmt.percent)

    def number(self) -> float:
        return self.value() / 100 if self.percent else self.value()


class PlanPage(QWidget):
    """A form of named inputs. ``labels`` and ``tips`` give their texts (translated by the
    dialog); ``visible`` says which rows apply to the current choices."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.form = QFormLayout(self)
        self.boxes: dict[str, NumberBox] = {}
        self.choices: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.visible: Callable[[str], bool] = lambda _key: True

    def _row(self, key: str, field: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(field)
        field.setObjectName(f"{self.objectName()}_{key}")
        self.labels[key] = label
        self.form.addRow(label, field)

    def number(self, key: str, lo: float, hi: float, value: float, decimals: int = 0,
               percent: bool = False) -> NumberBox:
        box = NumberBox(lo, hi, value, decimals, percent, self)
        box.valueChanged.connect(lambda _v: self.changed.emit())
        self.boxes[key] = box
        self._row(key, box)
        return box

    def choice(self, key: str, values: tuple[Any, ...], current: Any = None) -> QComboBox:
        combo = QComboBox(self)
        for v in values:
            combo.addItem("", v)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.currentIndexChanged.connect(lambda _i: self._choices_changed())
        self.choices[key] = combo
        self._row(key, combo)
        return combo

    def confidence(self) -> QComboBox:
        return self.choice("confidence", CONFIDENCES, 0.95)

    def _choices_changed(self) -> None:
        self.show_rows()
        self.changed.emit()

    def show_rows(self) -> None:
        for key, label in self.labels.items():
            self.form.setRowVisible(label, self.visible(key))

    def value(self, key: str) -> Any:
        if key in self.boxes:
            return self.boxes[key].number()
        return self.choices[key].currentData()

    def set_texts(self, labels: dict[str, str], tips: dict[str, str],
                  items: dict[str, dict[Any, str]]) -> None:
        for key, label in self.labels.items():
            label.setText(labels.get(key, key))
            field = self.boxes.get(key) or self.choices[key]
            field.setAccessibleName(labels.get(key, key).replace("&", "").rstrip(":： "))
            field.setToolTip(tips.get(key, ""))
        for key, combo in self.choices.items():
            names = items.get(key, {})
            for i in range(combo.count()):
                combo.setItemText(i, names.get(combo.itemData(i), str(combo.itemData(i))))
        for box in self.boxes.values():
            box.set_suffix()
        self.show_rows()
