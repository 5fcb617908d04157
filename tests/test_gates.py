"""The cheap proofs that stand in for the sectors' and agreements' text patterns agree with those patterns, and the
token gates let through every sentence the patterns would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from belcoop.parse.agreements import _may_name_documents, find_agreements
from belcoop.parse.folded import FoldedPattern, plain_case, stands_alone
from belcoop.parse.sectors import find_sectors, sentence_sectors, vocabulary

_EDGES = ["", " ", "-", "_", "2", "a", "é", "'", "'s", ",", "\u0301", "İ", "K", "Σ", "\n"]


@given(st.sampled_from(_EDGES), st.sampled_from(["agreement", "Agreement", "AGREEMENT", "agreements"]), st.sampled_from(_EDGES))
def test_stands_alone_is_the_pattern_at_its_place(before: str, word: str, after: str) -> None:
    text = f"{before}{word}{after}"
    pattern = FoldedPattern(r"(?<![\w-])(?:agreement)(?![\w-])")
    if not plain_case(text):
        return
    if stands_alone(text, len(before), "agreement"):
        assert pattern.search(text) is not None
    prefix = FoldedPattern(r"(?<![\w-])(?:agreement[\w-]*)(?![\w-])")
    if stands_alone(text, len(before), "agreement", after=False):
        assert prefix.search(text) is not None
    at_place = re.compile(r"(?<![\w-])agreement(?![\w-])").match(text.lower(), len(before))  # look-behind sees before
    assert stands_alone(text, len(before), "agreement") == (at_place is not None)


@given(st.sampled_from(_EDGES), st.sampled_from(["dairy", "Dairy", "agricultural", "IT", "it", "land reclamation", "land  reclamation",
                                                  "joint venture", "joint  production", "oil and gas", "Belshina"]),
       st.sampled_from(_EDGES))
@settings(max_examples=300)
def test_sectors_as_the_text_pattern_gates_them(before: str, phrase: str, after: str) -> None:
    """A sentence the text pattern finds no keyword in has no sector, whatever its tokens say."""
    text = f"Belarus and Kazan discussed {before}{phrase}{after} cooperation."
    found = sentence_sectors(text)
    if not vocabulary().may_hold_sectors(text):
        assert found == set()
    assert set(find_sectors([text])) == found


@given(st.sampled_from(_EDGES), st.sampled_from(["agreement", "Agreements", "MoU", "road map", "roadmap", "contracts"]),
       st.sampled_from(_EDGES))
@settings(max_examples=200)
def test_agreements_as_the_text_pattern_gates_them(before: str, head: str, after: str) -> None:
    """A sentence the text pattern finds no document or signing word in adds nothing: here it does not name the
    documents the headline reports."""
    text = f"There are 26 {before}{head}{after} in all."
    found = find_agreements([[text]], "Belarus, Laos conclude 26 agreements and contracts")
    if not _may_name_documents(text):
        assert found == []


def test_the_gates_keep_the_text_patterns_edges() -> None:
    """Keywords the tokens hold but the text patterns do not find as written count for nothing (the figures are the
    parser's before the token gates)."""
    assert sentence_sectors("We discussed 5farms and land\treclamation.") == set()
    assert sentence_sectors("IT2 is growing.") == set()
    assert sentence_sectors("We discussed land  reclamation and dairy.") == {"agriculture", "food"}
    assert sentence_sectors("joint _ventures") == set()
    assert sentence_sectors("the joint  venture in Minsk") == {"investment"}
    assert sentence_sectors("They are in the Ministry-affiliated agricultural institute.") == set()
    headline = "Belarus, Laos conclude 26 agreements and contracts"
    assert find_agreements([["There are 26 2agreements in all."]], headline) == []
    assert [a.kind for a in find_agreements([["Joint statement signed."]])] == ["agreement"]
    assert [(a.kind, a.count) for a in find_agreements([["They signed 2agreements."]])] == [("agreement", 2)]
