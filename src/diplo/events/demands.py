"""Demands without a request verb: 'Russia must withdraw', 'it is time for China to abandon ambiguity'.

The speaker (the voice of the sentence) requests something of the actor who
must act: the subject of the modal's verb, or the actor right after an
expression such as 'it is time for' / 'il est temps pour'.
"""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Trigger

DEMAND = Trigger(("must",), None, "VERB", "REQUEST", None, (), (), None)
WINDOW = 4


@dataclass(frozen=True, slots=True)
class Demand:
    voice: str
    addressee: str
    cue: int  # token index of the modal or expression
    token: int  # token index of the addressee


def find_demands(analysis, referents) -> list[Demand]:
    demands = []
    cue = analysis.lang.cue("modal_request")
    for sentence in analysis.doc.sents:
        for token in sentence:
            if not cue.token(token) and not _phrase_start(cue, token):
                continue
            addressee = _addressee(analysis, referents, token)
            voice = referents.voice(token.idx)
            if addressee and voice and analysis.actor_code(addressee[0]) != analysis.actor_code(voice) \
                    and token.lower_ not in referents.first_person:
                demands.append(Demand(voice, addressee[0], token.i, addressee[1]))
    return demands


def _phrase_start(cue, token) -> bool:
    """Does a multi-word cue ('it is time', 'il est temps') start at this token?"""
    doc, end = token.doc, token.sent.end
    return any(cue.within(doc[token.i:min(end, token.i + n)]) and not cue.within(doc[token.i + 1:min(end, token.i + n)])
               for n in (3, 4, 5, 6))


def _addressee(analysis, referents, cue) -> tuple[str, int] | None:
    """Who must act: the modal's subject (or its possessor), else the first actor shortly after the cue."""
    doc = analysis.doc
    if doc.has_annotation("DEP") and cue.dep_ in ("aux", "aux:pass"):
        for child in cue.head.children:
            if child.dep_ in ("nsubj", "nsubjpass", "nsubj:pass"):
                parts = [child, *(c for c in child.children if c.dep_ in ("poss", "compound", "nmod:poss", "appos"))]
                for token in parts:
                    actor = referents.actor_of(token)
                    if actor and token.lower_ not in referents.first_person:
                        return actor, token.i
                return None
    if not doc.has_annotation("DEP"):
        for distance in range(1, WINDOW):
            for i in (cue.i - distance, cue.i + distance):
                if cue.sent.start <= i < cue.sent.end and (actor := referents.actor_of(doc[i])):
                    return (actor, i) if doc[i].lower_ not in referents.first_person else None
    for token in doc[cue.i + 1:min(cue.sent.end, cue.i + WINDOW + 2)]:
        actor = referents.actor_of(token)
        if actor and token.lower_ not in referents.first_person:
            return actor, token.i
    return None
