"""The whole path: text -> Document -> spaCy Doc -> mentions (body only) -> records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from outcomes.assemble import assemble
from outcomes.nlp import REGIONS_KEY, mentions, pipeline
from outcomes.reader import Document, read
from outcomes.records import EffectRecord

DEFAULT_BATCH_SIZE = 64


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        msg = f"extract() expects the document as a str, got {type(text).__name__}"
        raise TypeError(msg)
    return text


def _to_doc(document: Document) -> Doc:
    """A tokenised Doc of the whole text, told which regions are body text."""
    doc = pipeline().make_doc(document.text)
    doc.user_data[REGIONS_KEY] = [(s.start, s.end) for s in document.body()]
    return doc


def _records(document: Document, doc: Doc) -> list[EffectRecord]:
    records: list[EffectRecord] = []
    for sentence in mentions(doc):
        records.extend(assemble(sentence, document.text, document.doc_id))
    return records


def extract(text: str, doc_id: str | None = None) -> list[EffectRecord]:
    """Every quantitative result in ``text`` as effect records.

    Args:
        text: a digest, an abstract, a news paragraph or a single sentence.
        doc_id: an id copied into every record's ``doc_id``.

    Returns:
        The records in text order; ``[]`` for empty or whitespace-only text.

    >>> [r.intervention.value for r in extract("Mortality was 12% vs 18% (p=0.01).")]
    [12.0]
    """
    document = read(_check_text(text), doc_id)
    if not document.body():
        return []
    return _records(document, pipeline()(_to_doc(document)))


def _documents(items: Iterable[str | Document | tuple[str, str]]) -> Iterator[Document]:
    for index, item in enumerate(items):
        if isinstance(item, Document):
            yield item
        elif isinstance(item, tuple):
            doc_id, text = item
            yield read(_check_text(text), doc_id)
        else:
            yield read(_check_text(item), str(index))


def extract_many(
    items: Iterable[str | Document | tuple[str, str]],
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[tuple[str | None, list[EffectRecord]]]:
    """Stream ``(doc_id, records)`` per input, in input order, with constant memory.

    Args:
        items: texts (ids are their positions), ``(id, text)`` pairs or ``Document``s.
        n_process: worker processes for spaCy's ``nlp.pipe``.
        batch_size: documents per batch.
    """
    documents: list[Document] = []

    def docs() -> Iterator[Doc]:
        for document in _documents(items):
            documents.append(document)
            yield _to_doc(document)

    parsed = pipeline().pipe(docs(), n_process=n_process, batch_size=batch_size)
    for doc in parsed:
        document = documents.pop(0)
        yield document.doc_id, _records(document, doc)
