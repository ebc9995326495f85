"""When an event happened: a date in its sentence, else one told earlier in its paragraph, else the document's.

Dates are resolved against the document's own date. A document without one
gets a reference from the text ("en ce début d'année 2025", or its latest
full date); every date that was not stated in the event's own sentence is
flagged `date_assumed`.
"""
from __future__ import annotations

import re
from datetime import date

from ..dates import DATELINE_PLACE, DateMention, When, finder, resolve

DATELINE_REST = 50
INHERIT_DAYS = 92  # a date told earlier in the paragraph dates what follows only if it is this recent
# "4 April 2025 – The ministers …", "12 May 2025, Brussels – …", "3 June 2025 (AFP): …"
STORY_AFTER_DATE = re.compile(r"[^.!?]{0,40}?\s[–—-]\s|\s*[–—:|(]")


class EventDates:
    def __init__(self, analysis) -> None:
        self.analysis = analysis
        text = analysis.document.text
        self.dates = finder(analysis.lang.code)
        self.mentions = [m for m in analysis.date_mentions if not _is_dateline(text, m)
                         and not _after_deadline(analysis, m)]
        self.reference, self.reference_assumed = self._reference(text)
        self.sentence_dates = self._by_sentence()

    def tokens(self) -> set[int]:
        """Indices of the tokens of every date told in the text."""
        return {t.i for m in self.mentions for t in self.analysis.tokens_between(m.start, m.end)}

    def _reference(self, text: str) -> tuple[When | None, bool]:
        published = When.parse(self.analysis.document.published)
        if published:
            return published, False
        present = self.analysis.lang.config.get("dates", {}).get("present", [])
        pattern = re.compile(rf"(?:{'|'.join(map(re.escape, present))})\s*$", re.IGNORECASE) if present else None
        for mention in self.mentions:
            if pattern and mention.kind in ("part", "year") and pattern.search(text[max(0, mention.start - 12):
                                                                                     mention.start]):
                return When(mention.year, mention.month if mention.kind == "part" else None), True
        full = [m for m in self.mentions if m.kind == "absolute" and m.day]
        if full:
            latest = max(full, key=lambda m: (m.year, m.month, m.day))
            return When(latest.year, latest.month, latest.day), True
        return None, True

    def _by_sentence(self) -> dict[int, list[DateMention]]:
        grouped: dict[int, list[DateMention]] = {}
        for mention in self.mentions:
            grouped.setdefault(self.analysis.sentence_at(mention.start), []).append(mention)
        return grouped

    def date_of(self, sentence: int, future: bool, trigger: int) -> tuple[str | None, bool]:
        """The event's date and whether it was assumed (not stated in its sentence, or only in a relative clause
        that tells something else: 'allocated $11.5 million to people … displaced in 2012')."""
        own = [m for m in self.sentence_dates.get(sentence, []) if not self._in_other_clause(m, trigger)]
        if own:
            first = own[0]  # a sentence's dates run in order: the first is when it began ("on 6 and 7 April")
            anchor = self._told_before(first) if first.kind == "told" else self.reference
            resolved = resolve(first, anchor, future)
            if resolved:
                return resolved.iso(), self.reference_assumed and not first.complete
        earlier = self._earlier_in_paragraph(sentence)
        if earlier:
            return earlier.iso(), True
        return (self.reference.iso(), True) if self.reference else (None, False)

    def _in_other_clause(self, mention: DateMention, trigger: int) -> bool:
        """With a parse: is the date inside a relative clause that does not hold the trigger?"""
        doc = self.analysis.doc
        tokens = self.analysis.tokens_between(mention.start, mention.end)
        if not doc.has_annotation("DEP") or not tokens:
            return False
        current = tokens[0]
        while current.head != current:
            if current.dep_ in ("relcl", "acl:relcl"):
                return not current.left_edge.i <= trigger <= current.right_edge.i
            current = current.head
        return False

    def _told_before(self, mention: DateMention) -> When | None:
        """The last full date told before a mention ('Le 16 mai, … Le lendemain même, …'), else the reference."""
        for earlier in reversed([m for m in self.mentions if m.end <= mention.start]):
            resolved = resolve(earlier, self.reference)
            if resolved and resolved.day:
                return resolved
        return self.reference

    def _earlier_in_paragraph(self, sentence: int) -> When | None:
        sentences = self.analysis.record.sentences
        text = self.analysis.document.text
        current = sentences[sentence]
        for previous in reversed(sentences[:sentence]):
            if "\n" in text[previous.end:current.start]:
                return None
            for mention in reversed(self.sentence_dates.get(previous.index, [])):
                resolved = resolve(mention, self.reference)
                # "this year" says less than the document's date; "la conférence … en juin 2024" is background
                if resolved and resolved.month and self._recent(resolved):
                    return resolved
            current = previous
        return None

    def _recent(self, when: When) -> bool:
        """Close enough before the reference date to be the news, not background recalled."""
        reference = self.reference.as_date() if self.reference else None
        return reference is None or (reference - date(when.year, when.month, when.day or 1)).days <= INHERIT_DAYS


def _is_dateline(text: str, mention: DateMention) -> bool:
    """A date opening a short line, or a line where a dash starts the story, perhaps after its place
    ('DAKAR, 17 juillet 2025 (AFP) – …'), is the document's date; a word of relative time or a part of a
    month never is ('Hier, la France a convoqué …', 'Eind februari bracht de minister …')."""
    if mention.kind not in ("absolute", "partial") or mention.day is None:
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    before = text[line_start:mention.start]
    if before.strip(" ([") and not DATELINE_PLACE.match(before):
        return False
    line_end = text.find("\n", mention.end)
    rest = text[mention.end:line_end if line_end >= 0 else len(text)]
    return len(rest.strip()) < DATELINE_REST or STORY_AFTER_DATE.match(rest) is not None


def _after_deadline(analysis, mention: DateMention) -> bool:
    """'by 2030', 'd'ici 2030': a deadline, not when something happened."""
    before = analysis.document.text[max(0, mention.start - 20):mention.start].lower().split()
    return bool(before) and before[-1] in analysis.lang.cue_forms("deadline")
