"""Topics: the PLOVER contexts a document is about, from its events and its vocabulary.

Each language's `topics.tsv` lists words that signal a context (`military`:
troops, weapons, defence...). A context is a topic of the document when its
events carry it, or when its words come up often enough.
"""
from __future__ import annotations

from collections import Counter
from functools import cache

from ..knowledge import language

MIN_WORDS = 2


@cache
def topic_words(code: str) -> dict[str, set[str]]:
    """The contexts each of a language's topic words signals, by its lower case."""
    words: dict[str, set[str]] = {}
    for row in language(code).table("topics"):
        words.setdefault(row["form"].lower(), set()).add(row["context"])
    return words


def find_topics(analysis) -> None:
    counts: Counter[str] = Counter()
    for event in analysis.record.events:
        counts.update({context: MIN_WORDS for context in event.contexts})
    words = topic_words(analysis.lang.code)
    for token in analysis.doc:
        for context in words.get(token.lemma_.lower(), ()) or words.get(token.lower_, ()):
            counts[context] += 1
    analysis.record.topics = sorted(c for c, n in counts.items() if n >= MIN_WORDS)
