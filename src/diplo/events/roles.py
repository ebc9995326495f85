"""Who did it and to whom: the source and target actors of a trigger.

With a dependency parse (English, French): subjects, objects, the
prepositions the trigger's entry names, passive agents, possessors and
adjectives of event nouns, shared subjects of coordinated and controlled
verbs. Without one (Dutch, German): the order of the actors around the
trigger and the prepositions in front of them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .lexicon import SYMMETRIC_TYPES, TriggerMatch
from .referents import Referents

SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}
PASSIVE_MARKERS = {"nsubjpass", "nsubj:pass", "auxpass", "aux:pass"}
OBJECTS = {"dobj", "obj", "dative", "iobj"}
PREPOSITIONAL = {"prep", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj", "agent"}
POSSESSORS = {"poss", "nmod:poss", "amod", "compound"}
# Dependencies to climb from a verb without a subject to the one whose subject it shares.
SHARED_SUBJECT = {"conj", "xcomp", "advcl", "pcomp", "prep", "acomp", "acl", "obl", "obl:mod", "nmod"}
PHRASE_PARTS = {"compound", "amod", "nmod", "nmod:poss", "poss", "flat", "flat:name", "appos", "conj", "pobj",
                "prep", "case", "det", "nummod", "fixed", "obl", "obj", "dobj"}
MAX_CLIMB = 5
MAX_DEPTH = 4


@dataclass
class Roles:
    sources: list[tuple[str, int]] = field(default_factory=list)  # (actor id, token index)
    targets: list[tuple[str, int]] = field(default_factory=list)
    location: str | None = None
    rule: str = ""


class RoleFinder:
    """Source and target actors of triggers in one document."""

    def __init__(self, analysis, referents: Referents, triggers: set[int], slot_words: frozenset[str]) -> None:
        self.analysis = analysis
        self.doc = analysis.doc
        self.referents = referents
        self.triggers = triggers  # token indexes of every trigger: phrases stop there
        config = analysis.lang.config.get("events", {})
        self.of = set(config.get("of", []))
        self.by = set(config.get("by", []))
        self.between = set(config.get("between", []))
        self.locative = set(config.get("locative", []))
        self.parsed = self.doc.has_annotation("DEP")
        self.prepositions = slot_words | self.of | self.by | self.between | self.locative

    def find(self, match: TriggerMatch) -> Roles:
        roles = self._parsed(match) if self.parsed else self._linear(match)
        roles.sources = _unique(roles.sources)
        roles.targets = [t for t in _unique(roles.targets) if t[0] not in {s for s, _ in roles.sources}]
        if match.trigger.type in SYMMETRIC_TYPES and len(roles.sources) > 1 and not roles.targets:
            roles.targets, roles.sources = roles.sources[1:], roles.sources[:1]
        return roles

    # --- with a dependency parse -------------------------------------------------

    def _parsed(self, match: TriggerMatch) -> Roles:
        token = self.doc[match.start]
        if match.trigger.pos == "NOUN" or token.pos_ in ("NOUN", "PROPN"):
            return self._noun(token, match)
        return self._verb(token, match)

    def _verb(self, verb: Token, match: TriggerMatch) -> Roles:
        trigger = match.trigger
        passive = any(c.dep_ in PASSIVE_MARKERS for c in verb.children)
        subject_actors = self._subject(verb)
        agents = [a for c in verb.children if c.dep_ in ("agent", "obl:agent") or
                  (c.dep_ in PREPOSITIONAL and _preposition(c) in self.by) for a in self._phrase(c)]
        roles = Roles(rule="verb")
        if passive and agents:
            roles.sources, roles.targets, roles.rule = agents, subject_actors, "passive verb"
        else:
            roles.sources = subject_actors
            roles.targets = self._slot_actors(verb, trigger.target or ("obj",))
        if not roles.targets and trigger.type in SYMMETRIC_TYPES:
            roles.targets = self._slot_actors(verb, tuple(self.between))
        roles.location = self._location(verb)
        return roles

    def _noun(self, noun: Token, match: TriggerMatch) -> Roles:
        trigger = match.trigger
        roles = Roles(rule="noun")
        roles.sources = [a for c in noun.children if c.dep_ in POSSESSORS and c.i not in self.triggers
                         for a in self._phrase(c, depth=1)]
        roles.sources += self._slot_actors(noun, tuple(s for s in trigger.source if s not in ("poss", "subj"))
                                           + tuple(self.by))
        roles.targets = self._slot_actors(noun, trigger.target or tuple(self.of))
        if not roles.sources:
            roles.sources, roles.rule = self._governing_subject(noun), "noun, subject of its verb"
        roles.location = self._location(noun)
        return roles

    def _subject(self, verb: Token) -> list[tuple[str, int]]:
        """Actors of the verb's subject, or of the verb it shares a subject with."""
        current = verb
        for _ in range(MAX_CLIMB):
            subjects = [c for c in current.children if c.dep_ in SUBJECTS]
            if subjects:
                return [a for s in subjects for a in self._phrase(s)]
            if current.dep_ in ("relcl", "acl:relcl"):
                return self._phrase(current.head)
            if current.dep_ not in SHARED_SUBJECT or current.head is current:
                return []
            current = current.head
        return []

    def _governing_subject(self, noun: Token) -> list[tuple[str, int]]:
        """The subject of the verb an event noun depends on ('Belgium reiterated its support')."""
        current = noun
        for _ in range(MAX_CLIMB + 2):
            if current.head is current:
                return []
            current = current.head
            if current.pos_ in ("VERB", "AUX"):
                return self._subject(current)
        return []

    def _slot_actors(self, head: Token, slots: tuple[str, ...]) -> list[tuple[str, int]]:
        found = []
        for child in head.children:
            if "obj" in slots and child.dep_ in OBJECTS:
                found += self._phrase(child)
            elif child.dep_ in PREPOSITIONAL and _preposition(child) in slots:
                found += self._phrase(child)
        return found

    def _phrase(self, token: Token, depth: int = MAX_DEPTH) -> list[tuple[str, int]]:
        """Actors a noun phrase names: its head, else the nearest ones inside it (nested events excluded)."""
        level = [token]
        for _ in range(depth + 1):
            actors = [(a, t.i) for t in level if (a := self.referents.actor_of(t))]
            actors += [(a, c.i) for t in level for c in t.conjuncts
                       if (a := self.referents.actor_of(c)) and c.i > t.i]
            if actors:
                return actors
            level = [c for t in level for c in t.children if c.dep_ in PHRASE_PARTS and c.i not in self.triggers
                     and not (c.dep_ in PREPOSITIONAL and _preposition(c) in self.locative)]
            if not level:
                break
        return []

    def _location(self, head: Token) -> str | None:
        for child in head.children:
            if child.dep_ in PREPOSITIONAL and _preposition(child) in self.locative:
                for actor, _ in self._phrase(child, depth=1):
                    return self.analysis.actor_code(actor)
        return None

    # --- without a parse -------------------------------------------------------------

    def _linear(self, match: TriggerMatch) -> Roles:
        sentence = self.doc[match.start].sent
        mentions = self._mentions(sentence)
        trigger = match.trigger
        before = [m for m in mentions if m.end <= match.start]
        after = [m for m in mentions if m.start >= match.end]
        roles = Roles(rule="word order")
        places = [m for m in mentions if m.preposition in self.locative]
        roles.location = self.analysis.actor_code(places[0].actor) if places else None
        source_slots = set(trigger.source) | self.by
        target_slots = set(trigger.target or (("obj",) if trigger.pos == "VERB" else tuple(self.of)))
        if trigger.pos == "NOUN":
            adjacent = [m for m in mentions if m.end == match.start or
                        (m.start == match.end and m.preposition is None)]
            roles.sources = [(m.actor, m.start) for m in adjacent]
            roles.sources += [(m.actor, m.start) for m in after if m.preposition in source_slots]
        free_before = [m for m in before if m.preposition is None]
        free_after = [m for m in after if m.preposition is None]
        if not roles.sources:
            subject = free_before[-1:] or free_after[:1]
            roles.sources = [(m.actor, m.start) for m in subject]
        taken = {a for a, _ in roles.sources}
        targets = [m for m in after if m.preposition in target_slots and m.actor not in taken]
        if not targets and "obj" in target_slots:
            targets = [m for m in free_after if m.actor not in taken][:1]
        roles.targets = [(m.actor, m.start) for m in targets]
        return roles

    def _mentions(self, sentence) -> list[_Mention]:
        """Actors in a sentence, each with the preposition in front of it (if any)."""
        found: list[_Mention] = []
        for token in sentence:
            actor = self.referents.actor_of(token)
            if not actor:
                continue
            if found and found[-1].actor == actor and found[-1].end == token.i:
                found[-1].end = token.i + 1
                continue
            found.append(_Mention(actor, token.i, token.i + 1, self._preposition_before(token)))
        return found

    def _preposition_before(self, token: Token) -> str | None:
        """The preposition heading the phrase a token ends ('tegen Oekraïne', 'mit dem deutschen Amtskollegen')."""
        for back in range(1, 4):
            if token.i - back < token.sent.start:
                return None
            word = self.doc[token.i - back]
            if word.lower_ in self.prepositions:
                return word.lower_
            if not (word.is_lower or word.is_punct and word.text in "-–") or word.is_punct:
                return None
        return None


@dataclass
class _Mention:
    actor: str
    start: int
    end: int
    preposition: str | None


def _preposition(child: Token) -> str:
    """The preposition of a prepositional dependent: itself (English `prep`) or its `case` child."""
    if child.dep_ in ("prep", "agent"):
        return child.lower_
    cases = [c.lower_ for c in child.children if c.dep_ in ("case", "fixed")]
    return " ".join(cases) if cases else child.lower_


def _unique(actors: list[tuple[str, int]]) -> list[tuple[str, int]]:
    seen, unique = set(), []
    for actor, index in actors:
        if actor not in seen:
            seen.add(actor)
            unique.append((actor, index))
    return unique
