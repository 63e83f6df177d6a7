"""A push button whose words wrap onto more lines when it is narrow, instead of being cut."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget


class WrappingButton(QPushButton):
    """Quiz answers and source links: long texts that must be read whole on any screen.

    The style draws the button as usual; the button gives it the text with line breaks that
    fit its current width, and tells layouts how tall it is at any width.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full_text = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full_text

    def set_full_text(self, text: str) -> None:
        self._full_text = text
        self._rewrap()
        self.updateGeometry()

    # -- measuring -----------------------------------------------------------------------------

    def _padding(self) -> QSize:
        """What the style adds around the text (padding, border, focus frame)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(0, 0), self
        )

    def _lines(self, width: int) -> list[str]:
        """Words laid into lines no wider than `width` (a too-long word gets a line alone)."""
        metrics = self.fontMetrics()
        room = max(width - self._padding().width(), 1)
        lines: list[str] = []
        for paragraph in self._full_text.split("\n"):
            line = ""
            for word in paragraph.split(" "):
                candidate = f"{line} {word}" if line else word
                if line and metrics.horizontalAdvance(candidate) > room:
                    lines.append(line)
                    line = word
                else:
                    line = candidate
            lines.append(line)
        return lines

    def _size_for(self, lines: list[str]) -> QSize:
        metrics = self.fontMetrics()
        text_width = max((metrics.horizontalAdvance(line) for line in lines), default=0)
        text_height = metrics.lineSpacing() * len(lines)
        padding = self._padding()
        return QSize(text_width + padding.width() + 2, text_height + padding.height())

    def sizeHint(self) -> QSize:
        return self._size_for(self._full_text.split("\n"))

    def minimumSizeHint(self) -> QSize:
        words = self._full_text.split()
        longest = max((self.fontMetrics().horizontalAdvance(w) for w in words), default=0)
        width = longest + self._padding().width() + 2
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._size_for(self._lines(width)).height()

    # -- showing -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rewrap()

    def _rewrap(self) -> None:
        wrapped = "\n".join(self._lines(self.width())) if self.width() > 0 else self._full_text
        # A button reads "&" as a shortcut marker and hides it: "Disorders & Techniques" would
        # show as "Disorders  Techniques". "&&" shows one "&".
        shown = wrapped.replace("&", "&&")
        if shown != QPushButton.text(self):
            super().setText(shown)
