"""Events stage: PLOVER events with source, target, modality, date and place, each cited to its sentence."""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..actors.phrases import DASHES
from ..records import Event
from .dating import EventDates
from .demands import DEMAND, Demand, find_demands
from .lexicon import SYMMETRIC_TYPES, TriggerMatch, lexicon
from .modality import Modality
from .roles import CONTRACTIONS, EACH_WITH_EACH, INTERNAL_TYPES, REACTIONS, UNATTRIBUTED_TYPES, RoleFinder, Roles

RECALL_SENTENCES = 3  # 'welcomed the decision': the decision told just before
RECALL_TYPED = 10  # "the sanctions were condemned": the sanctions told earlier in the story
UNDIRECTED = {"MOBILIZE"}  # deploying forces needs no one it is done to
FORCEFUL = {"SANCTION", "ASSAULT", "COERCE", "MOBILIZE"}  # acts one threatens
FORCE_WINDOW = 8  # words after 'nicht zögern' within which the act threatened is named
PEOPLE_WINDOW = 6  # words after coercion where the people it is turned on are named
DOCUMENT_PART_WORDS = 4  # words from 'article 2' to its 'of'
DOCUMENT_NAME_WORDS = 6  # words from that 'of' to the end of the document's name ('the EU-Israel Association Agreement')

HOSTILE = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SANCTION"}  # stances taken against another
BENEVOLENT = {"SUPPORT", "AID"}  # stances taken for another
UNREAL_MOODS = ("requested", "hypothetical", "negated")  # acts that did not happen
VOICED = {"ACCUSE", "REJECT", "SUPPORT", "PROTEST", "THREATEN", "REQUEST"}  # words, not the decision one reacts to
CONFIDENCE = {"verb": 0.8, "passive verb": 0.8, "noun": 0.7, "noun, subject of its verb": 0.6,
              "word order": 0.6, "demand": 0.6}


def code_events(analysis) -> None:
    """Code every trigger of the document into events."""
    doc, lang = analysis.doc, analysis.lang
    has_pos = doc.has_annotation("POS")
    named = _inside_names(analysis) | _documents_cited(analysis)
    matches = [m for sentence in doc.sents for m in lexicon(lang.code).find(sentence, has_pos) if m.word not in named]
    money = {f.sentence for f in analysis.record.figures if f.unit not in ("%", "count")}
    needs_object, pledges = lang.cue("aid_needs_object"), lang.cue("money_pledge")
    aided = _sentences_with_aid(analysis, matches, money)
    intransitive, refusable = lang.cue("event_without_object"), lang.cue_forms("refused_when_negated")
    only_negated = lang.cue_forms("event_when_negated")
    matches = [m for m in matches if not (m.trigger.type == "AID" and needs_object.token(doc[m.start])
                                          and analysis.sentence_at(doc[m.start].idx) not in aided)
               and not (intransitive.token(doc[m.word]) and any(c.dep_ in ("dobj", "obj") for c in doc[m.word].children))]
    referents = analysis.referents
    dates = EventDates(analysis)
    roles = RoleFinder(analysis, referents, matches, lexicon(lang.code).prepositions, dates.tokens())
    modality = Modality(analysis, {m.start for m in matches if m.trigger.type in ("REQUEST", "THREATEN")})
    events: list[Event] = []
    told: list[Told] = []  # every act with an agent
    for match in matches:
        if roles.restates_verb(match) or roles.undone(match) or roles.modifies_event(match):
            continue
        found = roles.find(match)
        if not found.sources and roles.definite(match):  # "Die Reise nach Moskau": the trip told before
            found.sources, earlier_targets, _ = _earlier_event(analysis, told, match, set(), match.trigger.type)
            found.targets = found.targets or earlier_targets  # 'Moldova expelled … denounced the expulsions'
        if not found.sources and match.trigger.type in UNATTRIBUTED_TYPES and match.trigger.pos == "NOUN":
            if "where it happened" in found.rule or not found.targets:  # "les attaques perpétrées en Tunisie, au Koweït"
                found.targets = roles.places(match) or found.targets
            found.rule += ", by no one named" if found.targets else ""
        roles.voiced(match, found)
        if not found.targets and found.sources and match.trigger.type in REACTIONS:
            pointed = roles.refers_back(match)
            if pointed is not None:
                agents, sufferers, act = _earlier_event(analysis, told, match, {a for a, _ in found.sources}, pointed)
                found.targets = agents + (sufferers if act == "AGREE" else [])  # 'hailed the deal': both its
                # parties; 'condemned the trip to Moscow': the traveller
        sentence = analysis.sentence_at(doc[match.start].idx)
        if not found.targets and found.sources and "by no one named" not in found.rule:
            _pursued(analysis, match, found, [t for t in reversed(told) if t.targets and t.type in HOSTILE | BENEVOLENT
                                              and sentence - t.sentence <= RECALL_TYPED], sentence in money)
        mood = modality.of(doc[match.start], match.particle, match.trigger.pos)
        refused = mood == "negated" and match.trigger.entry in refusable
        if match.trigger.entry in only_negated and (mood != "negated" or not _forceful_after(analysis, match, matches)):
            continue  # 'will not hesitate to impose sanctions' is a threat; 'hesitated', 'does not hesitate to lie' not
        if refused or match.trigger.entry in only_negated:  # 'cannot accept the proposal', 'erkent de
            mood = modality.of(doc[match.start], match.particle, match.trigger.pos, negation=False)  # bevoegdheid
            # niet': a refusal is told; 'n'hésiterons pas à rétablir les sanctions': a threat
        if found.sources:
            told.append(Told(sentence, match.trigger.type, list(found.sources), list(found.targets),
                             mood not in UNREAL_MOODS))
        event = _event(analysis, match, found, mood, dates)
        if event and event.mode == "multilateral" and _joins_operation(analysis, match):
            event = replace(event, type="COOPERATE", mode=None, rule=event.rule + ", an operation joined")
        if event and event.type == "CONSULT" and _told_as_news(doc[match.word], match) \
                and "organisation met" not in event.rule:
            referents.took_part([*event.sources, *event.targets])
        promised = roles.promised(match) if event and event.type == "AGREE" and pledges.token(doc[match.word]) else None
        if promised:  # 'sicherte der Ukraine Unterstützung zu': the promise is of support
            event = replace(event, type=promised, rule=event.rule + ", promised")
        if event and (event.type == "SUPPORT" or pledges.token(doc[match.word])) and roles.with_money(match):
            event = replace(event, type="AID", rule=event.rule + ", with money")  # "steunt Moldavië met 15 miljoen",
            # "hat … 30 Millionen Euro zugesagt": support and pledges of money are aid
            event = event if event.targets else None  # 'we have mobilised €11.1 billion so far': for no one named
        if event and refused:
            event = replace(event, type="REJECT", mode=None, contexts=(), rule=event.rule + ", refused")
        if event:
            events += _each_with_each(analysis, event) if EACH_WITH_EACH in event.rule else [event]
    acts = {m.word for m in matches if m.trigger.pos == "NOUN"}
    events += [e for demand in find_demands(analysis, referents, acts, roles.reporter) if (e := _demand(analysis, demand, dates))]
    events = _attributed_elsewhere_dropped(analysis, _occasions_dropped(analysis, events, matches))
    analysis.record.events = _deduplicated(_oriented(analysis, events))


@dataclass(frozen=True, slots=True)
class Told:
    """An act told with an agent, for later words that point back to it."""

    sentence: int
    type: str
    agents: list[tuple[str, int]]  # (actor, token)
    targets: list[tuple[str, int]]
    real: bool  # it happened, or will: not only asked for, imagined or denied


def _pursued(analysis, match: TriggerMatch, found: Roles, stances: list[Told], amount: bool) -> None:
    """Sanctions with no one named to suffer them are aimed at whom their side just took a stand against
    ('condemns Russia's aggression … will adopt further sanctions'); a plain accusation also at whom it just
    praised ('congratulates the people of Zimbabwe … is concerned about the irregularities'); aid told with a verb
    or an amount (`amount`) and no one named to receive it goes to whom its side just supported or aided
    ('unterstützt die Ukraine … stellt CHF 100 Mio. für die Minenräumung zur Verfügung', 'a annoncé une aide de
    25 millions d'euros'); a promise to retaliate at whoever just took a stand
    against its side ('The EU listed Chinese refineries. Beijing reserves the right to respond'). `stances` are
    the stances taken for or against someone just before, latest first."""
    sides = lambda actors: {_top(analysis.actor_code(a)) for a, _ in actors}  # noqa: E731
    own = sides(found.sources)
    type_ = match.trigger.type
    if type_ == "SANCTION" or type_ == "ACCUSE" and "judged" not in found.rule:
        found.targets = next((t.targets for t in stances if sides(t.agents) & own
                              and (t.type in HOSTILE or type_ == "ACCUSE" and t.type == "SUPPORT")), [])
        found.rule += ", against whom it pursues" if found.targets else ""
    elif type_ == "AID" and (match.trigger.pos == "VERB" or amount):
        found.targets = next((t.targets for t in stances if sides(t.agents) & own and t.type in BENEVOLENT), [])
        found.rule += ", to whom it goes on giving" if found.targets else ""
    elif type_ == "THREATEN" and match.trigger.pos == "VERB":
        found.targets = next((t.agents for t in stances if sides(t.targets) & own and t.type in HOSTILE), [])
        found.rule += ", in return" if found.targets else ""


def _forceful_after(analysis, match: TriggerMatch, matches: list[TriggerMatch]) -> bool:
    """Is the act the trigger's infinitive tells a forceful one ('… not hesitate to restore the sanctions', not
    '… to use lies to justify its aggression')? Without a parse, one told within a few words after it."""
    forceful = {i for m in matches if m.trigger.type in FORCEFUL for i in range(m.start, m.end)}
    doc = analysis.doc
    if doc.has_annotation("DEP"):
        acts = [c for c in doc[match.word].children if c.dep_ in ("xcomp", "advcl")]
        return any(t.i in forceful for a in acts for t in [a, *a.children] if t == a or t.dep_ in ("dobj", "obj"))
    end = min(analysis.sent_of(match.start).end, match.end + FORCE_WINDOW)
    return any(i in forceful for i in range(match.end, end))


def _inside_names(analysis) -> set[int]:
    """Tokens inside the name of a country or organisation, which name no event ('Organisation for Security
    and Co-operation in Europe', 'Ministry of Foreign Affairs')."""
    return {i for m in analysis.record.mentions if m.reason.startswith("gazetteer") and " " in m.text.strip()
            for i in (t.i for t in analysis.tokens_between(m.start, m.end))}


def _documents_cited(analysis) -> set[int]:
    """Words after a part of a text and its 'of' ('article 2 of the association agreement', 'artikel 2 van het
    associatieverdrag'): they name the document the part is of, not an act."""
    doc, lang = analysis.doc, analysis.lang
    of = lexicon(lang.code).of_words
    cited = set()
    for start, end in lang.cue("document_part").spans(doc):
        numbered = end < len(doc) and doc[end].like_num  # 'Article 2 (4) of the Charter', not a page's label
        after = [t for t in doc[end:end + DOCUMENT_PART_WORDS] if not (t.like_num or t.text in ("(", ")"))]
        of_word = next((t.i for t in after if t.lower_ in of or CONTRACTIONS.get(t.lower_) in of), None)
        if numbered and of_word is not None:
            cited.update(range(of_word + 1, min(len(doc), of_word + 1 + DOCUMENT_NAME_WORDS)))
    return cited


def _joins_operation(analysis, match: TriggerMatch) -> bool:
    """Is what one takes part in a mission or operation ('neemt deel aan de NAVO-missie', 'participation in
    UNIFIL operations'), not a meeting? Then it is cooperation. Compounds are read by their head."""
    doc, operations = analysis.doc, analysis.lang.cue_forms("operation_noun")
    sentence = analysis.sent_of(match.start)
    for token in doc[match.end:sentence.end]:
        head = DASHES.split(token.lower_)[-1]
        if head in operations or token.lemma_.lower() in operations or \
                analysis.lang.config.get("closed_compounds") and any(head.endswith(o) for o in operations):
            return True
        if token.text in (",", ";", ":") or analysis.lang.cue("meeting_noun").token(token):
            return False
    return False


def _told_as_news(word, match: TriggerMatch) -> bool:
    """A meeting told as what happened ('spoke with', 'held a meeting with'), not one mentioned in passing
    ('conferred about the talks with Iran')."""
    return match.trigger.pos == "VERB" or word.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "nsubj:pass", "ROOT")


def _earlier_event(analysis, told: list[Told], match: TriggerMatch, sources: set[str], type_: str
                   ) -> tuple[list[tuple[str, int]], list[tuple[str, int]], str | None]:
    """Who did the event a reaction or a definite noun points back to, and to whom: the last event told just
    before (of that type, when the words say which; else the last deed, not words: 'welcomed the decision'),
    with or without someone it was done to ('ont arrêté plus de 400 manifestants … Nous condamnons cette
    répression'). An act that happened comes before one only asked for or imagined ('Moldova expelled … called
    on the EU to extend its sanctions … denounced the expulsions'). Also the act's type."""
    sentence = analysis.sentence_at(analysis.doc[match.start].idx)
    own = {analysis.actor_code(x) for x in sources}
    recent = [t for t in reversed(told) if sentence - t.sentence <= (RECALL_TYPED if type_ else RECALL_SENTENCES)]
    for act in sorted(recent, key=lambda t: not t.real):
        others = [a for a, _ in act.agents if analysis.actor_code(a) not in own]
        if others and (act.type == type_ or not type_ and act.type not in VOICED):
            return [(others[0], match.start)], [(target, match.start) for target, _ in act.targets], act.type
    return [], [], None


def _sentences_with_aid(analysis, matches: list[TriggerMatch], money: set[int]) -> set[int]:
    """Sentences that speak of aid itself: an aid noun ('assistance', 'hulp'), what aid is made of
    (weapons, vaccines, 'Luftverteidigungssysteme'), or an amount of money."""
    sentences = {analysis.sentence_at(analysis.doc[m.start].idx) for m in matches
                 if m.trigger.type == "AID" and m.trigger.pos == "NOUN"}
    objects = analysis.lang.cue("aid_object")
    sentences |= {i for i, span in enumerate(analysis.spacy_sentences) if objects.within(span)}
    return sentences | money


def _occasions_dropped(analysis, events: list[Event], matches: list[TriggerMatch]) -> list[Event]:
    """A meeting noun that is the occasion of a meeting verb in its sentence ('met … during the G7 meetings',
    'travelled … for the meeting') is not an event of its own; talks with a verb that only describes them
    ('held talks in Washington hosted by Blinken') or hosts them ('Egypt hosted talks between …') are."""
    doc = analysis.doc
    nouns = {m.word for m in matches if m.trigger.type == "CONSULT" and m.trigger.pos == "NOUN"}
    verbs = [m.word for m in matches if m.trigger.type == "CONSULT" and m.trigger.pos == "VERB"
             and not (doc[m.word].dep_ == "acl" and doc[m.word].head.i in nouns)]
    met = {analysis.sentence_at(doc[i].idx) for i in verbs}
    hosted = {analysis.sentence_at(doc[i].idx) for i in nouns  # "Egypt hosted talks between …": talks of their own
              if doc[i].dep_ in ("dobj", "obj") and doc[i].head.i in verbs}
    return [e for e in events if not (e.type == "CONSULT" and e.sentence in met - hosted
                                      and e.rule.startswith("noun"))]


def _attributed_elsewhere_dropped(analysis, events: list[Event]) -> list[Event]:
    """An act told with no one named who did it is dropped where the document names who did that act to the
    same target ('Russia's invasion of Ukraine' … 'the war in Ukraine')."""
    done = {(e.type, analysis.actor_code(t)) for e in events if e.sources for t in e.targets}
    return [e for e in events if e.sources or not all((e.type, analysis.actor_code(t)) in done for t in e.targets)]


def _pairs_kept(analysis, sources: list[str], targets: list[str], type_: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Drop persons whose side is unknown (they code to no one), and targets that are their own source's side
    (a minister and her own country), unless the act is force a state turns on its own ('l'armée de Bachar
    el-Assad bombarde sa population')."""
    sources = [s for s in sources if analysis.actor_code(s) != s or not s.startswith("person:")]
    codes = {_top(analysis.actor_code(s)) for s in sources} if type_ not in INTERNAL_TYPES else set(sources)
    return tuple(sources), tuple(t for t in targets if _top(analysis.actor_code(t)) not in codes and t not in sources
                                 and (analysis.actor_code(t) != t or not t.startswith("person:")))


def _top(code: str | None) -> str | None:
    return code.split(".")[0] if code else None


def _event(analysis, match: TriggerMatch, roles: Roles, mood: str, dates: EventDates) -> Event | None:
    sources, targets = _pairs_kept(analysis, [a for a, _ in roles.sources], [a for a, _ in roles.targets],
                                   match.trigger.type)
    if sources and not targets and match.trigger.type == "COERCE" and _on_own_people(analysis, match):
        targets = (_top(analysis.actor_code(sources[0])),)
    if not (sources or "by no one named" in roles.rule and targets):
        return None
    if not (targets or match.trigger.type in UNDIRECTED or "by no one named" in roles.rule
            or "to all parties" in roles.rule or "asked of no one" in roles.rule):
        return None
    return _make(analysis, match, match.trigger.type, sources, targets, mood, roles, dates, roles.rule)


def _each_with_each(analysis, event: Event) -> list[Event]:
    """A meeting, agreement or cooperation of three or more sides as one event per pair of them, not a hub and
    spokes ('We, the ministers of France, Germany and Poland, met in Warsaw'); one actor per side."""
    firsts: dict[str | None, str] = {}
    for actor in event.sources + event.targets:
        firsts.setdefault(_top(analysis.actor_code(actor)), actor)
    sides = list(firsts.values())
    return [replace(event, sources=(a,), targets=(b,)) for i, a in enumerate(sides) for b in sides[i + 1:]]


def _on_own_people(analysis, match: TriggerMatch) -> bool:
    """Is coercion turned on people named as such right after it ('arrested more than 400 protesters')? Then it
    is done to the country of whoever uses it."""
    doc = analysis.doc
    end = min(analysis.sent_of(match.start).end, match.end + PEOPLE_WINDOW)
    return analysis.lang.cue("own_people").within(doc[match.end:end])


def _demand(analysis, demand: Demand, dates: EventDates) -> Event | None:
    """'Russia must withdraw', 'it is time for China to …': the speaker requests it of the actor who must act, or
    of no one ('an investigation must begin')."""
    addressees = [demand.addressee] if demand.addressee else []
    sources, targets = _pairs_kept(analysis, [demand.voice], addressees, "REQUEST")
    if not sources or addressees and not targets:
        return None
    roles = Roles(sources=[(demand.voice, demand.cue)], targets=[(a, demand.token) for a in addressees],
                  rule="demand")
    return _make(analysis, TriggerMatch(DEMAND, demand.cue, demand.cue + 1), "REQUEST", sources, targets,
                 "asserted", roles, dates, "demand")


def _make(analysis, match, type_, sources, targets, mood, roles: Roles, dates: EventDates, rule: str) -> Event:
    doc = analysis.doc
    span = doc[match.start:match.end]
    sentence = analysis.sentence_at(span.start_char)
    date, assumed = dates.date_of(sentence, mood in ("future", "intended"), match.word)
    actor_spans = tuple((doc[i].idx, doc[i].idx + len(doc[i].text)) for _, i in roles.sources + roles.targets)
    return Event(type=type_, sources=sources, targets=targets, sentence=sentence,
                 trigger=(span.start_char, span.end_char), modality=mood,
                 mode=match.trigger.mode if type_ == match.trigger.type else None,
                 contexts=(match.trigger.context,) if match.trigger.context and type_ == match.trigger.type else (),
                 date=date, date_assumed=assumed, location=roles.location, actor_spans=actor_spans,
                 confidence=CONFIDENCE.get(rule, 0.5), rule=f"{rule}: {match.trigger.type} '{span.text}'")


def _oriented(analysis, events: list[Event]) -> list[Event]:
    """Reciprocal events (meetings, agreements, cooperation) keep the orientation the document first gave
    a pair of sides, so 'X met Y' and later 'Y was glad to meet X' are one dyad, not two."""
    seen: set[tuple] = set()
    oriented = []
    for event in events:
        if event.type in SYMMETRIC_TYPES:
            pairs = {(event.type, analysis.actor_code(s), analysis.actor_code(t))
                     for s in event.sources for t in event.targets}
            if pairs and all((t, b, a) in seen and (t, a, b) not in seen for t, a, b in pairs):
                event = replace(event, sources=event.targets, targets=event.sources,
                                actor_spans=event.actor_spans[::-1])
                pairs = {(t, b, a) for t, a, b in pairs}
            seen |= pairs
        oriented.append(event)
    return oriented


def _deduplicated(events: list[Event]) -> list[Event]:
    """One event per (sentence, type, sources, targets, modality)."""
    seen, kept = set(), []
    for event in events:
        key = (event.sentence, event.type, event.sources, event.targets, event.modality)
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept
