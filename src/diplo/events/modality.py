"""Modality: did the event happen as told, or is it negated, hypothetical (or only asked), requested, intended
or to come?

The cues come from the language's `cues.tsv`; they are looked for in the
clause before the trigger (and, for negation, the words the trigger governs
or, untagged, the rest of its clause: "erkent Palestina op dit moment niet").
"""
from __future__ import annotations

from spacy.tokens import Token

CLAUSE_BREAKS = {",", ";", ":", "(", ")", "—", "–"}
CLAUSE_WORDS = 8
NEGATION_REACH = 14  # words after an unparsed verb within which its clause's negation may stand
REQUEST_DEPTH = 3
# Clauses that say something of their own even under a request: relative and parenthetical ones.
OWN_CLAUSES = {"relcl", "acl:relcl", "parataxis"}


INSTEAD_WORDS = 4  # words right before a trigger where 'instead of' says it did not happen
NEED_WORDS = 4  # words before an event noun where 'the need for' says it is asked for


class Modality:
    """Decides the modality of the triggers of one document."""

    def __init__(self, analysis, request_tokens: set[int]) -> None:
        self.analysis = analysis
        self.lang = analysis.lang
        self.doc = analysis.doc
        self.parsed = self.doc.has_annotation("DEP")
        self.request_tokens = request_tokens

    def of(self, trigger: Token, own: int = -1, pos: str = "", negation: bool = True) -> str:
        """The modality of a trigger; `own` is its separable particle, which never negates it ('erfüllen … nicht'
        is one expression, 'failed to meet'); `pos` the part of speech of its entry; without `negation`, the
        modality a negated trigger's refusal has ('will not accept')."""
        lang, before = self.lang, self._clause_before(trigger)
        if negation and self._negated(trigger, [t for t in before if t.i != own], own) or \
                lang.cue("instead").within(before[-INSTEAD_WORDS:]):  # 'instead of accepting', 'au lieu d'accepter'
            return "negated"
        reported = self._reported(trigger)
        verb = trigger.pos_ in ("VERB", "AUX")  # 'retrait' ends as 'serait' does, but is no verb
        hypothetical = lang.cue("modal_hypothetical").within(before) or lang.cue("hope").within(before) \
            or verb and lang.cue("conditional_suffix").token(trigger) or self._asked(trigger)
        if hypothetical and not (reported and lang.cue("modal_future_in_past").within(before)):
            return "hypothetical"
        if hypothetical:
            return "future"  # "Morita said Japan would provide …"
        if self._requested(trigger) or trigger.pos_ == "NOUN" and lang.cue("necessity").within(before[-NEED_WORDS:]) \
                or (verb or pos == "VERB" and not trigger.pos_) and self.demanded(before):
            return "requested"  # 'called for a ceasefire', 'agreed on the need for an urgent ceasefire', 'Russia
            # must withdraw'
        if lang.cue("modal_intent").within(before) or self._agreed_or_decided(trigger) or self._purpose(trigger, before):
            return "intended"
        if lang.cue("modal_future").within(before) or verb and lang.cue("future_suffix").token(trigger):
            return "future"
        return "asserted"

    def demanded(self, before: list[Token]) -> bool:
        """'X must …', 'X should …', 'it is time for X to …': the speaker asks another, X, to act; not 'we must'."""
        first_person = self.lang.cue_forms("first_person")
        return self.lang.cue("modal_request").within(before) and not any(t.lower_ in first_person for t in before)

    def _clause_before(self, trigger: Token) -> list[Token]:
        """The words of the trigger's clause before it (at most a few)."""
        start = max(self.analysis.sent_of(trigger.i).start, trigger.i - CLAUSE_WORDS)
        words = self.doc[start:trigger.i]
        for i in range(len(words) - 1, -1, -1):
            if words[i].text in CLAUSE_BREAKS:
                return list(words[i + 1:])
        return list(words)

    def _negated(self, trigger: Token, before: list[Token], own: int) -> bool:
        negation = self.lang.cue("negation")
        if self.parsed:
            governed = [c for c in trigger.children if c.dep_ in ("neg", "advmod", "det", "advmod:neg", "cc")]
            if trigger.dep_ in ("dobj", "obj", "xcomp", "pobj"):
                governed += [c for c in trigger.head.children if c.dep_ in ("neg", "advmod", "advmod:neg")]
            scope = governed
        else:
            after = self.doc[trigger.i + 1:min(self.analysis.sent_of(trigger.i).end, trigger.i + 1 + NEGATION_REACH)]
            purpose, conjunction = self.lang.cue("purpose"), self.lang.cue("conjunction")
            clause_end = next((i for i, t in enumerate(after) if t.text in CLAUSE_BREAKS or purpose.token(t)
                               or conjunction.token(t)), len(after))  # 'riep Rusland op om zonder voorwaarden in
            # te stemmen': not its own; 'erkent de bevoegdheid van de ICAO-raad in deze zaak niet en …': its own
            scope = before + list(after[:clause_end])  # "erkent Palestina … niet", "dass es keine Waffen … liefert"
        scope = [t for t in scope if t.i != own]
        return negation.within(scope) and not self.lang.cue("negation_exception").within(before + scope)

    def _asked(self, trigger: Token) -> bool:
        """Is the trigger in a question ('War das ein Angriff auf die NATO?'), which asserts nothing?"""
        words = [t for t in self.analysis.sent_of(trigger.i) if not t.is_space and not t.is_quote]
        return bool(words) and words[-1].text == "?"

    def _reported(self, trigger: Token) -> bool:
        """Inside what someone says ('X said that Y would …')."""
        reporting = self.lang.cue("reporting")
        if self.parsed:
            return any(reporting.token(a) for a in list(trigger.ancestors)[:3])
        return reporting.within(self.doc[self.analysis.sent_of(trigger.i).start:trigger.i])

    def _agreed_or_decided(self, trigger: Token) -> bool:
        """'agreed to meet again', 'decided to increase its support': what was agreed is still to come."""
        return self.parsed and trigger.dep_ == "xcomp" and self.lang.cue("decision").token(trigger.head)

    def _purpose(self, trigger: Token, before: list[Token]) -> bool:
        """What an act is for ('donné 48 heures aux diplomates pour quitter le pays', 'um … zu verlassen')
        has not happened."""
        purpose = self.lang.cue("purpose")
        if self.parsed:
            return trigger.dep_ == "advcl" and any(c.dep_ in ("mark", "case") and purpose.token(c)
                                                   for c in trigger.children)
        return purpose.within(before)

    def _requested(self, trigger: Token) -> bool:
        """Inside what another trigger asks for ('called for the withdrawal of troops'); not in a clause of
        its own that only hangs on the request ('obtenant l'assurance … que l'UE soutenait …')."""
        if self.parsed:
            current = trigger
            for _ in range(REQUEST_DEPTH):
                if current.dep_ in OWN_CLAUSES or current.head == current:
                    return False
                current = current.head
                if current.i in self.request_tokens:
                    return True
            return False
        return any(self.analysis.sent_of(trigger.i).start <= i < trigger.i for i in self.request_tokens)
