"""The command line: help everywhere, documented commands, errors as sentences, exit codes, interruption."""
from __future__ import annotations

import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplo import api
from diplo.cli import app
from diplo.records import Document, Record
from diplo.store import Store

runner = CliRunner()
COMMANDS = sorted([c.name or c.callback.__name__ for c in app.registered_commands]
                  + [group.name for group in app.registered_groups])
README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
DIPLO = [sys.executable, "-m", "diplo.cli"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_documented(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output
    assert re.search(rf"diplo(?: --\w+ \S+)? {command}\b", README), f"`diplo {command}` is not in the README"


def test_errors_are_sentences_not_tracebacks(tmp_path):
    result = runner.invoke(app, ["show", "0123456789abcdef", "--db", str(tmp_path / "new.db")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_extract_jsonl_sets_the_source_and_reports_bad_files(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Paris, le 3 mai 2024\n\nLa France a rencontré l'Allemagne à Berlin pour parler d'énergie.",
                    encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = subprocess.run(DIPLO + ["extract", str(good), str(tmp_path / "empty.txt"), "--format", "jsonl"],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert '"source": "' + str(good) + '"' in result.stdout
    assert "empty.txt: the file is empty" in result.stderr and "Traceback" not in result.stderr


DOCUMENTS = ("Brussels, {day} May 2024\n\nBelgium provided {n} million euros in humanitarian aid to Sudan. The "
             "minister met her Kenyan counterpart in Nairobi on Tuesday. Document {n}.",
             "Bruxelles, le {day} mai 2024\n\nLa Belgique a fourni {n} millions d'euros d'aide humanitaire au Soudan. "
             "La ministre a rencontré son homologue kényane à Nairobi mardi. Document {n}.")


def write_documents(folder: Path, count: int) -> None:
    """English and French in turn: two workers have work from the start (a worker takes on a language new to it
    only when that keeps the workers busy)."""
    folder.mkdir()
    for i in range(count):
        text = DOCUMENTS[i % 2].format(day=1 + i % 27, n=i + 1)
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")


def test_interrupted_ingest_keeps_whole_documents_and_finishes_on_rerun(tmp_path):
    folder = tmp_path / "many"
    write_documents(folder, 60)
    db = tmp_path / "run.db"
    process = subprocess.Popen(DIPLO + ["ingest", str(folder), "--db", str(db), "--workers", "1"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "COLUMNS": "120"})
    deadline = time.time() + 120
    while time.time() < deadline and not _stored(db):
        time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    process.wait(timeout=60)
    partial = _stored(db)
    assert 0 < partial < 60
    with Store(db) as store:
        for doc_id in store.document_ids():
            assert store.load(doc_id).events, "a stored document lost its facts"
    finished = subprocess.run(DIPLO + ["ingest", str(folder), "--db", str(db)], capture_output=True, text=True)
    assert finished.returncode == 0
    assert f"{60 - partial} ingested, {partial} already stored" in finished.stdout
    assert _stored(db) == 60


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with Store(db) as store:
            return len(store.document_ids())
    except Exception:  # the writer holds the lock for a moment
        return 0


def test_fifty_megabyte_file_is_refused_in_one_line(tmp_path, db):
    big = tmp_path / "big.txt"
    with open(big, "w", encoding="utf-8") as handle:
        line = "The ministers met in Brussels to discuss the situation in the Sahel and agreed on aid. " * 20 + "\n"
        while handle.tell() < 50 * 2**20:
            handle.write(line)
    result = subprocess.run(DIPLO + ["ingest", str(big), "--db", str(db)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "big.txt: the document is 50.0 MB" in result.stderr


def test_user_knowledge_file_adds_office_holders_and_places(tmp_path):
    knowledge = tmp_path / "mine.tsv"
    knowledge.write_text("[officeholders]\nname\taliases\tcode\trole\ttitle\tstart\tend\n"
                         "Elena Marković\t\tHRV\tforeign_minister\tMinister of Foreign Affairs\t2024-01-01\t\n\n"
                         "[places.en]\ncode\ttype\tform\nHRV\tcity\tVaraždin\n", encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text("Zagreb, 3 May 2024\n\nElena Marković welcomed the Slovenian delegation in Varaždin on Friday.",
                    encoding="utf-8")
    result = subprocess.run(DIPLO + ["--knowledge", str(knowledge), "extract", str(text)], capture_output=True,
                            text=True)
    record = json.loads(result.stdout)
    [person] = [a for a in record["actors"] if a["kind"] == "person"]
    assert person["affiliation"] == "HRV" and person["reason"].startswith("office-holder")
    assert {"text": "Varaždin", "reason": "gazetteer city"}.items() <= next(
        m for m in record["mentions"] if m["text"] == "Varaždin").items()


def test_a_knowledge_file_that_is_not_there_is_one_line(tmp_path):
    text, missing = tmp_path / "t.txt", tmp_path / "none.tsv"
    text.write_text("Zagreb, 3 May 2024\n\nThe minister welcomed the Slovenian delegation.", encoding="utf-8")
    given = subprocess.run(DIPLO + ["--knowledge", str(missing), "extract", str(text)], capture_output=True, text=True)
    assert given.returncode == 2 and given.stderr.startswith("error: Invalid value for '--knowledge'")
    named = subprocess.run(DIPLO + ["extract", str(text)], capture_output=True, text=True,
                           env={**os.environ, "DIPLO_KNOWLEDGE": str(missing)})
    assert named.returncode == 1 and named.stderr == f"failed: {missing}: cannot be read (No such file or directory).\n"


def test_a_knowledge_table_without_a_column_it_needs_is_one_line(tmp_path):
    text, knowledge = tmp_path / "t.txt", tmp_path / "mine.tsv"
    text.write_text("Zagreb, 3 May 2024\n\nThe minister welcomed the Slovenian delegation.", encoding="utf-8")
    knowledge.write_text("[places.en]\ncode\ttype\nHRV\tcountry\n", encoding="utf-8")
    named = subprocess.run(DIPLO + ["extract", str(text)], capture_output=True, text=True,
                           env={**os.environ, "DIPLO_KNOWLEDGE": str(knowledge)})
    assert named.returncode == 1
    assert named.stderr == f"failed: {knowledge}, line 2: the [places.en] table needs the column form.\n"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A database holding one document, written without the NLP pipeline."""
    path = tmp_path_factory.mktemp("store") / "one.db"
    with Store(path) as db:
        db.save(Record(Document(id="0123456789abcdef", text="Belgium met China.", source="one.txt", language="en",
                                supported=True)))
    return path


FAILURES = {  # a command's failure paths, each with what its one line must say
    "extract": [(["missing.txt"], "missing.txt: cannot be read (no such file or folder)"),
                (["x.txt", "--format", "parquet"], "--output DIR goes with --format parquet"),
                (["x.txt", "--cluster", "local:many"], "'local:many' is not a cluster")],
    "ingest": [([], "Give files or folders to ingest"), (["missing.txt", "--db", "{tmp}/new.db"], "no such file"),
               (["missing.txt", "--db", "{tmp}/missing/dir/new.db"], "diplo cannot open this database (unable to "
                "open database file)"),
               (["x.txt", "--db", "postgresql://nobody@/diplo?host={tmp}"], "diplo cannot connect to "
                "postgresql://nobody@/diplo?host=")],
    "show": [(["nope", "--db", "{db}"], "There is no document with id 'nope'"),
             (["0123456789abcdef", "--db", "{tmp}/none.db"], "There is no diplo database at")],
    "search": [(["a*", "--db", "{db}"], "too short a prefix"), (["x", "--since", "2024-13", "--db", "{db}"],
                                                                "'2024-13' is not a date"),
               ([], "Missing argument 'text'"), (["x", "--db", "{tmp}/notes.txt"], "notes.txt: diplo cannot open "
                                                 "this database (file is not a database)")],
    "events": [(["--type", "HUG", "--db", "{db}"], "'HUG' is not a PLOVER event type"),
               (["--limit", "many", "--db", "{db}"], "Invalid value for '--limit'")],
    "actors": [(["--db", "{tmp}/none.db"], "There is no diplo database")],
    "documents": [(["--since", "yesterday", "--db", "{db}"], "'yesterday' is not a date")],
    "dyad": [(["BEL", "--db", "{db}"], "Missing argument 'b'")],
    "graph": [(["--level", "planet", "--db", "{db}"], "Invalid value for '--level'")],
    "dossier": [(["BEL", "-o", "{tmp}/missing/dir/brief.md", "--db", "{db}"], "brief.md: diplo cannot write this "
                 "file (No such file or directory)"), (["A", "B", "C", "--db", "{db}"], "one actor or two, not 3")],
    "export": [(["-f", "csv", "-o", "{tmp}/missing/dir/x.csv", "--db", "{db}"], "x.csv: diplo cannot write this file"),
               (["-f", "xls", "-o", "x.xls", "--db", "{db}"], "Invalid value for '--format'")],
    "serve": [(["--port", "99999", "--db", "{db}"], "Invalid value for '--port': Input should be less than or equal"),
              (["--port", "{busy}", "--db", "{db}"], "Address already in use"),
              (["--db", "{tmp}/none.db"], "There is no diplo database"),
              (["--db", "{tmp}/notes.txt"], "diplo cannot open this database")],
    "stories": [(["show", "999", "--db", "{db}"], "There is no story 999"),
                (["split", "7", "nope.txt", "--db", "{db}"], "There is no story 7"),
                (["--format", "xml", "--db", "{db}"], "Invalid value for '--format'"),
                (["--since", "soon", "--db", "{db}"], "'soon' is not a date")],
}


def test_every_command_has_its_failure_paths_tested():
    assert sorted(FAILURES) == COMMANDS


@pytest.mark.parametrize("command, arguments, said", [(c, a, s) for c, cases in FAILURES.items() for a, s in cases])
def test_every_commands_errors_are_one_line(command, arguments, said, store, tmp_path):
    (tmp_path / "notes.txt").write_text("Not a database.", encoding="utf-8")
    with socket.create_server(("127.0.0.1", 0)) as busy:
        values = {"db": store, "tmp": tmp_path, "busy": busy.getsockname()[1]}
        result = subprocess.run(DIPLO + [command] + [a.format(**values) for a in arguments], capture_output=True,
                                text=True, cwd=tmp_path, timeout=120)
    assert result.returncode != 0
    assert len(result.stderr.splitlines()) == 1 and said in result.stderr, result.stderr
    assert result.stderr.startswith(("error: ", "failed: ", "Give ")) and "Traceback" not in result.stderr


def children(pid: int) -> list[int]:
    """Every descendant of a process: its children and theirs (the workers are the fork server's children)."""
    try:
        found = [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    return found + [grandchild for child in found for grandchild in children(child)]


def running(pid: int) -> bool:
    """True while the process exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def all_stopped(pids: list[int], seconds: float = 5) -> bool:
    """Are all the processes gone within a few seconds?"""
    deadline = time.time() + seconds
    while time.time() < deadline and any(running(pid) for pid in pids):
        time.sleep(0.1)
    return not any(running(pid) for pid in pids)


def ingest_with_workers(folder: Path, db: Path) -> tuple[subprocess.Popen, list[int]]:
    """An ingest by two workers, watched until a document is stored (the workers are then at work)."""
    process = subprocess.Popen(DIPLO + ["ingest", str(folder), "--db", str(db), "--workers", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 300
    while time.time() < deadline and not (len(children(process.pid)) >= 4 and _stored(db)):
        time.sleep(0.2)
    return process, children(process.pid)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="watching worker processes needs Linux /proc")
def test_sigterm_stops_an_ingest_and_its_workers_as_ctrl_c_does(tmp_path):
    write_documents(tmp_path / "many", 60)
    process, workers = ingest_with_workers(tmp_path / "many", tmp_path / "run.db")
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130 and "Interrupted: documents already stored are kept" in stderr
    assert "Traceback" not in stderr
    assert all_stopped(workers)
    with Store(tmp_path / "run.db") as store:
        assert all(store.load(doc_id).events for doc_id in store.document_ids())


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="watching worker processes needs Linux /proc")
def test_a_killed_ingest_leaves_no_worker_behind(tmp_path):
    write_documents(tmp_path / "many", 60)
    process, workers = ingest_with_workers(tmp_path / "many", tmp_path / "run.db")
    assert len(workers) >= 4  # two workers, the fork server they come from and multiprocessing's resource tracker
    process.kill()
    process.wait()
    assert all_stopped(workers, seconds=10)


def test_help_and_queries_load_no_nlp_and_no_heavy_library(store):
    heavy = ("spacy", "networkx", "pyarrow", "trafilatura", "charset_normalizer", "uvicorn", "fastapi")
    for arguments in (["--help"], ["search", "Belgium", "--db", str(store)], ["events", "--db", str(store)],
                      ["dyad", "BEL", "CHN", "--db", str(store)], ["documents", "--db", str(store)]):
        result = subprocess.run([sys.executable, "-X", "importtime"] + DIPLO[1:] + arguments, capture_output=True,
                                text=True)
        assert result.returncode == 0
        loaded = {line.split("|")[-1].strip().split(".")[0] for line in result.stderr.splitlines() if "|" in line}
        assert not loaded & set(heavy), (arguments, loaded & set(heavy))


def test_the_readme_examples_work_on_the_samples(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    setup = re.search(r"tools/setup\.sh && \.venv/bin/diplo (.*)", README).group(1)
    assert runner.invoke(app, shlex.split(setup) + ["--workers", "1"]).exit_code == 0
    samples = api.sample_paths()
    stand_ins = {"document.txt": str(samples[0]), "texts/": str(samples[0].parent),
                 "my-corpus/": str(samples[0].parent), "DOC_ID": api.documents(tmp_path / "diplo.db")[0].id}
    examples = re.search(r"## What to do next\n.*?```sh\n(.*?)```", README, re.S).group(1).splitlines()
    for line in examples:
        arguments = [stand_ins.get(a, a) for a in shlex.split(line, comments=True)[1:]]
        if arguments[0] == "serve":
            continue
        result = runner.invoke(app, arguments)
        assert result.exit_code == 0, (line, result.output)
        assert not re.search(r"\b0 (documents|events|actors|relations|records)\b", result.output), line


def test_serve_answers_refuses_a_hostile_search_and_stops_on_sigterm(store):
    process = subprocess.Popen(DIPLO + ["serve", "--port", "0", "--db", str(store)], stderr=subprocess.PIPE, text=True)
    base = re.search(r"on (http://127\.0\.0\.1:\d+)/ ", process.stderr.readline()).group(1)  # the port it was given
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            assert urllib.request.urlopen(base + "/documents", timeout=5).status == 200
            break
        except urllib.error.URLError:
            time.sleep(0.2)
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(base + "/api/search?q=" + "a*+" * 400, timeout=5)
    assert refused.value.code == 400 and "at most 400" in refused.value.read().decode()
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
