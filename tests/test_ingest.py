"""Ingest: formats, encodings, languages, document dates, duplicates and bad input."""
from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from diplo import api, pipeline
from diplo.cli import app
from diplo.errors import BinaryInput, EmptyDocument, UndecodableText
from diplo.ingest.encoding import decode, normalise
from diplo.pipeline import Failure
from diplo.store import Store

import crashing_worker
from conftest import write_texts

TEXT = ("Brussels, 3 May 2023\n\nThe Minister of Foreign Affairs of Belgium met the Secretary-General of NATO "
        "in Brussels. Belgium will provide 100 million euros to Ukraine.")


def documents(paths):
    return list(api.read_documents(paths))


def test_reads_every_format(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Note\n\n" + TEXT.replace("Belgium", "Austria"), encoding="utf-8")
    (tmp_path / "c.html").write_text(
        "<html><head><title>Visit to Paris</title><meta property='article:published_time' content='2021-06-02'>"
        "</head><body><nav>Menu Home Contact</nav><article><h1>Visit to Paris</h1><p>The Foreign Minister of "
        "Italy met her French counterpart in Paris to discuss migration and the situation in Libya, and the "
        "two ministers agreed to meet again in Rome before the end of the year.</p></article></body></html>",
        encoding="utf-8")
    lines = [{"text": TEXT.replace("Belgium", "Spain"), "title": "T1", "url": "http://x/1", "published": "2023-05-03",
              "source": "wire-1"}, {"text": TEXT.replace("Belgium", "Portugal")}]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    docs = documents([tmp_path])
    assert all(not isinstance(d, Failure) for d in docs)
    by_source = {d.source: d for d in docs}
    html = by_source[str(tmp_path / "c.html")]
    assert html.title == "Visit to Paris" and html.published == "2021-06-02" and "Menu" not in html.text
    assert by_source["wire-1"].url == "http://x/1" and by_source["wire-1"].title == "T1"
    assert f"{tmp_path / 'd.jsonl'}:2" in by_source
    assert {d.language for d in docs} == {"en"}


def test_reads_pdf(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=200, height=200)
    path = tmp_path / "blank.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    [failure] = documents([path])
    assert isinstance(failure, Failure) and "no extractable text" in failure.message


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_decodes_common_encodings(encoding):
    text = "Le ministre a rencontré son homologue à Genève : « coopération étroite »."
    data = text.encode(encoding)
    assert decode(data, "x") == text


def test_rejects_empty_binary_and_undecodable():
    with pytest.raises(EmptyDocument):
        decode(b"  \n ", "empty.txt")
    with pytest.raises(BinaryInput):
        decode(bytes(range(256)) * 20, "image.png")
    with pytest.raises((UndecodableText, BinaryInput)):
        decode(b"\x81\x8d\x8f\x90\x9d" * 50, "odd.txt")


def test_languages_and_dates(corpus):
    docs = {d.source.rsplit("/", 1)[-1]: d for d in documents([corpus])}
    assert {name: d.language for name, d in docs.items()} == {"en.txt": "en", "fr.txt": "fr", "nl.txt": "nl",
                                                               "de.txt": "de"}
    assert docs["en.txt"].published == "2023-05-03"
    assert docs["fr.txt"].published == "2022-06-12"
    assert docs["nl.txt"].published == "2024-10-09"
    assert docs["de.txt"].published == "2023-11-20"


def test_unsupported_language_is_stored_and_marked(tmp_path, db):
    (tmp_path / "es.txt").write_text("El ministro de Asuntos Exteriores de España se reunió ayer con su homólogo "
                                     "francés en Madrid para hablar de la cooperación europea.", encoding="utf-8")
    summary = api.ingest([tmp_path], db=db)
    assert summary.ingested == 1
    with Store(db) as store:
        [doc_id] = store.document_ids()
        record = store.load(doc_id)
    assert record.document.language == "es" and not record.document.supported and record.events == []



def test_language_model_is_py3langids_own():
    """tools/build_langid.py stores py3langid's model for a faster start: every array and every ranking the
    same, for the languages diplo reads and the others."""
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from diplo.ingest.language import _identifier

    ours, theirs = _identifier(), LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    assert ours.nb_classes == theirs.nb_classes and list(ours.tk_row) == list(theirs.tk_row)
    assert ours.tk_nextmove == theirs.tk_nextmove and ours.tk_output == theirs.tk_output
    assert np.array_equal(ours.nb_ptc, theirs.nb_ptc) and np.array_equal(ours.nb_pc, theirs.nb_pc)
    for sentence in [TEXT, "Le ministre a rencontré son homologue à Paris.", "De minister sprak met zijn collega.",
                     "Die Ministerin traf ihren Amtskollegen in Berlin.", "El ministro se reunió con su homólogo.",
                     "Министр встретился с коллегой.", "NATO"]:
        assert ours.rank(sentence) == theirs.rank(sentence)

def test_bad_files_fail_alone_and_nothing_is_lost(tmp_path, db):
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(30):
        (folder / f"doc{i:03d}.txt").write_text(TEXT.replace("100", str(100 + i)), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "bad.jsonl").write_text(json.dumps({"text": TEXT.replace("100", "7")}) +
                                      '\nnot json\n{"title": "no text"}\n', encoding="utf-8")
    (folder / "table.xlsx").write_bytes(b"PK\x03\x04")
    first = api.ingest([folder], db=db)
    assert first.ingested == 31 and first.failed == 5
    messages = " ".join(f.message for f in first.failures)
    for fragment in ("empty.txt", "binary", "bad.jsonl:2", "bad.jsonl:3", "table.xlsx"):
        assert fragment in messages
    again = api.ingest([folder], db=db)
    assert again.ingested == 0 and again.duplicates == 31 and again.failed == 5
    with Store(db) as store:
        assert len(store.document_ids()) == 31


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    from diplo.ingest import readers

    monkeypatch.setattr(readers, "MAX_DOCUMENT_BYTES", 1000)
    (tmp_path / "big.txt").write_text(TEXT * 20, encoding="utf-8")
    [failure] = documents([tmp_path / "big.txt"])
    assert isinstance(failure, Failure) and "split it" in failure.message


def test_identical_texts_are_stored_once(tmp_path, db):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT + "\n\n", encoding="utf-8")
    summary = api.ingest([tmp_path], db=db)
    assert summary.ingested == 1 and summary.duplicates == 1


WRAPPED = ("The ministers of the three countries met in Vilnius on Tuesday to discuss the\n"
           "security of the region, the protection of undersea cables and the supply of\n"
           "energy to their neighbours, and agreed to meet again before the end of the\n"
           "year in Riga, where the talks on the new railway line will go on in spring.\n"
           "Vilnius, 4 March 2025")


def test_hard_wrapped_lines_are_joined_but_a_sentence_end_stays_a_line_end():
    assert normalise(WRAPPED).split("\n") == [WRAPPED.replace("\n", " ").rsplit(" Vilnius", 1)[0],
                                             "Vilnius, 4 March 2025"]


def test_a_line_that_ends_a_sentence_stays_a_line():
    text = ("Press conference, Ministry of Foreign Affairs\nSubjects: the summit in Madrid; trade with India; the "
            "floods.\n27 August 2025\nMadrid")
    assert normalise(text) == text


def test_every_path_found_is_read_or_a_failure(tmp_path, db):
    folder = tmp_path / "links"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "sub" / "other.txt").write_text(TEXT.replace("100", "200"), encoding="utf-8")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "sub" / "up").symlink_to(folder)
    os.mkfifo(folder / "pipe.txt")
    (folder / ".hidden.txt").write_text(TEXT.replace("100", "300"), encoding="utf-8")
    summary = api.ingest([folder, tmp_path / "missing.txt", folder / "dangling.txt", folder / "loop.txt"], db=db)
    messages = sorted(f.message for f in summary.failures)
    assert (summary.ingested, summary.duplicates, summary.failed) == (2, 0, 7)
    assert [m.split(": ", 1)[0].removeprefix(str(tmp_path)) for m in messages] == [
        "/links/dangling.txt"] * 2 + ["/links/loop.txt"] * 2 + ["/links/pipe.txt", "/links/sub/up", "/missing.txt"]
    assert all("nowhere.txt, which does not exist" in m for m in messages[:2])  # found in the folder, and given
    assert all("Too many levels of symbolic links" in m for m in messages[2:4]) and "not a regular file" in messages[4]
    assert "leads back into a folder being read" in messages[5] and "no such file" in messages[6]


UNPRIVILEGED = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"]


@pytest.mark.skipif(os.geteuid() == 0 and not shutil.which("setpriv"),
                    reason="as root, only setpriv (util-linux) can make a file unreadable")
def test_unreadable_files_and_folders_fail_alone_and_the_counts_agree(tmp_path, db):
    (tmp_path / "locked").mkdir()
    write_texts(tmp_path, {"a.txt": TEXT, "b.txt": TEXT.replace("100", "5"), "locked/c.txt": TEXT + " More."})
    (tmp_path / "b.txt").chmod(0)
    (tmp_path / "locked").chmod(0)
    command = [sys.executable, "-m", "diplo.cli", "ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
               str(tmp_path), "--db", str(db), "--workers", "1"]
    try:
        result = subprocess.run((UNPRIVILEGED if os.geteuid() == 0 else []) + command, capture_output=True, text=True)
    finally:
        (tmp_path / "locked").chmod(0o755)
    failed = result.stderr.splitlines()
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert sorted(line.split(": ")[1] for line in failed) == [str(tmp_path / "b.txt")] * 2 + [str(tmp_path / "locked")]
    assert all("Permission denied" in line for line in failed)
    assert "1 ingested, 1 already stored, 3 failed" in result.stdout  # a.txt given, then found again in the folder


def test_utf8_with_a_stray_windows_byte_is_read_and_said(tmp_path):
    data = "Le ministre a rencontré son homologue à Genève. ".encode() * 5 + b"It\x92s agreed."
    notes: list[str] = []
    assert decode(data, "x.txt", notes).endswith("It’s agreed.")
    assert notes == ["x.txt: 1 byte not valid in UTF-8 read as Windows-1252 (0x92 as ’)."]
    (tmp_path / "x.txt").write_bytes(TEXT.encode() + b" The minister\x92s aide agreed.")
    [document] = documents([tmp_path / "x.txt"])
    assert "minister's aide" in document.text and "Windows-1252" in document.notes[0]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(codec):
    text = "Le ministre a rencontré son homologue à Genève : « coopération étroite »."
    assert decode(text.encode(codec), "x") == text


def test_jsonl_reads_the_usual_date_fields_and_tells_what_it_leaves_out(tmp_path):
    lines = [{"text": TEXT, "date": "2021-04-05T10:00:00Z"}, {"text": TEXT + " A.", "published_at": "2020-01-02"},
             {"text": TEXT + " B.", "datetime": "yesterday", "author": "X", "tags": ["y"]},
             {"text": TEXT + " C.", "published": "2024-05"}, {"text": TEXT + " D.", "date": 20240503},
             {"text": TEXT + " E.", "date": "2024-13-45"}, {"text": TEXT + " F.", "date": "2024/05/03"}]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    first, second, third, *others = documents([tmp_path / "d.jsonl"])
    assert (first.published, first.published_reason, second.published) == ("2021-04-05", "metadata", "2020-01-02")
    assert [d.published for d in others] == ["2024-05", "2024-05-03", "2023-05-03", "2023-05-03"]
    assert [len(d.notes) for d in others] == [0, 0, 1, 1]  # not dated 2024 from the first digits
    assert third.published == "2023-05-03" and third.published_reason.startswith("dateline")
    assert [note.split(": ", 1)[1] for note in third.notes] == [
        "diplo does not read the fields 'author', 'tags' (it reads text, title, url, source, published, date, "
        "published_at, datetime).",
        "the datetime 'yesterday' is not an ISO date (2024-05-03); the date is read from the text instead."]
    assert not first.notes


def test_ingest_analyses_documents_as_they_are_read(tmp_path, db, monkeypatch):
    """Streamed: the first document is analysed before the last is read, so the parent never holds the whole
    corpus; the progress total, counted from the files (a JSON lines file's lines), is known from the start."""
    from diplo import ingest

    monkeypatch.setattr(pipeline, "BATCH_SIZE", 1)
    paths = write_texts(tmp_path, {f"{i:02d}.txt": TEXT.replace("100", str(100 + i)) for i in range(6)})
    (tmp_path / "more.jsonl").write_text("\n".join(json.dumps({"text": TEXT.replace("100", str(200 + i))})
                                                   for i in range(3)) + "\n\n", encoding="utf-8")
    steps, totals = [], set()
    read = ingest.read_files

    def reading(files):
        steps.extend(("read", str(f)) for f in files)
        return read(files)

    def progress(done, total):
        totals.add(total)
        if done:
            steps.append(("analysed", done))

    monkeypatch.setattr(ingest, "read_files", reading)
    summary = api.ingest(paths + [tmp_path / "more.jsonl"], db=db, workers=1, progress=progress)
    assert summary.ingested == 9 and totals == {9}
    kinds = [kind for kind, _ in steps]
    assert kinds.index("analysed") < len(kinds) - 1 - kinds[::-1].index("read")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_that_crashes_its_worker_fails_alone(tmp_path, db, monkeypatch, workers):
    """A native crash (a segmentation fault, as a bug in a C extension would cause) costs the document that causes
    it: the batch it was in runs again document by document in a fresh worker; no process is left behind."""
    monkeypatch.setattr(pipeline, "PRELOAD", pipeline.PRELOAD + ["crashing_worker"])
    # the fork server, a fresh interpreter, imports it from PYTHONPATH (Python 3.11's does not take this sys.path)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([os.path.dirname(__file__), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 3)
    paths = write_texts(tmp_path, {f"{i}.txt": TEXT.replace("100", str(100 + i)) + (crashing_worker.MARKER if i == 4
                                                                                       else "") for i in range(7)})
    result = CliRunner().invoke(app, ["ingest", *map(str, paths), "--db", str(db), "--workers", str(workers)])
    assert result.stderr == (f"failed: {paths[4]}: analysis stopped: the worker process crashed "
                             "(signal 11, Segmentation fault).\n")
    assert result.stdout.splitlines()[-1].startswith("6 ingested, 0 already stored, 1 failed")
    with Store(db) as store:
        assert sorted(store.load(i).document.source for i in store.document_ids()) == sorted(
            str(p) for i, p in enumerate(paths) if i != 4)
    assert not multiprocessing.active_children()
