"""Content text to rich text: light Markdown, and medical words marked once per page."""

from __future__ import annotations

from ipm_viewer.content.model import GlossaryTerm
from ipm_viewer.ui.rich_text import TermMatcher, to_html

GLOSSARY = {
    "epidural": GlossaryTerm(id="epidural", term="Epidural", definition="d"),
    "epidural-space": GlossaryTerm(id="epidural-space", term="epidural space", definition="d"),
    "steroid": GlossaryTerm(id="steroid", term="steroid", definition="d", also=["corticosteroid"]),
}


def test_markdown_emphasis_and_lists() -> None:
    assert to_html("A **big** and *small* step.") == "<p>A <b>big</b> and <i>small</i> step.</p>"
    assert to_html("- one\n- two") == "<ul style='margin-left: 0px'><li>one</li><li>two</li></ul>"
    assert to_html("first\n\nsecond") == "<p>first</p><p>second</p>"
    assert to_html("1 < 2 & 3") == "<p>1 &lt; 2 &amp; 3</p>"  # text is never read as markup


def test_longest_form_wins_and_each_word_is_marked_once() -> None:
    matcher = TermMatcher.build(GLOSSARY)
    linked: set[str] = set()
    first = to_html("The epidural space gets a steroid. Steroids help.", matcher, linked)
    assert first == (
        '<p>The <a href="term:epidural-space">epidural space</a> gets a '
        '<a href="term:steroid">steroid</a>. Steroids help.</p>'
    )
    second = to_html("An epidural with a corticosteroid.", matcher, linked)
    assert second == '<p>An <a href="term:epidural">epidural</a> with a corticosteroid.</p>'


def test_words_inside_markup_are_left_alone() -> None:
    matcher = TermMatcher.build(GLOSSARY)
    assert (
        to_html("**Epidural** shots", matcher)
        == '<p><b><a href="term:epidural">Epidural</a></b> shots</p>'
    )
