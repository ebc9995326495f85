"""Direct quotations and who said them.

A quotation runs from an opening mark to its closing mark, across sentences
and paragraphs ("“…”", "« … »", "„…“", "‘…’", "'…'", '"…"'). Short quoted
names and scare quotes ("the ‘One-China’ policy", « ReArm Europe ») are not
quotations. The speaker is the person or organisation named in the words
around it ("X said:", "…, aldus X", "selon X", a caption line after it),
else the speaker of the quotation before it, else the document's own voice
(the interviewee of an interview).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Quote

PAIRS = {"“": "”", "«": "»", "„": "“”", "‚": "‘’", "‘": "’", '"': '"', "'": "'", "”": "”"}
MIN_WORDS = 4
ATTRIBUTION_CHARS = 160


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # the opening mark
    end: int  # just after the closing mark


def quotation_spans(text: str) -> list[Span]:
    """Every quoted stretch, outermost only."""
    spans, i = [], 0
    while i < len(text):
        mark = text[i]
        closers = PAIRS.get(mark)
        if closers and _opens(text, i):
            end = _closing(text, i, closers)
            if end is not None:
                spans.append(Span(i, end + 1))
                i = end + 1
                continue
        i += 1
    return spans


SPACED = {"«": "»"}  # French guillemets keep a space inside


def _opens(text: str, i: int) -> bool:
    """An opening mark stands at a word's start (not an apostrophe inside a word)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and (text[i] in SPACED or not after.isspace())


def _closing(text: str, start: int, closers: str) -> int | None:
    limit = len(text)
    spaced = text[start] in SPACED
    for j in range(start + 1, limit):
        if text[j] in closers and (j + 1 == limit or not text[j + 1].isalnum()) \
                and (spaced or not text[j - 1].isspace()):
            return j
        if text[j] == "\n" and closers in ("'", "’", "‘’") and "\n" in text[start:j]:
            return None
    return None


def named_spans(text: str) -> list[tuple[int, int]]:
    """Quoted names and scare quotes (“Fit for 55 package”), which are not quotations."""
    return [(s.start, s.end) for s in quotation_spans(text) if not _is_quotation(text[s.start + 1:s.end - 1])]


def _is_quotation(body: str) -> bool:
    """Enough words, and not a capitalised name or title ('Women, Peace and Security Agenda')."""
    words = re.findall(r"[^\W\d_][\w’'-]*", body)
    if len(words) < MIN_WORDS:
        return False
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised / len(words) < 0.6


def find_quotes(analysis) -> None:
    """Every quotation of the document with its speaker."""
    text = analysis.document.text
    quotes: list[Quote] = []
    for span in quotation_spans(text):
        body = text[span.start + 1:span.end - 1].strip()
        if not _is_quotation(body):
            continue
        speaker, reason = _speaker(analysis, span)
        if speaker is None and quotes and _near(text, quotes[-1].end, span.start):
            speaker, reason = quotes[-1].speaker, "continues the quotation before"
        if speaker is None:
            speaker, reason = _document_voice(analysis), "the document's own voice"
        quotes.append(Quote(speaker, body, span.start, span.end, analysis.sentence_at(span.start), reason))
    analysis.record.quotes = quotes


def _near(text: str, previous_end: int, start: int) -> bool:
    return text.count("\n\n", previous_end, start) <= 1


def _speaker(analysis, span: Span) -> tuple[str | None, str]:
    """The actor named in the attribution next to the quotation."""
    text = analysis.document.text
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    sentence_start = analysis.record.sentences[analysis.sentence_at(span.start)].start
    before = (max(line_start, sentence_start, span.start - ATTRIBUTION_CHARS), span.start)
    after = (span.end, _sentence_end(text, span.end, line_end))
    introduced = text[before[0]:before[1]].rstrip().endswith(":")
    own_sentence = (max(line_start, sentence_start), span.start)
    attempts = [(before, "introduced before the quotation", introduced),
                (after, "named after the quotation", _attributes(analysis, *after)),
                (before, "named before the quotation", _attributes(analysis, *before)),
                (own_sentence, "the subject of its sentence", True)]  # "L'Élysée a salué « un partenariat … »"
    for (start, end), reason, applies in attempts:
        actor = applies and _first_actor(analysis, start, end, prefer_last=reason.startswith("introduced"))
        if actor:
            return actor, reason
    caption = _caption(analysis, line_end) if not text[line_start:span.start].strip() else None
    return (caption, "caption after the quotation") if caption else (None, "")


def _sentence_end(text: str, start: int, limit: int) -> int:
    match = re.search(r"[.!?](?:\s|$)", text[start:limit])
    return start + match.end() if match and match.start() > 0 else min(limit, start + ATTRIBUTION_CHARS)


def _attributes(analysis, start: int, end: int) -> bool:
    """Words next to a quotation that attribute it: 'X said', 'aldus X', 'selon X'."""
    tokens = analysis.tokens_between(start, end)
    return analysis.lang.cue("reporting").within(tokens) or analysis.lang.cue("quote_attribution").within(tokens)


def _first_actor(analysis, start: int, end: int, prefer_last: bool) -> str | None:
    """The person (else actor) named in the words; a pronoun there ('schrieb er') is the person named last."""
    mentions = [m for m in analysis.record.mentions if start <= m.start < end]
    persons = [m for m in mentions if m.actor.startswith("person:")]
    chosen = persons or mentions
    if chosen:
        return (chosen[-1] if prefer_last else chosen[0]).actor
    pronouns = analysis.lang.cue_forms("pronoun_person") | analysis.lang.cue_forms("pronoun_any")
    if any(t.lower_ in pronouns for t in analysis.tokens_between(start, end)):
        earlier = [m for m in analysis.record.mentions if m.start < start and m.actor.startswith("person:")]
        return earlier[-1].actor if earlier else None
    return None


def _caption(analysis, line_end: int) -> str | None:
    """A line right after the quotation that starts with a person's name ('Federica Mogherini, Hohe …')."""
    text = analysis.document.text
    next_start = line_end + 1
    while next_start < len(text) and text[next_start] == "\n":
        next_start += 1
    for mention in analysis.record.mentions:
        if mention.start == next_start and mention.actor.startswith("person:"):
            return mention.actor
    return None


def _document_voice(analysis) -> str | None:
    """The interviewee or main speaker: the person mentioned most often, if any."""
    counts: dict[str, int] = {}
    for mention in analysis.record.mentions:
        if mention.actor.startswith("person:"):
            counts[mention.actor] = counts.get(mention.actor, 0) + 1
    return max(counts, key=counts.get) if counts else analysis.home_actor

