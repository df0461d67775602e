"""Directory inputs: recursive, sorted, hidden files and folders skipped."""

from __future__ import annotations

from ._helpers import read_all


def test_tree_is_read_recursively_in_sorted_order_skipping_hidden(fixtures):
    arts, bad = read_all([fixtures / "tree"])
    assert bad == []
    texts = [a.text for a in arts]
    assert texts == [
        "Tree article one about Tal Abyad.",
        "Tree article two about Ain Issa.",
        "Tree JSONL article about Suluk.",
    ]
    assert not any("Hidden" in t for t in texts)


def test_multiple_paths_keep_argument_order(fixtures):
    arts, _ = read_all([fixtures / "header.txt", fixtures / "tree" / "b.txt"])
    assert [a.origin.rsplit("/", 1)[-1] for a in arts] == ["header.txt", "b.txt"]
