"""Who a token stands for: a named actor, or a pronoun resolved to one.

"we", "our country", "nous", "wir" are the voice of whoever speaks there:
the speaker of the quotation around them, else the document's own voice.
In an interview, "you" is the interviewee. "he", "elle", "sie" are the
person named last; "it", "its", "leur" the country or organisation named last.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, cached_property
from itertools import takewhile

from ..knowledge import data_table
from . import opens_dateline

CANDIDATES = 3
HEAD_LINES = 3
SIGNATORY_SENTENCES = 6  # sentences at the head of a text where 'We, the ministers of …' lists who speaks
GROUP_SENTENCES = 3  # 'the three countries' names a list told at most this many sentences before
PLACE_REASONS = ("gazetteer capital", "gazetteer city")


class Referents:
    """Token-to-actor lookup for one document."""

    def __init__(self, analysis) -> None:
        self.analysis = analysis
        lang = analysis.lang
        self.first_person = lang.cue_forms("first_person") | lang.cue_forms("possessive_pronoun")
        self.second_person = lang.cue_forms("second_person")
        self.pronouns = {kind: lang.cue_forms(f"pronoun_{kind}") for kind in ("person", "thing", "any", "object")}
        self.interview = analysis.interview
        mentions = sorted(analysis.record.mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in mentions]
        self.mentions = mentions
        self.plural = lang.cue("pronoun_plural")
        self.latter = {i for start, end in lang.cue("latter").spans(analysis.doc) for i in range(start, end)}
        self.homeland = {end - 1: start for start, end in lang.cue("homeland").spans(analysis.doc)}
        self.the_country = {end - 1 for _, end in lang.cue("the_country").spans(analysis.doc)}
        self.own_government = {end - 1 for start, end in lang.cue("own_government").spans(analysis.doc)
                               if _unqualified_capital(analysis, start, end)}
        self.members = {end - 1 for start, end in lang.cue("member_noun").spans(analysis.doc) if _named_as_members(
            analysis, start)}
        self.joint_voice = _joint_parties(analysis) or _apposed_signatories(analysis)
        self._met: list[str] = []
        self._naming: dict[tuple[str, ...], set[int]] = {}
        self.pair_tokens = pair_spans(analysis)
        self.groups = numbered_groups(analysis)
        self.collective = self.pair_tokens | set(analysis.collective_titles)

    def took_part(self, actors: list[str]) -> None:
        """The events stage tells who took part in each meeting, call or visit it codes: until the next one,
        they are the participants that 'the two leaders', 'beide Seiten', 'the Ministers' and 'they' stand for."""
        self._met = list(dict.fromkeys(actors))

    @cached_property
    def _pair(self) -> list[str]:
        return _main_pair(self.analysis)

    @property
    def participants(self) -> list[str]:
        """A joint statement's signatories, else the last meeting's participants."""
        return self.joint_voice or self._met

    def actors_of(self, token) -> list[str]:
        """Every actor a token stands for: 'the two leaders', 'beide Seiten', 'the Ministers' (and 'they' after
        them) stand for the document's participants; a pair ('both sides') with no meeting told yet stands for
        the document's two main parties."""
        if token.i in self.groups:
            return self.groups[token.i]
        if token.i in self.analysis.title_holders:
            return self.analysis.title_holders[token.i]
        if token.i in self.collective:
            if self.participants:
                return self.participants
            if token.i in self.pair_tokens:
                return self._pair
        if self.plural.token(token) and len(self.participants) > 1 and self._after_participants(token):
            return self.participants
        if self.joint_voice and token.lower_ in self.first_person and not self._quoted(token.idx):
            return self.joint_voice
        actor = self.actor_of(token)
        return [actor] if actor else []

    def _quoted(self, offset: int) -> bool:
        return any(q.start <= offset < q.end and q.speaker for q in self.analysis.record.quotes)

    def _after_participants(self, token) -> bool:
        """'They' in a sentence that names the participants together (a collective reference, or two or more
        of their sides), or in one of the two after it."""
        here = self.analysis._token_sentence[token.i]
        return any(here - 2 <= n <= here for n in self._sentences_naming(tuple(self.participants)))

    def _sentences_naming(self, participants: tuple[str, ...]) -> set[int]:
        if participants not in self._naming:
            sentence = self.analysis._token_sentence
            sides = {self.analysis.actor_code(p) for p in participants}
            named: dict[int, set[str]] = {}
            for i, actor in self.analysis.token_actors.items():
                if self.analysis.actor_code(actor) in sides:
                    named.setdefault(sentence[i], set()).add(self.analysis.actor_code(actor))
            self._naming[participants] = {sentence[i] for i in self.collective} | \
                {n for n, seen in named.items() if len(seen) > 1}
        return self._naming[participants]

    def mention_at(self, token_index: int):
        """The named mention covering a token, if any."""
        token = self.analysis.doc[token_index]
        i = bisect_left(self.mention_starts, token.idx + 1) - 1
        if i >= 0 and self.mentions[i].start <= token.idx < self.mentions[i].end:
            return self.mentions[i]
        return None

    def voice(self, offset: int) -> str | None:
        """Who speaks at a character offset: the quotation's speaker, else the document's voice."""
        for quote in self.analysis.record.quotes:
            if quote.start <= offset < quote.end and quote.speaker:
                return quote.speaker
        return self.analysis.home_actor

    def actor_of(self, token) -> str | None:
        """The actor a token names or stands for, if any."""
        named = self.analysis.token_actors.get(token.i)
        if named:
            return named
        if token.i in self.homeland:
            return self._homeland(token)
        if token.i in self.the_country:
            return self._country_before(token.idx)
        if token.i in self.members:
            return self._organisation_before(token.idx)
        if token.i in self.own_government:  # 'The Government will provide …', 'le Gouvernement'
            return self._home("country")
        lower = token.lower_
        if lower in self.first_person:
            return self.voice(token.idx)
        if lower in self.second_person and self.interview:
            return self.analysis.home_actor
        if token.i in self.latter:
            return self._antecedent(token.idx, "person")
        for kind, forms in self.pronouns.items():
            if lower in forms:
                return self._antecedent(token.idx, kind)
        return None

    def _homeland(self, token) -> str | None:
        """'his country', 'notre pays', 'seines Landes': the country of whoever the possessive stands for, a person
        before a country ('Sybiha sagte, dass Russland sein Land angegriffen habe')."""
        owner = self.analysis.doc[self.homeland[token.i]]
        named = self.analysis.token_actors.get(owner.i)
        actor = named or (None if owner.lower_ in self.first_person else self._antecedent(owner.idx, "person")) \
            or self.actor_of(owner) or self._antecedent(owner.idx, "any")
        country = (self.analysis.actor_code(actor) or "").split(".")[0]
        return country if self.analysis.actor_kind(country) == "country" else None

    def _mentions_before(self, offset: int):
        """The mentions before an offset, latest first, within its paragraph and the one before."""
        text = self.analysis.document.text
        paragraph = text.rfind("\n\n", 0, offset)
        limit = text.rfind("\n\n", 0, paragraph) if paragraph > 0 else -1  # the paragraph before starts after it
        return takewhile(lambda m: m.start >= limit, reversed(self.mentions[:bisect_left(self.mention_starts, offset)]))

    def _country_before(self, offset: int) -> str | None:
        """'the country', 'du pays', 'des Landes': the country named last before it, in its paragraph or the one
        before, a dateline aside; not the subject of its own sentence ('La France soutient le pays')."""
        text = self.analysis.document.text
        own_sentence = self.analysis.sentence_at(offset)
        for mention in self._mentions_before(offset):
            code = self.analysis.actor_code(mention.actor)
            if self.analysis.actor_kind(code) == "country" and not opens_dateline(text, mention.start, mention.end) \
                    and not (self.analysis.sentence_at(mention.start) == own_sentence and self._is_subject(mention)):
                return code
        return None

    def _home(self, kind: str) -> str | None:
        """The country or organisation the document speaks for, if it is of that kind."""
        home = (self.analysis.actor_code(self.analysis.home_actor or "") or "").split(".")[0]
        return home if self.analysis.actor_kind(home) == kind else None

    def _organisation_before(self, offset: int) -> str | None:
        """'the Allies', 'les États membres', 'de lidstaten': the organisation named last before them, in their
        paragraph or the one before, else the document's own if it speaks for one."""
        for mention in self._mentions_before(offset):
            code = (self.analysis.actor_code(mention.actor) or "").split(".")[0]
            if self.analysis.actor_kind(code) == "organization":
                return code
        return self._home("organization")

    def _antecedent(self, offset: int, kind: str) -> str | None:
        """The last actor of the right kind named before the offset, within the same paragraph or the one
        before: a subject for subject and possessive pronouns, a non-subject for object pronouns ('elle lui
        a apporté'). Titles ('the High Representative') are persons."""
        text = self.analysis.document.text
        candidates = []
        for mention in self._mentions_before(offset):
            if len(candidates) > CANDIDATES:
                break
            if opens_dateline(text, mention.start, mention.end):
                continue
            is_person = mention.actor.startswith("person:") or mention.reason.startswith("title")
            if kind == "any" or kind == "object" or is_person == (kind == "person"):
                candidates.append(mention)
        subjects = [m for m in candidates if self._is_subject(m)]
        if kind == "object":  # never the subject of its own clause ('l'Iran continue de lui fournir')
            own_sentence = self.analysis.sentence_at(offset)
            others = [m for m in candidates if not self._is_subject(m)]
            chosen = others or [m for m in candidates if self.analysis.sentence_at(m.start) != own_sentence]
        else:
            chosen = subjects or candidates
        return chosen[0].actor if chosen else None

    def _is_subject(self, mention) -> bool:
        """A subject by the parse; without one, the first actor named in its clause (a comma and a word such as
        'dass' open one: 'Die Ministerin betonte, dass Russland seine Truppen …')."""
        tokens = self.analysis.tokens_between(mention.start, mention.end)
        if self.analysis.doc.has_annotation("DEP"):
            return any(t.dep_.startswith("nsubj") for t in tokens)
        if not tokens:
            return False
        sentence = self.analysis.sent_of(tokens[0].i)
        doc, openers = self.analysis.doc, self.analysis.lang.cue("clause_opener")
        start = max((t.idx for t in doc[sentence.start + 1:tokens[0].i] if doc[t.i - 1].text == "," and openers.token(t)),
                    default=sentence.start_char)
        return next((m for m in self.mentions if start <= m.start < sentence.end_char), None) is mention


def _unqualified_capital(analysis, start: int, end: int) -> bool:
    """Is a phrase capitalised and followed by no 'of' naming whose it is ('The Government', not 'The Government
    of Sudan')?"""
    doc = analysis.doc
    of = set(analysis.lang.config.get("events", {}).get("of", []))
    return doc[start].text[:1].isupper() and (end == len(doc) or doc[end].lower_ not in of)


def _named_as_members(analysis, start: int) -> bool:
    """Are member words the members of one organisation: after a definite article ('the Allies', 'les 27 États
    membres') or its name ('EU member states'), not in general ('the common values of allies')?"""
    doc = analysis.doc
    before = start - 1 if start > 0 and not doc[start - 1].like_num else start - 2
    if before < 0:
        return False
    article = analysis.lang.cue("definite_article")
    return article.token(doc[before]) or analysis.actor_kind(
        (analysis.actor_code(analysis.token_actors.get(before, "")) or "").split(".")[0]) == "organization"


def _joint_parties(analysis) -> list[str]:
    """The signatories of a joint statement, named in the heading that calls it one (or the line after),
    before what it is about ('… de la France et de l'Allemagne sur la situation en Géorgie'): their 'we'
    is all of them."""
    text = analysis.document.text
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)][:HEAD_LINES + 1]
    cue, topic = analysis.lang.cue("joint_statement"), analysis.lang.cue("topic_preposition")
    for n, (start, end) in enumerate(lines[:HEAD_LINES]):
        if not cue.within(analysis.tokens_between(start, end)):
            continue
        for line_end in (end, lines[n + 1][1] if n + 1 < len(lines) else end):
            about = next((t.idx for t in analysis.tokens_between(start, line_end) if topic.token(t)), line_end)
            line_end = min(line_end, about)
            parties: dict[str, str] = {}
            for mention in analysis.record.mentions:
                if start <= mention.start < line_end and mention.reason not in PLACE_REASONS:
                    parties.setdefault(analysis.actor_code(mention.actor).split(".")[0], mention.actor)
            if len(parties) >= 2:
                return list(parties.values())
    return []


def _apposed_signatories(analysis) -> list[str]:
    """'Nous, ministres des Affaires étrangères de la France, de l'Allemagne et de la Pologne, réunis …', 'We, the
    foreign ministers of Australia, India and Japan, …': a 'we' opening an early sentence, with two or more sides
    listed in the apposition after it, speaks for all of them, unless a group names them first."""
    doc, lang = analysis.doc, analysis.lang
    we, joiners = lang.cue_forms("first_person"), lang.cue("list_joiner")
    places = {t.i for m in analysis.record.mentions if m.reason in PLACE_REASONS
              for t in analysis.tokens_between(m.start, m.end)}
    for sentence in analysis.spacy_sentences[:SIGNATORY_SENTENCES]:
        words = [t for t in sentence if not t.is_space]
        if len(words) < 3 or words[0].lower_ not in we or words[1].text != ",":
            continue
        sides: dict[str, str] = {}
        for token in words[2:]:
            if token.text == "," and sides and token.i + 1 < len(doc) and not joiners.token(doc[token.i + 1]) \
                    and analysis.token_actors.get(token.i + 1) is None:
                break  # the apposition ends: ', réunis aujourd'hui …'
            actor = analysis.token_actors.get(token.i)
            if actor and token.i not in places:
                sides.setdefault(analysis.actor_code(actor).split(".")[0], actor)
        first = next(iter(sides.values()), None)
        if first and analysis.actor_kind(analysis.actor_code(first).split(".")[0]) == "organization":
            return []  # 'We, the G7 foreign ministers of Canada, France …': the group speaks, as its name says
        whole = [group for group, members in _groups().items() if members <= set(sides)]
        return whole[:1] if whole else list(sides.values()) if len(sides) >= 2 else []  # all of the G7's members
        # listed are the G7
    return []


@cache
def _groups() -> dict[str, frozenset[str]]:
    """Groups of countries and their members (`data/members.tsv`)."""
    return {row["group"]: frozenset(row["members"].split("|")) for row in data_table("members")}


def pair_spans(analysis) -> set[int]:
    """Tokens of references to two parties together: 'both sides', 'the two (leaders)', 'les deux présidents',
    'beide Gesprächspartner'."""
    doc, lang = analysis.doc, analysis.lang
    tagged = doc.has_annotation("POS")
    parties = lang.cue("party_noun")
    tokens = {i for start, end in lang.cue("pair_determiner").spans(doc) for i in range(start, end)
              if end < len(doc) and (parties.token(doc[end]) or tagged and doc[end].pos_ in ("VERB", "AUX"))}
    return tokens | {i + 1 for i in tokens if i + 1 < len(doc) and parties.token(doc[i + 1])}


def numbered_groups(analysis) -> dict[int, list[str]]:
    """Tokens of a number of parties ('the three countries', 'les trois pays', 'die fünf Staaten', 'beide
    organisaties') and the members of the last list of that many sides named just before ('Mali, Burkina Faso
    and Niger'). Two countries are the document's pair or participants, not a list."""
    doc, lang = analysis.doc, analysis.lang
    cardinals = {r["form"].lower(): r["value"] for r in lang.table("numbers") if r["kind"] == "cardinal"}
    parties, bodies, both = lang.cue("party_noun"), lang.cue("organisation_noun"), lang.cue_forms("both")
    groups: dict[int, list[str]] = {}
    for token in doc[:-1]:
        count = 2 if token.lower_ in both else \
            int(token.text) if token.text.isdigit() else int(float(cardinals.get(token.lower_, 0)))
        if not (count >= 3 and parties.token(doc[token.i + 1]) or count == 2 and bodies.token(doc[token.i + 1])):
            continue
        members = _last_list(analysis, token.i, count)
        if members:
            groups[token.i] = groups[token.i + 1] = members
    return groups


def _last_list(analysis, before: int, count: int) -> list[str]:
    """The last run of exactly `count` sides named one after another, joined only by commas, list words and
    articles, in the few sentences before a token."""
    doc, joiners = analysis.doc, analysis.lang.cue("list_joiner")
    sentence = analysis._token_sentence
    start = next((i for i in range(before, -1, -1) if sentence[before] - sentence[i] > GROUP_SENTENCES), -1) + 1
    runs: list[list[str]] = []
    gap = True  # a run goes on across joiners only
    for token in doc[start:before]:
        actor = analysis.token_actors.get(token.i)
        if actor:
            side = analysis.actor_code(actor).split(".")[0]
            if gap or not runs:
                runs.append([])
            if side not in (analysis.actor_code(a).split(".")[0] for a in runs[-1]):
                runs[-1].append(actor)
            gap = False
        elif token.text == "," or joiners.token(token):
            continue
        else:
            gap = True
    return next((run for run in reversed(runs) if len(run) == count), [])


def _main_pair(analysis) -> list[str]:
    """The document's two parties: its two most mentioned persons of different sides, else its two
    most named countries or organisations."""
    counts: dict[str, int] = {}
    for mention in analysis.record.mentions:
        if mention.actor.startswith("person:") and analysis.actor_code(mention.actor) != mention.actor:
            counts[mention.actor] = counts.get(mention.actor, 0) + 1
    pair: list[str] = []
    for person in sorted(counts, key=counts.get, reverse=True):
        if all(analysis.actor_code(p) != analysis.actor_code(person) for p in pair):
            pair.append(person)
    if len(pair) >= 2:
        return pair[:2]
    named: dict[str, int] = {}
    for mention in analysis.record.mentions:
        if not mention.actor.startswith("person:"):
            named[mention.actor] = named.get(mention.actor, 0) + 1
    return sorted(named, key=named.get, reverse=True)[:2]
