"""Handout PDFs made once per module through the command line, and ways to read them back."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from pypdf.generic import DictionaryObject
from PySide6.QtCore import QCoreApplication, QLocale

from ipm_viewer.cli import main
from ipm_viewer.content.catalog import load_content
from ipm_viewer.content.library import Library
from ipm_viewer.ui.language_switch import use_language

CLINIC_YAML = """\
name: Riverside Pain Clinic
phones:
  office: 555-0100
  after_hours: 555-0199
  emergency: "911"
"""


@pytest.fixture(scope="session")
def bundled() -> Library:
    return load_content()


@pytest.fixture(scope="session")
def clinic_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("clinic") / "clinic.yaml"
    path.write_text(CLINIC_YAML, encoding="utf-8")
    return path


def make_handout(out: Path, *args: str) -> int:
    """Run `ipm-viewer handout ... --out out`; the exit code."""
    code = main(["handout", *args, "--out", str(out)])
    back_to_english()
    return code


def back_to_english() -> None:
    """The CLI sets the handout's language for the whole process; tests expect en_US."""
    app = QCoreApplication.instance()
    if app is not None:
        use_language(app, "en")
    QLocale.setDefault(QLocale("en_US"))


_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_TEXT = re.compile(rb"/([\w.+-]+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj|\bET\b")


def _utf16(hex_digits: bytes) -> str:
    return bytes.fromhex(hex_digits.decode()).decode("utf-16-be")


def _to_unicode(font: DictionaryObject) -> dict[int, str]:
    """The font's ToUnicode map: glyph id -> text."""
    data = font["/ToUnicode"].get_object().get_data()
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, target in _RANGE.findall(block):
            first, last = int(low, 16), int(high, 16)
            if target.startswith(b"["):
                for offset, value in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", target)):
                    mapping[first + offset] = _utf16(value)
            else:
                start = ord(_utf16(target[1:-1])[0])
                for offset in range(last - first + 1):
                    mapping[first + offset] = chr(start + offset)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for source, target in _CHAR.findall(block):
            mapping[int(source, 16)] = _utf16(target)
    return mapping


def page_text(page: PageObject) -> str:
    """A page's text, in drawing order, whitespace made single spaces.

    Qt writes every glyph at its own position, which makes pypdf's general extractor slow
    (seconds a page); this reads Qt's simple text operators with each font's ToUnicode map.
    """
    fonts = {
        name.lstrip("/").encode(): _to_unicode(font.get_object())
        for name, font in page["/Resources"]["/Font"].items()
    }
    content = page.get_contents()
    assert content is not None
    current: dict[int, str] = {}
    parts: list[str] = []
    for match in _TEXT.finditer(content.get_data()):
        font, glyphs = match.group(1), match.group(2)
        if font is not None:
            current = fonts.get(font, {})
        elif glyphs is not None:
            parts.extend(
                current.get(int(glyphs[i : i + 4], 16), "") for i in range(0, len(glyphs), 4)
            )
        else:
            parts.append(" ")
    return " ".join("".join(parts).split())


def text_of(reader: PdfReader) -> str:
    return " ".join(page_text(page) for page in reader.pages)


def page_texts(reader: PdfReader) -> list[str]:
    return [page_text(page) for page in reader.pages]


_SIZED = re.compile(rb"/[\w.+-]+ ([\d.]+) Tf|<([0-9A-Fa-f]+)> Tj")
_SCALE = re.compile(rb"([\d.]+) 0 0 -?[\d.]+ [\d.]+ [\d.]+ cm")


def body_size(reader: PdfReader) -> float:
    """The point size most of the text is set in (Qt scales its 1200 dpi text with one `cm`)."""
    sizes: Counter[float] = Counter()
    for page in reader.pages:
        content = page.get_contents()
        assert content is not None
        data = content.get_data()
        scale_match = _SCALE.search(data)
        scale = float(scale_match.group(1)) if scale_match else 1.0
        size = 0.0
        for match in _SIZED.finditer(data):
            if match.group(1) is not None:
                size = round(float(match.group(1)) * scale, 1)
            else:
                sizes[size] += len(match.group(2)) // 4
    return sizes.most_common(1)[0][0]


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
