"""A document cut into pieces of text, each piece tagged with the extracted facts that cover it.

The web page shows every fact highlighted on its sentence from this; the
pieces are plain text, to be escaped by whatever renders them.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from ..records import Commitment, Event, Figure, Record
from .dossier import format_amount


@dataclass(frozen=True, slots=True)
class Fact:
    """One extracted fact with its span: kind is mention, event, quote, figure or commitment."""

    id: str
    kind: str
    label: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    facts: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


@dataclass
class Block:
    """A sentence (with its facts) or the text between two sentences (`sentence` None)."""

    sentence: int | None
    pieces: list[Piece]
    facts: list[Fact] = field(default_factory=list)


def annotate(record: Record) -> list[Block]:
    """The document's text as blocks: sentences with their highlighted facts, and the gaps between them."""
    text = record.document.text
    facts = extract_facts(record)
    blocks, position = [], 0
    for sentence in sorted(record.sentences, key=lambda s: s.start):
        if sentence.start > position:
            blocks.append(Block(None, [Piece(text[position:sentence.start])]))
        covering = [f for f in facts if f.start < sentence.end and f.end > sentence.start]
        blocks.append(Block(sentence.index, pieces(text, sentence.start, sentence.end, covering),
                            [f for f in facts if f.sentence == sentence.index]))
        position = max(position, sentence.end)
    if position < len(text):
        blocks.append(Block(None, [Piece(text[position:])]))
    return blocks


def pieces(text: str, start: int, end: int, facts: list[Fact]) -> list[Piece]:
    """text[start:end] cut wherever a fact begins or ends, each piece with the facts over it."""
    cuts = sorted({start, end} | {min(max(p, start), end) for f in facts for p in (f.start, f.end)})
    result = []
    for left, right in pairwise(cuts):
        over = [f for f in facts if f.start <= left and f.end >= right]
        result.append(Piece(text[left:right], tuple(f.id for f in over), tuple(dict.fromkeys(f.kind for f in over))))
    return result


def extract_facts(record: Record) -> list[Fact]:
    """Every mention, event trigger, quote, figure and commitment of a record, labelled for a reader."""
    names = {a.id: a.name for a in record.actors}
    name = lambda actor: names.get(actor, actor) if actor else "?"  # noqa: E731
    labelled = (
        [("mention", f"{name(m.actor)} ({m.actor})", m.start, m.end, m.sentence) for m in record.mentions]
        + [("event", _event_label(e, name), *e.trigger, e.sentence) for e in record.events]
        + [("quote", f"quote by {name(q.speaker)}", q.start, q.end, q.sentence) for q in record.quotes]
        + [("figure", _figure_label(f, name), f.start, f.end, f.sentence) for f in record.figures]
        + [("commitment", _commitment_label(c, name), c.start, c.end, c.sentence) for c in record.commitments]
    )
    return [Fact(f"f{i}", *fact) for i, fact in enumerate(labelled)]


def _event_label(event: Event, name: Callable[[str | None], str]) -> str:
    sides = " → ".join(", ".join(name(a) for a in side) for side in (event.sources, event.targets) if side)
    details = ", ".join(x for x in (event.mode, event.modality, event.date) if x)
    return f"{event.type}: {sides or '?'} ({details})"


def _figure_label(figure: Figure, name: Callable[[str | None], str]) -> str:
    label = format_amount(figure.value, figure.unit)
    if figure.measures:
        label += f" {figure.measures}"
    return label + (f", of {name(figure.owner)}" if figure.owner else "")


def _commitment_label(commitment: Commitment, name: Callable[[str | None], str]) -> str:
    label = f"commitment of {name(commitment.actor)} by {commitment.year}"
    return label + (f": {format_amount(commitment.value, commitment.unit)}" if commitment.value is not None else "")
