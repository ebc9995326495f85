"""Who did it and to whom: the source and target actors of a trigger.

With a dependency parse (English, French): subjects, objects, the
prepositions the trigger's entry names, passive agents, possessors and
adjectives of event nouns, shared subjects of coordinated and controlled
verbs. Without one (Dutch, German): the order of the actors around the
trigger and the prepositions in front of them. Then, for both, fallbacks
that follow how diplomatic texts are written: a meeting's organisation is
whom its participants consult, and a material event with no other target
happens to the country where it takes place.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..actors.phrases import DASHES
from ..actors.referents import PLACE_REASONS, Referents
from .lexicon import SYMMETRIC_TYPES, TriggerMatch, lexicon

SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}
PREDICATES = {"acomp", "attr"}  # a predicate adjective or noun hung on its copula (English)
PASSIVE_MARKERS = {"nsubjpass", "nsubj:pass", "auxpass", "aux:pass"}
OBJECTS = {"dobj", "obj", "dative", "iobj"}
DATIVES = {"dative", "iobj"}
PREPOSITIONAL = {"prep", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj", "agent"}
POSSESSORS = {"poss", "nmod:poss", "amod", "compound"}
# Dependencies to climb from a verb or noun without a subject to the clause whose subject it shares.
SHARED_SUBJECT = {"conj", "xcomp", "advcl", "pcomp", "prep", "acomp", "acl", "obl", "obl:mod", "nmod", "pobj",
                  "dobj", "obj"}
PHRASE_PARTS = {"compound", "amod", "nmod", "nmod:poss", "poss", "flat", "flat:name", "appos", "conj", "pobj",
                "prep", "case", "det", "nummod", "fixed", "obl", "obj", "dobj", "acl", "agent", "obl:agent"}
# Event types that happen somewhere: with no other target, the place's country is the target.
PLACED_TYPES = {"AID", "RETREAT", "ASSAULT", "COERCE", "MOBILIZE", "PROTEST"}
POSTING_GAP = 1  # words between an envoy and the place of his posting ('der deutsche Botschafter in Teheran')
PROMISED_TYPES = {"SUPPORT", "AID", "COOPERATE"}  # what a promise may promise ('sagte Unterstützung zu')
EACH_WITH_EACH = ", each with each"  # three or more sides met, agreed or cooperated: every pair of them did
# Target slots of reciprocal triggers ("X and Y met", "agreed"): coordinated subjects meet each other.
RECIPROCAL_SLOTS = {"obj", "with", "avec", "met", "mit", "between", "entre", "tussen", "zwischen"}
# Events of cooperation, whose partner is never the one a phrase names as an adversary ('the fight against ISIL').
COOPERATIVE_TYPES = {"SUPPORT", "COOPERATE", "AID", "AGREE", "CONSULT", "CONCEDE"}
# Event words through which a nested event keeps the outer subject ('supports sanctions against Russia').
ENDORSING_TYPES = {"SUPPORT", "AGREE", "CONSULT"}
# Events one may endorse as one's own ('supports the sanctions'), unlike others' deeds ('welcomes the release').
JOINT_TYPES = {"SANCTION", "AID", "COOPERATE", "AGREE", "CONSULT", "SUPPORT", "PROTEST", "THREATEN"}

# Reactions to what others did: the object's event has the target as its agent ('condemns Russia's attacks').
REACTIONS = {"ACCUSE", "REJECT", "SUPPORT", "PROTEST", "THREATEN", "AGREE"}
# Acts told with no one named who did them ('the attack in Ankara'): the act and the reaction to it stand alone.
UNATTRIBUTED_TYPES = {"ASSAULT"}
INTERNAL_TYPES = {"ASSAULT", "COERCE"}  # force a state may turn on its own people
# Acts whose passive subject, with no agent named, is whom they are done to (not 'troops were deployed').
DONE_TO_TYPES = {"SANCTION", "COERCE", "ASSAULT", "ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT"}
# Acts that stop or restrict trade: the trade is no event of its own, its partner is their target.
HINDERING_TYPES = {"SANCTION", "COERCE"}
# Events a document tells of its publisher without naming it ('the aid will be extended in cooperation with …').
VOICED_DEEDS = {"CONSULT", "SUPPORT", "AID", "COOPERATE", "SANCTION"}
ARREST = "arrest"  # the mode of arrests and detentions, which the state where they happen makes
DIPLOMATIC = "diplomatic"  # the context of acts of diplomacy proper: summons, protest notes, recalls, recognition
# Announcements of an act to come or refused, aimed at whom that act would be done to.
ANNOUNCED_ACTS = {"THREATEN", "REJECT"}
# Events that undo the object event: their target is that event's target ('lifted sanctions on X').
UNDOING_TYPES = {"CONCEDE", "RETREAT"}
# (verb, noun) types where the noun is what the verb's event consists of: one event, not two.
AGREED_CONTENT = {("AGREE", "COOPERATE")}
# Article-preposition contractions of the parsed languages.
CONTRACTIONS = {"du": "de", "des": "de", "au": "à", "aux": "à", "d'": "de"}
NESTED_AGENT = ", agent of the event it names"  # a rule's note: 'veroordelen de agressie van Rusland'
VOICE = "voice"  # a source slot: whoever speaks there (evaluations)
MAX_CLIMB = 6
REPORT_DEPTH = 3  # heads climbed from an evaluation to the verb of saying it hangs on
ARTICLE_REACH = 3  # words from an article to the name it opens ('Das russische Außenministerium')
NAMING_DEPTH = 5  # … to a verb of naming ('described the actions as dangerous and reckless')
LIST_GAP = 4  # words between two members of a list of actors
ORGANISATION_BEFORE, ORGANISATION_AFTER = 4, 7  # words around a meeting within which its organisation is named
ADJECTIVE_WINDOW = 4
PLACE_WINDOW = 5  # words from a locative preposition to the country it places things in
PRONOUN_PLACE_WINDOW = 3  # … when a pronoun stands for the country
MAX_DEPTH = 6


@dataclass
class Roles:
    sources: list[tuple[str, int]] = field(default_factory=list)  # (actor id, token index)
    targets: list[tuple[str, int]] = field(default_factory=list)
    location: str | None = None
    rule: str = ""
    subject_tokens: set[int] = field(default_factory=set)


class RoleFinder:
    """Source and target actors of triggers in one document."""

    def __init__(self, analysis, referents: Referents, matches: list[TriggerMatch], slot_words: frozenset[str],
                 dated: set[int] = frozenset()):
        self.analysis = analysis
        self.dated = dated  # tokens of dates, which the parse may hang as objects ('a rencontré lundi 11 mars …')
        self.doc = analysis.doc
        self.texts = [t.text for t in self.doc]
        self.referents = referents
        self.matches = {i: m for m in matches for i in range(m.start, m.end)}
        self.triggers = {i: m.trigger.type for i, m in self.matches.items()}
        config = analysis.lang.config.get("events", {})
        self.of = set(config.get("of", []))
        self.by = set(config.get("by", []))
        self.between = set(config.get("between", []))
        self.locative = set(config.get("locative", []))
        self.dative = set(config.get("dative", []))
        self.parsed = self.doc.has_annotation("DEP")
        self.genitive = set(config.get("genitive", []))
        self.passive = set(config.get("passive", []))
        self.passive_if_agent = set(config.get("passive_if_agent", []))
        self.past_tense_endings = tuple(config.get("past_tense_endings", []))
        self.passive_by = set(config.get("passive_by", []))
        self.attribution = analysis.lang.cue_forms("attribution_preposition")  # 'volgens de minister': no party
        self.prepositions = slot_words | self.of | self.by | self.between | self.locative | self.passive_by \
            | self.genitive | analysis.lang.cue_forms("topic_preposition") | self.attribution
        self.presence = analysis.lang.cue("presence")
        self.rulers = analysis.lang.cue("leader_noun")
        self.adverbial = analysis.lang.cue("adverbial_phrase")
        self.quantity = analysis.lang.cue("quantity_noun")
        self.openers = analysis.lang.cue("clause_opener")
        self.relatives = analysis.lang.cue("relative_after_preposition")
        self.reporting = analysis.lang.cue("reporting")
        self.articles = analysis.lang.cue("definite_article")
        self.adversative = analysis.lang.cue("adversative")
        self.relative_objects = analysis.lang.cue("relative_object")
        self.relative_subjects = analysis.lang.cue("relative_subject")
        self.naming = analysis.lang.cue("naming_verb")
        self.people_nouns = analysis.lang.cue("people_noun")
        self.aid_objects = analysis.lang.cue("aid_object")
        self.third_person = set().union(*(analysis.lang.cue_forms(f"pronoun_{kind}")
                                          for kind in ("person", "thing", "any", "plural")))
        self.title_words = {row["form"].lower() for row in analysis.lang.table("titles")}
        self.titles = set(analysis.collective_titles)  # 'Les ministres ont abordé …': the voice's own people
        self.determiners = lexicon(analysis.lang.code).determiners  # definite articles and demonstratives
        self.money = {t.i for f in analysis.record.figures if f.unit not in ("%", "count")
                      for t in analysis.tokens_between(f.start, f.end)}
        self.operative = self._operative_verbs() if self.parsed and analysis.home_actor else set()

    def find(self, match: TriggerMatch) -> Roles:
        trigger = match.trigger
        roles = self._parsed(match) if self.parsed else self._linear(match)
        if VOICE in trigger.source:
            return self._judged(match, roles)
        asked = self._asked_to_act(match)
        if asked:  # 'forderte China auf, keine Waffen an Russland zu liefern': China is to act
            roles.sources, roles.rule = asked, roles.rule + ", the one asked"
        if self.parsed and not roles.sources and self._finite_without_subject(match):  # 'Le gouvernement algérien
            # a condamné', parsed with 'algérien' as the root: the clause's first actor before the verb acts
            roles.sources = [s for s in self._linear(match).sources if s[1] < match.start]
            roles.rule += ", its subject by word order" if roles.sources else ""
        thanks = self._thanks_for(match)
        if thanks:  # 'dankte der Schweiz für ihre Unterstützung und informierte über die Angriffe': the thanked
            roles.sources, roles.rule = thanks.targets, roles.rule + ", thanked for it"  # did it, not to the attackers
            roles.targets = [] if NESTED_AGENT in roles.rule else roles.targets
        if self.parsed:
            restated = self._restated_targets(match, {a for a, _ in roles.sources})
            if restated:  # 'reaffirmed U.S. support for the mission': the restated noun's target, not its owner
                roles.targets = restated
            if not roles.targets and roles.sources:
                roles.targets = self._object_event_agent(match, {a for a, _ in roles.sources})
            if not roles.targets and roles.sources and trigger.type in ANNOUNCED_ACTS:
                roles.targets = self._act_target(match, {a for a, _ in roles.sources})
            self._complete_by_order(match, roles)
        roles.sources = _unique(roles.sources)
        sources = {a for a, _ in roles.sources}
        sides = {self._side(a) for a in sources} if trigger.type not in INTERNAL_TYPES else set()
        roles.targets = [t for t in _unique(roles.targets) if t[0] not in sources and self._side(t[0]) not in sides]
        reciprocal = (not trigger.target or set(trigger.target) & RECIPROCAL_SLOTS) and trigger.mode != "third-party"
        held = roles.rule.startswith("noun") and len(roles.sources) == 2  # "held talks", "reached an agreement"
        sides = {self._side(a) for a, _ in roles.sources}  # 'Kommissionspräsidentin von der Leyen und Ratspräsident
        # Costa trafen Xi': two bodies of one side are no pair
        attended = roles.rule.startswith("passive") and trigger.mode == "multilateral"  # 'was attended by A, B, C'
        if trigger.type in SYMMETRIC_TYPES and reciprocal and (roles.rule.startswith(("verb", "word order")) or held
                                                                or attended) \
                and len(sides) > 1:  # "X and Y discussed the issue with Z": X and Y are the pair
            roles.targets, roles.sources = roles.sources[1:], roles.sources[:1]
            roles.rule += EACH_WITH_EACH if len(sides) > 2 else ""  # 'les ministres de A, B et C se sont réunis
        elif trigger.type == "ASSAULT" and not roles.targets and len(sides) > 1:  # "India and Pakistan exchanged
            named = sorted(roles.sources, key=lambda actor: actor[1])  # fire": at each other, first named first
            roles.targets, roles.sources = named[1:], named[:1]
        if not roles.targets and trigger.type == "CONSULT":
            roles.targets = self._meeting_organisation(match, sources, roles.subject_tokens)
            roles.rule += ", organisation met" if roles.targets else ""
        if not roles.targets and roles.sources and trigger.mode == "multilateral" and trigger.pos == "VERB":
            roles.targets = self._meeting_told_before(match, sources)
            roles.rule += ", the meeting told before" if roles.targets else ""
        if not roles.targets and trigger.type == "REQUEST" and self._to_everyone(match):
            roles.rule += ", to all parties"  # 'appelle toutes les parties à la retenue'
        elif not roles.targets and roles.sources and trigger.type == "REQUEST" and self._asks_for_thing(match):
            roles.rule += ", asked of no one"  # 'calls for an immediate ceasefire'
        if not roles.targets and trigger.type == "ACCUSE" and self._reacts_to_unattributed(match):
            roles.rule += ", to an act by no one named"  # 'condemns the attacks in Tunisia'
        if not roles.sources and trigger.mode == ARREST and roles.location \
                and roles.location not in {self._side(a) for a, _ in roles.targets}:
            roles.sources = [(roles.location, match.start)]  # 'des Canadiens sont détenus en Chine': China holds them
            roles.rule += ", held where it happened"
        placed = trigger.type in PLACED_TYPES or trigger.mode == "visit"
        if not roles.targets and placed and roles.location not in sources | {None} \
                and self._nearest_other(match, sources) == roles.location:
            listed = [place for place in self.places(match) if place[0] not in sources]  # 'in Sudan and Yemen'
            roles.targets = listed if roles.location in {a for a, _ in listed} else [(roles.location, match.start)]
            roles.rule += ", where it happened"
        return roles

    def _asked_to_act(self, match: TriggerMatch) -> list[tuple[str, int]]:
        """Without a parse, whom a request earlier in the sentence asks, for the verb of an infinitive ('zu liefern',
        'te leveren'), unless they are the asker's own side."""
        marker = self.analysis.lang.cue("infinitive_marker")
        if self.parsed or match.trigger.pos != "VERB" or not match.start or not marker.token(self.doc[match.start - 1]):
            return []
        sentence = self.analysis.sent_of(match.start)
        request = next((self.matches[i] for i in range(match.start - 1, sentence.start - 1, -1)
                        if self.triggers.get(i) == "REQUEST"), None)
        if request is None:
            return []
        asking = self._linear(request)
        own = {self._side(a) for a, _ in asking.sources}
        return [(a, i) for a, i in asking.targets if self._side(a) not in own]

    def _thanks_for(self, match: TriggerMatch) -> Roles | None:
        """'thanked Norway for its support', 'dankte Deutschland für die Lieferung': an act someone is thanked
        for is theirs. The thanks come before the act in its clause, and 'for' right before the act's phrase."""
        lang = self.analysis.lang
        if match.trigger.pos != "NOUN":
            return []
        start = self._clause(match.start, self.analysis.sent_of(match.start))[0]
        phrase_start = next((i for i in range(match.start - 1, max(start, match.start - ADJECTIVE_WINDOW) - 1, -1)
                             if lang.cue("gratitude_for").token(self.doc[i])), None)
        thanks = next((self.matches[i] for i in range(start, phrase_start or start) if i in self.matches
                       and lang.cue("gratitude").token(self.doc[self.matches[i].word])), None)
        return self.find(thanks) if thanks else None

    def _side(self, actor: str) -> str:
        """The country or organisation an actor is of ('person:dmytro-koeleba' -> 'UKR')."""
        return (self.analysis.actor_code(actor) or actor).split(".")[0]

    def _finite_without_subject(self, match: TriggerMatch) -> bool:
        """Is the trigger a finite verb, or a participle with its tense auxiliary, that the parse gave no subject,
        not a passive, an infinitive or a participle describing a noun?"""
        verb = self.doc[match.word]
        if match.trigger.pos != "VERB" or verb.pos_ not in ("VERB", "AUX") or self._passive(verb) \
                or verb.dep_ in ("acl", "amod", "acl:relcl", "relcl"):
            return False
        finite = verb.morph.get("VerbForm") == ["Fin"] or any(c.dep_ in ("aux", "aux:tense") for c in verb.children)
        return finite and not any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in verb.children)

    def _judged(self, match: TriggerMatch, roles: Roles) -> Roles:
        """An evaluation ('X is unacceptable', 'X crossed a line', 'sont inacceptables', 'eine Bedrohung für den
        Frieden'): whoever speaks (the subject of the verb of saying it hangs on, else the voice) judges the one
        the words are said of: a passive's agent, else the predicate's subject."""
        word = self.doc[match.word]
        named = self._named(match)
        if named is not None:  # 'described the actions as reckless', 'bezeichnete das Urteil als politisch motiviert'
            judged = named
        elif self.parsed:
            judged = self._agents(word) if self._passive(word) else []  # "was violated by Russia"
            judged = judged or self._subject(word)
        else:
            judged = self._before_in_clause(match)
        judged = judged if named is not None else judged or roles.sources or roles.targets
        speaker = self.reporter(match.word) or self.referents.voice(word.idx)
        above = self._verb_above(word) if self.parsed and match.trigger.pos == "NOUN" else None
        speaking = {a for a, _ in self._subject(above)} if above is not None else set()  # 'Nous réaffirmons notre
        speaking = speaking if speaker in speaking else set()  # soutien … face aux tentatives d'ingérence': the
        roles.sources = [(speaker, match.start)] if speaker else []  # speaker's co-signatories are not judged
        roles.targets = [(a, i) for a, i in _unique(judged) if a != speaker and a not in speaking]
        roles.rule += ", judged by the voice"
        return roles

    def _named(self, match: TriggerMatch) -> list[tuple[str, int]] | None:
        """Whom an evaluation is said of when a verb of naming carries it ('called the ruling biased', 'nannte den
        Prozess eine Hexenjagd'): the actors of that verb's object, or the agent of the act it names; None where no
        such verb carries it."""
        objects = self._naming_objects(match)
        if objects is None:
            return None
        if not self.parsed:
            return [(m.actor, m.start) for m in self._mentions(self.analysis.sent_of(match.start))
                    if objects[0].i <= m.start < match.start and m.preposition not in self.locative]
        acts = [(o, self.matches[o.i]) for o in objects if o.i in self.matches and o.i != match.word]
        return [a for o in objects if o.pos_ != "PRON" for a in self._phrase(o)] \
            or [a for o, m in acts for a in self._noun(o, m).sources]  # 'called them illegal': what they stand for

    def _naming_objects(self, match: TriggerMatch) -> list[Token] | None:
        """What a verb of naming that carries the evaluation names ('described the actions as reckless'): its
        objects, or unparsed the first word after it; None where no such verb carries it."""
        if self.parsed:
            verb = next((v for v in list(self.doc[match.word].ancestors)[:NAMING_DEPTH] if v.pos_ in ("VERB", "AUX")),
                        None)  # the first verb above: 'described the actions as reckless', not '… called it …
            if verb is None or not self.naming.token(verb):  # and said the EU was ready to support it'
                return None
            objects = [c for c in verb.children if c.dep_ in OBJECTS and c.i != match.word]
            return objects or None
        start, _ = self._clause(match.start, self.analysis.sent_of(match.start))
        verb = next((i for i in range(match.start - 1, start - 1, -1) if self.naming.token(self.doc[i])), None)
        return [self.doc[verb + 1]] if verb is not None and verb + 1 < match.start else None

    def reporter(self, word: int) -> str | None:
        """Who says the words a word is in ('China said the US move was unacceptable', 'Szijjártó herhaalde dat
        Kiev … moet garanderen'): the subject of the verb of saying above it, or without a parse, the first actor
        of its sentence before such a verb."""
        reporting = self.analysis.lang.cue("reporting")
        if self.parsed:
            for verb in list(self.doc[word].ancestors)[:REPORT_DEPTH]:
                if reporting.token(verb):
                    return next((a for a, _ in self._subject(verb)), None)
            return None
        sentence = self.analysis.sent_of(word)
        said = next((t.i for t in self.doc[sentence.start:word] if reporting.token(t)), None)
        if said is None:
            return None
        return next((m.actor for m in self._mentions(sentence) if m.start < said and m.preposition is None), None)

    def _before_in_clause(self, match: TriggerMatch) -> list[tuple[str, int]]:
        """Without a parse, what the clause names first before its predicate, with those listed beside it, places
        aside ('Het optreden van Rusland is onaanvaardbaar')."""
        sentence = self.analysis.sent_of(match.start)
        start, _ = self._clause(match.start, sentence)
        before = [m for m in self._mentions(sentence) if start <= m.start < match.start
                  and m.preposition not in self.locative]
        return [(m.actor, m.start) for m in self._with_coordinated(before[:1], before)]  # 'Russland habe die Ukraine
        # überfallen und trage die Verantwortung': the subject that opens it, not the first verb's object

    def voiced(self, match: TriggerMatch, roles: Roles) -> None:
        """A meeting, support, aid, cooperation, sanction or diplomatic act done to someone with no one named to do
        it is the document's voice's ('Visite à Kiev', 'the aid will be extended in cooperation with the WFP', 'the
        Russian ambassador was summoned'); not one whose doer the text names as someone who is no actor ('80 % of
        Georgians support the accession')."""
        voiced = match.trigger.type in VOICED_DEEDS or match.trigger.context == DIPLOMATIC
        if roles.targets and not roles.sources and voiced and self.analysis.home_actor and not self._agent_unnamed(match):
            roles.sources, roles.rule = [(self.analysis.home_actor, match.start)], roles.rule + ", the document's voice"

    def _agent_unnamed(self, match: TriggerMatch) -> bool:
        """Does the event have a doer the text names, though as no actor — a subject of its verb (or of the verb
        its noun hangs on), a possessor, the owner of the noun its infinitive completes ('the military
        authorities' decision to expel'), or without a parse a pronoun that stands for no one? Titles of no one
        side ('Les ministres ont abordé …') and what an act is done with ('the funding will support …') are no
        such doer."""
        if not self.parsed:  # a third-person pronoun subject that stands for no actor: 'dass es keine Waffen liefert';
            start, end = self._clause(match.start, self.analysis.sent_of(match.start))  # an act another act of the
            return any(t.lower_ in self.third_person and not self.referents.actors_of(t)  # clause is about, whose
                       for t in self.doc[start:end]) or match.trigger.pos == "NOUN" and \
                self._governed_event(match, start)  # doer the text leaves open: 'blokkeerde het sanctiepakket'
        word = self.doc[match.word]
        above = self._verb_above(word) if match.trigger.pos == "NOUN" else None
        heads = [word] + ([above] if above is not None else [])
        if any(c.dep_ in ("nsubj", "poss", "nmod:poss", "agent", "obl:agent") and c != word and not self._means(c)
               and c.i not in self.titles for h in heads for c in h.children):
            return True
        owned = self._owned_noun(word)
        return owned is not None and self._owned(owned)

    def _means(self, token: Token) -> bool:
        """Is a subject what the act is done with, not who does it ('the rest of the funding will support …')?"""
        return any(t.i in self.triggers or t.i in self.money or self.aid_objects.token(t) for t in token.subtree)

    def definite(self, match: TriggerMatch) -> bool:
        """An event noun after a definite article or demonstrative ('die Reise', 'these strikes')."""
        return match.trigger.pos == "NOUN" and match.start > 0 and self.determiners.token(self.doc[match.start - 1])

    def _object_event_agent(self, match: TriggerMatch, taken: set[str]) -> list[tuple[str, int]]:
        """'condamne l'agression de l'Ukraine par la Russie': who did the event the trigger's object names;
        for an easing ('lifted sanctions on Venezuela'), whom it was done to; for a demand ('a demandé le
        retrait des troupes rwandaises'), who is to do it. Not for talks about an event."""
        if match.trigger.type not in REACTIONS | UNDOING_TYPES | {"REQUEST"}:
            return []
        for child in self.doc[match.word].children:
            nested = self.matches.get(child.i) if child.dep_ in OBJECTS else None
            if nested and nested.trigger.type != match.trigger.type and nested.trigger.pos == "NOUN":
                roles = self._noun(child, nested)
                actors = roles.targets if match.trigger.type in UNDOING_TYPES else roles.sources
                return [(a, i) for a, i in actors if a not in taken][:1]
        if match.trigger.type in REACTIONS:  # 'welcomed the offer by Thailand', 'condamne la décision prise par la Russie'
            sentence = self.analysis.sent_of(match.start)
            end = self._clause(match.start, sentence)[1]
            return [(m.actor, m.start) for m in self._mentions(sentence) if match.end <= m.start < end
                    and m.preposition in self.by and m.actor not in taken][:1]
        return []

    def _to_everyone(self, match: TriggerMatch) -> bool:
        """Is a request addressed to no one in particular ('all parties', 'la communauté internationale',
        'alle betrokken partijen', 'die Beteiligten')? Read in the words that follow it in its clause."""
        sentence = self.analysis.sent_of(match.start)
        _, end = self._clause(match.start, sentence)
        return self.analysis.lang.cue("generic_addressee").within(self.doc[match.end:end])

    def _restated_targets(self, match: TriggerMatch, taken: set[str]) -> list[tuple[str, int]]:
        """A verb whose object restates its event takes that noun's target ('a déposé plainte contre le
        Myanmar', 'lodged a protest with Beijing')."""
        for child in self.doc[match.word].children:
            nested = self.matches.get(child.i) if child.dep_ in OBJECTS else None
            if nested and nested.trigger.type == match.trigger.type and nested.trigger.pos == "NOUN":
                return [(a, i) for a, i in self._noun(child, nested).targets if a not in taken]
        return []

    def _asks_for_thing(self, match: TriggerMatch) -> bool:
        """Does a verb of request ask for an act or an end to one of no one named ('calls for an immediate
        ceasefire in Gaza', 'appelle à la cessation des hostilités')? No actor but a place follows it in its
        sentence, and an event word, an act asked for (`requested_act`) or a place does; a general wish ('called for a reflection') is no request."""
        word = self.doc[match.word]
        if match.trigger.pos != "VERB" or self.parsed and self._passive(word):
            return False
        sentence = self.analysis.sent_of(match.start)
        after = [m for m in self._mentions(sentence) if m.start >= match.end]
        if any(m.preposition not in self.locative for m in after):
            return False
        asked = self.analysis.lang.cue("requested_act")
        return bool(after) or any(t.i in self.triggers or asked.token(t) for t in self.doc[match.end:sentence.end])

    def _act_target(self, match: TriggerMatch, taken: set[str]) -> list[tuple[str, int]]:
        """A threat or a refusal is aimed at whom the act it names would be done to ('threatened to cut off
        electricity to Nakhichevan', 'refused to lift the curfew on Palestinians'): the first actor among the
        objects and phrases of its infinitive, places and topics aside."""
        topics = self.analysis.lang.cue("topic_preposition")
        word = self.doc[match.word]
        clauses = [c for c in word.children if c.dep_ in ("xcomp", "ccomp", "advcl")] + \
            [c for o in word.children if o.dep_ in OBJECTS for c in o.children if c.dep_ == "acl"]  # 'reserves the
        for clause in clauses:  # right to take further measures against Russia'
            for child in sorted(clause.children, key=lambda c: c.i):
                preposition = _preposition(child) if child.dep_ in PREPOSITIONAL else None
                if child.dep_ in OBJECTS or preposition and preposition not in self.locative \
                        and not topics.token(_case(child) if child.dep_ != "prep" else child):
                    act = self.matches.get(child.i)  # 'rétablir les sanctions contre l'Iran': whom they hit
                    actors = [(a, i) for a, i in self._phrase(child, exclude=taken)] or \
                        ([t for t in self._noun(child, act).targets if t[0] not in taken]
                         if act is not None and act.trigger.pos == "NOUN" else [])
                    if actors:
                        return actors
        return []

    def _reacts_to_unattributed(self, match: TriggerMatch) -> bool:
        """Is what the trigger reacts to an act of violence whose doer the text does not name?"""
        if self.parsed:
            nested = [(c, self.matches[c.i]) for c in self.doc[match.word].children
                      if c.dep_ in OBJECTS and c.i in self.matches]
            return any(m.trigger.type in UNATTRIBUTED_TYPES and not self._noun(c, m).sources for c, m in nested)
        start, end = self._clause(match.start, self.analysis.sent_of(match.start))
        for i in [*range(match.end, end), *range(start, match.start)]:  # after it, or before a clause-final verb
            nested = self.matches.get(i)
            if nested and nested.trigger.pos == "NOUN" and nested.trigger.type != match.trigger.type:
                return nested.trigger.type in UNATTRIBUTED_TYPES and not self._linear(nested, nested_ok=False).sources
        return False

    def _complete_by_order(self, match: TriggerMatch, roles: Roles) -> None:
        """Where the parse found no object of a verb, the clause's next free actor after it may be one; not where
        the verb has an object that names no one and is no event (whose actors the parse may have hung elsewhere)."""
        reciprocal_pair = match.trigger.type in SYMMETRIC_TYPES and len(roles.sources) > 1
        if match.trigger.pos != "VERB" or roles.targets or not roles.sources or reciprocal_pair \
                or self._reacts_to_unattributed(match):  # 'condemns the attack on a UN helicopter': not the UN
            return
        taken = {a for a, _ in roles.sources}
        verb = self.doc[match.word]
        objects = [c for c in verb.children if c.dep_ in OBJECTS and c.i not in self.triggers
                   and c.i not in self.dated]
        if objects:  # what a request or reaction is about belongs to whom it is addressed to: 'requested the
            # Philippines' understanding'; other objects name no partner: 'did they receive any warning'
            owners = [a for o in objects for a in self._phrase(o, exclude=taken, type_=match.trigger.type)] \
                if match.trigger.type in REACTIONS | {"REQUEST"} else []
            if owners:
                roles.targets, roles.rule = owners, roles.rule + ", owner of the object"
            return
        coordinated = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}  # "… et a appelé l'UE"
        by_order = [(a, i) for a, i in self._linear(match).targets
                    if a not in taken and i >= match.end and i not in coordinated]
        if by_order:
            roles.targets, roles.rule = by_order, roles.rule + ", word order"

    def _nearest_other(self, match: TriggerMatch, sources: set[str]) -> str | None:
        """The country of the actor named nearest the trigger in its sentence, other than its sources."""
        sentence = self.analysis.sent_of(match.start)
        named = [(abs(t.i - match.start), a) for t in sentence
                 if (a := self.referents.actor_of(t)) and a not in sources]
        return self.analysis.actor_code(min(named)[1]) if named else None

    def _meeting_organisation(self, match: TriggerMatch, sources: set[str], subject: set[int]):
        """'attended a Foreign Affairs Council meeting', 'during the NATO summit', 'réunion du Conseil de
        sécurité': the organisation named with the meeting, just before it or in the words after it."""
        start, end = self._clause(match.start, self.analysis.sent_of(match.start))
        near = range(max(start, match.start - ORGANISATION_BEFORE), min(end, match.end + ORGANISATION_AFTER))
        return self._first_organisation((i for i in sorted(near, key=lambda i: abs(i - match.start))
                                         if i not in subject), sources)

    def _meeting_told_before(self, match: TriggerMatch, sources: set[str]) -> list[tuple[str, int]]:
        """'The Foreign Affairs Council met on Monday. The Minister took part.', 'y a participé', 'nahm daran
        teil': with nothing named after it in its clause, whoever attends attends the organisation whose
        meeting the sentence before, or its own words before it, told."""
        sentence = self.analysis.sent_of(match.start)
        end = self._clause(match.start, sentence)[1]
        if any(self.referents.actors_of(t) for t in self.doc[match.end:end]):
            return []
        before = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        return self._first_organisation(range(match.start - 1, before - 1, -1), sources)

    def _first_organisation(self, indices, sources: set[str]) -> list[tuple[str, int]]:
        """The first organisation named (not a pronoun) at these token indices, other than the sources."""
        for i in indices:
            actor = self.analysis.token_actors.get(i)
            if actor and actor not in sources and self.analysis.actor_kind(actor) == "organization":
                return [(actor, i)]
        return []

    # --- with a dependency parse -------------------------------------------------

    def _parsed(self, match: TriggerMatch) -> Roles:
        token = self.doc[match.word]
        clause = match.trigger.pos == "VERB" and any(c.dep_ in SUBJECTS for c in token.children) \
            and any(c.dep_ in OBJECTS for c in token.children)  # 'Palau thanks the United States', tagged a noun
        if match.trigger.pos == "NOUN" or token.pos_ in ("NOUN", "PROPN") and not clause:
            return self._noun(token, match)
        return self._verb(self._participle_verb(token), match)

    def _participle_verb(self, token: Token) -> Token:
        """The verb a participle's roles hang on: the participle itself, or, where the tagger read it as an adverb
        or adjective after 'have' (`perfect_auxiliary`: 'La Russie a expulsé quinze diplomates': 'a' parsed as the
        main verb, 'expulsé' as its adverb), that auxiliary."""
        head = token.head
        if token.pos_ in ("ADV", "ADJ") and token.dep_ in ("advmod", "obj", "xcomp") \
                and self.analysis.lang.cue("perfect_auxiliary").token(head) \
                and head.i < token.i and all(t.pos_ == "ADV" for t in token.doc[head.i + 1:token.i]):
            return head
        return token

    def _verb(self, verb: Token, match: TriggerMatch) -> Roles:
        """Subject acts on object and slot phrases; a passive's agent acts on its subject, unless the entry says
        its subject is its source ('is alarmed by China's decision': the one alarmed speaks)."""
        trigger = match.trigger
        passive = self._passive(verb)
        subject_actors = self._subject(verb)
        subject_tokens = {t.i for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree}
        agents = self._agents(verb)
        roles = Roles(rule="verb")
        if (agents or passive and subject_actors and trigger.type in DONE_TO_TYPES) \
                and (passive or verb.dep_ in ("acl", "amod")) and "subj" not in trigger.source:  # 'les diplomates
            # rwandais ont été déclarés persona non grata': done to them, by whom the text may not say
            posted = [a for c in verb.children if c.dep_ in SUBJECTS for a in self._slot_actors(
                c, tuple(s for s in trigger.target if s != "obj"), trigger.type, {a for a, _ in agents})]
            roles.sources, roles.targets, roles.rule = agents, posted or subject_actors, "passive verb"  # 'the
            # ambassador to Iran was recalled': the slot phrase inside the subject says to whom
        elif verb.dep_ in ("acl", "amod") and verb.morph.get("VerbForm") == ["Part"] and \
                verb.morph.get("Tense") == ["Past"] and "subj" not in trigger.source and subject_actors:
            roles.targets, roles.rule = subject_actors, "passive verb"  # 'refineries accused of …': done to
            # the actors of the noun it describes, by no one named
        elif "obj" in trigger.source and "subj" in trigger.target:  # "X hosted Y": the visitor is the source
            exclude = {a for a, _ in subject_actors}  # an official or a country, not people ('hosts Syrian refugees')
            objects = [c for c in verb.children if c.dep_ in OBJECTS]  # a guest named, or an office-holder
            roles.sources = [a for c in objects  # named by country ('son homologue indien'), not people ('refugees')
                             for a in self._phrase(c, 2 if c.lower_ in self.title_words else 0, exclude)]
            roles.targets, roles.rule = subject_actors, "verb, host"
            if not roles.sources and any(self.triggers.get(t.i) == "CONSULT" for c in objects for t in c.subtree):
                roles.sources = subject_actors  # "will host the next round of talks with Iran": host and guests
                roles.targets = [(a, i) for a, i in self._all_actors({t.i for c in objects for t in c.subtree})
                                 if a not in exclude]
        else:
            roles.sources = subject_actors
            if trigger.type in SYMMETRIC_TYPES and len(subject_actors) < 2:
                roles.sources = self._all_actors(subject_tokens) or subject_actors
            exclude = {a for a, _ in roles.sources}
            roles.targets = self._slot_actors(verb, trigger.target or ("obj",), trigger.type, exclude)
            if not roles.targets and trigger.type == "REQUEST":  # 'demand that the DPRK withdraw', 'exige que la
                roles.targets = [(a, i) for c in verb.children if c.dep_ == "ccomp"  # Russie retire'
                                 for a, i in self._subject(c) if a not in exclude][:1]
                roles.rule += ", asked in its clause" if roles.targets else ""
        roles.location = self._location(verb)
        roles.subject_tokens = subject_tokens
        return roles

    def _noun(self, noun: Token, match: TriggerMatch) -> Roles:
        trigger = match.trigger
        roles = Roles(rule="noun")
        genitive = tuple(self.of) if "poss" in trigger.source and not set(trigger.target) & self.of \
            and not self._owned_by_determiner(noun) else ()  # 'Entretien de Jean-Noël Barrot avec …'
        roles.sources = self._possessors(noun, trigger.target) or \
            self._slot_actors(noun, tuple(s for s in trigger.source if s not in ("poss", "subj")) + tuple(self.by)
                              + genitive, trigger.type, set())  # 'son retrait de la Cédéao': the de-phrase is then the target
        if not roles.sources:
            roles.sources = self._adjective_after(match)  # "une frappe de drone russe", parsed or not
        if not roles.sources and noun.dep_ in OBJECTS and not self._passive(noun.head):
            roles.sources = self._agents(noun.head)  # "condamne l'agression … par la Russie", by-phrase on the verb
        if not roles.sources:  # "la répression exercée par les forces iraniennes", "the steps taken by the US"
            roles.sources = [a for c in noun.children if c.dep_ in ("acl", "amod") and c.pos_ == "VERB"
                             and c.i not in self.triggers
                             for a in self._agents(c)]
        if not roles.sources:
            roles.sources = self._relative_subject(noun)
        if not roles.sources:  # "l'exécution de quatre citoyens canadiens par la Chine", the by-phrase hung lower
            roles.sources = [a for t in noun.subtree if t.dep_ in ("agent", "obl:agent") and t != noun
                             and not any(h.i in self.triggers for h in t.ancestors if h != noun and noun in h.ancestors)
                             for a in self._phrase(t)]
        if not roles.sources:
            roles.sources, roles.rule = self._governing_subject(noun, trigger.type), "noun, subject of its verb"
        exclude = {a for a, _ in roles.sources}
        slots = trigger.target or tuple(self.of)
        if roles.sources and roles.rule == "noun" and not set(slots) & self.of:
            slots += tuple(self.of)  # "its support of Venezuelan Interim President Juan Guaidó"
        roles.targets = self._slot_actors(noun, slots, trigger.type, exclude)
        verb = self._verb_above(noun)
        if not roles.targets and verb is not None:  # "lui a apporté 1,2 milliard d'euros d'aide"
            told = {t.i for c in noun.children if c.dep_ in ("relcl", "acl:relcl") for t in c.subtree}
            reflexive = self._reflexive_owner(noun) is not None  # 'extends its condolences to …': its owner acts
            exclude_own = exclude | {a for t in noun.subtree if t.i not in told and not (reflexive and t.head == noun)
                                     and (a := self.referents.actor_of(t))}
            roles.targets = self._slot_actors(verb, tuple(s for s in slots if s != "obj"), trigger.type,
                                              exclude_own)
        roles.location = self._location(noun)
        return roles

    def restates_verb(self, match: TriggerMatch) -> bool:
        """Is an event noun the object of a verb of the same event ('versera 20 millions d'euros d'aide'), or
        what a verb of agreement agrees ('agree a new partnership')?"""
        if not self.parsed or match.trigger.pos != "NOUN" or self.doc[match.word].dep_ in SUBJECTS:
            return False  # "Russian strikes on Ukraine killed five civilians": the strikes are told, not restated
        verb = self._verb_above(self.doc[match.word])
        told = self.triggers.get(verb.i) if verb is not None else None
        return told == match.trigger.type or (told, match.trigger.type) in AGREED_CONTENT

    def with_money(self, match: TriggerMatch) -> bool:
        """Is an amount of money told in the trigger's own clause ('steunt Moldavië met 15 miljoen'), not in one
        about something else ('thanks the United States for the Compact, which will provide 889 million')?"""
        if not self.parsed:
            start, end = self._clause(match.start, self.analysis.sent_of(match.start))
            return any(start <= i < end for i in self.money)
        word = self.doc[match.word]
        head = (self._verb_above(word) or word) if match.trigger.pos == "NOUN" else word  # '$60 million in new
        elsewhere = {t.i for c in head.subtree if c.dep_ in ("relcl", "acl:relcl") for t in c.subtree}  # support'
        return any(t.i in self.money and t.i not in elsewhere for t in head.subtree)

    def modifies_event(self, match: TriggerMatch) -> bool:
        """Is an event noun a modifier of another of its type ('the ceasefire agreement')? Then they are one. Or of
        a word for people ('Armenia's treaty ally', 'aid workers')? Then it describes them, it tells no event."""
        if not self.parsed or match.trigger.pos != "NOUN":
            return False
        word = self.doc[match.word]
        if word.dep_ == "compound" and word.head.i not in self.triggers and self.people_nouns.token(word.head):
            return True
        return word.dep_ == "compound" and self.triggers.get(word.head.i) == match.trigger.type \
            and word.head.i not in range(match.start, match.end)

    def undone(self, match: TriggerMatch) -> bool:
        """Is an event noun what an undoing trigger ends ('lifted its punitive tariffs', 'la levée des
        sanctions', 'hief de sancties op'), or, unparsed, trade a sanction of its clause is on? Then the undoing
        or sanction is the only event."""
        if match.trigger.pos != "NOUN":
            return False
        noun = self.doc[match.word]
        if not self.parsed:
            start, end = self._clause(match.start, self.analysis.sent_of(match.start))
            hindered = {slot for i in range(start, end) if self.triggers.get(i) in HINDERING_TYPES
                        for slot in self.matches[i].trigger.target} if match.trigger.type == "COOPERATE" else set()
            for i in range(match.start - 1, max(start, match.start - ADJECTIVE_WINDOW) - 1, -1):
                word = self.doc[i].lower_
                if self.triggers.get(i) in UNDOING_TYPES or word in hindered:  # 'erheben auf die Einfuhren aus
                    return True  # der Schweiz einen Zusatzzoll': the imports are what the tariff is on
                if not (word in self.of or self._modifier(self.doc[i]) and word not in self.prepositions):
                    return False
            return False
        above = None
        if noun.dep_ in OBJECTS:
            above = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ in self.of:  # "the lifting of sanctions"
            above = noun.head.head
        elif noun.dep_ in PREPOSITIONAL and _preposition(noun) in self.of:  # "la levée des sanctions"
            above = noun.head
        elif noun.dep_ in PREPOSITIONAL or noun.dep_ == "pobj":  # "a ban on exports", "exclusion from meetings"
            above = noun.head.head if noun.dep_ == "pobj" else noun.head
            return match.trigger.type in ("COOPERATE", "CONSULT") and self.triggers.get(above.i) in HINDERING_TYPES
        return above is not None and self.triggers.get(above.i) in UNDOING_TYPES

    def refers_back(self, match: TriggerMatch) -> str | None:
        """Does the trigger's object (or a passive one's subject, or what an evaluation judges) point back to an
        event told before — 'condemns these attacks', 'Moscou l'a rejetée', 'the sanctions were condemned',
        'welcomed the decision', 'Cette action est inacceptable'? Returns the event type pointed at ('' when any
        will do), or None."""
        lang, trigger = self.analysis.lang, self.doc[match.word]
        judged = SUBJECTS if VOICE in match.trigger.source else ("nsubjpass", "nsubj:pass")  # "Cette action est …"
        if self.parsed:
            heads = [trigger, trigger.head] if trigger.dep_ in PREDICATES else [trigger]  # "This decision is unjustified"
            candidates = [c for h in heads for c in h.children if c.dep_ in OBJECTS and h is trigger or c.dep_ in judged]
            candidates += self._naming_objects(match) or []  # 'described the actions as reckless'
            if match.trigger.pos == "NOUN":  # 'expressed concern over the incident', 'sa préoccupation face à cet acte'
                said = [trigger, trigger.head] if trigger.dep_ in OBJECTS else [trigger]
                candidates += [c for h in said for c in h.children if c.dep_ in PREPOSITIONAL and c.dep_ != "prep"] \
                    + [c for h in said for p in h.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
        else:
            candidates = [t for t in self.doc[match.end:min(len(self.doc), match.end + 3)] if not t.is_punct][1:2]
            start, end = self._clause(match.start, self.analysis.sent_of(match.start))
            if any(t.lower_ in self.passive for t in self.doc[start:end]):  # "Die Reise … war verurteilt worden"
                candidates += [t for t in self.doc[start + 1:match.start] if t.i in self.triggers][:1]
            candidates = [c for c in candidates if self.determiners.token(self.doc[c.i - 1])]
            named = self._naming_objects(match)  # 'bezeichnete das Urteil als politisch motiviert'
            candidates += [t for t in self.doc[named[0].i:match.start] if not t.is_punct][1:2] if named else []
            if VOICE in match.trigger.source:  # 'Es war eine gezielte Provokation', 'Dit is onaanvaardbaar'
                opener = next(t for t in self.doc[start:match.start + 1] if not t.is_punct)
                article = any(self.analysis.token_actors.get(i) for i in range(opener.i + 1, opener.i + ARTICLE_REACH))
                candidates += [opener] if lang.cue("event_pronoun").token(opener) and not article else []
                # 'Das russische Außenministerium bezeichnete …': an article, not 'Das ist inakzeptabel'

        for candidate in candidates:
            if lang.cue("event_pronoun").token(candidate):
                return ""
            determined = not self.parsed or any(self.determiners.token(c) for c in candidate.children)
            if determined and candidate.i in self.triggers:
                return self.triggers[candidate.i]
            if determined and lang.cue("event_anaphor").token(candidate):
                return ""
        return None

    @staticmethod
    def _passive(verb: Token) -> bool:
        """Passive by the parse, or a participle whose 'be' the parse made a copula ('sont détenus en Chine')."""
        return any(c.dep_ in PASSIVE_MARKERS for c in verb.children) or verb.pos_ == "VERB" \
            and "Part" in verb.morph.get("VerbForm") and any(c.dep_ == "cop" for c in verb.children)

    def _agents(self, verb: Token) -> list[tuple[str, int]]:
        """Actors of the verb's by-phrase ('by Norway', 'par la France')."""
        return [a for c in verb.children if c.dep_ in ("agent", "obl:agent") or
                (c.dep_ in PREPOSITIONAL and _preposition(c) in self.by) for a in self._phrase(c)]

    def _all_actors(self, tokens: set[int]) -> list[tuple[str, int]]:
        """Every actor named among some tokens ('des délégations russe et ukrainienne se sont rencontrées')."""
        return _unique([(a, i) for i in sorted(tokens) if i not in self.triggers
                        for a in self.referents.actors_of(self.doc[i])])

    def _possessors(self, noun: Token, target_slots: tuple[str, ...]) -> list[tuple[str, int]]:
        """Who an event noun belongs to: its possessor or country adjective ('Russia's invasion',
        'Russian aggression'), also one step down its genitive ('une frappe d'un drone russe'), unless the
        genitive is where the noun's target is ('son retrait de la Cédéao'); a reflexive possessive's subject."""
        subject = self._reflexive_owner(noun)
        if subject is not None:
            return subject  # 'the Ministry expressed its appreciation': the ministry's, not the last country named
        found = [a for c in noun.children if (c.dep_ in POSSESSORS or c.morph.get("Poss") == ["Yes"])
                 and c.i not in self.triggers and not self._place_named(c)
                 for a in self._phrase(c, depth=1)]  # 'son retrait': a possessive determiner
        if found:
            return found
        genitives = [c for c in noun.children if c.dep_ in PREPOSITIONAL and _preposition(c) in self.of
                     and _preposition(c) not in target_slots and c.i not in self.triggers
                     and not self.referents.actors_of(c)]  # the genitive's own name is no step down
        return [(a, g.i) for c in genitives for g in c.subtree if g.dep_ in ("amod", "poss", "nmod:poss")
                and g.head == c or (g.head.head == c and g.dep_ == "amod") for a in self.referents.actors_of(g)]

    def _reflexive_owner(self, noun: Token) -> list[tuple[str, int]] | None:
        """A third-person possessive on the object of a verb that has a subject stands for that subject ('extends
        its condolences'), whether or not it names an actor; None where there is no such possessive."""
        reflexive = noun.dep_ in OBJECTS and any(c.pos_ in ("PRON", "DET") and c.morph.get("Poss") == ["Yes"]
                                                 and c.morph.get("Person") == ["3"] for c in noun.children)
        subject = self._subject(noun.head) if reflexive else []
        return subject or ([] if reflexive and any(c.dep_ in SUBJECTS for c in noun.head.children) else None)

    def _relative_subject(self, noun: Token) -> list[tuple[str, int]]:
        """The subject of a relative clause whose object is the noun ('the war that Russia wages', 'la guerre que
        la Russie mène', however the parse hangs the clause)."""
        pronoun = self.doc[noun.i + 1] if noun.i + 1 < len(self.doc) else None
        if pronoun is None or not self.relative_objects.token(pronoun) or pronoun.head.pos_ != "VERB" \
                or pronoun.head.i in self.triggers:
            return []
        return [a for s in pronoun.head.children if s.dep_ in SUBJECTS and s != pronoun for a in self._phrase(s)]

    def _place_named(self, modifier: Token) -> bool:
        """Is a noun's modifier a city that says where it happened ('the Cairo Summit', 'the Minsk agreements')?"""
        mention = self.referents.mention_at(modifier.i)
        return modifier.dep_ == "compound" and mention is not None and mention.reason in PLACE_REASONS

    @staticmethod
    def _owned_by_determiner(noun: Token) -> bool:
        """'son retrait', 'its withdrawal': a possessive determiner owns the noun."""
        return any(c.dep_ in ("poss", "nmod:poss") or c.morph.get("Poss") == ["Yes"] for c in noun.children)

    def _meeting_as_participants(self, subject: Token) -> list[tuple[str, int]]:
        """'The Meeting discussed and agreed …', 'La réunion a salué …': a meeting that acts stands for those
        who took part in it."""
        match = self.matches.get(subject.i)
        if match is None or match.trigger.type != "CONSULT" or match.trigger.pos != "NOUN":
            return []
        return [(a, subject.i) for a in self.referents.participants]

    def _owned_noun(self, verb: Token) -> Token | None:
        """The noun an infinitive completes, by position where the parse hangs it elsewhere ('the decision of
        Belarus to expel', 'la décision des autorités marocaines d'aider')."""
        first = min(t.i for t in verb.subtree)
        if verb.dep_ not in ("xcomp", "advcl", "acl") or first == 0 or first == verb.i:
            return None
        current = self.doc[first - 1]
        for _ in range(MAX_CLIMB):
            if current.pos_ == "NOUN":
                return current
            if current.head == current or current.head.i > first:
                return None
            current = current.head
        return None

    def _owned(self, noun: Token, within: Token | None = None) -> bool:
        """Does the noun name whose it is (a possessor, an adjective of a country, an of-phrase)? An of-phrase
        headed by the word `within` is what the noun is, not whose ('took the step of expelling the envoy')."""
        return any(c.dep_ in ("poss", "nmod:poss") or c.dep_ in PREPOSITIONAL and _preposition(c) in self.of
                   and within not in (c, *c.children)
                   or self.referents.actor_of(c) for c in noun.children)

    def _owners(self, noun: Token, within: Token | None = None) -> list[tuple[str, int]]:
        """Whose a plain noun is: its possessor, country adjective or of-phrase ('Russia's decision', 'the
        decision of the Russian Federation', 'la décision des autorités turques')."""
        return [a for c in noun.children if c.dep_ in POSSESSORS and c.i not in self.triggers
                or c.dep_ in PREPOSITIONAL and _preposition(c) in self.of and within not in (c, *c.children)
                for a in self._phrase(c, depth=1)]

    def _adjective_after(self, match: TriggerMatch) -> list[tuple[str, int]]:
        """A country adjective right after an event noun, before any other phrase ('frappe de drone russe'), and
        not inside the of-phrase that names whom it is done to ('l'interpellation de ressortissants algériens')."""
        for token in self.doc[match.end:min(len(self.doc), match.end + ADJECTIVE_WINDOW)]:
            preposition = CONTRACTIONS.get(token.lower_, token.lower_)
            patient = preposition in match.trigger.target and preposition not in match.trigger.source
            if token.is_punct or token.pos_ == "ADP" and (preposition not in self.of or patient):
                return []  # not past another phrase: 'negotiations today on an Israeli troop pullback'
            mention = self.referents.mention_at(token.i)
            if mention and mention.reason == "gazetteer adjective":
                return [(mention.actor, token.i)]
        return []

    def _operative_verbs(self) -> set[int]:
        """The verbs of operative paragraphs, which open with a third-person verb and no subject ('2. Strongly
        condemns the attack …', 'Demande instamment …'): the body that issues the text acts in them."""
        verbs = set()
        for sentence in self.doc.sents:
            first = next((t for t in sentence if not (t.is_punct or t.is_space or t.like_num or t.pos_ == "ADV")),
                         None)
            if first is None or first.dep_ != "ROOT" or any(c.dep_ in SUBJECTS for c in first.children):
                continue
            finite = first.pos_ == "VERB" and "3" in first.morph.get("Person") and "Fin" in first.morph.get("VerbForm")
            tagged_as_plural = first.pos_ == "NOUN" and first.is_title and first.morph.get("Number") == ["Plur"] \
                and (first.i in self.matches or self.reporting.token(first))  # 'Calls on …', 'Notes with concern'
            if finite or tagged_as_plural:
                verbs.add(first.i)
        return verbs

    def _subject(self, verb: Token) -> list[tuple[str, int]]:
        """Actors of the verb's subject (a meeting stands for its participants), or of the clause it shares a
        subject with; a noun on the way that names its owner ('the decision of the Russian Federation to expel',
        'la décision des autorités turques d'aider') gives the owner."""
        current = verb
        for _ in range(MAX_CLIMB):
            subjects = [c for c in current.children if c.dep_ in SUBJECTS]
            if subjects:
                found = [a for s in subjects for a in self._phrase(s) or self._meeting_as_participants(s)]
                relative = current.dep_ in ("relcl", "acl:relcl") and all(self.relative_subjects.token(s)
                                                                          for s in subjects)
                named = [(a, t.i) for t in [current.head, *current.head.children] if t == current.head
                         or t.dep_ in ("compound", "flat", "flat:name") for a in self.referents.actors_of(t)]
                return found or (_unique(named) if relative else [])  # 'Sheikh Mohamed bin Zayed Al Nahyan, who
                # held talks with Putin': the name the relative clause describes
            if current.i in self.operative:
                return [(self.analysis.home_actor, current.i)]
            if current.dep_ in ("relcl", "acl:relcl"):
                return self._phrase(current.head)
            owned = self._owned_noun(verb) if current is verb else current
            if owned is not None and owned.pos_ == "NOUN" and owned.i not in self.triggers \
                    and self._owned(owned, verb):
                return self._owners(owned, verb)
            taken = [a for c in current.children if c.dep_ in ("acl", "amod") and c.pos_ == "VERB" and c != verb
                     for a in self._agents(c)] if current is not verb and current.pos_ == "NOUN" else []
            if taken:  # 'the steps taken by the United States and the EU to increase the costs to Russia'
                return taken
            if current.dep_ not in SHARED_SUBJECT or current.head == current:
                return []
            if current.dep_ in ("xcomp", "advcl") and self.triggers.get(current.head.i) == "REQUEST":
                request = self._verb(current.head, self.matches[current.head.i])  # 'calls on Russia to withdraw',
                asking = {self._side(a) for a, _ in request.sources}  # 'appelle l'Iran à libérer': the one asked
                asked = [(a, i) for a, i in request.targets if self._side(a) not in asking]  # is to act, never
                if asked or any(c.dep_ in OBJECTS for c in current.head.children):  # the asker's own side; one
                    return asked  # asked who is no actor ('urges donors to fund …') leaves the doer unnamed
            current = current.head
        return []

    def _governing_subject(self, noun: Token, own_type: str) -> list[tuple[str, int]]:
        """The subject of the verb an event noun depends on ('Belgium reiterated its support'), or the
        noun a participle describes, unless another event word stands between ('called for an
        investigation into atrocities')."""
        if noun.dep_ in SUBJECTS:
            return []  # 'the meeting took place …': the noun is what its verb tells, no one else acts it
        if noun.i in self.operative:  # 'Calls on the Government …', tagged as a plural noun
            return [(self.analysis.home_actor, noun.i)]
        current = noun
        topics = self.analysis.lang.cue("topic_preposition")
        for _ in range(MAX_CLIMB + 2):
            # "a discussion on Russia's aggression": the discussers did not aggress; but those who "signed off
            # on sanctions" impose them
            on_topic = topics.token(current) or any(c.dep_ == "case" and topics.token(c)
                                                    for c in current.children)
            if current.head == current or on_topic and self.triggers.get(current.head.i) != "AGREE":
                return []
            current = current.head
            outer = self.triggers.get(current.i)
            if outer and outer != own_type and not (outer in ENDORSING_TYPES and own_type in JOINT_TYPES) \
                    or self.analysis.lang.cue("response").token(current) \
                    or topics.token(current) and current.pos_ == "VERB":  # 'in response to', 'Regarding the inquiry'
                return []
            if current.pos_ in ("VERB", "AUX") and current.dep_ in ("acl", "amod"):  # a participle: its noun acts
                return self._agents(current) or self._phrase(current.head, depth=1)  # "responsables … impliqués dans"
            if current.pos_ in ("VERB", "AUX"):
                return self._subject(current)
        return []

    def _slot_actors(self, head: Token, slots: tuple[str, ...], type_: str, exclude: set[str]):
        found = []
        for child in self._dependents(head):
            if "obj" in slots and child.dep_ in OBJECTS:
                found += self._phrase(child, exclude=exclude, type_=type_)
            elif child.dep_ in PREPOSITIONAL and (_preposition(child) in slots or self._presence(child)):
                found += [a for p in (child, *(c for c in child.conjuncts if c.pos_ == "ADP"))  # 'to the UN and
                          for a in self._phrase(p, exclude=exclude, type_=type_)]  # to the Government of Sudan'
            elif child.dep_ in DATIVES and self.dative & set(slots):  # "lui fournir des drones"
                found += self._phrase(child, exclude=exclude, type_=type_)
            elif child.pos_ == "ADV" and child.lower_ in slots:  # 'auprès de son homologue', parsed with 'auprès'
                found += [a for c in child.children if c.dep_ in PREPOSITIONAL  # as the phrase's head
                          for a in self._phrase(c, exclude=exclude, type_=type_)]
        if not found:  # "retiré ses soldats du Tchad": the phrase hangs on the object
            objects = [c for c in head.children if c.dep_ in OBJECTS]
            found = [a for o in objects for c in o.children if c.dep_ in PREPOSITIONAL and _preposition(c) in slots
                     for a in self._phrase(c, exclude=exclude, type_=type_)]
        return found

    def _dependents(self, head: Token):
        """A word's dependents, where an amount of money stands for the phrases it carries ('une aide de 30
        millions de dollars au Liban': 'au Liban' belongs to the aid, and the amount names no one)."""
        for child in head.children:
            if child.i in self.money:
                yield from (c for c in child.children if c.dep_ in PREPOSITIONAL)
            else:
                yield child

    def _verb_above(self, noun: Token) -> Token | None:
        """The verb a noun depends on, or whose object holds it, through the nouns, numbers and 'of' above it
        ('a apporté 1,2 milliard d'euros d'aide', 'gave the Ivory Coast 5 million dollars of aid'); not through a
        subject ('trade growth will exceed')."""
        current = noun
        for step in range(MAX_CLIMB):
            if step and current.dep_ in SUBJECTS:
                return None
            current = current.head
            if current.pos_ in ("VERB", "AUX"):
                return current
            of = current.dep_ == "prep" and current.lower_ in self.of
            if current.pos_ not in ("NOUN", "NUM", "PROPN") and not of or current.head == current:
                return None
        return None

    def _presence(self, child: Token) -> bool:
        """'in the presence of X', 'en présence de X': X is met."""
        return self.presence.token(child) or any(self.presence.token(c) for c in child.children)

    def _phrase(self, token: Token, depth: int = MAX_DEPTH, exclude: set[str] = frozenset(),
                type_: str | None = None) -> list[tuple[str, int]]:
        """Actors a noun phrase names: its head, else the nearest ones inside it.

        Another kind of event inside is entered only through its genitive ('demanded the support
        of the EU': the EU), not its other phrases ('support for sanctions against Russia'). What an
        infinitive says the thing is for is not part of it ('efforts to address the North Korean threat'),
        and the adversary of a cooperation is not its partner ('the fight against ISIL').
        """
        level = [(token, self._nested(token, type_))]
        adversary = type_ in COOPERATIVE_TYPES
        for _ in range(depth + 1):
            tokens = [t for t, _ in level]
            tokens += [c for t in tokens for c in t.conjuncts if c.i > t.i]
            actors = [(a, t.i) for t in tokens for a in self.referents.actors_of(t) if a not in exclude]
            owners = {self.doc[i].head.i for _, i in actors if self.doc[i].dep_ == "amod"}
            placed = {t.i for t in tokens if t.dep_ in PREPOSITIONAL and _preposition(t) in self.locative
                      and t.head.i in owners}  # 'la colonisation israélienne en Cisjordanie': whose, not where
            actors = [(a, i) for a, i in actors if i not in placed]
            if actors:
                return self._with_listed(actors, exclude)
            level = [(c, self._nested(c, type_)) for t, nested in level for c in t.children
                     if c.dep_ in PHRASE_PARTS and (nested is None or self._agent_of(nested, c, type_))
                     and not (c.dep_ == "acl" and "Inf" in c.morph.get("VerbForm"))
                     and not (adversary and self.adversative.token(self.doc[c.i] if c.dep_ == "prep"
                                                                   else _case(c)))]
            if not level:
                break
        return []

    def _with_listed(self, actors: list[tuple[str, int]], exclude: set[str]) -> list[tuple[str, int]]:
        """Actors found with those listed beside them, whatever the parse made of the list ('les Gouvernements
        de la Tunisie, du Koweït et de la France'): names joined only by commas, 'and', articles and 'of'."""
        sentence = self.analysis.sent_of(actors[0][1])
        named = [(i, a) for i in range(sentence.start, sentence.end) if self.analysis.token_actors.get(i)
                 for a in self.referents.actors_of(self.doc[i]) if a not in exclude]
        found = {i for _, i in actors}
        changed = True
        while changed:
            changed = False
            for i, actor in named:
                if i in found or self.parsed and self.doc[i].dep_ in ("poss", "nmod:poss"):
                    continue  # 'Turkey, Azerbaijan's closest ally, hailed …': an apposition's owner is no member
                near = [j for j in found if self._unbracketed(min(i, j), max(i, j)) <= LIST_GAP + 1
                        and self._same_clause(i, j)]
                if any(self._list_gap(min(i, j), max(i, j)) for j in near):
                    found.add(i)
                    actors.append((actor, i))
                    changed = True
        return _unique(actors)

    def _same_clause(self, i: int, j: int) -> bool:
        """Where ', and' joins two words, do they hang on one verb by the parse ('… in the Congo, and Secretary
        Rubio urged': two clauses, no list)?"""
        conjunction = self.analysis.lang.cue("conjunction")
        between = self.doc[min(i, j) + 1:max(i, j)]
        if not self.parsed or not any(t.text == "," and t.i + 1 < len(self.doc) and conjunction.token(self.doc[t.i + 1])
                                      for t in between):
            return True
        verb = lambda k: next((t.i for t in self.doc[k].ancestors if t.pos_ in ("VERB", "AUX")), None)  # noqa: E731
        return verb(i) == verb(j)

    def _unbracketed(self, left: int, right: int) -> int:
        """How many words lie between two positions, leaving out what brackets hold."""
        depth, count = 0, 0
        for text in self.texts[left + 1:right]:
            depth += (text == "(") - (text == ")")
            count += depth == 0 and text != ")"
        return count + 1

    def _list_gap(self, left: int, right: int) -> bool:
        """Between two names, only list words: commas, 'and', articles, 'of' and its contractions, or more
        words of one name."""
        lang, names = self.analysis.lang, self.analysis.token_actors
        depth = 0
        for token in self.doc[left + 1:right]:
            depth += (token.text == "(") - (token.text == ")")
            if depth > 0 or token.text == ")" or \
                    names.get(token.i) and names.get(token.i) in (names.get(left), names.get(right)):
                continue  # "Chad ($10 million), Colombia ($4.5 million)": what brackets hold is not the list's
            if not (token.text in (",", "/") or DASHES.fullmatch(token.text) or lang.cue("conjunction").token(token) or
                    lang.cue("definite_article").token(token) or token.lower_ in self.of or
                    CONTRACTIONS.get(token.lower_) in self.of):
                return False
        return any(t.text in (",", "/") or DASHES.fullmatch(t.text) or lang.cue("conjunction").token(t)
                   for t in self.doc[left + 1:right])  # also 'ASEAN-EU', 'E3/EU'

    def _nested(self, token: Token, type_: str | None) -> TriggerMatch | None:
        """The trigger of another kind of event that a token starts, if any."""
        match = self.matches.get(token.i)
        return match if match and match.trigger.type != type_ else None

    def _agent_of(self, nested: TriggerMatch, child: Token, type_: str | None = None) -> bool:
        """Is this dependent of a nested event word its agent ('Russia's aggression', 'le soutien de l'UE')?
        A genitive is the agent unless the word's entry makes it the target ('the invasion of Ukraine'). Trade
        that a sanction stops is entered through its partner instead ('a ban on exports to Iran', 'tariffs on imports
        from Switzerland')."""
        if type_ in HINDERING_TYPES and nested.trigger.type == "COOPERATE":
            partner = set(nested.trigger.target) | set(nested.trigger.source) - {"poss", "subj", "obj"}
            return child.dep_ in PREPOSITIONAL and _preposition(child) in partner
        slots = set(nested.trigger.source) | {"poss"}
        if not set(nested.trigger.target) & self.of:
            slots |= self.of
        if child.dep_ in POSSESSORS:
            return "poss" in slots
        return child.dep_ in PREPOSITIONAL and _preposition(child) in slots | self.by

    def places(self, match: TriggerMatch) -> list[tuple[str, int]]:
        """Every country an act is placed in: the first place its clause names after it ('in Tunisia'), and
        those listed with it ('les attaques perpétrées en Tunisie, au Koweït et en France')."""
        sentence = self.analysis.sent_of(match.start)
        _, end = self._clause(match.start, sentence)
        mentions = [m for m in self._mentions(sentence) if match.end <= m.start < end]
        first = next((n for n, m in enumerate(mentions) if m.preposition in self.locative), None)
        if first is None:
            return []
        listed = [mentions[first]]
        for mention in mentions[first + 1:]:
            between = self.doc[listed[-1].end:mention.start]
            if mention.preposition not in self.locative or any(t.is_alpha and t.lower_ not in self.locative
                                                               and not self._joiner(t) for t in between):
                break
            listed.append(mention)
        return [(self.analysis.actor_code(m.actor), m.start) for m in listed
                if self.analysis.actor_kind(self.analysis.actor_code(m.actor)) == "country"]

    def _joiner(self, token: Token) -> bool:
        lang = self.analysis.lang
        return lang.cue("conjunction").token(token) or lang.cue("definite_article").token(token)

    def _location(self, head: Token) -> str | None:
        for child in head.children:
            if child.dep_ in PREPOSITIONAL and _preposition(child) in self.locative:
                for actor, _ in self._phrase(child, depth=1):
                    return self.analysis.actor_code(actor)
        return self._place_in_sentence(head)

    def _place_in_sentence(self, head: Token) -> str | None:
        """A country or city the sentence places things in ('in Mali', 'à Damas')."""
        sentence = self.analysis.sent_of(head.i)
        for token in sentence:
            if token.lower_ in self.locative and token.i + 1 < len(self.doc):
                following = self.doc[token.i + 1:min(sentence.end, token.i + PLACE_WINDOW + 1)]
                for n, word in enumerate(following):  # 'in Mali', 'dans le sud du Liban', 'im Osten der Ukraine'
                    if word.is_punct:
                        break  # a pronoun only right after it ('in its territory', not 'in order to justify its')
                    if word.dep_ == "compound":
                        continue  # 'at the London conference': where the conference was, not the act
                    actor = self.referents.actor_of(word) if n < PRONOUN_PLACE_WINDOW else \
                        self.analysis.token_actors.get(word.i)
                    if actor and self.analysis.actor_kind(actor) == "country":
                        return actor
        return None

    # --- without a parse -------------------------------------------------------------

    def _linear(self, match: TriggerMatch, nested_ok: bool = True) -> Roles:
        """Roles from word order: the clause's first free actor acts; slot phrases, an event word's
        agent, or another free actor of the clause receive."""
        sentence = self.analysis.sent_of(match.start)
        start, end = self._clause(match.start, sentence)
        mentions = [m for m in self._mentions(sentence) if start <= m.start < end]
        trigger = match.trigger
        before = [m for m in mentions if m.end <= match.start]
        after = [m for m in mentions if m.start >= match.end]
        roles = Roles(rule="word order")
        places = [m for m in mentions if m.preposition in self.locative]
        roles.location = self.analysis.actor_code(places[0].actor) if places else None
        possessive = self.genitive | (self.of - set(trigger.target))  # "de toetreding van Zweden"
        recipients: list[_Mention] = []
        source_slots = set(trigger.source) | self.by | (possessive if "poss" in trigger.source else set())
        target_slots = set(trigger.target or (("obj",) if trigger.pos == "VERB" else tuple(self.of)))
        if trigger.pos == "NOUN":
            adjacent = [m for m in mentions if m.end == match.start or
                        (m.start == match.end and m.preposition is None)]
            recipients = [m for m in adjacent if m.end == match.start and self._recipient_before(m)]
            adjacent = [m for m in adjacent if m not in recipients]  # "leistet der Ukraine humanitäre Hilfe"
            roles.sources = [(m.actor, m.start) for m in self._with_coordinated(adjacent, mentions)]
            roles.sources += [(m.actor, m.start) for m in after[:1] if m.preposition in source_slots]
            roles.sources += [(m.actor, m.start) for m in after if m.preposition in self.by][:1]  # "… door Israël"
        free = [m for m in mentions if m.preposition is None]
        agents = [m for m in mentions if m.preposition in self.passive_by]
        auxiliaries = self.passive | (self.passive_if_agent if agents else set())  # 'is vrijgelaten door Iran'
        passive = trigger.pos == "VERB" and self._participle(self.doc[match.word]) \
            and any(t.lower_ in auxiliaries for t in self.doc[start:end])
        if passive and agents:
            roles.sources, roles.rule = [(m.actor, m.start) for m in agents], "word order, passive"
            roles.targets = [(m.actor, m.start) for m in free if m.actor not in {a.actor for a in agents}][:1]
            return roles
        if passive and trigger.type in DONE_TO_TYPES:
            done_to = [m for m in free if m.end <= match.start][:1]  # 'Der russische Botschafter wurde
            posted = [m for m in mentions if done_to and m.preposition in self.locative  # einbestellt': done to him,
                      and 0 <= m.start - done_to[0].end <= POSTING_GAP and m.end <= match.start]  # by no one named
            own = self._side(self.analysis.home_actor or "")
            if posted and done_to and self._side(done_to[0].actor) == own:  # 'der deutsche Botschafter in Teheran
                done_to = posted[:1]  # wurde zurückgerufen': one's own envoy is recalled from where he is posted
            roles.targets = [(m.actor, m.start) for m in done_to]
            roles.rule = "word order, passive"
            return roles
        if not roles.sources and not (trigger.pos == "NOUN" and self._governed_event(match, start)):
            agents = [m for m in free if not self._city(m)]
            subject = [m for m in agents if m.end <= match.start][:1] or \
                [m for m in agents if m.start >= match.end and trigger.pos == "VERB"][:1]  # "… ondersteunen ze …"
            roles.sources = [(m.actor, m.start) for m in self._with_coordinated(subject, mentions)]
        taken = {a for a, _ in roles.sources}
        targets = recipients or [m for m in after if (m.preposition in target_slots or m.presence)
                                 and m.actor not in taken]
        if not targets and trigger.pos == "VERB":  # a clause-final verb: '… seine Truppen aus der Ukraine abziehen'
            targets = [m for m in before if m.preposition in target_slots and m.actor not in taken]
        targets = self._with_coordinated(targets[:1], mentions)  # not a later phrase: "… von Budapest nach Brüssel"
        if not targets and nested_ok and trigger.type in REACTIONS | UNDOING_TYPES | {"REQUEST"}:
            targets = self._nested_agent(match, sentence, taken)
            roles.rule += NESTED_AGENT if targets else ""
        if not targets and trigger.pos == "VERB":
            targets = self._with_coordinated([m for m in free if m.actor not in taken][:1], mentions)
        if not targets and trigger.type in REACTIONS:  # "veroordeelt de vernieling … door Israël", "… van Rusland",
            targets = [m for m in after if m.preposition in self.by and m.actor not in taken][:1] or \
                [m for m in after if (m.preposition in self.of | self.genitive or self._genitive_name(m))
                 and m.actor not in taken][:1]  # "besorgt über das Vorgehen Russlands"
        if not targets and trigger.pos == "VERB" and all(m.actor in taken for m in after):  # a clause-final verb
            targets = [m for m in before if m.actor not in taken
                       and m.preposition not in self.locative | self.attribution][:1]
        roles.targets = [(m.actor, m.start) for m in targets]
        return roles

    def _participle(self, word: Token) -> bool:
        """Without a tagger, is a verb a past participle ('einbestellt', 'veroordeeld', 'ausgewiesen'), not an
        infinitive of the future ('wird … unterstützen') nor a past tense ('verurteilte')? Infinitives end in -n;
        a strong participle that does has a lemma of its own."""
        if word.lower_.endswith(self.past_tense_endings):
            return False
        return not word.lower_.endswith("n") or word.lemma_.lower() not in (word.lower_, word.lower_.removesuffix("en"))

    def _genitive_name(self, mention: _Mention) -> bool:
        """Is a mention a country's name in the genitive after a noun ('das Vorgehen Russlands', not 'gegen Russlands
        Krieg')?"""
        named = self.referents.mention_at(mention.start)
        before = self.doc[mention.start - 1] if mention.start else None
        return named is not None and named.reason == "gazetteer genitive" and before is not None \
            and before.is_title and before.is_alpha

    def _recipient_before(self, mention: _Mention) -> bool:
        """Without a parse, is a name right before an event noun whom it is for ('der Ukraine humanitäre Hilfe'),
        rather than whose it is ('die russischen Angriffe', 'Russlands Angriff')? A plain name after a dative
        article is."""
        named = self.referents.mention_at(mention.start)
        return named is not None and named.reason in ("gazetteer name", "gazetteer acronym") and \
            mention.start > 0 and self.analysis.lang.cue("dative_article").token(self.doc[mention.start - 1])

    def _city(self, mention: _Mention) -> bool:
        """A city that is no capital places things; it does not act ('Vanuit Mazar-e-Sharif en Kaboel …')."""
        named = self.referents.mention_at(mention.start)
        return named is not None and named.reason == "gazetteer city"

    def _governed_event(self, match: TriggerMatch, clause_start: int) -> bool:
        """Without a parse: is an event noun what an event verb of its clause, or a noun before it, is about ('die EU
        hat den Anschlag in Ankara verurteilt', 'Rückzug aus der Vereinbarung')? Then the clause's subject did that
        event, not the noun's."""
        own = match.trigger.type
        clause_end = self._clause(match.start, self.analysis.sent_of(match.start))[1]
        others = [self.triggers[i] for i in range(clause_start, clause_end) if i in self.triggers
                  and self.matches[i].start != match.start and (self.matches[i].trigger.pos == "VERB" or i < match.start)]
        return any(t != own and not (t in ENDORSING_TYPES and own in JOINT_TYPES) for t in others)

    def _with_coordinated(self, first: list[_Mention], mentions: list[_Mention]) -> list[_Mention]:
        """A mention and those joined to it by commas and 'and' ('Deutschland, Frankreich und das VK'), or
        standing for the same words (a joint statement's 'we')."""
        joined = list(first)
        for mention in mentions:
            if joined and mention.start == joined[0].start and mention not in joined:
                joined.append(mention)
            elif joined and mention.start > joined[-1].end and self._only_joiners(joined[-1].end, mention.start):
                joined.append(mention)
        return joined

    def _only_joiners(self, start: int, end: int) -> bool:
        """Only commas, 'and', articles and at most one lower-case modifier between two mentions: they are
        coordinated ('von der NATO und zahlreichen EU-Regierungen')."""
        lang = self.analysis.lang
        conjunction, article = lang.cue("conjunction"), lang.cue("definite_article")
        between = self.doc[start:end]
        modifiers = [t for t in between if t.text != "," and not conjunction.token(t) and not article.token(t)]
        if modifiers and not any(conjunction.token(t) for t in between) or \
                not any(t.text == "," or conjunction.token(t) for t in between):  # 'Deutschland der Ukraine'
            return False
        return 0 < len(between) <= 3 and len(modifiers) <= 1 and all(self._modifier(t) for t in modifiers)

    def _modifier(self, token: Token) -> bool:
        """An adjective or quantifier: by its tag, untagged by being a lower-case word that is no trigger."""
        if self.parsed:
            return token.pos_ in ("ADJ", "DET", "NUM")
        return token.is_lower and token.is_alpha and token.i not in self.triggers

    def _clause(self, index: int, sentence) -> tuple[int, int]:
        """The clause holding a token: bounded by semicolons, colons, quotation marks, and commas
        that open a new clause ('…, dass', '…, which') — not the commas of a list."""
        start, end = sentence.start, sentence.end
        for i in range(index - 1, sentence.start - 1, -1):
            if self._clause_break(i):
                start = i + 1
                break
        for i in range(index + 1, sentence.end):
            if self._clause_break(i):
                end = i
                break
        return start, end

    def _clause_break(self, i: int) -> bool:
        token = self.doc[i]
        if token.text in (";", ":", "–", "—") or token.is_quote:
            return True
        if self.openers.token(token) and i > 0 and self.reporting.token(self.doc[i - 1]) \
                and not self.articles.token(token):
            return True  # "zei dat Rusland …": reported speech; not an article ('sagte der Ukraine Hilfe zu')
        if token.text != "," or i + 1 >= len(self.doc):
            return False
        return self.openers.token(self.doc[i + 1]) or \
            i + 2 < len(self.doc) and self.relatives.token(self.doc[i + 2])  # "…, bei denen", "…, during which"

    def promised(self, match: TriggerMatch) -> str | None:
        """What kind of act a promise promises, when its clause names one after it ('sicherte der Ukraine die
        anhaltende Unterstützung Deutschlands zu', 'promised Kyiv further military aid'): support, aid or
        cooperation, told by the first event noun after it."""
        start, end = self._clause(match.start, self.analysis.sent_of(match.start))
        nested = next((self.matches[i] for i in range(match.end, end)
                       if i in self.matches and self.matches[i].trigger.pos == "NOUN"), None)
        return nested.trigger.type if nested and nested.trigger.type in PROMISED_TYPES else None

    def _nested_agent(self, match: TriggerMatch, sentence, taken: set[str]) -> list[_Mention]:
        """'veroordelen de agressie van Rusland': the agent of the event word the trigger governs; for an
        undoing, that event's target ('hief de sancties tegen Australië op')."""
        adversary = match.trigger.type in COOPERATIVE_TYPES
        named = {m.start for m in self._mentions(sentence) if m.preposition is None and m.actor not in taken}
        for i in range(match.end, self._clause(match.start, sentence)[1]):
            nested = self.matches.get(i)
            if adversary and self.adversative.token(self.doc[i]) or i in named and i not in self.matches:
                return []  # "Unterstützung für die Ukraine gegen Russlands Angriffskrieg"; 'roept Israël op om …':
                # one named first is whom it is aimed at
            if nested and nested.trigger.pos == "NOUN":  # the first event word after it: 'dankte der Schweiz für
                if nested.trigger.type == match.trigger.type:  # ihre Unterstützung und informierte über die Angriffe'
                    return []
                roles = self._linear(nested, nested_ok=False)
                actors = roles.targets if match.trigger.type in UNDOING_TYPES else roles.sources or \
                    (roles.targets if match.trigger.type in ANNOUNCED_ACTS else [])  # 'lehnte Gespräche mit … ab'
                return [_Mention(a, t, t + 1, None) for a, t in actors if a not in taken]
        return []

    def _mentions(self, sentence) -> list[_Mention]:
        """Actors in a sentence, each with the preposition in front of it (if any)."""
        found: list[_Mention] = []
        for token in sentence:
            for actor in self.referents.actors_of(token):
                if found and found[-1].actor == actor and found[-1].end == token.i:
                    found[-1].end = token.i + 1
                    continue
                if found and found[-1].end == token.i and found[-1].actor == self.analysis.actor_code(actor) \
                        and actor.startswith("person:"):  # 'De Oekraïense minister Umerov': the adjective names
                    found[-1].actor = actor  # the person's side; the person acts, after its own preposition
                    found[-1].preposition, found[-1].presence = self._preposition_before(self.doc[found[-1].start])
                    found[-1].end = token.i + 1
                    continue
                preposition, presence = self._preposition_before(token)
                if preposition is None and found and self._only_joiners(found[-1].end, token.i):
                    preposition, presence = found[-1].preposition, found[-1].presence  # "met Duitsland, België en …"
                found.append(_Mention(actor, token.i, token.i + 1, preposition, presence))
        return found

    def _preposition_before(self, token: Token) -> tuple[str | None, bool]:
        """The preposition heading the phrase a token ends ('tegen Oekraïne', 'mit dem deutschen Amtskollegen'),
        and whether the phrase is 'in the presence of …'."""
        sentence_start = self.analysis.sent_of(token.i).start
        for back in range(1, 4):
            if token.i - back < sentence_start:
                return None, False
            word = self.doc[token.i - back]
            if word.lower_ in self.of | self.genitive and word.i > sentence_start \
                    and self.quantity.token(self.doc[word.i - 1]):
                return None, False  # 'een meerderheid van de lidstaten steunde …': the of-phrase acts
            region = self._region_preposition(word) if word.lower_ in self.genitive | self.of else None
            if region:
                return region, False
            if word.lower_ in self.genitive:  # "die Reise des Ministers": a genitive only after a noun
                previous = self.doc[word.i - 1] if word.i > sentence_start else None
                if previous is not None and previous.is_title and previous.is_alpha:
                    return word.lower_, False
                continue
            if word.lower_ in self.locative and word.i > sentence_start and self.rulers.token(self.doc[word.i - 1]):
                return None, False  # 'het militaire regime in Myanmar', 'the authorities in Kabul': they act
            if word.lower_ in self.prepositions:
                if any(start == word.i for start, _ in self.adverbial.spans(self.doc[word.i:token.i])):
                    continue  # "onder meer de Poolse delegatie", "kritiek van onder meer Litouwen"
                earlier = self.doc[max(sentence_start, word.i - 2):word.i]
                return word.lower_, any(self.presence.token(t) for t in earlier)
            if not (word.is_lower or word.like_num) or word.is_punct:  # "gegen 30 russische Firmen"
                return None, False
        return None, False

    def _region_preposition(self, of_word: Token) -> str | None:
        """'im Osten der Ukraine', 'in het zuiden van Libanon': the locative preposition before the part of a
        country an 'of' word follows, if any."""
        region = of_word.i - 1
        if region < 0 or not self.analysis.lang.cue("region_part").token(self.doc[region]):
            return None
        for word in reversed(self.doc[max(0, region - 2):region]):
            if word.lower_ in self.locative:
                return word.lower_
            if not self.determiners.token(word):
                return None
        return None


@dataclass
class _Mention:
    actor: str
    start: int
    end: int
    preposition: str | None
    presence: bool = False


def _case(child: Token) -> Token:
    """The preposition word of a prepositional dependent in UD style ('contre' of 'contre la Russie'), or itself."""
    return next((c for c in child.children if c.dep_ == "case"), child)


def _preposition(child: Token) -> str:
    """The preposition of a prepositional dependent: itself (English `prep`) or its `case` child,
    contractions undone ('du' is 'de')."""
    if child.dep_ in ("prep", "agent"):
        return child.lower_
    cases = [CONTRACTIONS.get(c.lower_, c.lower_) for c in child.children if c.dep_ in ("case", "fixed")]
    return " ".join(cases) if cases else child.lower_


def _unique(actors: list[tuple[str, int]]) -> list[tuple[str, int]]:
    seen, unique = set(), []
    for actor, index in actors:
        if actor not in seen:
            seen.add(actor)
            unique.append((actor, index))
    return unique
