"""Pathological inputs: ``extract`` must finish on each (no catastrophic backtracking) and
keep every evidence span true to the input.

Each input runs in a thread that is given ``BOUND`` seconds; this is a generous bound
meant to catch super-linear behaviour, not a speed check.
"""

from __future__ import annotations

import ctypes
import threading
import time
from typing import Any

import pytest

from conftest import SEEDS, SHARED_CORPUS
from outcomes import EffectRecord, extract

BOUND = 20.0  # seconds, for the short pathological inputs
REALISTIC_CHARS = 5 * 1024 * 1024
# 5 MB of real text at a tenth of the benchmarked rate still finishes well inside this; a
# super-linear step would not. Throughput itself is measured by benchmarks/speed.py.
REALISTIC_BOUND = 180.0


class _AbandonedError(Exception):
    """Raised inside a worker that overran, so that it stops using a core."""


def _abandon(worker: threading.Thread) -> None:
    """Stop an overrunning worker at its next Python instruction.

    A thread cannot be killed, and one left running would slow every later test;
    CPython can raise an exception in it instead (a C loop still runs to its end).
    """
    if worker.ident is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(
            ctypes.c_ulong(worker.ident), ctypes.py_object(_AbandonedError)
        )


def _extract_within_bound(text: str, bound: float = BOUND) -> list[EffectRecord]:
    """``extract(text)`` in a worker thread; fail unless it finished within ``bound``."""
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["records"] = extract(text)
        except BaseException as exc:  # handed to the test thread, which re-raises it
            outcome["error"] = exc
        finally:
            outcome["finished"] = time.monotonic()

    started = time.monotonic()
    worker = threading.Thread(target=work, name="extract-bounded", daemon=True)
    worker.start()
    worker.join(bound)
    if worker.is_alive():
        _abandon(worker)
        pytest.fail(f"extract had not finished after {bound:.0f} s on {len(text):,} chars")
    # join() can only return once the worker lets go of the GIL, which a C loop may hold
    # past the bound: judge by when the worker finished, not when join() returned.
    took = outcome["finished"] - started
    if took > bound:
        pytest.fail(f"extract took {took:.0f} s (bound {bound:.0f} s) on {len(text):,} chars")
    if "error" in outcome:
        raise outcome["error"]
    records: list[EffectRecord] = outcome["records"]
    return records


def _assert_spans_true(text: str, records: list[EffectRecord]) -> None:
    for record in records:
        span = record.evidence
        assert text[span.start : span.end] == span.text, (span.start, span.end, span.text)


def _realistic_text() -> str:
    """Real abstracts (or the seed documents) concatenated and repeated to 5 MB."""
    folder = SHARED_CORPUS if SHARED_CORPUS.is_dir() else SEEDS
    joined = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    return ("\n\n".join([joined] * (REALISTIC_CHARS // len(joined) + 1)))[:REALISTIC_CHARS]


PATHOLOGICAL = [
    pytest.param("1" * 200_000, id="digits-200k"),
    pytest.param("p = " * 50_000, id="p-equals-50k"),
    pytest.param("(" * 100_000, id="open-paren-100k"),
    pytest.param("-" * 100_000, id="dash-100k"),
    pytest.param("95% CI 1-" * 20_000, id="open-ci-20k"),
    pytest.param("1.2 ± " * 20_000, id="plus-minus-20k"),
    pytest.param("[" * 50_000 + "]" * 50_000, id="brackets-50k"),
]


@pytest.mark.parametrize("text", PATHOLOGICAL)
def test_adversarial_input_finishes_with_true_spans(text: str) -> None:
    _assert_spans_true(text, _extract_within_bound(text))


def test_adversarial_realistic_5mb_text_finishes_with_true_spans() -> None:
    text = _realistic_text()
    _assert_spans_true(text, _extract_within_bound(text, REALISTIC_BOUND))
