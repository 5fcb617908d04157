"""The trade reader's shortcuts (work left until a rule asks for it, cheap first looks) must find what it found."""

from __future__ import annotations

from belcoop.parse.places import Mention, gazetteer
from belcoop.parse.trade import _RegionNames, named_with


def test_region_names_are_read_only_when_asked_and_as_the_text_goes() -> None:
    gaz = gazetteer()
    asked: list[str] = []

    def mentions(text: str) -> list[Mention]:
        asked.append(text)
        return gaz.mentions(text)

    first = "The delegation of Gomel Oblast arrived in Minsk."
    second = "The oblast's enterprises will take part in the fair in the Tula region."
    names = _RegionNames(mentions)
    names.add(first)
    names.add(second)
    assert asked == []  # nothing read before a rule asks
    before = {(-1, w, code) for _o, w, code in named_with(first, gaz.mentions(first))}
    assert before  # (Gomel Oblast is one)
    assert set(names.so_far()) == before | set(named_with(second, gaz.mentions(second)))
    assert asked == [first, second]
    assert set(names.so_far()) == before | set(named_with(second, gaz.mentions(second)))
    assert asked == [first, second]  # each sentence read once
    third = "Trade grew."
    names.add(third)
    assert set(names.so_far()) == before | {(-1, w, code) for _o, w, code in named_with(second, gaz.mentions(second))}
    assert asked == [first, second, third]


def test_every_phrase_of_results_passes_the_first_look() -> None:
    from belcoop.parse.tokens import lexicon, sentence
    from belcoop.parse.trade import _may_sum_up

    vocabulary = lexicon()
    phrases = [key for options in vocabulary.phrases.values() for key, category, _v in options if category == "year_results"]
    assert phrases
    for key in phrases:
        text = f"The ministry {' '.join(key)} the year 2024."
        assert "year_results" in sentence(text).at, text
        assert _may_sum_up(text), text
    assert not _may_sum_up("The ministry discussed the plans for 2024.")


def test_a_clause_starts_where_a_walk_back_over_its_tokens_ends() -> None:
    from belcoop.parse.trade import view

    v = view("Exports grew by 5%, and imports, in turn, fell – by 3%; trade reached $5 million.", None, lambda _t: [])
    assert len(set(v.clauses)) >= 4  # (commas, a dash and a semicolon cut it)

    def walked(k: int) -> int:
        c = v.clause(k)
        while k > 0 and v.clause(k - 1) == c:
            k -= 1
        return k

    for k in range(-1, len(v.clauses) + 2):
        assert v.clause_start(k) == walked(k), k
    assert view("", None, lambda _t: []).clause_start(3) == 0


def test_a_relative_year_is_found_whatever_its_case() -> None:
    from belcoop.parse.dates import _BASED_RELATIVE

    for text in ("Last year trade grew.", "In the PAST  YEAR it grew.", "trade of this Year", "the current\tyear"):
        assert _BASED_RELATIVE.search(text) is not None, text
    for text in ("Last yearly report.", "A year ago.", "the past years", "lastyear"):
        assert _BASED_RELATIVE.search(text) is None, text


def test_a_sentence_with_nothing_to_read_has_no_figures_and_no_metric() -> None:
    from datetime import date

    from belcoop.parse.figures import read_figures
    from belcoop.parse.tokens import sentence
    from belcoop.parse.trade import view

    plain = read_figures(sentence("The delegation visited the plant and met its workers."), date(2025, 3, 1))
    assert (plain.amounts, plain.changes, plain.periods, plain.dropped) == ([], [], [], [])
    v = view("The delegation visited the plant and met its workers.", None, lambda _t: [])
    assert v.metric_at == {}
    # a year of another calendar is still read where nothing else starts a figure
    fiscal = read_figures(sentence("Trade grew in the current fiscal year."), date(2025, 3, 1), (7, 1))
    assert [(p.first, p.last) for p in fiscal.periods] == [(date(2024, 7, 1), date(2025, 6, 30))]
    assert view("Exports grew.", None, lambda _t: []).metric_at == {0: "exports"}


def test_six_words_are_counted_as_a_split_counts_them() -> None:
    from belcoop.parse.trade import _at_most_six_words

    for text in ("Vietnam.", "Vitebsk Oblast and Pskov Oblast.", "one two three four five six  ", "\tone two\nthree four five six",
                 "one two three four five six seven", "one two three four five six seven eight nine", "", "   "):
        assert _at_most_six_words(text) == (len(text.split()) <= 6), text



def test_an_event_of_this_year_is_found_whatever_its_case() -> None:
    from belcoop.parse.dates import _named_this_year

    assert _named_this_year(["The fair was the largest at Innoprom 2023 in July THIS YEAR."]) == 2023
    assert _named_this_year(["The fair was the largest at Innoprom 2023 in July of the Current Year."]) == 2023
    assert _named_this_year(["The fair was the largest at Innoprom 2023 in July."]) is None


def test_goods_named_by_their_maker_pass_the_first_look() -> None:
    from belcoop.parse.trade import _MADE_IN, _may_name_makers

    for text in ("Urgut farmers bought Lida-made machinery worth $2 million.", "MINSK-BUILT tractors worth $5 million",
                 "Gomel-Assembled combines", "Brest-manufactured goods"):
        assert _MADE_IN.search(text) is not None and _may_name_makers(text), text
    assert not _may_name_makers("A Mogilev-based company sold goods worth $3 million.")


def test_the_tokens_of_a_clause_are_those_of_its_id() -> None:
    from belcoop.parse.trade import view

    v = view("Exports grew by 5%, and imports, in turn, fell – by 3%; trade reached $5 million.", None, lambda _t: [])
    for c in range(-1, max(v.clauses) + 2):
        assert list(v.clause_tokens(c)) == [k for k, own in enumerate(v.clauses) if own == c], c
    assert list(view("", None, lambda _t: []).clause_tokens(0)) == []


def test_a_figure_of_a_counted_group_of_places_is_still_told_apart() -> None:
    from belcoop.parse.trade import _with_a_group, view

    group = view("Belarusian exports to the six regions combined totalled $2.9 billion.", None, lambda _t: [])
    assert _with_a_group(group, list(range(len(group.s.tokens))))
    plain = view("Belarusian exports totalled $2.9 billion.", None, lambda _t: [])
    assert not _with_a_group(plain, list(range(len(plain.s.tokens))))
