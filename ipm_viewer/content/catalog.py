"""Load the bundled content plus any extra folders, checked: what the app and the CLI both use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ipm_viewer import paths
from ipm_viewer.content import cache
from ipm_viewer.content.library import ContentPack, Library
from ipm_viewer.content.problems import Problems

if TYPE_CHECKING:
    from ipm_viewer.packs.trust import ContentTrust


def load_content(
    extra_roots: Sequence[Path] = (),
    *,
    include_bundled: bool = True,
    today: dt.date | None = None,
    cache_dir: Path | None = None,
    trust: ContentTrust | None = None,
) -> Library:
    """Bundled content overlaid by `extra_roots` (a clinic's folders), with every problem found.

    With `cache_dir`, an unchanged set of files is read back from the cache instead. With
    `trust`, clinic folders are shown only when their signature allows (see packs.trust); the
    bundled content is trusted as shipped.
    """
    bundled = paths.content_dir().resolve()
    roots = [bundled] if include_bundled else []
    extra = [r for r in extra_roots if r.resolve() != bundled]
    packs: list[ContentPack] = []
    refused = Problems()
    if trust is not None:
        from ipm_viewer.packs.trust import check_roots  # only devices with clinic content

        extra, packs, refused = check_roots(extra, trust)
    library = _load_checked([*roots, *extra], today or dt.date.today(), cache_dir)
    library.content_packs = packs
    library.problems.extend(refused)
    return library


def _load_checked(roots: Sequence[Path], today: dt.date, cache_dir: Path | None) -> Library:
    diagram_dirs = [paths.diagrams_dir()]
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
