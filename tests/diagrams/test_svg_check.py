"""Diagram files are treated as hostile until checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipm_viewer.diagrams.svg_check import check_svg

HEAD = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'


def check(tmp_path: Path, text: str) -> tuple[object, list[str]]:
    path = tmp_path / "d.svg"
    path.write_text(text, encoding="utf-8")
    info, problems = check_svg(path, "d.svg")
    return info, [f"{p.position}: {p.message}" for p in problems]


def test_good_fixture_lists_structures_overlays_and_anchors(good_content: Path) -> None:
    info, problems = check_svg(good_content / "diagrams/test-block.svg", "test-block.svg")
    assert problems == []
    assert info is not None
    assert info.overlays == {"needle"}
    assert info.structures == {"bone", "nerve", "needle"}
    assert info.anchors == {"anchor-bone", "anchor-nerve", "anchor-needle"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            '<!DOCTYPE svg [<!ENTITY a "aaaa">]>' + HEAD + "</svg>",
            "DOCTYPE and entity declarations",
        ),
        (HEAD + "<script>alert(1)</script></svg>", "<script> is not allowed"),
        (HEAD + '<image href="http://example.org/x.png"/></svg>', "<image> is not allowed"),
        (HEAD + '<rect fill="url(http://example.org/p)"/></svg>', "external url() references"),
        (HEAD + '<a href="https://example.org"><rect/></a></svg>', "external references (href)"),
        (HEAD + '<rect onclick="x()"/></svg>', "event attribute 'onclick'"),
        (HEAD + "<clipPath/></svg>", "<clipPath> is not allowed"),
        (
            '<svg xmlns="http://www.w3.org/2000/svg" width="99999999" height="10"></svg>',
            "absurdly large",
        ),
        (HEAD + '<g id="a"/><g id="a"/></svg>', "id 'a' is used twice"),
        ("<html/>", "root element is <html>"),
        (HEAD + "<g>", "invalid SVG"),
    ],
)
def test_hostile_or_broken_svg_is_refused_with_a_position(
    tmp_path: Path, body: str, message: str
) -> None:
    info, problems = check(tmp_path, body)
    assert info is None
    assert len(problems) == 1
    assert problems[0].startswith("d.svg:1:")
    assert message in problems[0]
