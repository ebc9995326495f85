"""From name mentions to persons: grouping, affiliation, and who counts as an actor."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..dates import When
from ..knowledge import LanguageData, Words
from ..records import Role
from .gazetteer import Hit, actor_kind
from .officeholders import NATIONAL_ROLES, Office, name_key, officeholders
from .persons import COUNTRY_FORMS, POSSESSIVES, NameMention, Title, line_at, title_table
from .phrases import DASHES

# Roles held for one's own country, so that a bare "minister" in a government's text is its own.
OWN_SIDE_ROLES = {"minister", "foreign_minister", "head_of_government", "deputy_head_of_government",
                  "spokesperson", "ambassador", "head_of_state", "secretary_of_state", "military", "legislator"}
# A person of no office named by their occupation ('the historian X'): their title stands for no side.
EXPERT = "expert"
# Roles a bare 'minister' may refer back to.
MINISTERS = {"minister", "foreign_minister", "deputy_head_of_government", "secretary_of_state"}
APPOSITION_WINDOW = 5
NAMED_BY = ("title", "honorific", "office-holder", "speaker", "attribution")  # ways of naming that make a person
HEAD_LINES = 3
AUTHOR = "author"
ARTICLE_LENGTH = 3
NAME_WORD = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+$")
SALUTATION_LENGTH = 120
BYLINE_WORDS = 14
PASSIVE_WINDOW = 4  # words before a name (or its title) that make it the subject of news
SPOUSE_WORDS = 3  # 'seiner Frau Dr.' before a name


@dataclass
class Person:
    """One person of a document, with every mention of them."""

    name: str
    key: frozenset[str]
    mentions: list[NameMention] = field(default_factory=list)
    title_mentions: list[Title] = field(default_factory=list)
    office: Office | None = None
    affiliation: str | None = None
    reason: str = ""

    @property
    def id(self) -> str:
        text = unicodedata.normalize("NFKD", self.name.lower())
        text = "".join(c for c in text if not unicodedata.combining(c))
        return "person:" + re.sub(r"[^a-z0-9]+", "-", text).strip("-")

    @property
    def titles(self) -> list[Title]:
        seen, titles = set(), []
        for title in [t for m in self.mentions for t in m.titles]:
            if title.text.lower() not in seen:
                seen.add(title.text.lower())
                titles.append(title)
        return titles

    def roles(self) -> tuple[Role, ...]:
        return tuple(Role(t.text, t.of) for t in self.titles)


def display_name(text: str) -> str:
    """'IWAYA Takashi' -> 'Iwaya Takashi'; other names as written."""
    return " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in text.split())


def group_persons(names: list[NameMention], doc: Doc) -> list[Person]:
    """Join mentions whose names contain one another ('Qin Gang', 'Gang'), or spell one office-holder
    ('Muhammad Buhari', 'Muhammadu Buhari'); drop untitled lone words."""
    persons: list[Person] = []
    for mention in names:
        text = mention.text(doc)
        key = name_key(mention.reason == "office-holder" and officeholders().full_name(text) or text)
        if not key:
            continue
        person = next((p for p in persons if key <= p.key or p.key <= key), None)
        if person is None:
            if len(key) < 2 and not mention.titles and mention.reason not in NAMED_BY:
                continue
            person = Person(display_name(text), key)
            persons.append(person)
        elif len(key) > len(person.key):
            person.key, person.name = key, display_name(text)
        person.mentions.append(mention)
    return persons


def surname_forms(person: Person) -> set[str]:
    """How a text refers to someone already named: the last word, the family name in capitals, the tail."""
    words = person.name.split()
    forms = {words[-1]}
    if len(words) >= 3:
        forms.add(" ".join(words[1:]))
    return {f for f in forms if len(f) >= 3}


def add_surname_mentions(persons: list[Person], doc: Doc, taken: set[int]) -> None:
    """Mentions by surname alone ('Lahbib', 'Le Drian', 'IWAYA') anywhere in the document."""
    by_form: dict[tuple[str, ...], Person] = {}
    for person in persons:
        for mention in person.mentions:
            for token in doc[mention.start:mention.end]:
                if token.text.isupper() and len(token.text) > 2:
                    by_form[(token.text.lower(),)] = person
        for form in surname_forms(person):
            by_form.setdefault(tuple(form.lower().split()), person)
    by_first: dict[str, list[tuple[tuple[str, ...], Person]]] = {}  # the forms in order, by their first word
    for form, person in by_form.items():
        by_first.setdefault(form[0], []).append((form, person))
    lowers = [t.lower_ for t in doc]
    for i, text in enumerate(Words.of(doc).texts):
        if i in taken or not text[:1].isupper():
            continue
        for form, person in by_first.get(lowers[i], ()):
            end = i + len(form)
            if tuple(lowers[i:end]) == form and not any(j in taken for j in range(i, end)):
                person.mentions.append(NameMention(i, end, "surname"))
                taken.update(range(i, end))
                break


def link_titles(persons: list[Person], titles: list[Title], home: str | None, doc: Doc,
                lang: LanguageData) -> dict[Title, Person]:
    """Titles standing alone ('the Deputy Prime Minister', 'de minister') linked to the person who holds
    them: one named before, of the document's own side if there is one, else the one named last. A title
    is read the same way all through the document: one first used of no one named stays so. A former office
    ('the former premier', 'de oud-premier') is someone's who held it before, not its holder's."""
    attached = {t for p in persons for t in p.titles}
    linked: dict[Title, Person] = {}
    first_use: dict[str, Person | None] = {}
    for title in titles:
        if title in attached:
            continue
        past = former(title, doc, lang)
        candidates = [p for p in persons if _holds(p, title) and past == any(former(t, doc, lang) for t in p.titles)]
        before = [p for p in candidates if min(m.start for m in p.mentions) < title.start]
        own_side = [p for p in before if p.affiliation and p.affiliation.split(".")[0] == (home or "").split(".")[0]]
        chosen = own_side if title.of is None and own_side else before
        earlier = first_use.setdefault(title.text.lower(), chosen[0] if len(chosen) == 1 else None)
        if earlier is None and title.of is None:
            continue  # 'Le Président de la République' told first of no one named stays so, though another is
        if chosen:
            person = max(chosen, key=lambda p: max((m.start for m in p.mentions if m.start < title.start),
                                                  default=-1))
            linked[title] = person
            person.title_mentions.append(title)
    return linked


def former(title: Title, doc: Doc, lang: LanguageData) -> bool:
    """'the former premier', 'de oud-premier', 'Ex-Kanzler': an office held before."""
    words = [doc[title.start - 1].lower_] if title.start else []
    return not lang.cue_forms("former").isdisjoint(words + DASHES.split(title.text.lower())[:-1])


def _holds(person: Person, title: Title) -> bool:
    """Does the person hold the title: the same role, a minister's title for any minister ('die Ministerin'
    after 'Außenministerin Baerbock'), or words of one of their titles? Never a title of another side."""
    if title.of and person.affiliation and title.of.split(".")[0] != person.affiliation.split(".")[0]:
        return False  # 'mit ihrem georgischen Amtskollegen' after 'Außenministerin Baerbock'
    words = set(title.text.lower().split())
    for own in person.titles:
        same = own.role == title.role or title.role == "minister" and own.role in MINISTERS
        if same and (title.of is None or own.of in (None, title.of)):
            return True
        if words <= set(own.text.lower().split()):
            return True
    return False


def affiliate(person: Person, when: When | None, doc: Doc, hits: list[Hit], of: frozenset[str]) -> None:
    """The country or organisation a person acts for, from their own context: their titles, the dated
    knowledge file, an apposed country adjective or an of-phrase after the name. A country or organisation in
    brackets after the name ('M. Kim Sung-Hwan (République de Corée)', as the UN gives a speaker's delegation;
    'HEBESTREIT (BReg):' in a transcript) goes before all: the presidency of a council rotates among its
    members."""
    bracketed = next((h.entry.code for m in person.mentions for h in hits if h.token_start == m.end + 1
                      and doc[m.end].text == "(" and h.token_end < len(doc) and doc[h.token_end].text.startswith(")")
                      and h.entry.kind != "group"), None)
    if bracketed:
        person.affiliation, person.reason = bracketed, "side in brackets"
        return
    national = next((t.of for t in person.titles if t.of and t.role in NATIONAL_ROLES), None)
    if national:
        person.affiliation, person.reason = national, "title"
        return
    roles = {t.role for t in person.titles}
    person.office = officeholders().office_at(person.name, when, roles)
    if person.office and (roles & NATIONAL_ROLES or not any(t.of and not t.implied for t in person.titles)):
        person.affiliation, person.reason = person.office.code, f"office-holder: {person.office.title}"
        return  # a head of state who also chairs an organisation that year acts for the state; the holder of
        # an office whose title usually means another's ('président de la Commission' of ECOWAS, not the EU)
    explicit = next((t.of for t in person.titles if t.of), None)
    if explicit:
        person.affiliation, person.reason = explicit, "title"
        return
    apposed = _apposed_country(person, doc, hits) or _named_after(person, doc, hits, of)
    if apposed:
        person.affiliation, person.reason = apposed, "apposition"


def affiliate_to_list(persons: list[Person], doc: Doc) -> None:
    """'Commissioner Jutta Urpilainen, Commissioner Mairead McGuiness and Commissioner Stella Kyriakides', 'minister
    Adema van Landbouw, minister Harbers van …': a person whose own context names no side, listed in a sentence
    with others of the same title, is of the side they all share."""
    def listed(person: Person) -> set[tuple[int, str]]:
        return {(doc[m.start].sent.start, t.text.lower()) for m in person.mentions for t in m.titles}

    for person in [p for p in persons if not p.affiliation]:
        own = listed(person)
        sides = {p.affiliation for p in persons if p.affiliation and own & listed(p)}
        if len({side.split(".")[0] for side in sides}) == 1:
            person.affiliation, person.reason = min(sides, key=len), "listed with others of the same title"


def affiliate_to_spouse(persons: list[Person], doc: Doc, lang: LanguageData) -> None:
    """'mit seiner Frau Elke Büdenbender', 'the President and his wife X': a person named as someone's spouse, of
    no side of their own, is of the side of the person named last before them in the sentence."""
    spouse = lang.cue("spouse")
    for person in [p for p in persons if not p.affiliation]:
        for mention in person.mentions:
            sentence = doc[mention.start].sent
            window = doc[max(sentence.start, mention.start - SPOUSE_WORDS):mention.start]
            before = [(m.start, p.affiliation) for p in persons if p.affiliation for m in p.mentions
                      if sentence.start <= m.start and m.end <= window.start]
            if before and any(end == mention.start for _, end in spouse.spans(window)):
                person.affiliation, person.reason = max(before)[1], "spouse"
                break


def affiliate_to_office(persons: list[Person], titles: list[Title], doc: Doc, when: When | None,
                        lang: LanguageData) -> None:
    """'Generalsekretär des Europarats, Alain Berset' … 'der stellvertretende Generalsekretär Bjørn Berge'; 'the
    Secretary-General's Personal Envoy, X': a person of no side (or only that of an office the file says had ended
    by the document's date) whose office, or the office of whom they are the envoy (before a possessive or in the
    title's of-phrase: 'Special Representative of the Secretary-General for Somalia'), is held
    in the document for one organisation only (the same role, or a title whose words before its of-phrase it
    holds: 'secrétaire général du Conseil de l'Europe' … 'secrétaire général adjoint') is of it."""
    connectors = lang.cue_forms("title_connector")
    holders = [p for p in persons if p.affiliation and actor_kind(p.affiliation) == "organization"]
    by_end = {t.end: t for t in titles}
    for person in [p for p in persons if not p.affiliation or when and p.office and not p.office.covers(when)]:
        for title in [t for t in person.titles if not former(t, doc, lang)]:  # 'l'ancien président X'
            owner = by_end.get(title.start - 1) if title.start and doc[title.start - 1].text in POSSESSIVES else \
                _office_within(title, doc, lang, connectors)
            sides = {p.affiliation.split(".")[0] for p in holders if _holds_office(p, owner or title, connectors)}
            if len(sides) == 1:
                person.affiliation, person.reason = sides.pop(), "an office of one organisation of the document"
                break


def _office_within(title: Title, doc: Doc, lang: LanguageData, connectors: frozenset[str]) -> Title | None:
    """The office a title's of-phrase names ('Special Representative of the Secretary-General for Somalia')."""
    article = lang.cue("definite_article")
    for connector in range(title.start + 1, title.end - 1):
        if doc[connector].lower_ in connectors:
            start = connector + 1 + article.token(doc[connector + 1])
            for end in range(title.end, start, -1):
                found = title_table(lang.code).lookup([t.text for t in doc[start:end]])
                if found:
                    return Title(start, end, doc[start:end].text, found[0][0], found[0][1] or None, start)
    return None


def _holds_office(person: Person, office: Title, connectors: frozenset[str]) -> bool:
    def words(title: Title) -> set[str]:
        text = title.text.lower().split()
        return set(text[:next((i for i, w in enumerate(text) if w in connectors), len(text))])

    return office.role in {t.role for t in person.titles} | ({person.office.role} if person.office else set()) \
        or any(words(t) <= words(office) for t in person.titles)


def affiliate_to_voice(person: Person, voice: str | None) -> None:
    """A minister, spokesperson or ambassador whose own context names no side is the document's voice's; an
    organisation has no minister or head of state of its own ('le ministre de l'Intérieur' in an election
    mission's statement is the host country's, which the text does not say)."""
    roles = {t.role for t in person.titles}
    if not voice or person.affiliation or not roles & OWN_SIDE_ROLES:
        return
    if actor_kind(voice) == "organization" and roles <= NATIONAL_ROLES:
        return
    person.affiliation, person.reason = voice, "title, the document's voice"


def _apposed_country(person: Person, doc: Doc, hits: list[Hit]) -> str | None:
    """'Ms Mikiko Otani, the Japanese human rights lawyer', 'ma collègue congolaise, la ministre … Thérèse
    Kayikwamba Wagner': a country adjective in the apposition after or before the name."""
    for mention in person.mentions:
        start = min([mention.start, *(t.start for t in mention.titles)])
        for _ in range(2):  # back past an article before the title: "la", "the", "de"
            if start > 0 and doc[start - 1].is_lower and len(doc[start - 1]) <= ARTICLE_LENGTH:
                start -= 1
        windows = []
        if mention.end < len(doc) and doc[mention.end].text == ",":
            windows.append(range(mention.end + 1, mention.end + 1 + APPOSITION_WINDOW))
        if start > 0 and doc[start - 1].text == ",":
            windows.append(range(start - 1 - APPOSITION_WINDOW, start - 1))
        for window in windows:
            for hit in hits:
                if hit.token_start in window and hit.entry.form == "adjective":
                    return hit.entry.code
    return None


def _named_after(person: Person, doc: Doc, hits: list[Hit], of: frozenset[str]) -> str | None:
    """'Ahmad al-Sharaa of Syria', 'minister-president Wüst van de Duitse deelstaat …': a country or
    organisation in an of-phrase right after the name, past an article."""
    for mention in person.mentions:
        if mention.end < len(doc) and doc[mention.end].lower_ in of:
            start = mention.end + 1
            article = start < len(doc) and doc[start].is_lower and len(doc[start]) <= ARTICLE_LENGTH
            hit = next((h for h in hits if h.token_start in (start, start + article) and h.entry.kind != "group"
                        and h.entry.form in COUNTRY_FORMS), None)
            if hit:
                return hit.entry.code
    return None


def acts_or_speaks(person: Person, doc: Doc, lang: LanguageData, excluded_lines: dict[int, str],
                   line_starts: list[int]) -> bool:
    """Is the person an actor of the text, rather than its author (wherever else they are named: 'Rachel Kim
    is a senior fellow at …'), an addressee or only a subject of news?"""
    lines = [bisect_right(line_starts, doc[m.start].idx) - 1 for m in person.mentions]
    if any(excluded_lines.get(line) == AUTHOR for line in lines):
        return False
    mentions = [m for m, line in zip(person.mentions, lines) if line not in excluded_lines
                and not _in_passive_context(doc, m, lang)]
    if not mentions:
        return False
    if any(m.titles or m.reason in NAMED_BY for m in mentions) or person.title_mentions:
        return True
    if not doc.has_annotation("DEP"):
        return False
    return any(doc[m.end - 1].dep_.startswith(("nsubj", "poss", "agent")) or
               doc[m.end - 1].head.lemma_.lower() in lang.cue_forms("leader_noun") for m in mentions)


def _in_passive_context(doc: Doc, mention: NameMention, lang: LanguageData) -> bool:
    """'the passing of X', 'l'investiture de X', 'das Attentat auf den russischen Botschafter X', 'X ... died':
    news about the person, not action."""
    markers = lang.cue_forms("death") | lang.cue_forms("ceremony")
    start = min([mention.start, *(t.start for t in mention.titles)])
    before = list(doc[max(0, start - PASSIVE_WINDOW):mention.start])
    before = before[next((i + 1 for i in range(len(before) - 1, -1, -1) if before[i].is_punct), 0):]  # not ', X'
    if any(t.lemma_.lower() in markers or t.lower_ in markers for t in before) or lang.cue("death").within(before):
        return True
    if doc.has_annotation("DEP"):
        head = doc[mention.end - 1].head
        verbs = [head, *head.conjuncts]
        return any(v.lemma_.lower() in markers or v.lower_ in markers for v in verbs) and \
            doc[mention.end - 1].dep_.startswith("nsubj")
    return False


def excluded_lines(text: str, lang: LanguageData, title_lines: set[int]) -> dict[int, str]:
    """Lines that name authors ('Text by X', a lone name under the headline or signing off) and addressees
    (salutations), by line number. A lone name next to a line that a title opens is the official who issues
    or signs the text, not its author ('Hon Jane Doe / Minister of Foreign Affairs' heading a media release,
    'De minister van Buitenlandse Zaken, / Jan de Vries' signing a letter)."""
    lines = text.split("\n")
    bylines = sorted(lang.cue_forms("byline"), key=len, reverse=True)
    salutations = lang.cue_forms("salutation")
    excluded = {}
    content = [i for i, line in enumerate(lines) if line.strip()]
    for i in content:
        line = lines[i].strip()
        lower = line.lower()
        if len(line.split()) <= BYLINE_WORDS and any(_byline(line, cue) for cue in bylines):
            excluded[i] = AUTHOR
        elif len(lower) <= SALUTATION_LENGTH and lower.endswith(",") and any(cue in lower for cue in salutations):
            excluded[i] = "addressee"
    positions = list(range(len(content)))
    for n in positions[:HEAD_LINES] + positions[-1:]:
        words = lines[content[n]].split()
        beside = {content[j] for j in (n - 1, n + 1) if 0 <= j < len(content)}
        if 2 <= len(words) <= 4 and all(NAME_WORD.match(w) for w in words) and not beside & title_lines:
            excluded[content[n]] = AUTHOR
    return excluded


def title_lines(titles: list[Title], doc: Doc, lang: LanguageData) -> set[int]:
    """Numbers of the short lines that a title opens, perhaps after an article ('Minister of Foreign Affairs',
    'De minister van Buitenlandse Zaken,')."""
    article, text = lang.cue("definite_article"), doc.text  # Doc.text joins every token: read once
    found = set()
    for title in titles:
        first = doc[title.start - 1] if title.start and article.token(doc[title.start - 1]) else doc[title.start]
        start = text.rfind("\n", 0, first.idx) + 1
        if not text[start:first.idx].strip() and len(line_at(text, start).split()) <= BYLINE_WORDS:
            found.add(text.count("\n", 0, start))
    return found


def _byline(line: str, cue: str) -> bool:
    """'… / Text by Andrew Howitt': the cue (any case), then a capitalised name that ends the line."""
    name = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}"
    return re.search(rf"(?:^|[\s/|,–-])(?i:{re.escape(cue)})\s+{name}\W*$", line) is not None
