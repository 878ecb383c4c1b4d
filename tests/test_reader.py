"""Reader (reader.py): digest metadata, and which stretches of a text are body."""

from __future__ import annotations

from functools import cache

import pytest

from conftest import SEEDS
from outcomes import Document, read
from outcomes.reader import SectionKind

SEED_DIGEST = SEEDS / "000_351c4ebfbeb64f49.txt"

INLINE_ABSTRACT = (
    "BACKGROUND: Sepsis is common and often fatal. "
    "METHODS: We randomised 200 adults to the drug or placebo. "
    "RESULTS: Mortality was 12% vs 18% (p=0.01). "
    "CONCLUSIONS: The drug lowered mortality."
)
LINE_ABSTRACT = (
    "Background\n"
    "Sepsis is common and often fatal.\n"
    "Methods\n"
    "We randomised 200 adults to the drug or placebo.\n"
    "Results\n"
    "Mortality was 12% vs 18% (p=0.01).\n"
    "Conclusions\n"
    "The drug lowered mortality.\n"
)


@cache
def _seed() -> Document:
    return read(SEED_DIGEST.read_text(encoding="utf-8"), SEED_DIGEST.stem)


def _kind_of(document: Document, phrase: str) -> set[SectionKind]:
    """Kinds of the sections that hold ``phrase`` (wholly)."""
    start = document.text.index(phrase)
    end = start + len(phrase)
    return {s.kind for s in document.sections if s.start <= start and end <= s.end}


def _body_text(document: Document) -> str:
    return "".join(document.text[s.start : s.end] for s in document.body())


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        pytest.param("doc_id", "000_351c4ebfbeb64f49", id="doc-id"),
        pytest.param("pmid", "35616850", id="pmid"),
        pytest.param("date", "2026-04-03", id="date"),
        pytest.param("source", "PubMed", id="source"),
        pytest.param(
            "ingested",
            "2026-04-03",
            id="ingested",
        ),
        pytest.param("digest_model", "gemini-2.5-flash", id="digest-model"),
        pytest.param(
            "headline",
            "Thymosin α1 Improves Outcomes in Hepatitis B-Related Acute-on-Chronic Liver Failure",
            id="headline",
        ),
        pytest.param(
            "title",
            "Safety and efficacy of Thymosin α1 in the treatment of hepatitis B virus-related "
            "acute-on-chronic liver failure: a randomized controlled trial.",
            id="title",
        ),
    ],
)
def test_reader_seed_digest_metadata(field: str, expected: str) -> None:
    assert getattr(_seed(), field) == expected


def test_reader_seed_digest_tags() -> None:
    assert _seed().tags == (
        "thymosin-alpha-1 immune modulator rct 2026-04-03 PubMed",
        "thymosin-alpha-1 immune modulator thymosin tnf-alpha",
    )


def test_reader_keeps_text_unchanged() -> None:
    assert _seed().text == SEED_DIGEST.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "phrase",
    [
        pytest.param("Back to Thymosin-alpha-1 research", id="navigation"),
        pytest.param("thymosin-alpha-1 immune modulator rct 2026-04-03 PubMed", id="tag-line"),
        pytest.param("Thymosin α1 Improves Outcomes in Hepatitis B-Related", id="headline"),
        pytest.param("Safety and efficacy of Thymosin α1 in the treatment", id="title"),
        pytest.param("thymosin-alpha-1 immune modulator thymosin tnf-alpha", id="trailing-tags"),
        pytest.param("Source: pubmed:35616850", id="provenance"),
        pytest.param("Hepatitis B virus (HBV) infection is a major cause", id="background"),
    ],
)
def test_reader_seed_digest_frame_is_not_body(phrase: str) -> None:
    assert phrase not in _body_text(_seed())


@pytest.mark.parametrize(
    "phrase",
    [
        pytest.param("The 90-day overall survival rate was 65%", id="results"),
        pytest.param("This study provides compelling evidence", id="why-it-matters"),
    ],
)
def test_reader_seed_digest_results_are_body(phrase: str) -> None:
    assert _kind_of(_seed(), phrase) == {SectionKind.BODY}


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        pytest.param(
            INLINE_ABSTRACT, "Sepsis is common", SectionKind.CONTEXT, id="inline-background"
        ),
        pytest.param(
            INLINE_ABSTRACT, "We randomised 200", SectionKind.CONTEXT, id="inline-methods"
        ),
        pytest.param(INLINE_ABSTRACT, "Mortality was 12%", SectionKind.BODY, id="inline-results"),
        pytest.param(LINE_ABSTRACT, "Sepsis is common", SectionKind.CONTEXT, id="lines-background"),
        pytest.param(LINE_ABSTRACT, "We randomised 200", SectionKind.CONTEXT, id="lines-methods"),
        pytest.param(LINE_ABSTRACT, "Mortality was 12%", SectionKind.BODY, id="lines-results"),
    ],
)
def test_reader_abstract_sections(text: str, phrase: str, kind: SectionKind) -> None:
    assert _kind_of(read(text), phrase) == {kind}


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        pytest.param(INLINE_ABSTRACT, "RESULTS", id="inline"),
        pytest.param(LINE_ABSTRACT, "Results", id="lines"),
    ],
)
def test_reader_abstract_headings_are_not_body(text: str, heading: str) -> None:
    document = read(text)
    headings = [s for s in document.sections if s.kind is SectionKind.HEADING]
    assert heading in {s.heading for s in headings}
    assert all(heading not in document.text[s.start : s.end] for s in document.body())


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mortality was 12% vs 18% (p=0.01).", id="one-sentence"),
        pytest.param("Mortality fell by a fifth in the treated group.", id="no-numbers"),
        pytest.param("  Mortality was 12% vs 18% (p=0.01).\n", id="surrounding-whitespace"),
    ],
)
def test_reader_plain_text_is_body(text: str) -> None:
    document = read(text)
    assert [s.kind for s in document.sections] == [SectionKind.BODY]
    assert _body_text(document).strip() == text.strip()
    assert (document.pmid, document.date, document.headline, document.title) == (
        None,
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    "text", [pytest.param("", id="empty"), pytest.param(" \n\t\n", id="whitespace")]
)
def test_reader_blank_text_has_no_body(text: str) -> None:
    assert read(text).body() == []


METHODS_WITH_LABELS = (
    "Methods\n"
    "Design: RCT.  Outcomes: infections and labour duration.  Setting: a hospital with a "
    "caesarean rate of 26%.\n"
    "Results\n"
    "Infection was 12% vs 18% (p=0.01).\n"
)


LABELLED_PARAGRAPHS = (
    "Trial in brief\n\n"
    "Study design: Adults aged 40 to 70 years were randomised to A or B.\n\n"
    "What they found: Relapse occurred in 12% vs 18% of patients.\n\n"
    "Side effects: Nausea affected 9% and 4%.\n\n"
    "Mortality: 3% vs 4% (p=0.6).\n"
)

DASHED_ABSTRACT = (
    "OBJECTIVE—To test whether drug X lowers glucose.  RESEARCH DESIGN AND METHODS—We "
    "randomised 40 adults (BMI 31 ± 2 kg/m2).  RESULTS—Glucose fell by 12% (P < 0.01).  "
    "CONCLUSIONS—Drug X lowers glucose."
)

CONTEXT, BODY = SectionKind.CONTEXT, SectionKind.BODY


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        # a methods paragraph's own labels describe the design; only a results label ends it
        pytest.param(METHODS_WITH_LABELS, "a hospital with a caesarean", CONTEXT, id="setting"),
        pytest.param(METHODS_WITH_LABELS, "infections and labour", CONTEXT, id="outcomes-label"),
        pytest.param(METHODS_WITH_LABELS, "Infection was 12% vs 18%", BODY, id="results"),
        # a paragraph opened by a label of its own starts a section
        pytest.param(LABELLED_PARAGRAPHS, "Adults aged 40 to 70", CONTEXT, id="design-label"),
        pytest.param(LABELLED_PARAGRAPHS, "Relapse occurred in 12%", BODY, id="unknown-label"),
        pytest.param(LABELLED_PARAGRAPHS, "Nausea affected 9%", BODY, id="second-unknown-label"),
        pytest.param(LABELLED_PARAGRAPHS, "Mortality: 3% vs 4%", BODY, id="result-label-stays"),
        # capitalised labels closed by a dash
        pytest.param(DASHED_ABSTRACT, "To test whether", CONTEXT, id="dashed-objective"),
        pytest.param(DASHED_ABSTRACT, "We randomised 40 adults", CONTEXT, id="dashed-methods"),
        pytest.param(DASHED_ABSTRACT, "Glucose fell by 12%", BODY, id="dashed-results"),
    ],
)
def test_reader_labelled_sections(text: str, phrase: str, kind: SectionKind) -> None:
    assert _kind_of(read(text), phrase) == {kind}
