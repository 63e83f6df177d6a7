"""Per-user preferences over QSettings, declared once with their types and defaults."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class Preferences:
    """Typed access to what the app remembers between runs (never anything about a patient)."""

    _GEOMETRY = "window/geometry"
    _STATE = "window/state"
    _LANGUAGE = "content/language"
    _TEXT_SCALE = "display/text_scale"
    _HIGH_CONTRAST = "display/high_contrast"

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value(self._GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue(self._GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._settings.value(self._STATE)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue(self._STATE, value)

    @property
    def language(self) -> str:
        value = self._settings.value(self._LANGUAGE, "")
        return value if isinstance(value, str) else ""

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue(self._LANGUAGE, value)

    @property
    def text_scale(self) -> float:
        try:
            return float(self._settings.value(self._TEXT_SCALE, 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0

    @text_scale.setter
    def text_scale(self, value: float) -> None:
        self._settings.setValue(self._TEXT_SCALE, value)

    @property
    def high_contrast(self) -> bool:
        return str(self._settings.value(self._HIGH_CONTRAST, "false")).lower() == "true"

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self._settings.setValue(self._HIGH_CONTRAST, "true" if value else "false")

    def sync(self) -> None:
        self._settings.sync()
