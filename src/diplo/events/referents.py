"""Who a token stands for: a named actor, or a pronoun resolved to one.

"we", "our country", "nous", "wir" are the voice of whoever speaks there:
the speaker of the quotation around them, else the document's own voice.
In an interview, "you" is the interviewee. "he", "elle", "sie" are the
person named last; "it", "its", "leur" the country or organisation named last.
"""
from __future__ import annotations

from bisect import bisect_left

CANDIDATES = 3


class Referents:
    """Token-to-actor lookup for one document."""

    def __init__(self, analysis) -> None:
        self.analysis = analysis
        lang = analysis.lang
        self.first_person = lang.cue_forms("first_person") | lang.cue_forms("possessive_pronoun")
        self.second_person = lang.cue_forms("second_person")
        self.person_pronouns = lang.cue_forms("pronoun_person")
        self.thing_pronouns = lang.cue_forms("pronoun_thing")
        self.quotes = [(q.start, q.end, q.speaker) for q in analysis.record.quotes]
        self.interview = _is_interview(analysis)
        mentions = sorted(analysis.record.mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in mentions]
        self.mentions = mentions

    def voice(self, offset: int) -> str | None:
        """Who speaks at a character offset: the quotation's speaker, else the document's voice."""
        for start, end, speaker in self.quotes:
            if start <= offset < end and speaker:
                return speaker
        return self.analysis.home_actor

    def actor_of(self, token) -> str | None:
        """The actor a token names or stands for, if any."""
        named = self.analysis.token_actors.get(token.i)
        if named:
            return named
        lower = token.lower_
        if lower in self.first_person:
            return self.voice(token.idx)
        if lower in self.second_person and self.interview:
            return self.analysis.home_actor
        if lower in self.person_pronouns or lower in self.thing_pronouns:
            return self._antecedent(token.idx, person=lower in self.person_pronouns)
        return None

    def _antecedent(self, offset: int, person: bool) -> str | None:
        """The last actor of the right kind named before the offset (a subject if there is one),
        within the same paragraph or the one before. Titles ('the High Representative') are persons."""
        text = self.analysis.document.text
        limit = text.rfind("\n\n", 0, text.rfind("\n\n", 0, offset))
        candidates = []
        for mention in reversed(self.mentions[:bisect_left(self.mention_starts, offset)]):
            if mention.start < limit or len(candidates) > CANDIDATES:
                break
            if (mention.actor.startswith("person:") or mention.reason == "title") == person:
                candidates.append(mention)
        subjects = [m for m in candidates if self._is_subject(m)]
        chosen = (subjects or candidates)[:1]
        return chosen[0].actor if chosen else None

    def _is_subject(self, mention) -> bool:
        tokens = self.analysis.tokens_between(mention.start, mention.end)
        return any(t.dep_.startswith("nsubj") for t in tokens)


def _is_interview(analysis) -> bool:
    """A document with question lines ('Q -', 'Question :', 'Vraag:')."""
    prefixes = analysis.lang.cue_forms("interview_question")
    lines = [line.strip().lower() for line in analysis.document.text.split("\n") if line.strip()]
    return any(line.startswith(p) and line[len(p):len(p) + 2].strip()[:1] in (":", "-", "–", "—", ".", ")")
               for line in lines for p in prefixes)
