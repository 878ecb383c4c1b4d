"""Property tests: on random and on mutated documents, ``extract`` never raises, every
evidence span is true to the input, and a second call gives the same records."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEEDS
from outcomes import extract

# Characters that trial results are written with, plus letters and white space.
ALPHABET = "0123456789%.·−–()[];=<pPCI abnrsvxHRO\n"
# Whole tokens, so that statistics ("95% CI", "p <") come up far more often than by chance.
PIECES = [
    *ALPHABET,
    "CI",
    "95% CI ",
    "p = ",
    "P<",
    "HR ",
    "OR ",
    " vs ",
    " versus ",
    "±",
    "%",
    "0.",
    "12.5",
    " to ",
    "n = ",
    "RESULTS: ",
    "mg/dL",
    ". ",
]

random_text = st.one_of(
    st.text(alphabet=ALPHABET, max_size=200),
    st.lists(st.sampled_from(PIECES), max_size=80).map("".join),
)

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


@st.composite
def mutated_documents(draw: st.DrawFn) -> str:
    """A seed document after a few random deletions, insertions and duplications."""
    text = draw(st.sampled_from(SEED_TEXTS))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        kind = draw(st.sampled_from(["delete", "insert", "duplicate"]))
        start = draw(st.integers(min_value=0, max_value=len(text)))
        end = min(len(text), start + draw(st.integers(min_value=0, max_value=120)))
        if kind == "delete":
            text = text[:start] + text[end:]
        elif kind == "insert":
            text = text[:start] + draw(random_text) + text[start:]
        else:
            text = text[:end] + text[start:end] + text[end:]
    return text


def _dump(text: str) -> list[dict[str, Any]]:
    """Records of ``text`` as plain data, after checking each evidence span against it."""
    records = extract(text)
    for record in records:
        span = record.evidence
        assert text[span.start : span.end] == span.text, (span.start, span.end, span.text)
    return [r.model_dump(mode="json") for r in records]


@settings(max_examples=2500, deadline=None)
@given(text=random_text)
def test_fuzz_random_text_extracts_true_spans_stably(text: str) -> None:
    assert _dump(text) == _dump(text)


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=mutated_documents())
def test_fuzz_mutated_documents_extract_true_spans_stably(text: str) -> None:
    assert _dump(text) == _dump(text)
