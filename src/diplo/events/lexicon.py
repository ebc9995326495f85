"""Trigger lexicons: the words that announce a PLOVER event, read from `triggers.tsv`."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Span

from ..actors.phrases import DASHES
from ..knowledge import CueMatcher, Words, language

SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "AGREE"}
NO_EVENT = "NONE"  # a row that names an expression holding a trigger word but no event ('spreken+uit')
PARTICLE_BEFORE = 2  # words before a verb where a clause-final verb's noun part stands ('zur Verfügung stellen')
MIN_HEAD, MIN_MODIFIER = 5, 3  # letters of a compound's head and of what comes before it ('Luft|angriff')


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: lemmas, part of speech, PLOVER type and where its actors are."""

    lemmas: tuple[str, ...]
    particle: str | None
    pos: str
    type: str
    mode: str | None
    source: tuple[str, ...]
    target: tuple[str, ...]
    context: str | None

    @property
    def entry(self) -> str:
        """The entry as `triggers.tsv` writes it ('hold talk', 'rufen+auf')."""
        return " ".join(self.lemmas) + (f"+{self.particle}" if self.particle else "")


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    trigger: Trigger
    start: int  # token offsets in the document
    end: int
    head: int = -1  # the word that carries it ('côtés' in 'aux côtés'); the first word when -1
    particle: int = -1  # the separable particle that completes it ('erfüllen … nicht'), when there is one

    @property
    def word(self) -> int:
        return self.start if self.head < 0 else self.head


@cache
def ontology() -> dict:
    """The PLOVER ontology (types, quad classes, scores, modes, contexts) from `data/plover.json`."""
    return json.loads((resources.files("diplo") / "data" / "plover.json").read_text(encoding="utf-8"))


def _slots(text: str) -> tuple[str, ...]:
    return tuple(s.strip().lower() for s in text.split("|") if s.strip())


class Lexicon:
    """All triggers of one language, indexed by their first lemma."""

    def __init__(self, code: str) -> None:
        self.by_lemma: dict[str, list[Trigger]] = {}
        self.capitalised_nouns = bool(language(code).config.get("capitalised_nouns"))
        for row in language(code).table("triggers"):
            words, _, particle = row["lemma"].partition("+")
            trigger = Trigger(tuple(w.lower() for w in words.split()), particle.lower() or None,
                              row["pos"].upper(), row["type"].upper(), row.get("mode") or None,
                              _slots(row.get("source", "")), _slots(row.get("target", "")),
                              row.get("context") or None)
            self.by_lemma.setdefault(trigger.lemmas[0], []).append(trigger)
        slots = {s for triggers in self.by_lemma.values() for t in triggers for s in t.source + t.target}
        self.prepositions = frozenset(slots - {"subj", "obj", "poss", "agent", "voice"})
        events = language(code).config.get("events", {})
        self.of_words = frozenset(events.get("of", [])) | frozenset(events.get("genitive", []))  # 'of', 'des'
        self.conjunctions = language(code).cue_forms("conjunction")
        self.determiners = CueMatcher(language(code).cues.get("definite_article", [])
                                      + language(code).cues.get("demonstrative", []))
        self.particles_close_clause = bool(language(code).config.get("events", {}).get("particles_close_clause"))
        self.closed_compounds = bool(language(code).config.get("closed_compounds"))
        self.strict_pos = bool(language(code).config.get("events", {}).get("strict_pos"))

    def find(self, sentence: Span, has_pos: bool) -> list[TriggerMatch]:
        """Triggers in a sentence, longest expressions first, one per token; expressions that are no event
        (type NONE) take their words and are dropped."""
        lemmas = Words.of(sentence.doc).lemmas[sentence.start:sentence.end]
        lowers = [t.lower_ for t in sentence]
        parsed = sentence.doc.has_annotation("DEP")
        matches: list[TriggerMatch] = []
        taken: set[int] = set()
        for i in range(len(lemmas)):
            if i in taken:
                continue
            options = self.by_lemma.get(lemmas[i], []) + (self.by_lemma.get(lowers[i], []) if lowers[i] != lemmas[i]
                                                           else [])
            if not options:
                options = self._compound_head(lemmas[i], lowers[i])
            fitting = []
            for order, trigger in enumerate(options):
                at = _word_indices(sentence, i, len(trigger.lemmas))
                if len(at) > 1 and [lemmas[k] for k in at] != list(trigger.lemmas) \
                        and [lowers[k] for k in at] != list(trigger.lemmas):
                    continue
                n = at[-1] - i + 1  # with the auxiliaries inside: "s'est rendu" is "se rendre"
                distance = self._particle_distance(trigger, sentence, i) if trigger.particle else 0
                if distance is None:
                    continue
                # "aux côtés", "humanitarian assistance": the word the parse heads them with, else the first content word
                words = sentence[i:i + n]
                head = words.root if parsed else next((t for t in words if t.pos_ not in ("ADP", "DET")), words[0])
                if trigger.pos == "NOUN":  # "restrictive measures", "humanitäre Hilfe": the noun's tag or capital
                    cased = next((t for t in words if (t.pos_ == "NOUN" if has_pos else
                                                       t.is_title and t.i > sentence.start)), head)
                else:
                    cased = head
                if not _pos_fits(trigger, cased, options, has_pos, self.capitalised_nouns and cased.i > sentence.start,
                                 self.strict_pos):
                    continue
                if not has_pos and trigger.pos == "VERB" and i > 0 and self.determiners.token(sentence[i - 1]):
                    continue  # "de aanhoudende aanvallen", "die verhängten Sanktionen": a participle before a noun
                fitting.append(((-len(at), trigger.particle is None, distance, order), trigger, head, n))
            if fitting:  # the longest expression; a separable verb over the bare one; the nearest particle
                (_, _, distance, _), best, head, n = min(fitting, key=lambda f: f[0])
                particle = sentence.start + i + distance if best.particle else -1
                start = i - 2 if best.pos == "NOUN" and _truncated_compound_before(sentence, i, self.conjunctions) \
                    else i  # 'Raketen- und Drohnenangriffe': one event, whose modifiers stand before both
                matches.append(TriggerMatch(best, sentence.start + start, sentence.start + i + n, head.i, particle))
                taken.update(range(i, i + n))
        return [m for m in matches if m.trigger.type != NO_EVENT]

    def _compound_head(self, lemma: str, lower: str) -> list[Trigger]:
        """A compound carries its head's meaning: the event noun after a hyphen ('NAVO-top', 'EU-hulp') or, where
        the language writes compounds closed, at the word's end ('Freihandelsabkommen', 'Luftangriffe',
        'vredesakkoord'). Only single-word noun entries, and only a head of some length after a part of some."""
        parts = DASHES.split(lemma)
        if len(parts) > 1:
            return [t for t in self.by_lemma.get(parts[-1], []) if t.pos == "NOUN" and len(t.lemmas) == 1]
        if not self.closed_compounds or len(lemma) < MIN_HEAD + MIN_MODIFIER:
            return []
        for word in dict.fromkeys((lemma, lower)):
            for start in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
                heads = [t for t in self.by_lemma.get(word[start:], []) if t.pos == "NOUN" and len(t.lemmas) == 1]
                if heads:
                    return heads
        return []

    def _particle_distance(self, trigger: Trigger, sentence: Span, i: int) -> int | None:
        """How far after the verb its separable particle comes, if it does ('roepen Rusland op …': 2). Where
        particles close their clause (German), one that is also a preposition must ('Wir fordern Russland
        auf, …'; not 'sagen, Deutschland gebe zu wenig aus'), unless the trigger takes it as its own phrase
        ('steht hinter der Ukraine')."""
        for token in sentence[i + 1:]:
            if token.lower_ != trigger.particle:
                continue
            distance = token.i - sentence[i].i
            if not self.particles_close_clause or trigger.particle not in self.prepositions \
                    or trigger.particle in trigger.source + trigger.target:
                return distance
            following = sentence.doc[token.i + 1] if token.i + 1 < len(sentence.doc) else None
            if following is None or following.is_punct or following.lower_ in self.conjunctions:
                return distance
        passive = next((c for c in sentence[i].children if c.dep_ in ("nsubj:pass", "nsubjpass")
                        and c.lower_ == trigger.particle), None) if sentence.doc.has_annotation("DEP") else None
        if passive is not None:  # 'l'ambassadeur … a été rappelé', 'the ambassador was recalled'
            return passive.i - sentence[i].i
        if self.particles_close_clause and trigger.particle not in self.prepositions:  # a clause's last verb has
            before = sentence[max(0, i - PARTICLE_BEFORE):i]  # its noun part before it ('zur Verfügung stellen werde')
            return next((t.i - sentence[i].i for t in reversed(before) if t.lower_ == trigger.particle), None)
        return None


def _word_indices(sentence: Span, i: int, n: int) -> list[int]:
    """Where the n words of an expression starting at i would be, auxiliaries after its first word skipped
    ('s'est rendu', 'a pris part')."""
    at = [i]
    for k in range(i + 1, len(sentence)):
        if len(at) == n:
            break
        if sentence[k].pos_ != "AUX":
            at.append(k)
    return at


def _pos_fits(trigger: Trigger, token, options: list[Trigger], has_pos: bool, capitalised_nouns: bool,
              strict: bool) -> bool:
    """Does the token's part of speech (or, untagged and not sentence-initial, its capitalisation) fit? Where the
    tagger is not strict, a word with entries of one part of speech only is taken whatever its tag."""
    if not has_pos:
        if not capitalised_nouns:
            return True
        return token.is_title == (trigger.pos == "NOUN")
    if trigger.pos == "VERB" and any(c.dep_ in CLAUSE_ARGUMENTS for c in token.children):
        return True  # the parse makes it a verb with subject and object, whatever its tag ('La Pologne expulse …')
    if trigger.pos == "VERB" and _opens_operative_paragraph(token):
        return True  # '8. Calls upon the African Union …', tagged as a plural noun
    if token.pos_ in ("DET", "ADP", "PRON", "PUNCT"):
        return False
    # a capitalised event noun names an event too ('the ASEAN-EU Senior Officials' Meeting was held')
    wanted = {"VERB": {"VERB", "AUX"}, "NOUN": {"NOUN", "PROPN"}, "ADJ": {"ADJ", "VERB"}}.get(trigger.pos, {trigger.pos})
    return token.pos_ in wanted or len({o.pos for o in options}) == 1 and not strict


CLAUSE_ARGUMENTS = {"nsubj", "obj", "dobj", "nsubj:pass", "nsubjpass"}
LIST_MARKER_TOKENS = 3  # tokens of a list number before a paragraph ('8.', '(b)')


def _opens_operative_paragraph(token) -> bool:
    """Is the word a capitalised plural noun that roots its sentence right after a list number ('8. Calls upon',
    'Urges', 'Notes'): the third-person verb of an operative paragraph, mistagged?"""
    before = [t for t in token.doc[max(0, token.i - LIST_MARKER_TOKENS):token.i] if not t.is_space]
    numbered = any(t.like_num for t in before) and all(t.like_num or t.is_punct for t in before[-2:])
    return numbered and token.dep_ == "ROOT" and token.pos_ == "NOUN" and token.is_title \
        and token.morph.get("Number") == ["Plur"]


@cache
def lexicon(code: str) -> Lexicon:
    return Lexicon(code)


def _truncated_compound_before(sentence: Span, i: int, conjunctions: set[str]) -> bool:
    """Is the word at i the second of two compounds that share their head ('Raketen- und Drohnenangriffe',
    'raket- en droneaanvallen')?"""
    return i >= 2 and sentence[i - 1].lower_ in conjunctions and len(sentence[i - 2].text) > 2 \
        and sentence[i - 2].text[-1] in "-‐" and sentence[i - 2].text[:-1].isalpha()
