"""Whose voice a document is: the actor it speaks for.

Official texts set this up at their head: a publisher line ("The White House",
"Erklärungen des Auswärtigen Amts"), a headline whose first actor is the one
who acts ("Didier Reynders ontmoet Russische collega Sergej Lavrov", "Statement
by Canada on North Korea"), a first sentence whose subject is the publisher's
own office-holder, or a dateline ("Berne, 22.01.2025 –"). The voice is the
first actor named there in the position of the one who acts: not after a
preposition that makes it a counterpart, a topic or a place ("with Prime
Minister Cameron", "to the Philippines", "in Ankara"), and not in a topic
prefix ("Venezuela: Erklärung des Hohen Vertreters …"). A person stands for
their own side, known from their own context; a person or title whose side
is still unknown is passed over.
"""
from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import actor_kind
from .phrases import DASHES

LEAD_SENTENCES = 6  # sentences read from the head of the document
TOPIC_PREFIX_TOKENS = 6  # 'Venezuela:', 'Floods in Pakistan:', 'Krise in der Ukraine:'
MODIFIER_WINDOW = 3  # words between a preposition and the name it governs ('with the Greek Prime Minister')
NAME_PARTS = {"compound", "flat", "flat:name", "appos", "conj", "amod", "nmod"}  # from a name up to its phrase's head
SENTENCE_END = {".", "!", "?", "»", "”", '"'}
LIST_GAP = 5  # words between two members of one list ('la ministre belge des Affaires étrangères et son homologue')
PLACE_FORMS = ("capital", "city")
INTERVIEW_QUESTIONS = 3  # paragraphs that are one question each


@dataclass(frozen=True, slots=True)
class Named:
    """An actor named at a stretch of tokens, as far as the head of the document needs it."""

    start: int
    end: int
    code: str | None  # a country or organisation code; None for a person or title of unknown side
    place: bool = False  # a city or capital, which places the news rather than acts
    person: bool = False
    owner: bool = False  # an inflected genitive ('Russlands'): whose something is


def named_at_head(analysis, hits, persons, titles) -> list[Named]:
    """Every country, organisation, acting person and title named, with the code it stands for so far. A
    place, or an actor named inside the name of a document ('VN-Kinderrechtenverdrag'), does not act."""
    from . import opens_dateline

    text, doc = analysis.document.text, analysis.doc
    documents = tuple(analysis.lang.cue_forms("named_document"))
    named = [Named(h.token_start, h.token_end, h.entry.code,
                   h.entry.form in PLACE_FORMS or opens_dateline(text, h.start, h.end)
                   or doc[h.token_end - 1].lower_.endswith(documents) and h.end < doc[h.token_end - 1].idx
                   + len(doc[h.token_end - 1]), owner=h.entry.form == "genitive")
             for h in hits if h.entry.kind != "group"]
    for person in persons:
        named += [Named(min([m.start, *(t.start for t in m.titles)]), m.end, person.affiliation, person=True)
                  for m in person.mentions]
    held = {(t.start, t.end) for p in persons for m in p.mentions for t in m.titles}
    named += [Named(t.start, t.end, t.of or t.home) for t in titles if (t.start, t.end) not in held]
    return named


def lead_voice(analysis, named: list[Named], dateline: str | None, dateline_seat: bool, dateline_at: int,
               counterparts: set[str]) -> str | None:
    """The first actor named as the one who acts in the document's first sentences, quoted headlines aside. A
    dateline's country (its place at token `dateline_at`) comes first, unless that actor is an organisation named
    after the dateline, or the dateline a city that hosts organisations (texts are filed from them by others:
    'Brussels, 15 April — The European Union deplores', 'Vienna, 6 March — Canada's statement to the OSCE'); an
    organisation in a heading above a national dateline is what the text is about ('Raad Buitenlandse Zaken' …
    'Den Haag, 31 januari 2023'); when the first actor is a person or title of unknown
    side and there is no dateline, the next actor in that position. Actors named there as counterparts ('avec
    le Président de la Fédération de Russie') are added to `counterparts`."""
    doc, lang = analysis.doc, analysis.lang
    speaking = {i for start, end in lang.cue("lead_speaker").spans(doc) for i in range(start, end)}
    blocked = {i for start, end in lang.cue("lead_blocker").spans(doc) for i in range(start, end)} - speaking
    conjunctions = lang.cue("conjunction")
    events = lang.config.get("events", {})
    genitives = set(events.get("of", [])) | set(events.get("genitive", []))
    documents = lang.cue_forms("named_document") | lang.cue_forms("authored_text")
    by_start = sorted(named, key=lambda n: n.start)
    quoted = [(q.start, q.end) for q in analysis.record.quotes]
    seats = lang.cue("organisation_seat")
    first = next((t.i for t in doc if not t.is_space), 0)
    for sentence in analysis.spacy_sentences[:LEAD_SENTENCES]:
        words = [t for t in sentence if not t.is_space]
        if not words or words[0].is_quote or any(s <= sentence.start_char < e for s, e in quoted):
            continue  # blank ('WASHINGTON, March 5 —' ends a sentence of its own before a blank line), or a headline
            # that quotes someone ('“Russia is testing us every day”'): its actors are topics
        start = _after_topic_prefix(sentence, by_start)
        alone = next((n for n in by_start if n.start == start and n.end >= sentence.end - 1), None)
        letterhead = all(t.is_upper or not t.is_alpha for t in words)
        if alone and alone.code and sentence.start == first and (not dateline or dateline_seat or letterhead) \
                and actor_kind(alone.code) == "organization":
            return alone.code  # a publisher line ('COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE DE L'OUEST' above
            # 'Abuja, le 29 janvier 2025', or in capitals above any dateline), not a heading above a national
            # dateline ('Raad Buitenlandse Zaken' above 'Den Haag, 31 januari 2023')
        if alone or DASHES.fullmatch(words[-1].text):
            continue  # a section heading that is only a name ('Ukraine'), a label before a dash ('UN HRC53 –')
        previous, governed = None, False
        for item in (n for n in by_start if start <= n.start < sentence.end):
            gap = doc[previous.end:item.start] if previous else ()
            listed = previous is not None and (not gap or len(gap) <= LIST_GAP and any(
                t.text == "," or conjunctions.token(t) for t in gap) and not any(
                t.pos_ in ("VERB", "AUX") for t in gap))  # 'entre la ministre belge … et son homologue', not
            # 'in Haiti and confirmed the UK would
            governed = governed if listed else _governed_by(doc, item.start, start, blocked, genitives)
            previous = item
            if governed and item.code:
                counterparts.add(item.code)
            if item.place or governed:
                continue
            if item.code and _acts(doc, item, sentence, genitives, documents):
                trusted = dateline and not dateline_seat and (actor_kind(item.code) != "organization"
                                                              or item.start < dateline_at)
                return dateline if trusted else item.code
            if dateline and not dateline_seat:  # an organisation's seat says nothing yet: read on
                return dateline
    return dateline


def _acts(doc, item: Named, sentence, genitives: set[str], documents: frozenset[str]) -> bool:
    """Is the actor the one who acts, not the owner of what a statement is about ('Iran's conduct is
    unacceptable', 'Het optreden van Rusland is onaanvaardbaar')? With a parse: the subject of the sentence's
    verb, or an actor of a heading (a line with no verb or no full stop) not in its object ('Statement by Canada on North Korea',
    'UK provides lifesaving aid to Sri Lanka'). Without one: not
    the genitive of a noun, unless the noun is a statement whose author it names ('Verklaring van Ashton')."""
    if not doc.has_annotation("DEP"):
        before = doc[max(sentence.start, item.start - 2):item.start]
        genitive = next((t.i for t in before if t.lower_ in genitives), item.start if item.owner else None)
        return genitive is None or genitive > sentence.start and doc[genitive - 1].lower_ in documents
    words = [t for t in sentence if not t.is_space]
    if words[-1].text not in SENTENCE_END or not any(t.pos_ in ("VERB", "AUX") for t in sentence):
        head = _phrase_head(doc[item.start])  # a heading, where the owner of what it is about, a name in the
        # object of its verb or the subject of a bare participle is no speaker ('Russia's attacks … are war crimes:
        # UK statement …', 'Sanctioning Iranian Officials …', 'Gabon suspended from …')
        passive = head.dep_ == "nsubj" and head.head.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in head.head.children)
        judged = head.dep_ in ("poss", "nmod:poss") and head.head.dep_ in ("nsubj", "nsubjpass")  # not 'Canada's
        # statement to the OSCE', 'Secretary Blinken's Meeting with …'
        return head.dep_ not in ("dobj", "obj") and not passive and not judged
    return any(_phrase_head(token).dep_ == "nsubj" and _phrase_head(token).head.pos_ == "VERB"
               for token in doc[item.start:item.end])


def _phrase_head(token):
    """From a name up to the head of the phrase it is part of."""
    while token.dep_ in NAME_PARTS and token.head != token:
        token = token.head
    return token


def _after_topic_prefix(sentence, named: list[Named]) -> int:
    """Where a heading's 'Topic:' or 'Label –' prefix ends ('Venezuela: Erklärung …', 'UN HRC53 – UK comment …');
    the sentence start when it has none or the prefix only names who speaks ('Spindelegger: Österreich …')."""
    for token in sentence[:TOPIC_PREFIX_TOKENS]:
        if (token.text == ":" or DASHES.fullmatch(token.text) and token.whitespace_) and token.i + 1 < sentence.end:
            inside = [n for n in named if sentence.start <= n.start < token.i]
            return sentence.start if inside and all(n.person for n in inside) else token.i + 1
    return sentence.start


def _governed_by(doc, start: int, floor: int, blocked: set[int], genitives: set[str]) -> bool:
    """Is the name at `start` governed by a preposition that makes it a counterpart, topic or place ('with',
    'an der Seite')? Not when it is the genitive of a noun ('à la presse du Conseil de sécurité')."""
    for i in range(start - 1, max(floor, start - 1 - MODIFIER_WINDOW) - 1, -1):
        token = doc[i]
        if i in blocked:
            return True
        if token.lower_ in genitives and i > floor and i - 1 not in blocked and not doc[i - 1].is_punct:
            return False  # 'der' after a noun, not after a preposition ('an der Seite der Ukraine')
        if token.is_punct or not (token.is_lower or token.is_title and i > floor):
            return False
    return False


def is_interview(analysis) -> bool:
    """A document with question lines ('Q -', 'Question :', 'Vraag:'), or with several paragraphs that
    are a question alone ('Waarom nu?')."""
    prefixes = analysis.lang.cue_forms("interview_question")
    lines = [line.strip().lower() for line in analysis.document.text.split("\n") if line.strip()]
    asked = sum(line.endswith("?") and line.count("?") == 1 and not line.endswith(("?”", "?’", '?"')) for line in lines)
    return asked >= INTERVIEW_QUESTIONS or any(
        line.startswith(p) and line[len(p):len(p) + 2].strip()[:1] in (":", "-", "–", "—", ".", ")")
        for line in lines for p in prefixes)


def interviewee(persons) -> str | None:
    """The side of an interview's interviewee: the person of known side its head introduces, named first
    ('Interview with Foreign Minister Penny Wong', 'Jean-Noël Barrot, bonjour')."""
    introduced = [p for p in persons if p.affiliation and any(m.end - m.start > 1 or m.titles for m in p.mentions)]
    return min(introduced, key=lambda p: min(m.start for m in p.mentions)).affiliation if introduced else None  # not
    # a leader named by surname in a pull-quote ('Poetin test ons elke dag')
