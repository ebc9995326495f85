"""Long documents: analysed in sections, with memory bounded whatever their length, and recorded with the
offsets, sentence numbers and facts of the whole document."""
from __future__ import annotations

import multiprocessing
import subprocess
import sys

import pytest

from diplo import api, pipeline
from diplo.ingest import prepare
from diplo.records import RawDocument, Record
from diplo.store import Store

from conftest import write_texts

SAMPLES = api.sample_paths()
READOUT = next(p for p in SAMPLES if p.name == "en_readout.txt").read_text(encoding="utf-8")
MEMORY_BOUND_MB = 1536
MARKER = "{} verurteilte den Angriff und forderte Russland auf, das Völkerrecht zu achten."
FILLER_WORDS = ("Haushaltsausschuss Sitzungsperiode Berichterstattung Zusammenarbeit Tagesordnungspunkt "
                "Verwaltungsvorschrift Geschäftsordnung Beschlussvorlage Arbeitsgruppe Übergangsregelung").split()


def long_readout(copies: int) -> str:
    """The sample readout's head, then its body again and again, as one long document."""
    title, dateline, body = READOUT.split("\n\n", 2)
    return "\n\n".join([title, dateline] + [body] * copies)


def test_sections_cut_at_paragraphs_and_carry_the_documents_head():
    document = prepare(RawDocument(text=long_readout(12), source="long.txt"))
    sections = list(pipeline.sections(document, size=2500))
    assert len(sections) > 3 and sections[-1].last and not any(s.last for s in sections[:-1])
    assert "".join(s.view.text[s.skip:] for s in sections) == document.text
    assert sum(s.share for s in sections) == pytest.approx(1.0)
    head = document.text[:sections[1].head]
    assert head.startswith("Readout: Foreign Minister") and "Stockholm, 14 March 2024" in head
    for section in sections[1:]:
        assert section.view.text.startswith(head + "\n\n") and section.view.text[section.skip - 1] == "\n"
        assert document.text[section.start - 2:section.start] == "\n\n"  # cut at a paragraph break


def test_a_document_analysed_in_sections_keeps_the_offsets_and_facts_of_the_whole():
    document = prepare(RawDocument(text=long_readout(10), source="long.txt"))
    whole = pipeline.extract_batch([document])[0]
    sections = list(pipeline.sections(document, size=2500))
    record = Record(document)
    for section, part in zip(sections, pipeline.extract_batch([s.view for s in sections])):
        pipeline.add_section(record, section, part)
    text = document.text
    assert [(s.index, s.start, s.end) for s in record.sentences] == [(s.index, s.start, s.end)
                                                                     for s in whole.sentences]
    assert [(f.start, f.end, f.value, f.sentence) for f in record.figures] == [
        (f.start, f.end, f.value, f.sentence) for f in whole.figures]
    for mention in record.mentions:
        sentence = record.sentences[mention.sentence]
        assert text[mention.start:mention.end] == mention.text and sentence.start <= mention.start < sentence.end
    for event in record.events:
        sentence = record.sentences[event.sentence]
        assert sentence.start <= event.trigger[0] < event.trigger[1] <= sentence.end
    triggers = {(e.type, e.trigger) for e in record.events}
    assert len(triggers & {(e.type, e.trigger) for e in whole.events}) >= 0.9 * len(triggers) > 0
    assert {a.id for a in record.actors} == {a.id for a in whole.actors}


def test_progress_counts_a_long_documents_sections(tmp_path, db):
    [path] = write_texts(tmp_path, {"long.txt": long_readout(50)})
    calls = []
    summary = api.ingest([path], db=db, progress=lambda done, total: calls.append((done, total)))
    assert summary.ingested == 1
    assert calls[0] == (0, 1) and calls[-1][0] == pytest.approx(1) and len(calls) > 2
    assert all(0 < done < 1 for done, _ in calls[1:-1])


def test_the_workers_are_gone_before_the_last_document_is_handed_over(monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 1)  # a batch a document, more than two workers keep pending
    documents = [prepare(RawDocument(text=READOUT + f"\n\nCopy {i}.", source=f"{i}.txt")) for i in range(6)]
    workers_left = [len(multiprocessing.active_children()) for _ in pipeline.extract(documents, workers=2)]
    assert workers_left[0] > 0 and workers_left[-1] == 0  # the last one is stored without them (a long one is big)


def filler_document(megabytes: float) -> str:
    """A dateline, then paragraphs of long administrative words, with three sentences that are events: at the
    start, in the middle and at the very end."""
    line = " ".join(FILLER_WORDS[i * 7 % len(FILLER_WORDS)].lower() if i % 9 else FILLER_WORDS[i % len(FILLER_WORDS)]
                    for i in range(60)) + "."
    body = "\n\n".join([line] * int(megabytes * 2**20 / 2 / (len(line) + 2)))
    return "\n\n".join(["Berlin, 3. Mai 2024", MARKER.format("Frankreich"), body, MARKER.format("Polen"), body,
                        MARKER.format("Norwegen")])


def test_a_five_megabyte_document_is_stored_whole_within_the_memory_bound(tmp_path, db):
    [path] = write_texts(tmp_path, {"long.txt": filler_document(5)})
    measure = ("import resource, subprocess, sys; done = subprocess.run(sys.argv[1:]); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024); sys.exit(done.returncode)")
    result = subprocess.run([sys.executable, "-c", measure, sys.executable, "-m", "diplo.cli", "ingest", str(path),
                             "--db", str(db), "--workers", "1"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    peak_mb = int(result.stdout.split()[-1])
    assert peak_mb < MEMORY_BOUND_MB
    with Store(db) as store:
        [doc_id] = store.document_ids()
        record = store.load(doc_id)
    text = record.document.text
    assert len(text) > 5 * 10**6 and record.document.published == "2024-05-03"
    accusations = [e for e in record.events if e.type == "ACCUSE"]
    assert [e.sources for e in accusations] == [("FRA",), ("POL",), ("NOR",)]
    assert all(text[slice(*e.trigger)] == "verurteilte" for e in accusations)
    assert accusations[-1].trigger[0] > len(text) - 100 and accusations[-1].sentence == len(record.sentences) - 1
    assert [s.index for s in record.sentences] == list(range(len(record.sentences)))
    assert all(a.end <= b.start for a, b in zip(record.sentences, record.sentences[1:]))
