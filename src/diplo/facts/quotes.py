"""Direct quotations and who said them.

A quotation runs from an opening mark to its closing mark ("“…”", "« … »",
"„…“", "‘…’", "'…'", '"…"'), across paragraphs until the mark closes; a
paragraph that the next one reopens with the same mark is a quotation of its
own, and one whose closing mark never comes (the stored text cut it, or a new
quotation opens first) ends with its paragraph.
Short quoted names and scare quotes ("the ‘One-China’ policy", « ReArm Europe »)
are not quotations. A paragraph without marks after "X said:" is X's quotation.
The speaker is the person or organisation named in the words around it ("X
said:", "…, aldus X", "selon X", a caption line after it), else in the sentence
before it ("Mr X says …"), else the speaker of the quotation before it, else the
document's own voice (the interviewee of an interview).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..actors.referents import Referents
from ..records import Quote

PAIRS = {"“": "”\"“", "«": "»", "„": "“”", "‚": "‘’", "‘": "’", '"': '"', "'": "'", "”": "”"}
SINGLE = {"‚", "‘", "'"}  # marks that are also apostrophes: they never run past a line
SPACED = {"«": "»"}  # French guillemets keep a space inside
DOUBLE_MARKS = "“”«»„\""
MIN_WORDS = 4
FRAGMENT_WORDS = 5  # fewer words than this, starting in lower case, are a phrase quoted inside a sentence
ATTRIBUTION_CHARS = 160
SIGNED = re.compile(r"[,.]?[ \t]*[–—-][ \t]+\S")  # a dash after the closing mark and a name: its speaker
OPENING_TOKENS = 6  # a sentence after a quotation attributes it when it opens with the attribution


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # the opening mark (the first word, for a paragraph without marks)
    end: int  # just after the closing mark, or the end of the paragraph that holds the rest
    body_end: int  # where the quoted words end
    marked: bool = True


def quotation_spans(text: str) -> list[Span]:
    """Every quoted stretch, outermost only."""
    spans, i = [], 0
    while i < len(text):
        mark = text[i]
        closers = PAIRS.get(mark)
        if closers and _opens(text, i):
            span = _closing(text, i, closers)
            if span is not None:
                spans.append(span)
                i = span.end
                continue
        i += 1
    return spans


def _opens(text: str, i: int) -> bool:
    """An opening mark stands at a word's start (not an apostrophe inside a word)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and (text[i] in SPACED or not after.isspace() and after not in ",.;:!?)")


def _closes(text: str, j: int, opener: str, closers: str) -> bool:
    """A closing mark ends a word; a mark that also opens ('"') must touch the word before it."""
    return text[j] in closers and (j + 1 == len(text) or not text[j + 1].isalnum()) \
        and (opener in SPACED or text[j] != opener or not text[j - 1].isspace())


def _closing(text: str, start: int, closers: str) -> Span | None:
    opener = text[start]
    paragraph_end = None
    j = start + 1
    while j < len(text):
        if _closes(text, j, opener, closers):
            return Span(start, j + 1, j)
        if text[j] == "\n":
            if opener in SINGLE:
                if "\n" in text[start:j]:
                    return None
            else:
                following = len(text[j:]) - len(text[j:].lstrip())
                if paragraph_end is None and text[j + following:j + following + 1] == opener:
                    return Span(start, j, j)  # the next paragraph reopens the quotation: a quotation of its own
                paragraph_end = j if paragraph_end is None else paragraph_end
        elif paragraph_end is not None and text[j] == opener and _opens(text, j):
            break  # a new quotation opens before this one closed
        j += 1
    if paragraph_end is None:
        return None if opener in SINGLE else Span(start, len(text.rstrip()), len(text.rstrip()))
    return Span(start, paragraph_end, paragraph_end)


def named_spans(text: str) -> list[tuple[int, int]]:
    """Quoted names and scare quotes (“Fit for 55 package”), which are not quotations."""
    return [(s.start, s.end) for s in quotation_spans(text) if not _is_quotation(_body(text, s))]


def _body(text: str, span: Span) -> str:
    return text[span.start + span.marked:span.body_end].strip()


def _is_quotation(body: str) -> bool:
    """Enough words, and not a capitalised name or title ('Women, Peace and Security Agenda'), nor a few words
    quoted inside a sentence ('described the actions as “escalatory and irresponsible actions”')."""
    words = re.findall(r"[^\W\d_][\w’'-]*", body)
    if len(words) < MIN_WORDS or len(words) < FRAGMENT_WORDS and words[0][0].islower():
        return False
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised / len(words) < 0.6


def find_quotes(analysis) -> None:
    """Every quotation of the document with its speaker."""
    text = analysis.document.text
    spans = [s for s in quotation_spans(text) if _is_quotation(_body(text, s)) and not _titled(analysis, s)]
    spans = sorted(spans + _introduced_paragraphs(analysis, spans), key=lambda s: s.start)
    quotes: list[Quote] = []
    referents = analysis.referents  # for pronouns only: the quotations are recorded at the end
    for span in spans:
        speaker, reason = _speaker(analysis, referents, span, quotes[-1].end if quotes else 0)
        if speaker is None and quotes and _near(text, quotes[-1].end, span.start):
            speaker, reason = quotes[-1].speaker, "continues the quotation before"
        if speaker is None:
            speaker, reason = _document_voice(analysis), "the document's own voice"
        quotes.append(Quote(speaker, _body(text, span), span.start, span.end, analysis.sentence_at(span.start),
                            reason))
    analysis.record.quotes = quotes


def _titled(analysis, span: Span) -> bool:
    """A quoted stretch right after 'entitled', 'intitulé', 'sogenannte': a name or a title."""
    words = analysis.tokens_between(max(0, span.start - ATTRIBUTION_CHARS), span.start)
    return bool(words) and any(end == words[-1].i + 1 for _, end in analysis.lang.cue("naming").spans(words[-3:]))


def _introduced_paragraphs(analysis, spans: list[Span]) -> list[Span]:
    """'Lord X said:' closing a paragraph with a verb of saying, and the next paragraph without quotation
    marks: X's words ('Note for editors:' introduces none)."""
    text = analysis.document.text
    found = []
    for match in re.finditer(r":[ \t]*\n\s*(?=\S)", text):
        start, colon = match.end(), match.start()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        words = analysis.tokens_between(text.rfind("\n", 0, colon) + 1, colon)
        said = words and _attributes(analysis, words[-1].idx, colon) and words[-1].pos_ in ("VERB", "AUX", "")
        if said and text[start] not in PAIRS and not any(s.start <= start < s.end for s in spans) \
                and _is_quotation(text[start:end]):
            found.append(Span(start, end, end, marked=False))
    return found


def _near(text: str, previous_end: int, start: int) -> bool:
    return text.count("\n\n", previous_end, start) <= 1


def _speaker(analysis, referents: Referents, span: Span, previous_end: int) -> tuple[str | None, str]:
    """The actor named in the attribution next to the quotation, else in the sentence before it."""
    text = analysis.document.text
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    sentence_start = analysis.record.sentences[analysis.sentence_at(span.start)].start
    own = max(line_start, sentence_start, previous_end)  # 'He added that “…” and “…”': not the first one's words
    before = (max(own, span.start - ATTRIBUTION_CHARS), span.start)
    after, attributed_after = _after(analysis, span.end, line_end, DOUBLE_MARKS + text[span.start])
    introduced = text[before[0]:before[1]].rstrip().endswith(":")
    attempts = [(before, "introduced before the quotation", introduced),
                (after, "named after the quotation", attributed_after),
                (before, "named before the quotation", _attributes(analysis, *before)),
                ((own, span.start), "the subject of its sentence", True)]  # "L'Élysée a salué « un partenariat … »"
    for (start, end), reason, applies in attempts:
        actor = applies and _first_actor(analysis, referents, start, end, span.start,
                                         prefer_last=reason.startswith("introduced"))
        if actor:
            return actor, reason
    caption = _caption(analysis, line_end) if not text[line_start:span.start].strip() else None
    if caption:
        return caption, "caption after the quotation"
    start, end = _sentence_before(analysis, span.start, previous_end)
    introducing = text[start:end].rstrip().endswith(":") or _attributes(analysis, start, end)
    actor = introducing and _first_actor(analysis, referents, start, end, span.start, prefer_last=False)
    return (actor, "named in the sentence before") if actor else (None, "")


def _after(analysis, end: int, line_end: int, marks: str) -> tuple[tuple[int, int], bool]:
    """The words after a quotation that may attribute it: a name signed after a dash, the rest of the
    sentence it closes inside; when a full stop follows its mark or ends its words, the next sentence if that
    opens with an attribution ('….” Dat zei minister X.', 'C'est ce qu'a déclaré X.') and quotes nothing itself
    with `marks` ('He added that “…”', "sprak van een 'historische uitspraak'")."""
    text = analysis.document.text
    if SIGNED.match(text, end):  # "“…” – David Lammy"
        return (end, line_end), True
    match = re.search(r"[.!?](?:\s|$)", text[end:line_end])
    closed = text[end - 2:end - 1] in (".", "!", "?") and re.match(r"\s+[A-ZÀ-Þ]", text[end:line_end])
    if not closed and (not match or match.start() > 0):  # "'… nabestaanden.' Ook …": the quotation ended a sentence
        stop = end + match.end() if match else min(line_end, end + ATTRIBUTION_CHARS)
        return (end, stop), _attributes(analysis, end, stop)
    start = end + (closed.end() - 1 if closed else match.end())
    following = re.search(r"[.!?](?:\s|$)", text[start:line_end])
    stop = start + following.end() if following else line_end
    opening = analysis.tokens_between(start, stop)[:OPENING_TOKENS]
    quotes_again = any(mark in marks for mark in text[start:stop])
    return (start, stop), bool(opening) and not quotes_again and _attributes(analysis, start, opening[-1].idx + 1)


def _sentence_before(analysis, start: int, previous_end: int) -> tuple[int, int]:
    """The sentence before a quotation, in its paragraph or the one before, unless it is quoted itself."""
    text = analysis.document.text
    before = [s for s in analysis.record.sentences if previous_end <= s.start and s.end <= start]
    if not before or text.count("\n\n", before[-1].end, start) > 1:
        return start, start
    return before[-1].start, before[-1].end


def _attributes(analysis, start: int, end: int) -> bool:
    """Words next to a quotation that attribute it: 'X said', 'aldus X', 'selon X'."""
    tokens = analysis.tokens_between(start, end)
    return analysis.lang.cue("reporting").within(tokens) or analysis.lang.cue("quote_attribution").within(tokens)


def _first_actor(analysis, referents: Referents, start: int, end: int, quoted: int, prefer_last: bool) -> str | None:
    """Who the words name as the speaker: the person who is the subject of a verb of saying there, else a
    pronoun that is ('Speaking to UNHCR staff, he said'), else a person named there, else a pronoun of a
    person ('sagte er in Berlin'), else an organisation or country named there, not as a place ('zei hij in
    Brussel'), else any pronoun ('betonte sie'). A pronoun is the person it stands for, named before the
    quotation (which starts at `quoted`)."""
    mentions = [m for m in analysis.record.mentions if start <= m.start < end and not _placed(analysis, m)]
    persons = [m for m in mentions if m.actor.startswith("person:")]
    tokens = analysis.tokens_between(start, end)
    speaking = _subjects_of_saying(analysis, tokens)
    subject = next((m for m in persons if any(t.i in speaking for t in analysis.tokens_between(m.start, m.end))), None)
    if subject:
        return subject.actor
    lang = analysis.lang
    pronouns = [t for t in tokens if t.lower_ in lang.cue_forms("pronoun_person") | lang.cue_forms("pronoun_any")]
    if any(t.i in speaking for t in pronouns):
        return _speaker_of_pronoun(analysis, referents, next(t for t in pronouns if t.i in speaking), quoted)
    if persons:
        return (persons[-1] if prefer_last else persons[0]).actor
    personal = [t for t in pronouns if t.lower_ in lang.cue_forms("pronoun_person")]
    if personal:
        return _speaker_of_pronoun(analysis, referents, personal[0], quoted)
    if mentions:
        mention = mentions[-1] if prefer_last else mentions[0]
        return _head_of(analysis, mention) or _title_holder(analysis, mention) or mention.actor
    return _speaker_of_pronoun(analysis, referents, pronouns[0], quoted) if pronouns else None


def _speaker_of_pronoun(analysis, referents: Referents, pronoun, start: int) -> str | None:
    """The first person named in the sentence just before the quotation (likely its subject), else the person the
    pronoun stands for ('il', 'sie' may stand for a country: a speaker is a person), else the first person of
    the last sentence before the quotation that names one."""
    earlier = [m for m in analysis.record.mentions if m.start < start and m.actor.startswith("person:")]
    just_before = analysis.sentence_at(start) - 1
    named = next((m.actor for m in earlier if analysis.sentence_at(m.start) == just_before), None)
    actor = referents.actor_of(pronoun)
    if named or not (actor and actor.startswith("person:") and any(m.actor == actor for m in earlier)):
        actor = named  # 'Araghchi wies die Kritik zurück. „…“, schrieb er'; never one named only inside the
        # quotation ('„Ich appelliere an Milorad Dodik …“, sagte er')
    if actor or not earlier:
        return actor
    last_sentence = analysis.sentence_at(earlier[-1].start)
    return next(m.actor for m in earlier if analysis.sentence_at(m.start) == last_sentence)


def _placed(analysis, mention) -> bool:
    """Is the mention where something is said, after a locative preposition ('zei hij in Brussel')?"""
    tokens = analysis.tokens_between(mention.start, mention.end)
    before = analysis.doc[tokens[0].i - 1] if tokens and tokens[0].i else None
    return before is not None and before.lower_ in analysis.lang.config.get("events", {}).get("locative", [])


def _title_holder(analysis, mention) -> str | None:
    """'Accepting the award, Prime Minister said: “…”': a title that stands for its side is the one person of
    the document holding it there."""
    if not mention.reason.startswith("title"):
        return None
    words = set(mention.text.lower().split())
    return _only_person(analysis, mention.actor, lambda a: any(words <= set(r.title.lower().split()) for r in a.roles))


def _head_of(analysis, mention) -> str | None:
    """'the UNHCR chief', 'le chef de l'ONU', 'de VN-chef': the one person of the document on that side."""
    tokens = analysis.tokens_between(mention.start, mention.end)
    heads = analysis.lang.cue_forms("head_noun")
    near = analysis.doc[max(0, tokens[0].i - 3):tokens[-1].i + 2] if tokens else ()
    if not any(t.lower_.rsplit("-", 1)[-1] in heads for t in near):
        return None
    return _only_person(analysis, mention.actor)


def _only_person(analysis, side: str, holds=lambda actor: True) -> str | None:
    """The one person of the document on a side (who `holds` what is asked), if there is exactly one."""
    top = side.split(".")[0]
    people = [a.id for a in analysis.record.actors
              if a.kind == "person" and (a.affiliation or "").split(".")[0] == top and holds(a)]
    return people[0] if len(people) == 1 else None


def _subjects_of_saying(analysis, tokens) -> set[int]:
    """The subjects of the verbs of saying in the words, where the parse tells them ('X, who met Y, said')."""
    if not analysis.doc.has_annotation("DEP"):
        return set()
    saying = analysis.lang.cue("reporting")
    return {child.i for verb in tokens if saying.token(verb) for child in verb.children
            if child.dep_.startswith("nsubj")}


def _caption(analysis, line_end: int) -> str | None:
    """A line right after the quotation that starts with a person's name ('Federica Mogherini, Hohe …')."""
    text = analysis.document.text
    next_start = line_end + 1
    while next_start < len(text) and text[next_start] == "\n":
        next_start += 1
    for mention in analysis.record.mentions:
        if mention.start == next_start and mention.actor.startswith("person:"):
            return mention.actor
    return None


def _document_voice(analysis) -> str | None:
    """The interviewee or main speaker: the person of the document's own side mentioned most often, else the
    person mentioned most often ('Poetin' named in every answer is not the interviewee), if any."""
    counts: dict[str, int] = {}
    for mention in analysis.record.mentions:
        if mention.actor.startswith("person:"):
            counts[mention.actor] = counts.get(mention.actor, 0) + 1
    home = (analysis.home_actor or "").split(".")[0]
    own = {p: n for p, n in counts.items() if (analysis.actor_code(p) or "").split(".")[0] == home}
    counts = own or counts
    return max(counts, key=counts.get) if counts else analysis.home_actor
