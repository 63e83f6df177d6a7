"""Load the bundled content plus any extra folders, checked: what the app and the CLI both use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from ipm_viewer import paths
from ipm_viewer.content.library import Library
from ipm_viewer.content.load import load_library
from ipm_viewer.content.validate import validate_library


def load_content(
    extra_roots: Sequence[Path] = (), *, include_bundled: bool = True, today: dt.date | None = None
) -> Library:
    """Bundled content overlaid by `extra_roots` (a clinic's folders), with every problem found."""
    bundled = paths.content_dir().resolve()
    roots = [bundled] if include_bundled else []
    roots += [r for r in extra_roots if r.resolve() != bundled]
    library = load_library(roots, [paths.diagrams_dir()])
    library.problems.extend(validate_library(library, today))
    return library
