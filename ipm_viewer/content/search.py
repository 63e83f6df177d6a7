"""Search as you type over procedures, conditions, glossary words and guides. No Qt.

Matching is accent- and case-insensitive, tolerates typos (one edit in words of 4+ letters, two
in words of 8+), and treats the last word typed as a prefix. Ranking weighs where a word matched
(a title beats another name, which beats a passing mention) and how (exact beats prefix beats
typo). Typo lookups use a deletion index (the SymSpell idea), so a keystroke costs a few dict
lookups per word instead of a scan of the vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from ipm_viewer.content.library import LanguageContent

Kind = Literal["procedure", "condition", "term", "guide"]

TITLE, NAME, RELATED, SUMMARY, BODY = 10.0, 8.0, 5.0, 3.0, 1.0
EXACT, PREFIX, TYPO = 1.0, 0.6, 0.5
_TOKEN = re.compile(r"[a-z0-9]+")
MAX_RESULTS = 30
# Little words people type ("pain down my leg", "dolor en mi pierna") that would otherwise have
# to match too; folded (no accents), as the words typed are.
_ENGLISH_STOP_WORDS = """a an and are at be can do does for from how i in is it its me my of on or
so the to what when will with you your"""
_SPANISH_STOP_WORDS = """a al como con cual cuando de del donde el en es esta este la las le lo los
me mi mis para por que se si sin su sus te tengo un una y ya yo"""
STOP_WORDS = {
    "en": frozenset(_ENGLISH_STOP_WORDS.split()),
    "es": frozenset(_SPANISH_STOP_WORDS.split()),
}
_KIND_ORDER = {"procedure": 0, "condition": 1, "guide": 2, "term": 3}


def fold(text: str) -> str:
    """Lower case without accents: "Epidurál" -> "epidural"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


@dataclass(frozen=True, slots=True)
class Hit:
    """One result: what it is, how well it matched, and a snippet showing where."""

    kind: Kind
    item_id: str
    title: str
    score: float
    snippet: str  # the matching words wrapped in ** for emphasis
    matched: frozenset[str] = frozenset()


@dataclass(slots=True)
class _Document:
    kind: Kind
    item_id: str
    title: str
    fields: list[tuple[float, str]]  # (weight, text)


@dataclass(slots=True)
class SearchIndex:
    """Built once per language; `search` answers each keystroke."""

    documents: list[_Document] = field(default_factory=list)
    # word -> {document index: best field weight}
    postings: dict[str, dict[int, float]] = field(default_factory=dict)
    # hash of a word with one or two letters deleted -> the word it came from, or a tuple when
    # several did. Most hold one word, and there are ~15 variants a word: keeping the variants'
    # hashes and bare words, not the variants and tuples, is most of the index's memory saved.
    # A hash that two variants share only adds a candidate, and every candidate is checked.
    deletes: dict[int, str | tuple[str, ...]] = field(default_factory=dict)
    words_by_prefix: dict[str, tuple[str, ...]] = field(default_factory=dict)
    stop_words: frozenset[str] = STOP_WORDS["en"]

    @classmethod
    def build(cls, content: LanguageContent) -> SearchIndex:
        # A translation also lists English items it lacks: their little words are skipped too.
        stop = STOP_WORDS.get(content.language, frozenset()) | STOP_WORDS["en"]
        index = cls(stop_words=stop)
        for document in _documents(content):
            index._add(document)
        index._index_vocabulary()
        return index

    def _add(self, document: _Document) -> None:
        number = len(self.documents)
        self.documents.append(document)
        for weight, text in document.fields:
            for word in set(tokens(text)):
                posting = self.postings.get(word)
                if posting is None:
                    posting = self.postings[word] = {}
                if posting.get(number, 0.0) < weight:
                    posting[number] = weight

    def _index_vocabulary(self) -> None:
        """The typo and prefix tables, for every word the documents use."""
        deletes: dict[int, set[str]] = defaultdict(set)
        prefixes: dict[str, set[str]] = defaultdict(set)
        for word in self.postings:
            for variant in _deletions(word, _max_edits(len(word))):
                deletes[hash(variant)].add(word)
            for end in range(2, min(len(word), 8) + 1):
                prefixes[word[:end]].add(word)
        self.deletes = {
            key: next(iter(words)) if len(words) == 1 else tuple(words)
            for key, words in deletes.items()
        }
        self.words_by_prefix = {prefix: tuple(words) for prefix, words in prefixes.items()}

    def search(self, query: str, limit: int = MAX_RESULTS) -> list[Hit]:
        words = tokens(query)
        stop_words = self.stop_words
        meaningful = [w for w in words if w not in stop_words]
        if meaningful:
            # A stop word typed last may be the start of a real word ("an" -> "anesthesia").
            if words[-1] in stop_words and not query.endswith(" "):
                meaningful.append(words[-1])
            words = meaningful
        if not words:
            return []
        scores: dict[int, float] | None = None
        matched_words: dict[int, set[str]] = defaultdict(set)
        for position, word in enumerate(words):
            last = len(word) >= 3 or (position == len(words) - 1 and not query.endswith(" "))
            word_scores: dict[int, float] = {}
            for candidate, quality in self._candidates(word, prefix=last).items():
                for number, weight in self.postings.get(candidate, {}).items():
                    value = weight * quality
                    if value > word_scores.get(number, 0.0):
                        word_scores[number] = value
                    matched_words[number].add(candidate)
            # Every word typed must match somewhere (AND), as people expect of a search box.
            scores = (
                word_scores
                if scores is None
                else {n: s + word_scores[n] for n, s in scores.items() if n in word_scores}
            )
        assert scores is not None
        documents = self.documents
        ranked = sorted(
            scores.items(),
            key=lambda item: (
                -item[1],
                _KIND_ORDER[documents[item[0]].kind],
                documents[item[0]].title,
            ),
        )
        hits = []
        for number, score in ranked[:limit]:
            document = self.documents[number]
            found = frozenset(matched_words[number])
            hits.append(
                Hit(
                    document.kind,
                    document.item_id,
                    document.title,
                    round(score, 3),
                    _snippet(document, found),
                    found,
                )
            )
        return hits

    def _candidates(self, word: str, *, prefix: bool) -> dict[str, float]:
        """Vocabulary words that `word` may mean, each with a match quality."""
        found: dict[str, float] = {}
        if word in self.postings:
            found[word] = EXACT
        if prefix and len(word) >= 2:
            for candidate in self.words_by_prefix.get(word[:8], ()):
                if candidate.startswith(word) and candidate not in found:
                    found[candidate] = PREFIX
        edits = _max_edits(len(word))
        if edits:
            for variant in _deletions(word, edits):
                words = self.deletes.get(hash(variant), ())
                for candidate in (words,) if isinstance(words, str) else words:
                    if candidate not in found and _within(word, candidate, edits):
                        found[candidate] = TYPO
        return found


def _documents(content: LanguageContent) -> Iterable[_Document]:
    for p in content.listings().values():
        conditions = content.conditions_for(p)
        related = " ".join(
            [c.title for c in conditions] + [n for c in conditions for n in c.other_names]
        )
        body = p.search_body
        yield _Document(
            "procedure",
            p.id,
            p.title,
            [
                (TITLE, p.title),
                (NAME, " ".join(p.other_names)),
                (RELATED, related),
                (SUMMARY, p.summary),
                (BODY, body),
            ],
        )
    for c in content.conditions.values():
        yield _Document(
            "condition",
            c.id,
            c.title,
            [
                (TITLE, c.title),
                (NAME, " ".join(c.other_names)),
                (RELATED, " ".join(c.symptoms)),
                (SUMMARY, c.summary),
                (BODY, c.explanation),
            ],
        )
    for t in content.glossary.values():
        yield _Document(
            "term",
            t.id,
            t.term,
            [
                (TITLE, t.term),
                (NAME, " ".join(t.also)),
                (BODY, t.definition),
            ],
        )
    for g in content.guides.values():
        questions = " ".join([*(s.heading for s in g.sections), *(q.question for q in g.faq)])
        body = " ".join([*(s.text for s in g.sections), *(q.answer for q in g.faq)])
        yield _Document(
            "guide",
            g.id,
            g.title,
            [
                (TITLE, g.title),
                (RELATED, questions),
                (SUMMARY, g.summary),
                (BODY, body),
            ],
        )


def _max_edits(length: int) -> int:
    return 2 if length >= 8 else 1 if length >= 4 else 0


def _deletions(word: str, edits: int) -> set[str]:
    found = {word}
    frontier = {word}
    for _ in range(edits):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def _within(a: str, b: str, limit: int) -> bool:
    """Damerau-Levenshtein distance of a and b is at most `limit` (transpositions count once)."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return False
        previous2, previous = previous, current
    return previous[-1] <= limit


@lru_cache(maxsize=16384)
def _fold_word(word: str) -> str:
    """fold() of one word; snippets meet the same few thousand words on every keystroke."""
    return fold(word)


@lru_cache(maxsize=8192)
def _folded_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, folded word) for each word of `text`: folded once, not on every keystroke."""
    return tuple((m.start(), m.end(), fold(m.group())) for m in re.finditer(r"\w+", text))


def _snippet(document: _Document, matched: frozenset[str], radius: int = 60) -> str:
    """The matching words in context, from the most important field that has them."""
    for _weight, text in sorted(document.fields, key=lambda f: -f[0]):
        first = next((w for w in _folded_words(text) if w[2] in matched), None)
        if first is None:
            continue
        start = max(0, first[0] - radius)
        end = min(len(text), first[1] + radius)
        if start:
            start = text.find(" ", start) + 1
        piece = text[start:end].strip()
        piece = re.sub(
            r"\w+",
            lambda m: f"**{m.group()}**" if _fold_word(m.group()) in matched else m.group(),
            " ".join(piece.split()),
        )
        return ("… " if start else "") + piece + (" …" if end < len(text) else "")
    return ""
