"""Speed and memory of ``outcomes`` against quantulum3 and a blank spaCy pipeline.

Usage: ``python benchmarks/speed.py [--quick]``

One run measures, on the same texts (the real abstracts in
``../shared/corpora/pmc-abstracts`` beside the repository, and ``seeds/*.txt``):

- ``outcomes.extract`` throughput in characters per second, after a warm-up call;
- quantulum3's ``parser.parse`` as the baseline (a subset of the texts with ``--quick``);
- ``spacy.blank("en")`` with a sentencizer as the ceiling;
- ``extract_many`` with one and two processes over the texts repeated to about 4 MB;
- peak memory, each in its own subprocess: one ~10 MB text, and a 100 000-document
  batch streamed through ``extract_many`` from a generator.

It prints a table (with an estimate for all of PubMed) and writes ``out/speed.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import math
import re
import resource
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import spacy
from rich.console import Console
from rich.table import Table

from outcomes import extract, extract_many

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "pmc-abstracts"
SEEDS = ROOT / "seeds"
OUT = ROOT / "out" / "speed.json"

PUBMED_ABSTRACTS = 36_000_000
MB = 1024 * 1024
WARM_UP = "Mortality was 12% with drug vs 18% with placebo (HR 0.65, 95% CI 0.5-0.8; p=0.01)."


@dataclass(frozen=True)
class Plan:
    """How much work each measurement does; ``--quick`` shrinks it."""

    quick: bool
    baseline_every: int  # quantulum3 reads every n-th text
    many_chars: int  # extract_many input size
    big_chars: int  # the single large text
    stream_docs: int  # documents in the streamed batch
    child_timeout: float  # seconds each memory subprocess may take


FULL = Plan(False, 1, 4 * MB, 10 * MB, 100_000, 300.0)
QUICK = Plan(True, 10, 1 * MB, 2 * MB, 10_000, 60.0)


@dataclass
class Speed:
    """One throughput row."""

    name: str
    chars: int = 0
    documents: int = 0
    seconds: float | None = None
    chars_per_s: float | None = None
    ratio_vs_quantulum3: float | None = None
    error: str | None = None
    note: str = ""


@dataclass
class Memory:
    """One peak-memory row, measured in a subprocess."""

    name: str
    status: str = "ok"
    peak_mb: float | None = None
    baseline_mb: float | None = None
    seconds: float | None = None
    chars: int = 0
    documents: int = 0
    records: int = 0
    error: str | None = None
    note: str = ""


@dataclass
class Corpus:
    """The texts every measurement reads."""

    texts: list[str] = field(default_factory=list)
    abstracts: list[str] = field(default_factory=list)
    seeds: int = 0

    @property
    def chars(self) -> int:
        return sum(len(t) for t in self.texts)

    @property
    def average_abstract(self) -> float:
        source = self.abstracts or self.texts
        return sum(len(t) for t in source) / len(source)


def load_corpus(console: Console) -> Corpus:
    """Real abstracts (when the shared corpus is present) and the labelled seed documents."""
    corpus = Corpus()
    if CORPUS.is_dir():
        corpus.abstracts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    else:
        console.print(f"[yellow]{CORPUS} not found: measuring on seeds/*.txt only[/yellow]")
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    corpus.seeds = len(seeds)
    corpus.texts = corpus.abstracts + seeds
    if not corpus.texts:
        msg = f"no texts found in {CORPUS} or {SEEDS}"
        raise SystemExit(msg)
    return corpus


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Silence warnings and logging; undo the ``logging.basicConfig`` quantulum3 calls."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    logging.disable(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(logging.NOTSET)
        root.handlers[:], root.level = handlers, level


def quantulum_parse() -> Callable[[str], Any]:
    """quantulum3's ``parser.parse``, imported quietly (it warns and logs on import)."""
    with quiet():
        from quantulum3 import parser  # noqa: PLC0415  (its import must run under quiet())
    return parser.parse  # type: ignore[no-any-return]


def timed(name: str, run: Callable[[str], object], texts: list[str], note: str = "") -> Speed:
    """Call ``run`` once per text (after one warm-up call) and report characters per second."""
    row = Speed(name, chars=sum(len(t) for t in texts), documents=len(texts), note=note)
    failures = 0
    run(WARM_UP)
    start = time.perf_counter()
    for text in texts:
        try:
            run(text)
        except Exception:  # one bad text must not end the benchmark
            failures += 1
    row.seconds = time.perf_counter() - start
    row.chars_per_s = row.chars / row.seconds
    if failures:
        row.note = f"{row.note}; {failures} texts raised".lstrip("; ")
    return row


def measure_baseline(texts: list[str], plan: Plan) -> Speed:
    parse = quantulum_parse()
    subset = texts[:: plan.baseline_every]
    note = "" if plan.baseline_every == 1 else f"--quick: every {plan.baseline_every}th text"

    def run(text: str) -> object:
        with quiet():
            return parse(text)

    return timed("quantulum3 parser.parse (baseline)", run, subset, note)


def measure_ceiling(texts: list[str]) -> Speed:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return timed('spacy.blank("en") + sentencizer (ceiling)', nlp, texts)


def repeats(texts: list[str], chars: int) -> int:
    """How many passes over the texts hold at least ``chars`` characters."""
    return max(1, math.ceil(chars / sum(len(t) for t in texts)))


def measure_many(texts: list[str], n_process: int, repeats: int) -> Speed:
    chars = sum(len(t) for t in texts)
    row = Speed(
        f"extract_many n_process={n_process}",
        chars=chars,
        documents=len(texts),
        note=f"{chars / MB:.1f} MB: the texts ×{repeats}",
    )
    start = time.perf_counter()
    try:
        for _ in extract_many(texts, n_process=n_process):
            pass
    except Exception as exc:  # reported as n/a; the run goes on
        row.error = f"{type(exc).__name__}: {first_line(exc)}"
        return row
    row.seconds = time.perf_counter() - start
    row.chars_per_s = row.chars / row.seconds
    return row


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:100] if text else ""


# --- peak memory, measured in subprocesses ------------------------------------------------


def peak_mb() -> float:
    """This process's peak resident set size in MB (``ru_maxrss``)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / MB if sys.platform == "darwin" else peak / 1024


def hwm_mb(pid: int) -> float | None:
    """Peak resident set size of a running process (Linux ``VmHWM``), or None."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


def sentences(texts: list[str]) -> list[str]:
    """The texts cut into sentence-sized documents (for the streamed batch)."""
    pieces = (p.strip() for t in texts for p in re.split(r"(?<=[.!?])\s+|\n+", t))
    return [p for p in pieces if len(p) >= 40]


def child_big(chars: int) -> dict[str, Any]:
    """Extract one text of about ``chars`` characters: the abstracts concatenated."""
    corpus = load_corpus(Console(stderr=True))
    joined = "\n\n".join(corpus.abstracts or corpus.texts)
    text = ("\n\n".join([joined] * math.ceil(chars / len(joined))))[:chars]
    extract(WARM_UP)
    result: dict[str, Any] = {"baseline_mb": peak_mb(), "chars": len(text), "documents": 1}
    start = time.perf_counter()
    try:
        result["records"] = len(extract(text))
    except Exception as exc:  # the parent reports the error class
        result["error"] = f"{type(exc).__name__}: {first_line(exc)}"
    result["seconds"] = time.perf_counter() - start
    result["peak_mb"] = peak_mb()
    return result


def child_stream(documents: int) -> dict[str, Any]:
    """Stream ``documents`` sentence-sized documents through ``extract_many``."""
    corpus = load_corpus(Console(stderr=True))
    pool = sentences(corpus.abstracts or corpus.texts)
    counted = {"chars": 0}

    def generate() -> Iterator[tuple[str, str]]:
        for index in range(documents):
            text = pool[index % len(pool)]
            counted["chars"] += len(text)
            yield str(index), text

    extract(WARM_UP)
    result: dict[str, Any] = {"baseline_mb": peak_mb(), "documents": documents}
    records = 0
    start = time.perf_counter()
    try:
        for _, found in extract_many(generate()):
            records += len(found)  # consumed and dropped: memory must not grow
    except Exception as exc:  # the parent reports the error class
        result["error"] = f"{type(exc).__name__}: {first_line(exc)}"
    result["seconds"] = time.perf_counter() - start
    result["peak_mb"] = peak_mb()
    result["records"] = records
    result["chars"] = counted["chars"]
    return result


def start_child(kind: str, size: int) -> subprocess.Popen[str]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--size", str(size)]
    return subprocess.Popen(  # our own script, run with our own interpreter
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def finish_child(row: Memory, child: subprocess.Popen[str], deadline: float) -> Memory:
    """Wait for a memory subprocess until ``deadline``; fill ``row`` from what it printed."""
    try:
        stdout, stderr = child.communicate(timeout=max(1.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        row.peak_mb = hwm_mb(child.pid)
        child.kill()
        child.communicate()
        row.status = "timeout"
        row.error = "timeout"
        row.note = "killed at the time limit; peak so far"
        return row
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    if child.returncode != 0 or not lines:
        row.status = "failed"
        tail = stderr.strip().splitlines()
        row.error = tail[-1][:120] if tail else f"exit status {child.returncode}"
        return row
    found = json.loads(lines[-1])
    row.peak_mb = found["peak_mb"]
    row.baseline_mb = found["baseline_mb"]
    row.seconds = found["seconds"]
    row.chars = found["chars"]
    row.documents = found["documents"]
    row.records = found.get("records", 0)
    if found.get("error"):
        row.status = "error"
        row.error = found["error"]
    return row


def measure_memory(plan: Plan) -> list[Memory]:
    """Both memory measurements, run side by side in subprocesses."""
    big = Memory(f"extract, one {plan.big_chars / MB:.0f} MB text")
    stream = Memory(f"extract_many, {plan.stream_docs:,} streamed documents")
    if plan.quick:
        big.note = stream.note = "--quick size"
    children = [
        (big, start_child("big", plan.big_chars)),
        (stream, start_child("stream", plan.stream_docs)),
    ]
    deadline = time.monotonic() + plan.child_timeout
    rows = [finish_child(row, child, deadline) for row, child in children]
    if stream.status == "ok" and stream.documents:
        stream.note = (
            f"{stream.note}; one sentence each, {stream.chars / stream.documents:.0f} chars avg"
        ).lstrip("; ")
    return rows


# --- report ------------------------------------------------------------------------------


def error_class(error: str | None) -> str:
    return (error or "").split(":", 1)[0]


def fmt_mb(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} MB"


def hours(chars_per_s: float | None, average: float) -> float | None:
    if not chars_per_s:
        return None
    return PUBMED_ABSTRACTS * average / chars_per_s / 3600


def report(
    console: Console, corpus: Corpus, speeds: list[Speed], memory: list[Memory], plan: Plan
) -> dict[str, Any]:
    table = Table(title="outcomes speed" + (" (--quick)" if plan.quick else ""))
    for column in ("name", "chars/s", "× quantulum3", "seconds", "note"):
        table.add_column(column, justify="left" if column in {"name", "note"} else "right")
    for s in speeds:
        rate = f"{s.chars_per_s:,.0f}" if s.chars_per_s else f"n/a ({error_class(s.error)})"
        ratio = f"{s.ratio_vs_quantulum3:.1f}×" if s.ratio_vs_quantulum3 else "n/a"
        seconds = f"{s.seconds:.1f}" if s.seconds is not None else "-"
        table.add_row(s.name, rate, ratio, seconds, s.note)
    console.print(table)

    mem = Table(title="peak memory (ru_maxrss of a subprocess)")
    for column in ("name", "peak", "after import", "seconds", "status", "note"):
        mem.add_column(column, justify="left" if column in {"name", "status", "note"} else "right")
    for m in memory:
        status = m.status if m.error is None else f"{m.status}: {error_class(m.error)}"
        seconds = f"{m.seconds:.1f}" if m.seconds is not None else "-"
        mem.add_row(m.name, fmt_mb(m.peak_mb), fmt_mb(m.baseline_mb), seconds, status, m.note)
    console.print(mem)

    for row in [*speeds, *memory]:
        if row.error:
            console.print(f"[red]{row.name}[/red]: {row.error}")
    average = corpus.average_abstract
    by_name = {s.name: s for s in speeds}
    # One process: extract's rate on texts it has not seen (the extract_many rows re-read
    # the same texts, so quantulum3 unit look-ups come from the cache). Two processes: that
    # rate times the speed-up extract_many measured from one process to two.
    one_rate = by_name["outcomes.extract"].chars_per_s
    single = by_name["extract_many n_process=1"].chars_per_s
    double = by_name["extract_many n_process=2"].chars_per_s
    speedup = double / single if single and double else None
    one = hours(one_rate, average)
    two = hours(one_rate * speedup, average) if one_rate and speedup else None
    console.print(
        f"All of PubMed ({PUBMED_ABSTRACTS:,} abstracts of {average:,.0f} chars on average): "
        f"{'n/a' if one is None else f'{one:,.0f} h'} on one process, "
        f"{'n/a' if two is None else f'{two:,.0f} h'} on two"
        f"{'' if speedup is None else f' (speed-up {speedup:.2f}×)'}."
    )
    return {
        "quick": plan.quick,
        "corpus": {
            "abstracts": len(corpus.abstracts),
            "seeds": corpus.seeds,
            "chars": corpus.chars,
            "average_abstract_chars": average,
        },
        "throughput": [asdict(s) for s in speeds],
        "memory": [asdict(m) for m in memory],
        "pubmed": {
            "abstracts": PUBMED_ABSTRACTS,
            "average_abstract_chars": average,
            "hours_one_process": one,
            "hours_two_processes": two,
            "two_process_speedup": speedup,
        },
    }


def run(plan: Plan) -> dict[str, Any]:
    # Piped output gets a fixed width, wide enough for the tables.
    console = Console() if sys.stdout.isatty() else Console(width=120)
    corpus = load_corpus(console)
    console.print(
        f"{len(corpus.abstracts)} abstracts + {corpus.seeds} seed documents, {corpus.chars:,} chars"
    )
    with quiet():
        speeds = [timed("outcomes.extract", extract, corpus.texts)]
    speeds.append(measure_baseline(corpus.texts, plan))
    speeds.append(measure_ceiling(corpus.texts))
    passes = repeats(corpus.texts, plan.many_chars)
    with quiet():
        speeds += [measure_many(corpus.texts * passes, n, passes) for n in (1, 2)]
    baseline = speeds[1].chars_per_s
    for s in speeds:
        if s.chars_per_s and baseline:
            s.ratio_vs_quantulum3 = s.chars_per_s / baseline
    memory = measure_memory(plan)
    result = report(console, corpus, speeds, memory, plan)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    console.print(f"written to {OUT.relative_to(ROOT)}")
    return result


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="smaller inputs, under 2 minutes")
    parser.add_argument("--child", choices=["big", "stream"], help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.child:
        # Memory subprocess: quantulum3's warnings go nowhere, the figures go to stdout.
        with quiet():
            measured = child_big(args.size) if args.child == "big" else child_stream(args.size)
        sys.stdout.write(json.dumps(measured) + "\n")
        return
    run(QUICK if args.quick else FULL)


if __name__ == "__main__":
    main()
