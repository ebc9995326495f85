"""Commitments: targets and pledges with a deadline year, and who set them.

"reduce greenhouse gas emissions by at least 55% by 2030 compared with 1990
levels", "carbon neutrality by 2050", "d'ici 2030", "tegen 2030", "bis 2045",
"d'ici au 31 décembre 2023", "bis zum 30. Juni 2024": a deadline word and a
year (perhaps closing a date), in a sentence that sets a target — a target
word, an amount or a percentage, or a verb of intent or of the future. A year
after a weaker word ("in 2050", "en 2030", "tot 2028") is a deadline only in
a sentence with a target or pledge word. A completed act ("raised its budget
in 2018") and a deadline before the document's own year are no commitments.
The committing actor is the subject the deadline hangs from, else the actor
named nearest before it; "we" is whoever speaks.
"""
from __future__ import annotations

import re
from functools import cache

from ..actors.referents import Referents
from ..dates import DateFinder, When, finder
from ..knowledge import language
from ..records import Commitment

YEAR = r"(?P<year>20\d\d|2100)(?!\d)"
MIN_YEAR = 2000
# Between a deadline word and its date, at most one short word: 'd'ici au 31 décembre', 'bis zum 30. Juni'.
AFTER_DEADLINE_WORD = re.compile(r"\s+(?:[^\W\d_]{1,3}\s+)?")
SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass"}
POSSESSORS = {"poss", "nmod:poss"}
CLAUSE_BREAKS = {";", ":"}
# Dependants of a word that are not its own phrase: other clauses, relative clauses.
OTHER_CLAUSES = {"conj", "cc", "punct", "parataxis", "relcl", "acl:relcl", "advcl"}


def _alternation(forms) -> str:
    """Cue forms as a regular expression: any run of spaces, either apostrophe."""
    escaped = (re.escape(f).replace(r"\ ", r"\s+").replace("'", "['’]") for f in sorted(forms, key=len, reverse=True))
    return "|".join(escaped) or "(?!)"


@cache
def _deadline_words(code: str, kind: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alternation(language(code).cue_forms(kind))})(?=\s)", re.IGNORECASE)


@cache
def _baseline(code: str) -> re.Pattern:
    forms = _alternation(language(code).cue_forms("baseline"))
    return re.compile(rf"(?<!\w)(?:{forms})\s+(?:\w+\s+){{0,2}}?(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def find_commitments(analysis) -> None:
    text, lang = analysis.document.text, analysis.lang
    referents = analysis.referents
    published = When.parse(analysis.document.published)
    dates = finder(lang.code)
    commitments = []
    for sentence in analysis.record.sentences:
        body = text[sentence.start:sentence.end]
        tokens = analysis.tokens_between(sentence.start, sentence.end)
        if not tokens:
            continue
        amounts = [f for f in analysis.record.figures if f.sentence == sentence.index and f.unit != "count"]
        for start, end, year in _deadlines(lang, body, tokens, dates):
            start, end = sentence.start + start, sentence.start + end
            before = [t for t in tokens if t.idx < start]
            if published and year < published.year or _completed(analysis, start):
                continue
            if not (amounts or _sets_target(lang, tokens, before)):
                continue
            figure = min(amounts, key=lambda f: abs(f.start - start)) if amounts else None
            baseline = _baseline(lang.code).search(text, end, sentence.end)
            commitments.append(Commitment(
                actor=_committer(analysis, referents, sentence.start, start), year=year,
                text=text[_target_start(analysis, before, figure, start):end].strip(),
                start=start, end=end, sentence=sentence.index,
                value=figure.value if figure else None, unit=figure.unit if figure else None,
                baseline_year=int(baseline.group("year")) if baseline else None))
    analysis.record.commitments = commitments


def _deadlines(lang, body: str, tokens, dates: DateFinder) -> list[tuple[int, int, int]]:
    """(start, end, year) of each deadline in a sentence: a deadline word and the year right after it or
    closing a date right after it ('by 2030', 'd'ici au 31 décembre 2023'); a target-year word and its year
    where a target or pledge word stands before it in its clause ('neutralité carbone en 2050')."""
    found: list[tuple[int, int, int]] = []
    mentions = None
    for kind in ("deadline", "target_year"):
        for match in _deadline_words(lang.code, kind).finditer(body):
            if any(s < match.end() and match.start() < e for s, e, _ in found):
                continue
            if kind == "target_year" and not _target_in_clause(lang, tokens, tokens[0].idx + match.start()):
                continue
            year = re.match(rf"\s+{YEAR}", body[match.end():])
            if year:
                found.append((match.start(), match.end() + year.end(), int(year.group("year"))))
                continue
            mentions = dates.find(body) if mentions is None else mentions
            date = next((m for m in mentions if m.start >= match.end() and (m.year or 0) >= MIN_YEAR
                         and AFTER_DEADLINE_WORD.fullmatch(body[match.end():m.start])), None)
            if date and kind == "deadline":
                found.append((match.start(), date.end, date.year))
    return found


def _target_in_clause(lang, tokens, start: int) -> bool:
    """A target or pledge word that a target-year word hangs from, where the parse tells ('aims to reach net
    zero in 2050', not 'will host the Expo in 2025 and aims for net zero by 2050'); else one in its clause
    ('wil tot 2028 de uitstoot halveren')."""
    here = next((i for i, t in enumerate(tokens) if t.idx >= start), len(tokens) - 1)
    if tokens[here].doc.has_annotation("DEP"):
        word = tokens[here].head if tokens[here].dep_ == "case" else tokens[here]  # 'en' is the case of '2050'
        phrase = [word.head, *(t for c in word.head.children if c.dep_ not in OTHER_CLAUSES for t in _phrase_of(c))]
        return lang.cue("pledge").within(sorted(phrase, key=lambda t: t.i))
    breaks = [i for i, t in enumerate(tokens) if t.text in CLAUSE_BREAKS | {","} or lang.cue("conjunction").token(t)]
    opening = max((i + 1 for i in breaks if i < here), default=0)
    closing = min((i for i in breaks if i >= here), default=len(tokens))
    return lang.cue("pledge").within(tokens[opening:closing])


def _phrase_of(token) -> list:
    """A word and its dependants, without the clauses inside it."""
    return [token, *(t for c in token.children if c.dep_ not in OTHER_CLAUSES for t in _phrase_of(c))]


def _completed(analysis, start: int) -> bool:
    """The verb the deadline hangs from tells a finished act ('raised its budget in 2018', 'a augmenté',
    'has been cut'), where a tagger tells tenses: a finite past, or a past participle after a finite
    auxiliary that is not of the future."""
    token = next(iter(analysis.tokens_between(start, start + 1)), None)
    verb = next((t for t in ([token, *token.ancestors] if token is not None else ()) if t.pos_ == "VERB"), None)
    if verb is None or "Past" not in verb.morph.get("Tense"):
        return False
    if "Fin" in verb.morph.get("VerbForm"):
        return True
    auxiliaries = [c for c in verb.children if c.pos_ == "AUX"]
    future = analysis.lang.cue("modal_future")
    return any("Fin" in a.morph.get("VerbForm") for a in auxiliaries) and \
        not any(future.token(a) or "Fut" in a.morph.get("Tense") for a in auxiliaries)


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
    """The subject the deadline depends on, climbing the parse; else the nearest actor before it; else whoever
    speaks there."""
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
    if before:
        return analysis.actor_code(referents.actor_of(before[0] if not doc.has_annotation("DEP") else before[-1]))
    voice = referents.voice(deadline_start)  # 'Tegen 2034 willen we naar 2,5 procent': whoever speaks
    return analysis.actor_code(voice) if voice else None


def _actor_in(analysis, referents: Referents, token) -> str | None:
    """The actor a token or its possessor/compound modifiers name."""
    for node in [token, *(c for c in token.children if c.dep_ in ("poss", "compound", "nmod:poss", "amod"))]:
        actor = referents.actor_of(node)
        if actor:
            return analysis.actor_code(actor)
    return None
