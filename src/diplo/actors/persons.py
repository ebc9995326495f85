"""Persons: names, the role titles around them, and who they are within a document.

Names are found four ways: office-holders from the knowledge file, the
entity recogniser where the language has one, a title or honorific right
before a capitalised run ("Foreign Minister Wang Yi", "Mr Dmytro Kuleba",
"le ministre IWAYA Takashi"), and a capitalised run right before an
apposed title ("Federica Mogherini, Hohe Vertreterin"). Mentions of one
person (full name, surname alone, title alone) are then joined.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..knowledge import LanguageData, Words, language
from .gazetteer import Hit
from .officeholders import name_key, officeholders
from .phrases import DASHES, Match, PhraseTable

NAME_TOKEN = re.compile(r"^(?:(?:al|el|ad|ar|as|ash|an|at|az|bin|ben|ibn|abu|abd|ul)[-‐])?"
                        r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|[A-Z]\.)$")
MAX_NAME_TOKENS = 4
MAX_TITLE_GAP = 10
SHORT_GAP = 3
# A transcript's speaker: a name in capitals opening a line, its organisation in brackets ('HEBESTREIT (BReg):').
SPEAKER_LABEL = re.compile(r"^([A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+)?) \([^()\n]{1,20}\):", re.MULTILINE)
TITLE_CASE_WORD = re.compile(r"[^\W\d_]{5,}")  # words a heading in title case capitalises ('with' may stay lower)
TITLE_CASE_WORDS = 5
PORTFOLIO_TOKENS = 10  # a title's portfolio or department before the of-phrase that names its country
SENTENCE_PUNCTUATION = {".", ":", ";", "!", "?"}
POSSESSIVES = {"'s", "’s", "'", "’"}
BRACKETS = {"[", "]", "(", ")"}
APPOSITION_OPENERS = {",", "("}  # between a name and its title: 'X, Minister of State', 'X (Minister of State)'
# Spans of a title that can hold its country: adjective or name before, of-phrase after.
COUNTRY_FORMS = {"name", "official", "adjective", "genitive", "acronym", "alias", "capital"}
# Offices held somewhere else: the country after a `destination` cue is where they are held ('Envoy for Sudan').
POSTED_ROLES = {"envoy", "ambassador"}


@dataclass(frozen=True, slots=True)
class Title:
    """A role title in the text, with the actor its words or neighbours name."""

    start: int  # token offsets
    end: int
    text: str
    role: str
    of: str | None  # the code the title implies or its context names
    lead: int  # first token of the words before it that name its side ('the EU's', 'Japanese'), else start
    home: str | None = None  # whose office the title means when it names no side ('le Président de la République')
    implied: bool = False  # its side is the one its words usually mean ('président de la Commission': the EU's),
    # not one named beside it


@dataclass
class NameMention:
    """A stretch of tokens naming a person, with how it was found."""

    start: int
    end: int
    reason: str
    titles: list[Title] = field(default_factory=list)

    def text(self, doc: Doc) -> str:
        text = "".join(t.whitespace_ if t.text in BRACKETS else t.text_with_ws for t in doc[self.start:self.end])
        return " ".join(text.split())


@cache
def title_table(code: str) -> PhraseTable:
    from .. import nlp

    table: PhraseTable = PhraseTable(nlp.load(code).tokenizer, case_sensitive=False)
    table.add_all((row["form"], (row["role"], row.get("of") or None, row.get("home") or None))
                  for row in language(code).table("titles"))
    return table


@cache
def officeholder_table(code: str) -> PhraseTable:
    from .. import nlp

    table: PhraseTable = PhraseTable(nlp.load(code).tokenizer)
    table.add_all((spelling, name) for name, spellings in officeholders().spellings.items() for spelling in spellings)
    return table


def find_titles(doc: Doc, lang: LanguageData, hits: list[Hit]) -> list[Title]:
    """Role titles, each with the country or organisation its neighbours name.

    A title inside an organisation's name ("General" in "UN General Assembly")
    is not a title; the last part of a compound is ("NATO-Generalsekretärin").
    """
    by_token, spans = {}, {}  # spans: the token ranges of the hits over each token
    for hit in hits:
        for i in range(hit.token_start, hit.token_end):
            spans.setdefault(i, []).append(range(hit.token_start, hit.token_end))
        if hit.entry.form in COUNTRY_FORMS and hit.entry.kind != "group":
            for i in range(hit.token_start, hit.token_end):
                by_token.setdefault(i, hit)
    connectors = lang.cue_forms("title_connector")
    destinations = lang.cue_forms("destination")
    table = title_table(lang.code)
    matches = [m for m in table.find(Words.of(doc).spelling)
               if not any(len(span) > m.end - m.start and m.end - 1 in span for span in spans.get(m.start, ()))]
    taken = {i for m in matches for i in range(m.start, m.end)}
    for token in doc:
        parts = DASHES.split(token.text)
        if token.i not in taken and len(parts) > 1 and table.lookup([parts[-1]]):
            matches.append(Match(token.i, token.i + 1, table.lookup([parts[-1]])))
    titles = []
    starts = {m.start for m in matches}
    for match in sorted(matches, key=lambda m: m.start):
        role, implied, home = match.payloads[0]
        of, lead, end = _title_country(doc, match.start, match.end, by_token, connectors)
        if role in POSTED_ROLES and end > match.end and doc[match.end].lower_ in destinations:
            of = None  # 'the Personal Envoy for Sudan', not 'US Envoy for Ukraine': the sender's side, not Sudan
        titles.append(Title(match.start, end, doc[match.start:end].text, role,
                            of or implied or _portfolio_country(doc, end, by_token, connectors, starts), lead,
                            None if of else home, not of and bool(implied)))
    return titles


def _title_country(doc: Doc, start: int, end: int, by_token: dict[int, Hit],
                   connectors) -> tuple[str | None, int, int]:
    """The actor named inside, just before ("Chinese", "Belgium's") or just after ("of Ukraine") a title, with
    the title's lead and end stretched over it."""
    for i in range(start, end):
        if i in by_token:
            return by_token[i].entry.code, start, end
    before = start - 1
    while before >= 0 and doc[before].text in POSSESSIVES:
        before -= 1
    if before in by_token:
        return by_token[before].entry.code, by_token[before].token_start, end
    after = end
    while after < len(doc) and doc[after].lower_ in connectors:
        after += 1
    if after in by_token:
        hit = by_token[after]
        return hit.entry.code, start, (hit.token_end if after > end or doc[after].is_lower else end)
    return None, start, end


def plural(title: Span, lang: LanguageData) -> bool:
    """'EU foreign ministers', 'de ministers van Buitenlandse Zaken': a title in the plural stands for no one
    person. The parser's number of the title's head where there is a parser; else, in a language whose nouns
    have no case endings, a word whose lemma is a title of its own ('ministers' -> 'minister')."""
    if title.doc.has_annotation("DEP"):
        return title.root.morph.get("Number") == ["Plur"]
    return bool(lang.config.get("actors", {}).get("plural_titles_by_lemma")) and \
        any(t.lower_ != t.lemma_.lower() and title_table(lang.code).lookup([t.lemma_]) for t in title)


def _portfolio_country(doc: Doc, end: int, by_token: dict[int, Hit], connectors, starts: set[int]) -> str | None:
    """The actor named after a title's portfolio or department ('Deputy Minister of Foreign Affairs of the
    Socialist Republic of Viet Nam', 'ministre du Plan et de l'Investissement du Laos', 'Managing Director of the
    Asia-Pacific Department of the European External Action Service'): capitalised words and connectors, then a
    connector and the actor. The title keeps its own words, as a name may stand in the run."""
    if end >= len(doc) or doc[end].lower_ not in connectors:
        return None
    for i in range(end + 1, min(end + PORTFOLIO_TOKENS, len(doc))):
        if i in by_token and doc[i - 1].lower_ in connectors:
            return by_token[i].entry.code
        if i in starts or not (doc[i].lower_ in connectors or doc[i].text[0].isupper()
                                  or doc[i].text == "," or DASHES.fullmatch(doc[i].text)):
            return None
    return None


@cache
def portfolio_words(code: str) -> frozenset[str]:
    """Words that follow a particle inside a title ('minister van Onderwijs', 'ministre de l'Intérieur'): after
    a surname, a particle before one of them opens the portfolio, not the rest of the name."""
    particles = language(code).cue_forms("name_particle")
    words = [row["form"].lower().split() for row in language(code).table("titles")]
    return frozenset(w[i + 1].strip(",") for w in words for i in range(len(w) - 1) if w[i] in particles)


def is_name_token(token: Token, stop: frozenset[str]) -> bool:
    return bool(NAME_TOKEN.match(token.text)) and token.lower_ not in stop


def name_run(doc: Doc, start: int, stop: frozenset[str], particles: frozenset[str], blocked: set[int]) -> int:
    """End of the run of name tokens from `start` (== start when there is none)."""
    portfolios = portfolio_words(doc.lang_)
    end, names = start, 0
    i = start
    while i < len(doc) and names < MAX_NAME_TOKENS and i not in blocked:
        token = doc[i]
        if is_name_token(token, stop):
            names += 1
            i += 1
            end = i
        elif token.lower_ in particles and (names == 1 or names == 0 and token.text[0].isupper()) \
                and i + 1 < len(doc) and is_name_token(doc[i + 1], stop) and doc[i + 1].lower_ not in portfolios:
            i += 1  # "Ursula von der Leyen", "minister Van Gennip"; but "Vincent Karremans van Economische Zaken"
            # and "minister Dijkgraaf van Onderwijs" end before "van"
        else:
            break
    return end


def find_names(doc: Doc, lang: LanguageData, titles: list[Title], hits: list[Hit]) -> list[NameMention]:
    """Every stretch of tokens that names a person, with the titles that go with it."""
    stop = lang.cue_forms("not_a_name") | lang.cue_forms("honorific") | lang.cue_forms("authored_text")
    particles = lang.cue_forms("name_particle")
    honorifics = lang.cue_forms("honorific")
    connectors, portfolios = lang.cue_forms("title_connector"), portfolio_words(lang.code)
    blocked = {i for h in hits if h.entry.kind != "group" for i in range(h.token_start, h.token_end)}
    title_tokens = {i for t in titles for i in range(t.start, t.end)}
    blocked_or_title = blocked | title_tokens
    found: list[NameMention] = []
    for match in officeholder_table(lang.code).find(Words.of(doc).spelling):
        found.append(NameMention(match.start, match.end, "office-holder"))
    text = doc.text  # Doc.text joins every token: read once
    for match in SPEAKER_LABEL.finditer(text):
        span = doc.char_span(*match.span(1))
        if span is not None:
            found.append(NameMention(span.start, span.end, "speaker"))
    for token in doc:
        if token.lower_.rstrip(".") in honorifics or token.lower_ in honorifics:
            end = name_run(doc, token.i + 1, stop, particles, blocked_or_title)
            if end > token.i + 1:
                found.append(NameMention(token.i + 1, end, "honorific"))
    for title in titles:
        start = title.end
        while start < len(doc) and (doc[start].text in (",", "(") or doc[start].lower_.rstrip(".") in honorifics
                                    or doc[start].is_space and doc[start - 1].text == ","):  # a signature's name
            start += 1
        start = _past_portfolio(doc, start, connectors, portfolios)
        end = name_run(doc, start, stop, particles, blocked_or_title)
        lone_after_comma = end - start == 1 and start > title.end and not doc[start].text.isupper()
        abbreviation = doc[start - 1].text == "(" and end < len(doc) and doc[end].text.startswith(")")  # '(HV)'
        shouted = doc[title.start:end].text.isupper()  # 'LE SECRÉTAIRE GÉNÉRAL RAPPELLE QUE …': a heading
        if end > start and not (lone_after_comma or abbreviation or shouted or _heading_word(doc, text, start, end)) \
                and end not in blocked:  # not 'African Union Executive Council'
            found.append(NameMention(start, end, "title"))
        else:
            article = title.lead >= 1 and lang.cue("definite_article").token(doc[title.lead - 1]) \
                and not plural(doc[title.start:title.end], lang)
            comma = title.lead - 1 - article  # 'Astrid Thors, der Hochkommissarin …', 'X, the EU's envoy'
            if comma >= 1 and doc[comma].text in APPOSITION_OPENERS:  # 'X (Minister of State, …)' too
                found += _apposed_name(doc, comma, stop, particles, blocked_or_title)
    for _, end in lang.cue("quote_attribution").spans(doc):  # 'according to X Y', 'sagte X Y', 'volgens X Y'
        name_end = name_run(doc, end, stop, particles, blocked_or_title)
        if name_end - end >= 2:
            found.append(NameMention(end, name_end, "attribution"))
    if lang.config.get("ner"):  # last: of two mentions of one stretch, the one a title or honorific found wins
        found += [NameMention(e.start, e.end, "entity recogniser") for e in doc.ents
                  if e.label_ in ("PERSON", "PER") and not any(i in blocked for i in range(e.start, e.end))]
    stop_or_title = stop | {doc[i].lower_ for i in title_tokens}
    trimmed = [_trimmed(m, doc, stop_or_title, particles) for m in found]
    return _merge([m for m in trimmed if m.end > m.start], doc, titles, lang)


def _heading_word(doc: Doc, text: str, start: int, end: int) -> bool:
    """'Secretary-General Welcomes Agreement on Pause': in a heading in title case, the capitalised words after a
    title name someone only if the text (the Doc's) writes the last of them again."""
    words = TITLE_CASE_WORD.findall(line_at(text, text.rfind("\n", 0, doc[start].idx) + 1))
    in_title_case = len(words) >= TITLE_CASE_WORDS and all(w[0].isupper() for w in words)
    return in_title_case and len(re.findall(rf"\b{re.escape(doc[end - 1].text)}\b", text)) == 1


def line_at(text: str, start: int) -> str:
    """The text from `start` to the end of its line."""
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)]


def _past_portfolio(doc: Doc, start: int, connectors: frozenset[str], portfolios: frozenset[str]) -> int:
    """Where the name begins after a title's portfolio ('Staatssecretaris van Defensie Gijs Tuinman')."""
    end = start + 1
    if start < len(doc) and doc[start].lower_ in connectors:
        while end < len(doc) and doc[end].lower_ in portfolios and doc[end].text[0].isupper():
            end += 1
    return end if end > start + 1 else start


def _trimmed(mention: NameMention, doc: Doc, stop: frozenset[str], particles: frozenset[str]) -> NameMention:
    """Without honorifics, stop words or a sentence's opening function word at the edges, cut before a possessive
    or a word that is no name (but not inside a spelling the office-holders file gives: 'Ban Ki-moon')."""
    start, end = mention.start, mention.end
    while start < end and (doc[start].lower_.rstrip(".") in stop or doc[start].is_punct
                           or doc[start].is_sent_start and doc[start].is_stop and end - start > 2) \
            and not _surname_particle(doc, start, end, stop, particles):  # not 'Auch' in 'Auch Klaus Weber, …'
        start += 1
    for i in range(start, end) if mention.reason != "office-holder" else ():
        token = doc[i]
        if token.text in POSSESSIVES or (token.is_punct and token.text not in "-.'’" + "".join(BRACKETS)):
            end = i
            break
        joins = token.text in BRACKETS or token.lower_ in particles or DASHES.fullmatch(token.text)
        if not joins and not is_name_token(token, stop):
            end = i
            break
    while end > start and (doc[end - 1].text in BRACKETS or doc[end - 1].lower_ in particles
                           or DASHES.fullmatch(doc[end - 1].text)):
        end -= 1
    mention.start, mention.end = start, end
    return mention


def _surname_particle(doc: Doc, i: int, end: int, stop: frozenset[str], particles: frozenset[str]) -> bool:
    """A capitalised particle that opens a surname ('Van Gennip', 'De Croo', 'Le Drian')."""
    return doc[i].lower_ in particles and doc[i].text[0].isupper() and i + 1 < end and is_name_token(doc[i + 1], stop)


def _apposed_name(doc: Doc, comma: int, stop, particles, blocked) -> list[NameMention]:
    """'Federica Mogherini, Hohe Vertreterin': a name of two or more tokens before a comma and a title."""
    start = comma
    while start > 0 and comma - start < MAX_NAME_TOKENS and (
            is_name_token(doc[start - 1], stop) or doc[start - 1].lower_ in particles):
        start -= 1
    while start < comma and doc[start].lower_ in particles:
        start += 1
    if comma - start >= 2 and name_run(doc, start, stop, particles, blocked) == comma:
        return [NameMention(start, comma, "apposition")]
    return []


def _merge(found: list[NameMention], doc: Doc, titles: list[Title], lang: LanguageData) -> list[NameMention]:
    """One mention per stretch of text (longest wins), in text order, with their titles."""
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    merged: list[NameMention] = []
    for mention in found:
        if merged and mention.start < merged[-1].end:
            continue
        merged.append(mention)
    _attach_titles(merged, doc, titles, lang)
    return merged


def _attach_titles(names: list[NameMention], doc: Doc, titles: list[Title], lang: LanguageData) -> None:
    """Each title goes to the next name ('Foreign Minister Wang Yi'), else to the name it is apposed to
    ('Federica Mogherini, Hohe Vertreterin'). A title joined by 'and' to the next one stays with a person
    who already holds it ('The Secretary and Director and Foreign Minister Wang'); one joined by 'and' to an
    apposed title goes with it ('Maxime Prévot, vice-Premier ministre et ministre des Affaires étrangères')."""
    conjunction, connectors = lang.cue("conjunction"), lang.cue_forms("title_connector")
    comitative = lang.cue_forms("comitative")
    last_apposed: tuple[Title, NameMention] | None = None
    for title in titles:
        following = next((n for n in names if n.start >= title.end), None)
        preceding = next((n for n in reversed(names) if n.end <= title.start), None)
        gap = doc[last_apposed[0].end:title.start] if last_apposed else ()
        holder = preceding if preceding and _fits_after(doc, preceding, title, lang) else \
            last_apposed[1] if len(gap) == 1 and conjunction.token(gap[0]) else None
        if holder and following and any(t.text == "," for t in doc[title.end:following.start]):
            holder.titles.append(title)  # "Jean-Noël Barrot, ministre …, et Johann Wadephul, ministre …"
            last_apposed = title, holder
            continue
        if following and _fits_before(doc, title, following, titles, conjunction, connectors, comitative):
            joined = conjunction.within(doc[title.end:following.start])
            earlier = [n for n in names if n.end <= title.start]
            if not (joined and any(_same_office(title, t) for n in earlier for t in n.titles)):
                following.titles.append(title)
                continue
        if holder:
            holder.titles.append(title)
            last_apposed = title, holder


def _fits_before(doc: Doc, title: Title, name: NameMention, titles: list[Title], conjunction,
                 connectors: frozenset[str], comitative: frozenset[str]) -> bool:
    """Can the title be the name's, across the words between them? Not across a sentence break, a verb, a
    possessive ending the title ('the President's call with …'), or another title it is not joined to
    ('the President … with Prime Minister Rutte'; but 'Deputy Prime Minister and Minister of Foreign Affairs X')."""
    gap = doc[title.end:name.start]
    if len(gap) > MAX_TITLE_GAP or any(t.text in SENTENCE_PUNCTUATION or t.text in POSSESSIVES for t in gap):
        return False
    if gap and all(t.is_lower for t in gap) and doc[title.end].lower_ in connectors:
        return False  # 'directeur de l'Ifri': the title's of-phrase names its organisation, not its holder
    if any(t.lower_ in comitative for t in gap):
        return False  # 'Entretien du Président de la République avec M. Joseph Aoun': a counterpart
    between = [o for o in titles if title.end <= o.start and o.end <= name.start]
    if between and not all(t.text == "," or conjunction.token(t) for t in doc[title.end:between[0].start]):
        return False
    if doc.has_annotation("POS"):
        return not any(t.pos_ in ("VERB", "AUX") for t in gap)
    return len(gap) <= SHORT_GAP


def _fits_after(doc: Doc, name: NameMention, title: Title, lang: LanguageData) -> bool:
    gap = doc[name.end:title.lead]
    return 0 < len(gap) <= SHORT_GAP and (gap[0].text in APPOSITION_OPENERS
                                         or gap[0].lemma_.lower() in lang.cue_forms("copula"))


def _same_office(a: Title, b: Title) -> bool:
    return a.role == b.role or set(a.text.lower().split()) <= set(b.text.lower().split())
