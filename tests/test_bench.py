"""The benchmark harness (bench.py) on tiny cases whose scores are known by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import MORTALITY, MORTALITY_GOLD
from outcomes import Arm, EffectRecord, Measure, Operator, PValue, Span, extract
from outcomes.bench import (
    Report,
    Scores,
    normalise_timepoint,
    score_corpus,
    score_document,
    token_f1,
)
from outcomes.errors import GoldError

SENTENCE = MORTALITY
SECOND = "Relapse was 12% vs 18% (p=0.01)."
TWO_SENTENCES = f"{SENTENCE} {SECOND}"

# Three facts: intervention.value, comparator.value, p_value.
GOLD: dict[str, Any] = MORTALITY_GOLD


def _predicted(
    value: float = 12.0, unit: str = "%", start: int = 0, text: str = SENTENCE
) -> EffectRecord:
    return EffectRecord(
        outcome="Mortality",
        measure=Measure.PROPORTION,
        unit=unit,
        intervention=Arm(value=value),
        comparator=Arm(value=18.0),
        p_value=PValue(operator=Operator.EQ, value=0.01),
        direction="decrease",
        significant=True,
        evidence=Span(start=start, end=start + len(text), text=text),
    )


def _counts(scores: Scores) -> tuple[int, int, int]:
    return scores.tp, scores.predicted, scores.gold


def test_bench_perfect_prediction_scores_one() -> None:
    result = score_document(SENTENCE, [GOLD], [_predicted()], "doc", "news")
    assert _counts(result.strict) == (3, 3, 3)
    assert result.strict.prf() == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert result.lenient.prf() == {"p": 1.0, "r": 1.0, "f1": 1.0}


def test_bench_perfect_prediction_pairs_fields() -> None:
    result = score_document(SENTENCE, [GOLD], [_predicted()], "doc", "news")
    assert result.outcome_f1 == [1.0]
    assert dict(result.fields) == {
        "measure": [True],
        "direction": [True],
        "significant": [True],
        "p_operator": [True],
        "timepoint": [True],
    }


def test_bench_empty_prediction_has_no_recall() -> None:
    result = score_document(SENTENCE, [GOLD], [], "doc", "news")
    assert _counts(result.lenient) == (0, 0, 3)
    assert _counts(result.strict) == (0, 0, 3)
    # Nothing predicted against something to find: precision counts as 0, not 1.
    assert result.strict.prf() == {"p": 0.0, "r": 0.0, "f1": 0.0}
    assert result.fields == {}
    assert result.outcome_f1 == []


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        pytest.param((0, 0, 0), {"p": 1.0, "r": 1.0, "f1": 1.0}, id="nothing-to-find-none-found"),
        pytest.param((0, 0, 3), {"p": 0.0, "r": 0.0, "f1": 0.0}, id="none-predicted"),
        pytest.param((0, 2, 0), {"p": 0.0, "r": 0.0, "f1": 0.0}, id="nothing-to-find"),
        pytest.param((2, 3, 3), {"p": 0.6667, "r": 0.6667, "f1": 0.6667}, id="two-of-three"),
        pytest.param((1, 1, 4), {"p": 1.0, "r": 0.25, "f1": 0.4}, id="precise-low-recall"),
    ],
)
def test_bench_scores_prf_convention(
    counts: tuple[int, int, int], expected: dict[str, float]
) -> None:
    assert Scores(*counts).prf() == expected


def test_bench_one_wrong_value_counts() -> None:
    result = score_document(SENTENCE, [GOLD], [_predicted(value=13.0)], "doc", "news")
    assert _counts(result.lenient) == (2, 3, 3)
    assert _counts(result.strict) == (2, 3, 3)
    assert result.strict.prf() == {"p": 0.6667, "r": 0.6667, "f1": 0.6667}


def test_bench_perfect_prediction_has_no_errors() -> None:
    assert score_document(SENTENCE, [GOLD], [_predicted()], "doc", "news").errors == []


def test_bench_errors_list_missed_spurious_and_fields() -> None:
    predicted = _predicted(value=13.0).model_dump(mode="json") | {"direction": "increase"}
    record = EffectRecord.model_validate(predicted)
    result = score_document(SENTENCE, [GOLD], [record], "doc", "news")
    kinds = sorted((e["error"], e.get("slot") or e.get("field")) for e in result.errors)
    assert kinds == [
        ("field", "direction"),
        ("missed", "intervention.value"),
        ("spurious", "intervention.value"),
    ]
    missed = next(e for e in result.errors if e["error"] == "missed")
    assert (missed["value"], missed["evidence"]) == (12.0, SENTENCE)
    field = next(e for e in result.errors if e["error"] == "field")
    assert (field["gold"], field["predicted"]) == ("decrease", "increase")
    report = Report([result])
    assert {e["doc_id"] for e in report.errors()} == {"doc"}


def test_bench_wrong_unit_is_lenient_not_strict() -> None:
    result = score_document(SENTENCE, [GOLD], [_predicted(unit="pp")], "doc", "news")
    assert _counts(result.lenient) == (3, 3, 3)
    # Only the p-value (which has no unit) survives strict matching.
    assert _counts(result.strict) == (1, 3, 3)


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(12.0 * (1 + 1e-7), id="within-tolerance"),
        pytest.param(12, id="int-for-float"),
    ],
)
def test_bench_values_match_within_tolerance(value: float) -> None:
    result = score_document(SENTENCE, [GOLD], [_predicted(value=value)], "doc", "news")
    assert _counts(result.strict) == (3, 3, 3)


@pytest.mark.parametrize(
    ("start", "text"),
    [
        pytest.param(len(SENTENCE) + 1, SECOND, id="next-sentence"),
        pytest.param(len(SENTENCE), f" {SECOND}", id="touching-spans"),
    ],
)
def test_bench_non_overlapping_evidence_does_not_match(start: int, text: str) -> None:
    predicted = _predicted(start=start, text=text)
    assert TWO_SENTENCES[start : start + len(text)] == text
    result = score_document(TWO_SENTENCES, [GOLD], [predicted], "doc", "news")
    assert _counts(result.lenient) == (0, 3, 3)
    assert result.outcome_f1 == []


@pytest.mark.parametrize(
    "evidence",
    [
        pytest.param("Mortality was 13% vs 18%.", id="not-in-text"),
        pytest.param("", id="empty"),
        pytest.param(None, id="missing"),
    ],
)
def test_bench_gold_evidence_must_occur(evidence: str | None) -> None:
    with pytest.raises(GoldError, match="doc: gold record 0"):
        score_document(SENTENCE, [GOLD | {"evidence": evidence}], [], "doc", "news")


def test_bench_report_sums_documents() -> None:
    docs = [
        score_document(SENTENCE, [GOLD], [_predicted()], "a", "news"),
        score_document(SENTENCE, [GOLD], [], "b", "digest"),
    ]
    summary = Report(docs).as_dict()
    assert summary["documents"] == 2
    assert summary["facts"] == {"gold": 6, "predicted": 3, "strict_tp": 3}
    assert summary["strict"] == {"p": 1.0, "r": 0.5, "f1": 0.6667}
    assert [d["doc_id"] for d in summary["per_doc"]] == ["a", "b"]
    assert set(summary["per_kind"]) == {"news", "digest"}


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        pytest.param("mean MELD score", "MELD score", 0.8, id="extra-word"),
        pytest.param("overall survival", "survival", 2 / 3, id="one-of-two"),
        pytest.param("HbA1c", "hba1c", 1.0, id="case-insensitive"),
        pytest.param("serum TNF-α levels", "serum TNF α levels", 1.0, id="punctuation-ignored"),
        pytest.param("a b", "c d", 0.0, id="disjoint"),
        pytest.param("relapse", "", 0.0, id="gold-empty"),
        pytest.param("", "", 1.0, id="both-empty"),
        pytest.param(None, None, 1.0, id="both-none"),
        pytest.param(None, "relapse", 0.0, id="predicted-none"),
    ],
)
def test_bench_token_f1(predicted: str | None, gold: str | None, expected: float) -> None:
    assert token_f1(predicted, gold) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("at Week 12", "12 weeks", id="at-week-n"),
        pytest.param("week 12", "12 weeks", id="week-n"),
        pytest.param("12 Weeks", "12 weeks", id="n-weeks"),
        pytest.param("90-day", "90 days", id="hyphenated"),
        pytest.param("1 year", "1 years", id="singular"),
        pytest.param("six months", "6 months", id="number-word"),
        pytest.param("after 6 months", "6 months", id="after"),
        pytest.param("within 30 days", "30 days", id="within"),
        pytest.param("up to 12 weeks", "12 weeks", id="up-to"),
        pytest.param("by day 28", "28 days", id="by-day-n"),
        pytest.param("Month 6", "6 months", id="month-n"),
        pytest.param("24 hours", "24 hours", id="hours"),
        pytest.param("the end of treatment", "end of treatment", id="words"),
        pytest.param("", None, id="empty"),
        pytest.param(None, None, id="none"),
        pytest.param(
            "  ",
            None,
            id="blank",
        ),
    ],
)
def test_bench_normalise_timepoint(text: str | None, expected: str | None) -> None:
    assert normalise_timepoint(text) == expected


@pytest.mark.parametrize("failing", ["a", "b"])
def test_bench_extractor_failure_keeps_other_documents(tmp_path: Path, failing: str) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(SENTENCE, encoding="utf-8")
        gold = {"doc_id": name, "kind": "news", "records": [GOLD]}
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")

    def extractor(text: str, doc_id: str) -> list[EffectRecord]:
        if doc_id == failing:
            raise RuntimeError("boom")
        return extract(text, doc_id=doc_id)

    report = score_corpus(tmp_path, extractor)
    summary = report.as_dict()
    assert summary["failed"] == [
        {"doc_id": failing, "error": f"{failing}: extraction failed: RuntimeError: boom"}
    ]
    rows = {row["doc_id"]: row for row in summary["per_doc"]}
    assert rows[failing]["gold_facts"] == 3
    assert rows[failing]["predicted_facts"] == 0
    other = "b" if failing == "a" else "a"
    assert rows[other]["strict"]["f1"] == 1.0
    assert next(item["error"] for item in report.errors() if item["doc_id"] == failing) == "failed"
