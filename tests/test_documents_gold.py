"""Pinned floors for the scores of `python -m evaluation.documents` on the gold sets."""

from evaluation.documents import (
    load_directives_gold,
    load_documents_gold,
    score_directives,
    score_documents,
)


def test_gold_sets_are_large_enough():
    assert score_documents(load_documents_gold()).gold >= 60
    assert score_directives(load_directives_gold()).gold >= 30


def test_document_scores():
    scores = score_documents(load_documents_gold())
    assert scores.precision >= 0.99
    assert scores.recall >= 0.99
    assert scores.issuer >= 0.99
    assert scores.issued_on >= 0.99


def test_directive_scores():
    scores = score_directives(load_directives_gold())
    assert scores.found >= 0.99
    assert scores.right >= 0.99
    assert scores.precision >= 0.99
