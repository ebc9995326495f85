"""Actors stage: countries, organisations and persons, each mention with its span and reason."""
from __future__ import annotations

import re
from collections import Counter

from ..dates import When
from ..records import Actor, Mention
from .gazetteer import Entry, Hit, actor_kind, display_name, gazetteer, organisations
from .people import (AUTHOR, EXPERT, OWN_SIDE_ROLES, Person, acts_or_speaks, add_surname_mentions, affiliate,
                     affiliate_to_list, affiliate_to_office, affiliate_to_spouse, affiliate_to_voice, excluded_lines,
                     former, group_persons, link_titles, title_lines)
from .officeholders import leaders_by_surname, officeholders
from .persons import NameMention, Title, find_names, find_titles, line_at, plural
from .voice import interviewee, is_interview, lead_voice, named_at_head

# Forms that place an actor rather than name it as one who acts.
PLACE_FORMS = {"city"}
LIST_REACH = 3  # tokens from a title to the first country of a list after it ('the presidents of Kenya and …')
HOLDER_GAP = 2  # tokens between a person's name and the body named beside it
# After a dateline's place: perhaps an agency, then a dash, or a comma and a day in figures
# ('BRUSSELS —', 'Brüssel (dpa) –', 'Berne, 22.01.2025', 'Paris, le 3 mai').
METONYM = "metonym"  # a form of organisations.tsv: a city standing for an organisation seated there
LETTERHEAD_GAP = 80  # characters from a letterhead's country to the body under it
JOINING_WORD = 3  # letters of a word that joins the words of a name ('and', 'of', 'de', 'und', 'en')
DATELINE_DATE = re.compile(r"\s*(?:\([\w ]+\))?\s*(?:[–—-]\s|,?\s*(?:\w{1,3}\s+)?\d{1,2}\b)")


def resolve_actors(analysis) -> None:
    """Find every actor of the document; fill the record and the token index later stages use."""
    doc, lang = analysis.doc, analysis.lang
    hits = _metonyms_read(_named_documents_removed(gazetteer(lang.code).find(doc), doc, lang), analysis)
    titles = find_titles(doc, lang, hits)
    names = find_names(doc, lang, titles, hits)
    names += _leaders_by_surname(analysis, hits, names, titles)
    name_tokens = {i for n in names for i in range(n.start, n.end)}
    name_starts = {n.start for n in names}
    title_tokens = {i for t in titles for i in range(t.start, t.end)}
    candidates = [h for h in hits if h.token_start not in name_tokens and not
                  (h.entry.form == "generic" and h.token_end in name_starts)]  # "Bundesrat Cassis"
    hits = _generics_resolved(candidates, doc)
    generics = [h for h in candidates if h.entry.form == "generic"]
    persons = group_persons(names, doc)
    taken = name_tokens | {i for h in hits for i in range(h.token_start, h.token_end)} \
        | title_tokens
    add_surname_mentions(persons, doc, taken)
    text = analysis.document.text
    excluded = excluded_lines(text, lang, title_lines(titles, doc, lang))
    when = When.parse(analysis.document.published)
    of = frozenset(lang.config.get("events", {}).get("of", []))
    for person in persons:
        affiliate(person, when, doc, hits, of)
    affiliate_to_list(persons, doc)
    affiliate_to_spouse(persons, doc, lang)
    affiliate_to_office(persons, titles, doc, when, lang)
    bodies = _holders_bodies(generics, persons)  # 'Caspar Veldkamp van Buitenlandse Zaken': his country's, whatever
    placed = {b.start for b in bodies}  # other country the text names
    hits = sorted([h for h in hits if h.start not in placed] + bodies, key=lambda h: h.start)
    line_starts = _line_starts(text)
    actors = [p for p in persons if acts_or_speaks(p, doc, lang, excluded, line_starts)]
    dateline = _dateline_hit(hits, text)
    counterparts: set[str] = set()
    voice = lead_voice(analysis, named_at_head(analysis, hits, actors, titles), dateline and dateline.entry.code,
                       dateline is not None and lang.cue("organisation_seat").within(doc[dateline.token_start:
                                                                                             dateline.token_end]),
                       dateline.token_start if dateline else len(doc), counterparts)
    if AUTHOR in excluded.values():  # an op-ed speaks for the side its author's closing bio names
        voice = _author_side(analysis, hits) or voice
    analysis.interview = is_interview(analysis)
    if analysis.interview:  # the one who answers speaks, not whoever the first questions name
        voice = interviewee(actors) or voice
    for person in persons:
        affiliate_to_voice(person, voice)
    countries = {h.token_start: h for h in hits if h.entry.kind == "country"}
    singular = [t for t in titles if not plural(doc[t.start:t.end], lang) and not _of_listed_countries(t, doc, countries,
                                                                                                         lang)]
    singles = set(singular)
    collective = [t for t in titles if t not in singles and not t.of and t.role != EXPERT
                  and not (t.end < len(doc) and doc[t.end].lower_ in of)]
    analysis.collective_titles = [i for t in collective for i in range(t.start, t.end)]
    paired = {end for _, end in lang.cue("pair_determiner").spans(doc)}  # 'the two', 'les deux', 'beide'
    analysis.title_holders = {i: holders for t in collective if t.start in paired and (holders := _holders(t, actors))
                              for i in range(t.start, t.end)}
    linked = link_titles(persons, singular, voice, doc, lang)
    analysis.home_actor = voice or _most_named(hits, actors, counterparts)
    _record(analysis, hits, actors, titles, linked)
    _stand_ins(analysis, [p for p in persons if p not in actors], singular, linked)


def _author_side(analysis, hits: list[Hit]) -> str | None:
    """The first country or organisation named in a sentence that the `author_bio` cue opens ('Die Autorin ist
    Staatssekretärin im Auswärtigen Amt.', 'The author is Ireland's Minister for Foreign Affairs.')."""
    for start, _ in analysis.lang.cue("author_bio").spans(analysis.doc):
        sentence = analysis.sent_of(start)
        side = next((h.entry.code for h in hits if sentence.start <= h.token_start < sentence.end and h.entry.code),
                    None)
        if side:
            return side
    return None


def _of_listed_countries(title: Title, doc, countries: dict[int, Hit], lang) -> bool:
    """'mit den Präsidenten Kasachstans, Usbekistans und Turkmenistans', 'the presidents of Kenya and Uganda': a
    title of several countries (`countries`: the hits of countries by first token) listed after it stands for no
    one person."""
    first = next((countries[i] for i in range(title.end, title.end + LIST_REACH) if i in countries), None)
    joiners = lang.cue_forms("conjunction") | {","}
    return first is not None and first.token_end + 1 < len(doc) and doc[first.token_end].lower_ in joiners \
        and first.token_end + 1 in countries


def _leaders_by_surname(analysis, hits: list[Hit], names: list[NameMention], titles: list[Title]) -> list[NameMention]:
    """'Putin spielt auf Zeit', 'Poetin test ons': a head of state or government in office on the document's date,
    named by surname alone in a document that names their country, where the surname is no other's."""
    published = analysis.document.published
    if not published:
        return []
    holders = officeholders()
    leaders = leaders_by_surname(holders, published[:10])
    countries = {h.entry.code for h in hits}
    taken = {i for n in names for i in range(n.start, n.end)} | {i for t in titles for i in range(t.start, t.end)} \
        | {i for h in hits for i in range(h.token_start, h.token_end)}
    found = []
    for token in analysis.doc:
        leader = leaders.get(token.text.casefold()) if token.is_title and token.i not in taken else None
        if leader and leader[1] in countries and holders.full_name(token.text) == leader[0]:
            found.append(NameMention(token.i, token.i + 1, "office-holder"))
    return found


def _holders(title: Title, persons: list[Person]) -> list[str]:
    """The persons a plural title after 'the two' stands for ('the two Prime Ministers' after 'Prime Minister Hun
    Manet' and 'Acting Prime Minister Phumtham'): the last two named before it holding that office for two sides."""
    holding = [p for p in persons if p.affiliation and any(t.role == title.role for t in p.titles)]
    last = {p.id: max((m.start for m in p.mentions if m.start < title.start), default=-1) for p in holding}
    sides: dict[str, str] = {}
    for person in sorted((p for p in holding if last[p.id] >= 0), key=lambda p: -last[p.id]):
        sides.setdefault(person.affiliation.split(".")[0], person.id)
    return list(sides.values())[:2][::-1] if len(sides) >= 2 else []


def _stand_ins(analysis, bystanders: list[Person], titles: list[Title], linked: dict[Title, Person]) -> None:
    """A person who is not an actor stands for their side, for the events stage ('condolences on the passing of
    former Premier Li Keqiang'); a title no one holds is a mention of the document's voice ('the Minister
    said'), a national office of a country's, an international one of an organisation's; not one that is
    someone else's ('seinen Botschafter', 'its ambassador') or a former office ('de oud-premier')."""
    for person in bystanders:
        for mention in person.mentions if person.affiliation else ():
            for i in range(mention.start, mention.end):
                analysis.token_actors.setdefault(i, person.affiliation)
    owned = analysis.lang.cue("third_possessive")
    organisation = _most_named_organisation(analysis.record.mentions)
    added = []
    for title in titles:
        voice = analysis.home_actor
        if title.role not in OWN_SIDE_ROLES and actor_kind(voice or "") != "organization":
            voice = organisation  # 'the Secretary-General' of a text that speaks for no organisation: the one it names
        if title in linked or title.of or not voice or title.role == EXPERT or _vocative(analysis, title) or \
                former(title, analysis.doc, analysis.lang) or \
                any(owned.token(t) for t in analysis.doc[max(0, title.start - 2):title.start]):
            continue
        if any(i in analysis.token_actors for i in range(title.start, title.end)):
            continue
        for i in range(title.start, title.end):
            analysis.token_actors[i] = voice
        span = analysis.doc[title.start:title.end]
        added.append(Mention(voice, span.start_char, span.end_char, analysis.sentence_at(span.start_char),
                             span.text, "title, the document's voice"))
    analysis.record.mentions = sorted(analysis.record.mentions + added, key=lambda m: m.start)


def _most_named_organisation(mentions: list[Mention]) -> str | None:
    """The organisation a text names most often, if it names one."""
    counts = Counter(m.actor for m in mentions if actor_kind(m.actor) == "organization")
    return counts.most_common(1)[0][0] if counts else None


def _vocative(analysis, title: Title) -> bool:
    """A title that addresses someone at the head of a sentence or answer ('Herr Minister, …', 'Question :
    Monsieur le Ministre, …')."""
    doc, lang = analysis.doc, analysis.lang
    before = list(doc[analysis.sent_of(title.start).start:title.start])
    before = before[next((i + 1 for i in range(len(before) - 1, -1, -1) if before[i].is_punct), 0):]
    addressing = lang.cue("honorific"), lang.cue("definite_article")
    return title.end < len(doc) and doc[title.end].text == "," and \
        all(any(cue.token(t) for cue in addressing) for t in before)


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _named_documents_removed(hits: list[Hit], doc, lang) -> list[Hit]:
    """Drop cities named only inside the name of a treaty or format ('Paris Agreement', 'accords d'Helsinki')."""
    nouns = lang.cue_forms("named_document")
    connectors = lang.cue_forms("title_connector")
    kept = []
    for hit in hits:
        if hit.entry.form in ("capital", "city"):
            after = doc[hit.token_end].lower_ if hit.token_end < len(doc) else ""
            before = [t.lower_ for t in doc[max(0, hit.token_start - 2):hit.token_start]]
            if after in nouns or (len(before) == 2 and before[1] in connectors and before[0] in nouns):
                continue
        kept.append(hit)
    return kept


def _generics_resolved(hits: list[Hit], doc) -> list[Hit]:
    """'the Commission', 'the Court', 'der Rat': the organisation already named in the document, else nothing.
    A generic head after capitalised words that name no known actor ends a name the gazetteer lacks ('the
    Transitional Presidential Council'): it is that organisation only if a name of it in the document shares
    one of those words ('the Foreign Affairs and Trade Council' after 'the Foreign Affairs Council')."""
    named = [h for h in hits if h.entry.form != "generic"]
    covered = {i for h in named for i in range(h.token_start, h.token_end)}
    words = {}
    for h in named:
        words.setdefault(h.entry.code, set()).update(t.lower_ for t in doc[h.token_start:h.token_end])
    codes = {h.entry.code for h in named}
    tops = {c.split(".")[0] for c in codes}
    resolved = []
    for hit in hits:
        if hit.entry.form != "generic":
            resolved.append(hit)
            continue
        exact = [e for e in hit.entries if e.code in codes]
        parent = [e for e in hit.entries if (organisations().get(e.code) and organisations()[e.code].parent in codes)
                  or e.code.split(".")[0] in tops]
        choice = (exact or _of_country_before(hit, named, doc.text) or parent or [None])[0]
        modifiers = _name_words_before(doc, hit.token_start, covered)
        if choice is not None and (not modifiers or modifiers & words.get(choice.code, set())):
            resolved.append(Hit(hit.start, hit.end, hit.token_start, hit.token_end, (choice,)))
    return resolved


def _of_country_before(hit: Hit, named: list[Hit], text: str) -> list[Entry]:
    """A national body named under a letterhead that names its country ('RÉPUBLIQUE DU TCHAD / Unité – Travail –
    Progrès / MINISTÈRE DES AFFAIRES ÉTRANGÈRES'): that country's body, or the country where the body has no entry
    of its own. Only capitalised words may stand between them."""
    before = next((h for h in reversed(named) if h.end <= hit.start), None)
    if before is None or before.entry.kind != "country" or hit.start - before.end > LETTERHEAD_GAP \
            or any(actor_kind(e.code.split(".")[0]) != "country" for e in hit.entries) \
            or not _whole_line(text, before.start, before.end) or not _line_start(text, hit.start) \
            or any(word[0].islower() for word in re.findall(r"\w+", text[before.end:hit.start])):
        return []  # 'the Commission' is the EU's or the AU's, never a country's; a sentence is no letterhead
    country = before.entry.code
    return [e for e in hit.entries if e.code.split(".")[0] == country] or [Entry(country, "country", "generic")]


def _line_start(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def _whole_line(text: str, start: int, end: int) -> bool:
    """Does the stretch fill its line ('RÉPUBLIQUE DU TCHAD')?"""
    return _line_start(text, start) and not line_at(text, end).strip()


def _name_words_before(doc, start: int, covered: set[int]) -> set[str]:
    """The capitalised words just before a token that are part of no known name, inside its sentence, across
    short joining words ('Foreign Affairs and Trade')."""
    found: set[str] = set()
    i = start - 1
    while i >= 0 and not doc[i].is_sent_start and i not in covered:
        if doc[i].is_title:
            found.add(doc[i].lower_)
        elif not (found and doc[i].is_lower and len(doc[i]) <= JOINING_WORD and i > 0 and doc[i - 1].is_title):
            break
        i -= 1
    return found


def _holders_bodies(generics: list[Hit], persons: list[Person]) -> list[Hit]:
    """A body named right beside a person of known side ('Caspar Veldkamp van Buitenlandse Zaken',
    'Minister für Auswärtiges Cassis'): that side's body."""
    found = []
    for hit in generics:
        for person in persons:
            side = (person.affiliation or "").split(".")[0]
            beside = any(-HOLDER_GAP <= hit.token_start - m.end <= HOLDER_GAP or
                         -HOLDER_GAP <= m.start - hit.token_end <= HOLDER_GAP for m in person.mentions)
            entry = next((e for e in hit.entries if e.code.split(".")[0] == side), None) if beside else None
            if entry:
                found.append(Hit(hit.start, hit.end, hit.token_start, hit.token_end, (entry,)))
                break
    return found


def _most_named(hits: list[Hit], persons: list[Person], counterparts: set[str]) -> str | None:
    """Where the head of the document sets up no voice: its most mentioned person's side, else its most named
    country, else organisation, counterparts of its lead aside (a weak guess, used for 'we' and untitled
    offices, never for a person's side)."""
    people = Counter({p.affiliation: len(p.mentions) for p in persons if p.affiliation not in counterparts | {None}})
    if people:
        return people.most_common(1)[0][0]
    counts = Counter((h.entry.kind == "country", h.entry.code) for h in hits if h.entry.kind != "group"
                     and h.entry.form not in PLACE_FORMS and h.entry.code not in counterparts)
    return max(counts, key=lambda key: (key[0], counts[key]))[1] if counts else None


def _dateline_hit(hits: list[Hit], text: str) -> Hit | None:
    """The place that opens a line and is followed by a date ('Berne, 22.01.2025 –')."""
    return next((h for h in hits if h.entry.form in ("capital", "city") and opens_dateline(text, h.start, h.end)),
                None)


def _metonyms_read(hits: list[Hit], analysis) -> list[Hit]:
    """A city that also stands for an organisation seated there ('Brussels' for the EU) names that
    organisation where it acts ('Brüssel wirft ihnen vor', 'talks with Brussels'), when the document names the
    organisation and not the city's country otherwise ('ties between Brussels and Beijing' in a text on
    Belgium); after a preposition of place or opening a dateline it is the city."""
    doc, text = analysis.doc, analysis.document.text
    places = analysis.lang.cue("place_preposition")
    named = {h.entry.code for h in hits if all(e.form != METONYM for e in h.entries)}
    read = []
    for hit in hits:
        metonyms = [e for e in hit.entries if e.form == METONYM]
        others = tuple(e for e in hit.entries if e.form != METONYM)
        place = hit.token_start > 0 and places.token(doc[hit.token_start - 1]) \
            or opens_dateline(text, hit.start, hit.end) or any(e.code in named for e in others)
        chosen = tuple(e for e in metonyms if e.code in named) if not place else ()
        entries = chosen + others if chosen else others
        if entries:
            read.append(Hit(hit.start, hit.end, hit.token_start, hit.token_end, entries))
    return read


def opens_dateline(text: str, start: int, end: int) -> bool:
    """Does the name at this span open its line, followed by a date ('Berne, 22.01.2025 –')?"""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and DATELINE_DATE.match(text, end) is not None


def _record(analysis, hits: list[Hit], persons: list[Person], titles: list[Title],
            linked: dict[Title, Person]) -> None:
    doc, record, text = analysis.doc, analysis.record, analysis.document.text
    sentence_of = analysis.sentence_at
    title_tokens = {i for t in titles for i in range(t.start, t.end)}
    actors: dict[str, Actor] = {}
    mentions: list[Mention] = []

    def mention(actor_id: str, start_token: int, end_token: int, reason: str, start=None, end=None,
                acts: bool = True) -> None:
        span = doc[start_token:end_token]
        start = span.start_char if start is None else start
        end = span.end_char if end is None else end
        mentions.append(Mention(actor_id, start, end, sentence_of(start), text[start:end], reason))
        for i in range(start_token, end_token) if acts else ():
            analysis.token_actors.setdefault(i, actor_id)

    for hit in hits:
        entry = hit.entry
        if entry.code not in actors:
            actors[entry.code] = Actor(entry.code, actor_kind(entry.code), display_name(entry.code),
                                       reason=f"gazetteer {entry.form}: {text[hit.start:hit.end]}")
        # Named but in no event: where the story was filed ("Brüssel (dpa) – …"), or a ministry inside a
        # title ("minister van Buitenlandse Zaken": the minister acts, for the country).
        dateline = entry.form in ("capital", "city") and opens_dateline(text, hit.start, hit.end)
        in_title = entry.form == "generic" and hit.token_start in title_tokens
        mention(entry.code, hit.token_start, hit.token_end, f"gazetteer {entry.form}", hit.start, hit.end,
                acts=not (dateline or in_title))
    for person in persons:
        actors[person.id] = Actor(person.id, "person", person.name, person.affiliation, person.roles(),
                                  person.reason or "name")
        if person.affiliation:
            analysis.affiliations[person.id] = person.affiliation
        for name in person.mentions:
            mention(person.id, name.start, name.end, f"person {name.reason}")
            for title in name.titles:
                for i in range(title.start, title.end):
                    analysis.token_actors.setdefault(i, person.id)
    kept = set(actors)
    for title in titles:
        holder = linked.get(title)
        target = holder.id if holder and holder.id in kept else title.of
        if target and not _vocative(analysis, title) and \
                all(i not in analysis.token_actors for i in range(title.start, title.end)):  # not 'Herr Minister, …'

            if target not in actors:
                actors[target] = Actor(target, actor_kind(target), display_name(target), reason=f"title: {title.text}")
            mention(target, title.start, title.end, "title")
    record.actors = list(actors.values())
    record.mentions = sorted(mentions, key=lambda m: m.start)

