"""Read aloud: the platform's speech engine (Qt TextToSpeech) reads the current step or section.

Qt TextToSpeech lives in the PySide6-Addons wheel (`pip install 'ipm-viewer[speech]'`) and needs
an engine on the machine (SAPI/WinRT on Windows, AVSpeech on macOS, speech-dispatcher on Linux).
Where either is missing, `system_speaker` returns None and the app shows no button, rather than
one that does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget


class Speaker(QObject):
    """What the app needs from a speech engine. `finished` fires when speaking stops."""

    finished = Signal()

    def say(self, text: str) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


class QtSpeaker(Speaker):
    """Speaks through QTextToSpeech in the content's language."""

    def __init__(self, engine: QObject) -> None:
        super().__init__()
        self._engine = engine
        engine.stateChanged.connect(self._on_state_changed)  # type: ignore[attr-defined]

    def say(self, text: str) -> None:
        self._engine.say(text)  # type: ignore[attr-defined]

    def stop(self) -> None:
        self._engine.stop()  # type: ignore[attr-defined]

    def _on_state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self.finished.emit()


def system_speaker(language: str) -> Speaker | None:
    """A speaker for `language`, or None when this machine cannot speak it."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None  # the add-on module is not installed
    engine = QTextToSpeech()
    if engine.state() == QTextToSpeech.State.Error:
        return None
    wanted = QLocale(language)
    locales = [loc for loc in engine.availableLocales() if loc.language() == wanted.language()]
    if not locales:
        return None  # no voice for this language: better no button than the wrong language
    engine.setLocale(locales[0])
    return QtSpeaker(engine)


class ReadAloudButton(QPushButton):
    """ "Read aloud" / "Stop reading": reads whatever `text_source()` returns when pressed."""

    def __init__(
        self, speaker: Speaker, text_source: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._speaker = speaker
        self._text_source = text_source
        self.setCheckable(True)
        self.setAccessibleName(self.tr("Read aloud"))
        self.setAccessibleDescription(
            self.tr("Read this step or section aloud; press again to stop")
        )
        self._show_state(False)
        self.toggled.connect(self._on_toggled)
        speaker.finished.connect(self._on_finished)

    def _on_toggled(self, on: bool) -> None:
        if on:
            self._speaker.say(self._text_source())
        else:
            self._speaker.stop()
        self._show_state(on)

    def _on_finished(self) -> None:
        """The engine finished on its own: show "Read aloud" again without telling it to stop."""
        if self.isChecked():
            self.blockSignals(True)
            self.setChecked(False)
            self.blockSignals(False)
            self._show_state(False)

    def stop(self) -> None:
        """Stop reading (a step changed, or the kiosk reset)."""
        if self.isChecked():
            self.setChecked(False)

    def _show_state(self, speaking: bool) -> None:
        self.setText(self.tr("Stop reading") if speaking else self.tr("Read aloud"))
