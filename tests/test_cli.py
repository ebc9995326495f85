"""The command line: help everywhere, documented commands, errors as sentences, exit codes, interruption."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplo.cli import app
from diplo.store import Store

runner = CliRunner()
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)
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


def test_interrupted_ingest_keeps_whole_documents_and_finishes_on_rerun(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(60):
        (folder / f"{i:03d}.txt").write_text(
            f"Brussels, {1 + i % 27} May 2024\n\nBelgium provided {i + 1} million euros in humanitarian aid to "
            f"Sudan. The minister met her Kenyan counterpart in Nairobi on Tuesday. Document {i}.",
            encoding="utf-8")
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
