"""The content cache: same result as a fresh load, and never stale."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from ipm_viewer.content.cache import LazyProcedures
from ipm_viewer.content.catalog import load_content
from ipm_viewer.content.search import SearchIndex

TODAY = dt.date(2026, 6, 1)


def load(root: Path, cache_dir: Path):  # type: ignore[no-untyped-def]
    return load_content([root], include_bundled=False, today=TODAY, cache_dir=cache_dir)


def test_a_cached_load_gives_the_same_content(content_copy: Path, tmp_path: Path) -> None:
    fresh = load(content_copy, tmp_path / "cache")
    assert list((tmp_path / "cache").glob("content-*.pickle"))
    cached = load(content_copy, tmp_path / "cache")
    assert cached is not fresh
    assert cached.language("en").procedures == fresh.language("en").procedures
    assert cached.language("en").glossary == fresh.language("en").glossary
    assert set(cached.diagrams) == set(fresh.diagrams)


def test_changing_a_file_invalidates_the_cache(content_copy: Path, tmp_path: Path) -> None:
    load(content_copy, tmp_path / "cache")
    path = content_copy / "en/procedures/test-injection.yaml"
    path.write_text(path.read_text().replace("title: Test injection", "title: Changed"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    reloaded = load(content_copy, tmp_path / "cache")
    assert reloaded.language("en").procedures["test-injection"].title == "Changed"
    assert len(list((tmp_path / "cache").glob("content-*.pickle"))) == 1  # the old one is gone


def test_problems_are_cached_too(content_copy: Path, tmp_path: Path) -> None:
    path = content_copy / "en/procedures/test-injection.yaml"
    path.write_text(path.read_text().replace("titel", "x").replace("title: Test", "titel: Test"))
    first = load(content_copy, tmp_path / "cache")
    again = load(content_copy, tmp_path / "cache")
    assert [str(p) for p in again.problems] == [str(p) for p in first.problems] != []


def test_a_corrupt_cache_is_ignored(content_copy: Path, tmp_path: Path) -> None:
    load(content_copy, tmp_path / "cache")
    for file in (tmp_path / "cache").glob("content-*.pickle"):
        file.write_bytes(b"not a pickle")
    assert "test-injection" in load(content_copy, tmp_path / "cache").language("en").procedures


def test_listing_and_searching_read_no_procedure_until_one_is_opened(
    content_copy: Path, tmp_path: Path
) -> None:
    spanish = content_copy / "es/procedures"
    spanish.mkdir(parents=True)
    (content_copy / "es/glossary.yaml").write_text("terms: []\n")
    load(content_copy, tmp_path / "cache")
    english = load(content_copy, tmp_path / "cache").language("en")
    procedures = english.procedures
    assert isinstance(procedures, LazyProcedures)
    assert [p.title for p in english.procedures_in("test-injections")] == ["Test injection"]
    assert SearchIndex.build(english).search("test injection")[0].item_id == "test-injection"
    assert "test-injection" in procedures and list(procedures) == ["test-injection"]
    assert procedures.read_count() == 0
    assert procedures["test-injection"].steps[0].title
    assert procedures.read_count() == 1


def test_an_untranslated_procedure_is_read_once_for_every_language(
    content_copy: Path, tmp_path: Path
) -> None:
    (content_copy / "es/procedures").mkdir(parents=True)
    (content_copy / "es/glossary.yaml").write_text("terms: []\n")
    load(content_copy, tmp_path / "cache")
    library = load(content_copy, tmp_path / "cache")
    english, spanish = library.language("en"), library.language("es")
    assert spanish.is_fallback("procedure", "test-injection")
    assert spanish.procedures["test-injection"] is english.procedures["test-injection"]


@pytest.mark.parametrize("kept", [0.5, 0.99])  # cut in the header, or in a procedure
def test_a_cut_off_cache_is_ignored(content_copy: Path, tmp_path: Path, kept: float) -> None:
    load(content_copy, tmp_path / "cache")
    for file in (tmp_path / "cache").glob("content-*.pickle"):
        file.write_bytes(file.read_bytes()[: int(file.stat().st_size * kept)])
    procedures = load(content_copy, tmp_path / "cache").language("en").procedures
    assert procedures["test-injection"].steps[0].title


def test_a_cache_file_is_used_only_for_the_very_content_it_was_made_from(
    content_copy: Path, tmp_path: Path
) -> None:
    """The file's name is only a checksum of the key: a file of other content that ends up
    under the name this content looks for (a checksum collision) must not be shown."""
    from ipm_viewer import paths
    from ipm_viewer.content import cache

    load(content_copy, tmp_path / "cache")
    key = cache.fingerprint([content_copy, paths.diagrams_dir()], TODAY.isoformat())
    assert cache.load(tmp_path / "cache", key) is not None
    other_key = cache.fingerprint([content_copy, paths.diagrams_dir()], "2030-01-01")
    (made,) = (tmp_path / "cache").glob("content-*.pickle")
    made.rename(made.with_name(cache._file_name(other_key)))
    assert cache.load(tmp_path / "cache", other_key) is None
