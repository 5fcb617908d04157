"""The cheaper page split: lead-ins looked at only on lines ending with a colon, the prose test kept per line, and
sidebar headings looked for only over the first line of prose."""

from belcoop.parse.text import _drop_sidebars, _is_prose, _joined_lists


def test_joined_lists_pass_lines_without_a_colon() -> None:
    lines = ["The two sides met in Gomel on Tuesday.", "exports - $3.1 million;", "imports - $1.2 million."]
    assert _joined_lists(lines) == lines


def test_joined_lists_join_a_period_lead_in() -> None:
    lines = ["Trade in 2024:", "exports - $3.1 million;", "imports - $1.2 million.", "The talks went on."]
    assert _joined_lists(lines) == [
        "Trade in 2024: exports - $3.1 million; imports - $1.2 million.", "The talks went on."]


def test_is_prose_answer_is_kept_and_the_same() -> None:
    line = "Delegates from both regions agreed on a plan for joint dairy projects."
    first = _is_prose(line)
    hits = _is_prose.cache_info().hits
    assert _is_prose(line) is first is True
    assert _is_prose.cache_info().hits == hits + 1
    assert _is_prose("Home | News | About | Contacts | Search | Login") is False


def test_sidebar_over_the_prose_is_dropped() -> None:
    lines = ["Latest news", "Tractor plant opens in Osh", "Mayor visits a dairy farm", "",
             "Officials of the two regions signed a plan on dairy supplies on Monday.", "Second paragraph here."]
    assert _drop_sidebars(lines) == [lines[4], lines[5]]


def test_sidebar_heading_under_the_prose_is_kept() -> None:
    lines = ["Officials of the two regions signed a plan on dairy supplies on Monday.", "Latest news",
             "Tractor plant opens in Osh", "", "The last line of the page."]
    assert _drop_sidebars(lines) == lines
