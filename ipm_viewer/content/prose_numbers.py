"""The numbers written in a text, so a translation can be checked to keep every one of them.

A risk's or benefit's figure lives in `frequency:` and is compared field by field; the numbers
in the running text (an explanation's "83 in 100,000 people", a recovery's "6 to 8 weeks") are
compared here. Each language writes numbers its own way ("100,000" and "5.1" in English,
"100.000" and "5,1" in Spanish), so both sides are read into plain values first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,\u00a0\u202f]\d+)*")

# How each language groups thousands and marks decimals; languages not listed write as English.
_SEPARATORS: dict[str, tuple[str, str]] = {
    "en": (",", "."),
    "es": (".", ","),
    "fr": ("\u00a0", ","),
    "de": (".", ","),
    "pt": (".", ","),
    "it": (".", ","),
}


def numbers_in(texts: Iterable[str], language: str) -> Counter[str]:
    """How often each number appears in `texts`, as a plain value ("100000", "5.1")."""
    thousands, decimal = _SEPARATORS.get(language.split("_")[0], _SEPARATORS["en"])
    found: Counter[str] = Counter()
    for text in texts:
        for match in _NUMBER.finditer(text):
            found[_plain(match.group(), thousands, decimal)] += 1
    return found


def _plain(written: str, thousands: str, decimal: str) -> str:
    # French groups thousands with a thin or a no-break space: either counts as the separator.
    # A sentence's closing point ("in 100.") is never part of the match.
    written = written.replace("\u202f", "\u00a0")
    groups = written.split(thousands)
    if len(groups) > 1 and all(len(g.split(decimal)[0]) == 3 for g in groups[1:]):
        written = "".join(groups)
    return written.replace(decimal, ".")


def number_differences(
    original: Iterable[str], original_language: str, translated: Iterable[str], language: str
) -> tuple[list[str], list[str]]:
    """(numbers the translation dropped, numbers it added), each sorted, repeats kept."""
    theirs = numbers_in(original, original_language)
    mine = numbers_in(translated, language)
    return sorted((theirs - mine).elements(), key=_order), sorted(
        (mine - theirs).elements(), key=_order
    )


def _order(value: str) -> tuple[float, str]:
    try:
        return float(value), value
    except ValueError:
        return 0.0, value
