"""Commitments: targets and pledges with a deadline year, and who set them.

"reduce greenhouse gas emissions by at least 55% by 2030 compared with 1990
levels", "carbon neutrality by 2050", "d'ici 2030", "tegen 2030", "bis 2045":
a deadline word and a year, in a sentence that sets a target — a target
word, an amount or a percentage, or a verb of intent or of the future. The
committing actor is the subject the deadline hangs from, else the actor named
nearest before it; "we" is whoever speaks.
"""
from __future__ import annotations

import re
from functools import cache

from ..actors.referents import Referents
from ..knowledge import language
from ..records import Commitment

YEAR = r"(?P<year>20\d\d|2100)(?!\d)"
SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass"}
POSSESSORS = {"poss", "nmod:poss"}
CLAUSE_BREAKS = {";", ":"}


def _alternation(forms) -> str:
    """Cue forms as a regular expression: any run of spaces, either apostrophe."""
    escaped = (re.escape(f).replace(r"\ ", r"\s+").replace("'", "['’]") for f in sorted(forms, key=len, reverse=True))
    return "|".join(escaped) or "(?!)"


@cache
def _deadline(code: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alternation(language(code).cue_forms('deadline'))})\s+{YEAR}", re.IGNORECASE)


@cache
def _baseline(code: str) -> re.Pattern:
    forms = _alternation(language(code).cue_forms("baseline"))
    return re.compile(rf"(?<!\w)(?:{forms})\s+(?:\w+\s+){{0,2}}?(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def find_commitments(analysis) -> None:
    text, lang = analysis.document.text, analysis.lang
    referents = analysis.referents
    commitments = []
    for sentence in analysis.record.sentences:
        body = text[sentence.start:sentence.end]
        tokens = analysis.tokens_between(sentence.start, sentence.end)
        amounts = [f for f in analysis.record.figures if f.sentence == sentence.index and f.unit != "count"]
        for match in _deadline(lang.code).finditer(body):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            before = [t for t in tokens if t.idx < start]
            if not (amounts or _sets_target(lang, tokens, before)):
                continue
            figure = min(amounts, key=lambda f: abs(f.start - start)) if amounts else None
            baseline = _baseline(lang.code).search(body, match.end())
            commitments.append(Commitment(
                actor=_committer(analysis, referents, sentence.start, start), year=int(match.group("year")),
                text=text[_target_start(analysis, before, figure, start):end].strip(),
                start=start, end=end, sentence=sentence.index,
                value=figure.value if figure else None, unit=figure.unit if figure else None,
                baseline_year=int(baseline.group("year")) if baseline else None))
    analysis.record.commitments = commitments


def _sets_target(lang, tokens, before) -> bool:
    """A target word anywhere in the sentence, or intent or the future before the deadline."""
    return lang.cue("commitment").within(tokens) or lang.cue("modal_intent").within(before) \
        or lang.cue("modal_future").within(before)


def _target_start(analysis, before, figure, deadline_start: int) -> int:
    """Where the target's words begin: its first target word, or its amount when that comes first."""
    markers = analysis.lang.cue("commitment")
    starts = [analysis.doc[start].idx for start, _ in markers.spans(before)]
    if figure and figure.start < deadline_start:
        starts.append(figure.start)
    return min(starts) if starts else (before[0].idx if before else deadline_start)


def _committer(analysis, referents: Referents, sentence_start: int, deadline_start: int) -> str | None:
    """The subject the deadline depends on, climbing the parse; else the nearest actor before it."""
    doc = analysis.doc
    token = next((t for t in analysis.tokens_between(deadline_start, deadline_start + 1)), None)
    if token is not None and doc.has_annotation("DEP"):
        path = [token, *token.ancestors]
        for dependencies in (SUBJECTS, POSSESSORS):  # a subject up the clause before any possessor on the way
            for node in path:
                for child in node.children:
                    if child.dep_ in dependencies and (actor := _actor_in(analysis, referents, child)):
                        return actor
                if node.dep_ in ("relcl", "acl:relcl") and (actor := _actor_in(analysis, referents, node.head)):
                    return actor
    words = analysis.tokens_between(sentence_start, deadline_start)
    clause = words[next((i + 1 for i in range(len(words) - 1, -1, -1) if words[i].text in CLAUSE_BREAKS), 0):]
    # the clause of the deadline first: "…: Deutschland will bis 2045 …; Norwegen strebt bis 2050 …"
    before = [t for t in clause if referents.actor_of(t)] or [t for t in words if referents.actor_of(t)]
    return analysis.actor_code(referents.actor_of(before[0] if not doc.has_annotation("DEP") else before[-1])) \
        if before else None


def _actor_in(analysis, referents: Referents, token) -> str | None:
    """The actor a token or its possessor/compound modifiers name."""
    for node in [token, *(c for c in token.children if c.dep_ in ("poss", "compound", "nmod:poss", "amod"))]:
        actor = referents.actor_of(node)
        if actor:
            return analysis.actor_code(actor)
    return None
