"""IPM Viewer: offline patient education for interventional pain procedures."""

__version__ = "0.1.0"
