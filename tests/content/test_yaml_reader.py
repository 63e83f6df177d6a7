"""Safe YAML reading: positions, and the guards against hostile files."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from ipm_viewer.content import yaml_reader
from ipm_viewer.content.yaml_reader import YamlError, read_yaml

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "file.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_billion_laughs_fails_fast_at_the_first_alias(tmp_path: Path) -> None:
    path = write(tmp_path, BILLION_LAUGHS)
    started = time.perf_counter()
    with pytest.raises(YamlError) as caught:
        read_yaml(path, "file.yaml")
    assert time.perf_counter() - started < 1.0
    assert "aliases are not allowed" in caught.value.message
    assert caught.value.position.line == 1  # where the reused value is anchored


def test_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "title: ok\nsteps: [unclosed\n")
    with pytest.raises(YamlError) as caught:
        read_yaml(path, "file.yaml")
    assert str(caught.value).startswith("file.yaml:3:")
    assert "invalid YAML" in caught.value.message


def test_oversized_file_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yaml_reader, "MAX_FILE_BYTES", 100)
    path = write(tmp_path, "text: " + "x" * 200)
    with pytest.raises(YamlError, match="limit is 100 bytes"):
        read_yaml(path, "file.yaml")


def test_too_many_values_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml_reader, "MAX_NODES", 10)
    path = write(tmp_path, "items: [" + ",".join(["1"] * 20) + "]\n")
    with pytest.raises(YamlError, match="more than 10 values"):
        read_yaml(path, "file.yaml")


def test_second_document_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "a: 1\n---\nb: 2\n")
    with pytest.raises(YamlError, match="more than one YAML document"):
        read_yaml(path, "file.yaml")


def test_python_tags_are_never_constructed(tmp_path: Path) -> None:
    path = write(tmp_path, "a: !!python/object/apply:os.system ['echo hacked']\n")
    document = read_yaml(path, "file.yaml")  # composing builds no objects at all
    assert document.root is not None


def test_binary_file_is_reported_not_crashed(tmp_path: Path) -> None:
    path = tmp_path / "file.yaml"
    path.write_bytes(b"title: ok\n\xff\xfe\x00bad")
    with pytest.raises(YamlError, match="not valid UTF-8"):
        read_yaml(path, "file.yaml")
