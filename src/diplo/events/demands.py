"""Demands without a request verb: 'Russia must withdraw', 'it is time for China to abandon ambiguity'.

The speaker (the voice of the sentence) requests something of the actor who
must act: the subject of the modal's verb, or the actor right after an
expression such as 'it is time for' / 'il est temps pour'.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..knowledge import language
from .lexicon import Trigger, lexicon

DEMAND = Trigger(("must",), None, "VERB", "REQUEST", None, (), (), None)
WINDOW = 4
SUBJECT_WORDS = 3  # words of a subject that opens the sentence before its modal ('Het besluit moet …')


@dataclass(frozen=True, slots=True)
class Demand:
    voice: str
    addressee: str | None  # None: an act asked for of no one ('an investigation must begin immediately')
    cue: int  # token index of the modal or expression
    token: int  # token index of the addressee, or of the act


def find_demands(analysis, referents, acts: set[int], reporter) -> list[Demand]:
    """Demands in the document; `acts` are the tokens of event nouns, which a modal may ask for of no one;
    `reporter` tells who says the words at a token (the subject of a verb of saying above it)."""
    demands = []
    cue = analysis.lang.cue("modal_request")
    for sentence in analysis.spacy_sentences:
        if sentence.text.rstrip().endswith("?"):
            continue  # 'What do you expect from Washington?' asks, it demands nothing
        for start, _ in cue.spans(sentence):
            token = analysis.doc[start]
            addressee = _addressee(analysis, referents, token) or _act_asked(token, acts)
            voice = reporter(token.i) or referents.voice(token.idx)
            if addressee and voice and analysis.actor_code(addressee[0]) != analysis.actor_code(voice) \
                    and token.lower_ not in referents.first_person:
                demands.append(Demand(voice, addressee[0], token.i, addressee[1]))
    return demands


def _act_asked(cue, acts: set[int]) -> tuple[None, int] | None:
    """'an independent international investigation must begin immediately': with a parse, a modal whose subject
    is an event noun asks for that act, of no one named."""
    if cue.dep_ not in ("aux", "aux:pass"):
        return None
    return next(((None, c.i) for c in cue.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i in acts), None)


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
    sentence = analysis.sent_of(cue.i)
    if not doc.has_annotation("DEP"):
        lang = analysis.lang
        opening = doc[sentence.start:cue.i]
        if 0 < len(opening) <= SUBJECT_WORDS and lang.cue("definite_article").token(opening[0]) \
                and not any(referents.actor_of(t) for t in opening):
            return None  # 'Het besluit moet het land helpen': the subject before the modal is no actor
        opener = next((t for t in reversed(doc[sentence.start:cue.i]) if lang.cue("clause_opener").token(t) and (
            not lang.cue("definite_article").token(t) or t.i > 0 and doc[t.i - 1].text == ",")),
                      None)  # 'dat Israël zich aan het oorlogsrecht moet houden': the subject opens the clause
        if opener is not None and opener.i + 1 < cue.i and (actor := referents.actor_of(doc[opener.i + 1])) \
                and _free(analysis, referents, opener.i + 1):
            return (actor, opener.i + 1) if doc[opener.i + 1].lower_ not in referents.first_person else None
        for distance in range(1, WINDOW):
            for i in (cue.i - distance, cue.i + distance):
                if sentence.start <= i < sentence.end and (actor := referents.actor_of(doc[i])) \
                        and _free(analysis, referents, i):
                    return (actor, i) if doc[i].lower_ not in referents.first_person else None
    parsed = doc.has_annotation("DEP")
    for token in doc[cue.i + 1:min(sentence.end, cue.i + WINDOW + 2)]:
        actor = referents.actor_of(token)
        if actor and token.lower_ not in referents.first_person and (parsed or _free(analysis, referents, token.i)):
            return actor, token.i
    return None


def _free(analysis, referents, i: int) -> bool:
    """Without a parse, can the actor at token i be a subject: not a genitive ('die Einnahmen Russlands') and
    not inside a phrase a preposition opens ('der Beitrag für UNIFIL')?"""
    mention = referents.mention_at(i)
    start = analysis.tokens_between(mention.start, mention.end)[0].i if mention else i
    before = {t.lower_ for t in analysis.doc[max(0, start - 2):start]}
    return not (mention and "genitive" in mention.reason) and not _phrase_openers(analysis.lang.code) & before


@cache
def _phrase_openers(code: str) -> frozenset[str]:
    """Words that put the name after them inside a phrase: prepositions, 'of' and genitive articles."""
    return lexicon(code).of_words | lexicon(code).prepositions | language(code).cue_forms("attribution_preposition")
