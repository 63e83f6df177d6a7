"""The Qt user interface.

Importing it first spares start-up PySide's reading of our modules' source (see pyside_imports).
"""

from ipm_viewer.ui.pyside_imports import skip_reading_known_sources

skip_reading_known_sources()
