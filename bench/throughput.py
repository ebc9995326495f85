"""Throughput of diplo's whole extraction against the bare spaCy pipelines, side by side, on real text.

    .venv/bin/python bench/throughput.py [--corpus ../shared/eval/dev] [--words 100000] [--workers 2]
                                         [--pairs 3] [--languages all en fr nl de] [--profile]

The corpus is the .txt documents of a folder (by default the project's dev set), each language's
found by diplo's language identifier, repeated until about `--words` words: all languages together,
and each language alone. On each, pairs of fresh processes run one after the other:
- bare spaCy: the pipeline diplo's `language.toml` names, as spaCy loads it (`spacy.load`, or for a
  language without one `spacy.blank` and the sentencizer), `nlp.pipe(texts, n_process=workers)`
  over the texts read from the files;
- diplo: `diplo extract FOLDER --format jsonl --workers N` (reading, language, dates, NLP, every
  stage, JSON out).
Prints words per second (median of the pairs, and the range), the ratio diplo / bare spaCy (median
of the pairs' ratios, by wall-clock and by CPU seconds), the CPU seconds and the peak memory of each
process tree (Linux /proc, polled every 0.05 s): PSS, the physical memory (a page that forked
processes share counts once), and the sum of resident sizes (a shared page counts in each process). Timings are wall-clock on a shared machine: the pairs alternate so that load
from other work falls on both.

`--profile` runs diplo in one fresh process, one worker, over the all-languages corpus and prints
the CPU seconds of each step and stage (CPU time is what other work on the machine does not
inflate), and how much of it went to the first batch of each language (where pipelines, tables and
caches are built).
"""
from __future__ import annotations

import argparse
import ctypes
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
LANGUAGES = ("en", "fr", "nl", "de")
BARE_BATCH_SIZE = 64
PR_SET_CHILD_SUBREAPER = 36


def tree_memory_mb(pid: int) -> tuple[float, float]:
    """Memory of a process and all its descendants (Linux /proc), in MB: the sum of their resident sizes (a page
    shared by forked processes counts in each), and the sum of their proportional sizes (PSS: a shared page
    counts once, divided among the processes that share it), the physical memory they take."""
    rss, pss, stack = 0, 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        rss += sum(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS"))
        pss += sum(int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:"))
        stack.extend(map(int, children))
    return rss / 1024, pss / 1024


def reap_orphans() -> None:
    """Wait for the descendants that were left to this process (see `measure`), so their CPU time counts."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def write_corpus(source: Path, folder: Path, languages: tuple[str, ...], words: int) -> int:
    """Copies of the source's documents in these languages, named `COPY-NAME.CODE.txt`, until about
    `words` words; returns the number of words written."""
    from diplo.ingest import identify
    from diplo.knowledge import available_languages

    texts = [p.read_text(encoding="utf-8") for p in sorted(source.glob("*.txt"))]
    picked = [(f"{i:03d}", t) for i, t in enumerate(texts)]
    picked = [(f"{name}.{code}", t) for name, t in picked
              if (code := identify(t, available_languages())) in languages]
    size = sum(len(t.split()) for _, t in picked)
    folder.mkdir(parents=True)
    copies = max(1, round(words / size))
    for copy in range(copies):
        for name, text in picked:
            (folder / f"{copy:02d}-{name}.txt").write_text(text, encoding="utf-8")
    return copies * size


def bare(folder: Path, workers: int) -> None:
    """The baseline's whole work, in this process: load each language's spaCy pipeline and parse its texts."""
    import spacy

    from diplo.knowledge import language

    by_language: dict[str, list[str]] = defaultdict(list)
    for path in sorted(folder.glob("*.txt")):
        by_language[path.suffixes[-2][1:]].append(path.read_text(encoding="utf-8"))
    for code, texts in by_language.items():
        name = language(code).config.get("pipeline", "blank")
        nlp = spacy.blank(code) if name == "blank" else spacy.load(name)
        if name == "blank":
            nlp.add_pipe("sentencizer")
        for _ in nlp.pipe(texts, n_process=workers, batch_size=BARE_BATCH_SIZE):
            pass


def measure(command: list[str]) -> tuple[float, float, float, float]:
    """(wall seconds, CPU seconds, peak RSS MB, peak PSS MB) of a command in a fresh process, with all its
    descendants: this process is their subreaper (Linux), so that a descendant whose parent exits first (diplo's
    fork server) is reaped here and its CPU time counted."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    rss = pss = 0.0
    while process.poll() is None:
        rss, pss = map(max, (rss, pss), tree_memory_mb(process.pid))
        time.sleep(0.05)
    wall = time.perf_counter() - started
    if process.returncode:
        sys.exit(f"{' '.join(command)} failed ({process.returncode})")
    reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, rss, pss


def compare(folder: Path, workers: int, pairs: int) -> tuple[list, list]:
    """Alternated runs of bare spaCy and diplo on one corpus folder: (bare results, diplo results)."""
    commands = {"bare": [sys.executable, __file__, "--run", "bare", str(folder), "--workers", str(workers)],
                "diplo": [sys.executable, "-m", "diplo.cli", "extract", str(folder), "--format", "jsonl",
                          "--workers", str(workers)]}
    results: dict[str, list] = {"bare": [], "diplo": []}
    for _ in range(pairs):
        for kind, command in commands.items():
            results[kind].append(measure(command))
    return results["bare"], results["diplo"]


def report(label: str, words: int, bare_runs: list, diplo_runs: list) -> None:
    def rates(runs):
        return [words / wall for wall, *_ in runs]

    ratios = [d / b for d, b in zip(rates(diplo_runs), rates(bare_runs))]
    print(f"\n{label}: {words:,} words, {len(ratios)} pairs")
    for kind, runs in (("bare spaCy", bare_runs), ("diplo", diplo_runs)):
        r = rates(runs)
        print(f"  {kind:10s} {statistics.median(r):8,.0f} words/s ({min(r):,.0f}-{max(r):,.0f})   "
              f"CPU {statistics.median(c for _, c, *_ in runs):6.1f} s   "
              f"peak PSS {max(p for *_, p in runs):6.0f} MB (RSS summed {max(r for _, _, r, _ in runs):6.0f} MB)")
    cpu_ratios = [b[1] / d[1] for d, b in zip(diplo_runs, bare_runs)]
    print(f"  ratio diplo / bare spaCy: {statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f}), "
          f"by CPU {statistics.median(cpu_ratios):.2f} ({min(cpu_ratios):.2f}-{max(cpu_ratios):.2f})")


class Clock:
    """CPU seconds per label, and the part of them spent on the first batch of each language."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.first: dict[str, float] = defaultdict(float)
        self.first_use = False

    @contextmanager
    def __call__(self, label: str):
        started = time.process_time()
        yield
        elapsed = time.process_time() - started
        self.seconds[label] += elapsed
        if self.first_use:
            self.first[label] += elapsed

    def print(self, words: int) -> None:
        total = sum(self.seconds.values())
        print(f"{'step':32s} {'CPU s':>8s} {'share':>6s} {'first batch':>12s}")
        for label, seconds in self.seconds.items():
            print(f"{label:32s} {seconds:8.2f} {seconds / total:6.1%} {self.first[label]:12.2f}")
        print(f"{'total':32s} {total:8.2f} {'':6s} {sum(self.first.values()):12.2f}   "
              f"({words / total:,.0f} words per CPU second)")


def profile(folder: Path) -> None:
    """Every step of diplo's extraction timed in this process (a fresh one), one worker."""
    clock = Clock()
    with clock("import"):
        from diplo import nlp, pipeline
        from diplo.api import read_documents
        from diplo.export.record import record_to_dict
        from diplo.knowledge import language
        from diplo.records import Record
    with clock("read, language, date"):
        documents = [d for d in read_documents(sorted(folder.glob("*.txt"))) if d.supported]
    seen: set[str] = set()
    for start in range(0, len(documents), pipeline.BATCH_SIZE):
        by_language = defaultdict(list)
        for document in documents[start:start + pipeline.BATCH_SIZE]:
            by_language[document.language].append(document)
        for code, batch in by_language.items():
            clock.first_use = code not in seen
            with clock("spaCy: load"):
                nlp.load(code)
            with clock("spaCy: parse"):
                docs = nlp.parse(code, [d.text for d in batch])
            for document, doc in zip(batch, docs):
                analysis = pipeline.Analysis(document, doc, language(code), Record(document))
                for stage in pipeline.stages():
                    with clock(stage.__name__):
                        stage(analysis)
                with clock("JSON out"):
                    json.dumps(record_to_dict(analysis.record), ensure_ascii=False)
            seen.add(code)
    clock.print(sum(len(d.text.split()) for d in documents))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEV, help="a folder of .txt documents")
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--languages", nargs="+", default=["all", *LANGUAGES], choices=["all", *LANGUAGES])
    parser.add_argument("--profile", action="store_true", help="per-stage seconds, one process, all languages")
    parser.add_argument("--run", nargs=2, metavar=("KIND", "FOLDER"), help=argparse.SUPPRESS)  # bare, profile
    args = parser.parse_args()
    if args.run:
        kind, folder = args.run
        return bare(Path(folder), args.workers) if kind == "bare" else profile(Path(folder))
    with tempfile.TemporaryDirectory() as temporary:
        if args.profile:
            folder = Path(temporary) / "all"
            words = write_corpus(args.corpus, folder, LANGUAGES, args.words)
            print(f"profile: {args.corpus} to {words:,} words, one process")
            subprocess.run([sys.executable, __file__, "--run", "profile", str(folder)], check=True)
            return
        print(f"{args.corpus}; {args.workers} workers; wall-clock words/s, median of pairs (range)")
        for label in args.languages:
            folder = Path(temporary) / label
            words = write_corpus(args.corpus, folder, LANGUAGES if label == "all" else (label,), args.words)
            report(label, words, *compare(folder, args.workers, args.pairs))


if __name__ == "__main__":
    main()
