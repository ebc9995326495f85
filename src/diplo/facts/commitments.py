"""Commitments: targets and pledges with a deadline year, and who set them.

"reduce greenhouse gas emissions by at least 55% by 2030 compared with 1990
levels", "carbon neutrality by 2050", "d'ici 2030", "tegen 2030", "bis 2045":
a deadline word and a year, in a sentence that speaks of a target (a target
word, or a percentage). The committing actor is the subject the deadline
hangs from, else the actor named nearest before it.
"""
from __future__ import annotations

import re
from functools import cache

from ..knowledge import language
from ..records import Commitment

EARLIEST = 2000
LATEST = 2100


@cache
def _deadline(code: str) -> re.Pattern:
    forms = sorted(language(code).cue_forms("deadline"), key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"(?<!\w)(?:{body})\s+(?P<year>20\d\d|2100)(?!\d)", re.IGNORECASE)


@cache
def _baseline(code: str) -> re.Pattern:
    forms = sorted(language(code).cue_forms("baseline"), key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{body})\s+(?:\w+\s+){{0,2}}?(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def find_commitments(analysis) -> None:
    text, lang = analysis.document.text, analysis.lang
    markers = lang.cue("commitment")
    commitments = []
    for sentence in analysis.record.sentences:
        body = text[sentence.start:sentence.end]
        for match in _deadline(lang.code).finditer(body):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            tokens = analysis.tokens_between(sentence.start, start)
            percent = [f for f in analysis.record.figures if sentence.start <= f.start < start and f.unit == "%"]
            if not percent and not markers.within(tokens):
                continue
            figure = percent[-1] if percent else None
            baseline = _baseline(lang.code).search(body, match.end())
            commitments.append(Commitment(
                actor=_committer(analysis, sentence.start, start), year=int(match.group("year")),
                text=text[_clause_start(analysis, tokens, markers, figure, start):end].strip(),
                start=start, end=end, sentence=sentence.index,
                value=figure.value if figure else None, unit=figure.unit if figure else None,
                baseline_year=int(baseline.group("year")) if baseline else None))
    analysis.record.commitments = commitments


def _clause_start(analysis, tokens, markers, figure, deadline_start: int) -> int:
    """Where the target's words begin: its first target word or its percentage."""
    starts = [analysis.doc[start].idx for start, _ in markers.spans(tokens)]
    starts += [t.idx for t in tokens if markers.token(t)]
    if figure:
        starts.append(figure.start)
    return min(starts) if starts else deadline_start


def _committer(analysis, sentence_start: int, deadline_start: int) -> str | None:
    """The subject the deadline depends on, climbing the parse; else the nearest actor before it."""
    doc = analysis.doc
    token = next((t for t in doc if t.idx >= deadline_start), None)
    if token is not None and doc.has_annotation("DEP"):
        for node in [token, *token.ancestors]:
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass", "nsubj:pass", "poss", "nmod:poss"):
                    actor = _actor_in(analysis, child)
                    if actor:
                        return actor
            if node.dep_ == "relcl":
                actor = _actor_in(analysis, node.head)
                if actor:
                    return actor
    before = [m for m in analysis.record.mentions if sentence_start <= m.start < deadline_start]
    return analysis.actor_code(before[-1].actor) if before else None


def _actor_in(analysis, token) -> str | None:
    """The actor a token or its possessor/compound modifiers name."""
    for node in [token, *(c for c in token.children if c.dep_ in ("poss", "compound", "nmod:poss", "amod"))]:
        actor = analysis.token_actors.get(node.i)
        if actor:
            return analysis.actor_code(actor)
    return None
