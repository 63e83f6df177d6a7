"""Load the bundled content plus any extra folders, checked: what the app and the CLI both use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from ipm_viewer import paths
from ipm_viewer.content import cache
from ipm_viewer.content.library import Library


def load_content(
    extra_roots: Sequence[Path] = (),
    *,
    include_bundled: bool = True,
    today: dt.date | None = None,
    cache_dir: Path | None = None,
) -> Library:
    """Bundled content overlaid by `extra_roots` (a clinic's folders), with every problem found.

    With `cache_dir`, an unchanged set of files is read back from the cache instead.
    """
    bundled = paths.content_dir().resolve()
    roots = [bundled] if include_bundled else []
    roots += [r for r in extra_roots if r.resolve() != bundled]
    diagram_dirs = [paths.diagrams_dir()]
    today = today or dt.date.today()
    key = cache.fingerprint([*roots, *diagram_dirs], today.isoformat()) if cache_dir else ""
    if cache_dir is not None:
        cached = cache.load(cache_dir, key)
        if cached is not None:
            return cached
    # Imported here: with a cache hit, start-up needs neither the YAML parser nor the checks.
    from ipm_viewer.content.load import load_library
    from ipm_viewer.content.validate import validate_library

    library = load_library(roots, diagram_dirs)
    library.problems.extend(validate_library(library, today))
    if cache_dir is not None:
        cache.store(cache_dir, key, library)
    return library
