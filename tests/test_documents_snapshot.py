"""Pinned floors for the scores of `python -m evaluation.documents` on the snapshots."""

from evaluation.documents import (
    load_directives_snapshot,
    load_documents_snapshot,
    score_directives,
    score_documents,
)


def test_snapshots_are_large_enough():
    assert score_documents(load_documents_snapshot()).expected >= 60
    assert score_directives(load_directives_snapshot()).expected >= 30


def test_document_scores():
    scores = score_documents(load_documents_snapshot())
    assert scores.precision >= 0.99
    assert scores.recall >= 0.99
    assert scores.issuer >= 0.99
    assert scores.issued_on >= 0.99


def test_directive_scores():
    scores = score_directives(load_directives_snapshot())
    assert scores.found >= 0.99
    assert scores.right >= 0.99
    assert scores.precision >= 0.99
