"""Bounded work per file: what the parser reads of a text far longer than any article, and the look-ups that
stand in for comparing everything with everything (each gives what the full comparison gives). The time these
bounds buy is measured by benchmarks/worst_case.py, not here."""

from __future__ import annotations

import hashlib
import math
import random
import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belcoop.analysis.reprints import FIGURE_SKETCH, LEAD_WORDS, fingerprint, unpack
from belcoop.corpus import text_key
from belcoop.model import Change, Period, Person, TradeFact
from belcoop.parse import parse_article, people
from belcoop.parse.article import BODY_LIMIT, readable
from belcoop.parse.orgs import MAX_ORGANIZATIONS, find_organizations, one_per_stretch
from belcoop.parse.people import FILED_PER_KEY, PeopleFinder, _Candidate, _same
from belcoop.parse.places import gazetteer
from belcoop.parse.trade import FACTS_PER_KEY, _close, _Found, _twins, one_fact_per_figure
from belcoop.store.schema import parsed_rows
from belcoop.vocab import RAW_LIMIT

from .conftest import GOMEL_ARTICLE, SEEDS

# ---------------------------------------------------------------- the raw text: RAW_LIMIT


def test_a_text_within_the_limit_is_read_whole() -> None:
    text = "x" * RAW_LIMIT
    assert readable(text) is text


def test_a_longer_text_is_cut_at_its_last_line_end_within_the_limit() -> None:
    line = "Menu item of a page\n"
    text = line * (2 * RAW_LIMIT // len(line))
    cut = readable(text)
    assert len(cut) <= RAW_LIMIT and text.startswith(cut)
    assert cut.endswith("Menu item of a page") and text[len(cut)] == "\n"
    assert len(cut) > RAW_LIMIT - len(line)


def test_one_long_line_is_cut_at_a_sentence_end_or_else_at_the_limit() -> None:
    sentence = "Trade grew by 5% to $2 million. "
    cut = readable(sentence * (2 * RAW_LIMIT // len(sentence)))
    assert cut.endswith("million.") and RAW_LIMIT - len(sentence) < len(cut) <= RAW_LIMIT
    assert readable("9" * (RAW_LIMIT + 10)) == "9" * RAW_LIMIT


def test_what_lies_past_the_limit_changes_nothing_and_the_record_says_so() -> None:
    tail = "\n".join(["Latest news", "Belarus' exports to Armenia up 20%", "09:01, 11 June"] * (RAW_LIMIT // 40))
    assert len(GOMEL_ARTICLE + tail) > RAW_LIMIT
    plain = parse_article(GOMEL_ARTICLE, path="a.txt", sha256="0", record_id="a")
    long = parse_article(GOMEL_ARTICLE + tail, path="a.txt", sha256="0", record_id="a")
    assert long.to_dict() == plain.to_dict()  # the notes go to the store, not into the record
    assert len(long.notes) == 1 and f"first {RAW_LIMIT:,} characters" in long.notes[0]
    assert not plain.notes


def test_a_long_body_says_only_that_it_was_read_up_to_the_body_limit() -> None:
    sentence = "In 2022, trade between Belarus and Kazakhstan grew by 12% to $1.2 billion. "
    record = parse_article("Trade\n\n" + sentence * (2 * RAW_LIMIT // len(sentence)), path="a.txt", sha256="0", record_id="a")
    assert len(record.notes) == 1 and f"first {BODY_LIMIT:,} characters" in record.notes[0]


def test_the_reprint_fingerprint_is_of_the_text_the_parser_read() -> None:
    text = GOMEL_ARTICLE + "\n".join(f"Trade of region {i} grew by {i % 90}% to ${i} million in 2021, the office said."
                                     for i in range(RAW_LIMIT // 60))
    record = parse_article(text, path="a.txt", sha256="0", record_id="a")
    whole = parsed_rows(record, text, text_key(text), len(text), 0)
    read = parsed_rows(record, readable(text), text_key(text), len(text), 0)
    assert (whole.story_keys, whole.sketch) == (read.story_keys, read.sketch)


# ---------------------------------------------------------------- the text key


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(["a", "b", " ", "\n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0",
                                         "\u1680", "\u2000", "\u2028", "\u3000", "\u200b", "\ufeff"]), max_size=60))
def test_the_text_key_ignores_spacing_as_the_pattern_it_replaced(text: str) -> None:
    assert text_key(text) == hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- trade: one fact per figure


def _every_fact_compared(found: list[_Found]) -> list[TradeFact]:
    """one_fact_per_figure as it was: each fact compared with every fact kept before it."""
    out: list[_Found] = []
    for item in found:
        twin = next((i for i, other in enumerate(out) if _twins(other, item)), None)
        if twin is None:
            out.append(item)
            continue
        g, f = out[twin].fact, item.fact
        status = g.status if g.status == f.status else ("target" if "target" in (g.status, f.status) else g.status)
        out[twin] = _Found(replace(g, period=g.period or f.period, change=g.change or f.change, approx=g.approx or f.approx,
                                   product=g.product or f.product, status=status), out[twin].weak and item.weak)
    return [x.fact for x in out]


# values at either side of the 0.5% that makes two values one figure, of both signs, zero and worse
_BASES = [100.0, 7.3e6, 1e-300, 5e-324, 1e300]
_VALUES = st.one_of(
    st.sampled_from([None, 0.0, -0.0, math.inf, -math.inf, math.nan]),
    st.builds(lambda b, r, s: s * b * r, st.sampled_from(_BASES),
              st.sampled_from([1.0, 0.995, 0.99499, 0.99501, 1.005, 1.00503, 1.00502, 0.99, 1.01, 0.9899, 1 / 0.995]),
              st.sampled_from([1, 1, 1, -1])),
    st.floats(allow_nan=False, allow_infinity=False),
)
_FACTS = st.builds(
    lambda partner, metric, value, product, period, change, status, weak: _Found(
        TradeFact(partner, metric, value, "USD", None, period, change, status, "evidence", product), weak),
    st.sampled_from(["KZ", None]), st.sampled_from(["turnover", "exports"]), _VALUES,
    st.sampled_from([None, "potash", "Potash", "milk"]),
    st.sampled_from([None, Period("2021-01-01", "2021-12-31"), Period("2022-01-01", "2022-06-30")]),
    st.sampled_from([None, Change("percent", 5.0), Change("times", 2.0), Change("percent", math.inf)]),
    st.sampled_from(["actual", "actual", "target"]), st.booleans(),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_FACTS, max_size=40))
def test_facts_filed_by_value_merge_as_when_every_fact_is_compared(found: list[_Found]) -> None:
    assert repr(one_fact_per_figure(found)) == repr(_every_fact_compared(found))


def test_a_figure_restated_half_a_percent_off_is_one_fact_across_a_bucket_edge() -> None:
    period = Period("2021-01-01", "2021-12-31")
    facts = [_Found(TradeFact("KZ", "turnover", v, "USD", None, p, None, "actual", "e"), False)
             for v, p in [(100.0, None), (200.0, None), (99.5, period), (99.49, period)]]
    assert [(f.value, f.period) for f in one_fact_per_figure(facts)] == [(100.0, period), (200.0, None), (99.49, period)]


def test_values_as_far_apart_as_one_figure_allows_merge_wherever_they_fall_in_the_buckets() -> None:
    def fact(value: float) -> _Found:
        return _Found(TradeFact("KZ", "exports", value, "USD", None, None, None, "actual", "e"), False)

    for k in range(2000):
        value = 100.0 * 1.0013**k
        for other in (value * 0.995, value * 0.99499, value / 0.995, value * 1.00503):
            assert len(one_fact_per_figure([fact(value), fact(other)])) == (1 if _close(value, other) else 2)


# ---------------------------------------------------------------- people: names filed by their first letters


class _EveryoneCompared(PeopleFinder):
    """The people finder as it was: a new name compared with every person named before."""

    def _twin(self, cand: _Candidate) -> int | None:
        return next((at for at, p in enumerate(self.people) if _same(p, cand)), None)


_VARIANTS = [
    "Governor of Mogilev Oblast Mikhail Degtyaryov met Kazakhstan's Ambassador Yerlan Yermakov in Minsk.",
    "Mikhail Degtyarev said the farm will be built, and Ermakov agreed.",
    "Aleksandr Lukashenko met Abdel Fattah El-Sisi; President Lukashenko and President Sisi noted the progress.",
    "The roadmap was signed by R.A. Golovchenko and Natalia Kochanova, Chairwoman of the Council of the Republic.",
    "Prime Minister Roman Golovchenko, Cochanova and Mr Degtyaryov then visited the plant.",
    "Deputy Prime Minister Leonid Zayats and Governor Roman Starovoit of Kursk Oblast talked to Starovoit's deputy.",
]


def _people_of(finder: PeopleFinder, sentences: list[str]) -> list[Person]:
    for s in sentences:
        finder.feed(s)
    return finder.result()


@pytest.mark.skipif(people.__file__.endswith((".so", ".pyd")), reason="a compiled class takes no subclass of Python's")
def test_names_filed_by_their_first_letters_merge_as_when_everyone_is_compared() -> None:
    found = _people_of(PeopleFinder(gazetteer().mentions), _VARIANTS)
    assert found == _people_of(_EveryoneCompared(gazetteer().mentions), _VARIANTS)
    # the variants found one another: a changed first letter ("Yermakov", "Ermakov") and a surname alone among them
    assert [p.name for p in found] == ["Mikhail Degtyaryov", "Yerlan Yermakov", "Aleksandr Lukashenko", "Abdel Fattah El-Sisi",
                                       "Roman Golovchenko", "Natalia Kochanova", "Leonid Zayats", "Roman Starovoit"]


def test_the_articles_of_the_seeds_name_the_same_people_as_when_everyone_is_compared(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    assert texts
    filed = [parse_article(t, path="a.txt", sha256="0", record_id="a").people for t in texts]
    monkeypatch.setattr(PeopleFinder, "_twin", _EveryoneCompared._twin)
    assert filed == [parse_article(t, path="a.txt", sha256="0", record_id="a").people for t in texts]


def test_a_page_of_nothing_but_names_files_a_bounded_number_under_each_key() -> None:
    finder = PeopleFinder(gazetteer().mentions)
    given = ["Ivan", "Igor", "Ilya", "Irina"]
    letters = random.Random(12)  # surnames of one head ("Kr") but nothing else alike: no two are one person
    surnames = ["Kr" + "".join(letters.choice("aeioubdgklmnprstvz") for _ in range(8)) + "ov" for _ in range(60)]
    for n, surname in enumerate(surnames):
        finder.feed(f"Governor {given[n % 4]} {surname} met the delegation in Minsk.")
    assert len(finder.people) == len(surnames)  # every one kept, though the later ones are not all filed
    assert max(map(len, finder.filed.values())) == FILED_PER_KEY


# ---------------------------------------------------------------- organizations


def _each_compared(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    kept: list[tuple[int, int, int]] = []
    for start, end, kind in sorted(spans, key=lambda se: (se[0], -se[1])):
        if not any(start < e and s < end for s, e, _k in kept):
            kept.append((start, end, kind))
    return kept


_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12), st.integers(0, 2)).map(lambda t: (t[0], t[0] + t[1], t[2])),
                  max_size=40)


@settings(max_examples=300)
@given(_SPANS)
def test_overlapping_matches_keep_the_first_as_when_each_is_compared_with_those_kept(spans: list[tuple[int, int, int]]) -> None:
    assert one_per_stretch(spans) == _each_compared(spans)


def test_a_page_naming_more_bodies_than_any_article_is_read_for_its_first_ones() -> None:
    letters = random.Random(3)
    names = ["".join(letters.choice("bdgklmnprstvz") + letters.choice("aeiou") for _ in range(4)).title() for _ in range(200)]
    found = find_organizations(" ".join(f"The {name} Plant signed a contract." for name in names))
    assert found == [f"{name} Plant" for name in names[:MAX_ORGANIZATIONS]]


def test_a_figure_stated_for_more_periods_than_any_article_is_compared_with_a_bounded_number() -> None:
    periods = [Period(f"{year}-01-01", f"{year}-12-31") for year in range(1900, 1900 + 3 * FACTS_PER_KEY)]
    facts = [_Found(TradeFact("KZ", "exports", 5e6, "USD", None, p, None, "actual", "e"), False) for p in periods]
    restated = [_Found(TradeFact("KZ", "exports", 5e6, "USD", None, p, Change("percent", 3.0), "actual", "e"), False)
                for p in periods]
    merged = one_fact_per_figure(facts + restated)
    # every period kept; the first FACTS_PER_KEY take the change of their restatement, the later ones are left as they are
    assert [f.period for f in merged] == periods + periods[FACTS_PER_KEY:]
    assert [f.change for f in merged[:FACTS_PER_KEY]] == [Change("percent", 3.0)] * FACTS_PER_KEY


def test_a_page_of_numbers_has_a_fingerprint_of_a_bounded_number_of_figures() -> None:
    # 65,536 figures or more once overflowed the sketch's 16-bit count: struct.error, and no record at all; and
    # each pair of figures was a key for the store to write and look up
    story = fingerprint(" ".join(str(n) for n in range(100, 80_000)))
    assert len(unpack(story.sketch).figures) == FIGURE_SKETCH
    assert len(story.keys) <= FIGURE_SKETCH + LEAD_WORDS


# ---------------------------------------------------------------- a saved web page: read as far as the parser reads

_HTML_PIECES = ["<p>", "</p>", "<div class='a'>", "</div>", "word ", "  ", "\n", "\n\n\n", "<br>", "&amp;", "&nbsp;",
                "<script>var x = '<p>';</script>", "<span>", "</span>", "tail", "\t", "<!-- note -->", "<a href='x'>",
                "<", ">", "&"]


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(st.sampled_from(_HTML_PIECES), max_size=150), limit=st.integers(1, 80),
       chunk=st.integers(1, 40))
def test_a_page_read_up_to_a_limit_gives_the_same_text_up_to_it(pieces: list[str], limit: int, chunk: int) -> None:
    import belcoop.html

    page = "".join(pieces)
    whole = belcoop.html.visible_text(page)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(belcoop.html, "_CHUNK", chunk)  # fed in pieces as small as a few characters
        part = belcoop.html.visible_text(page, limit)
    assert part[:limit] == whole[:limit]
    assert (len(part) > limit) == (len(whole) > limit)  # so the parser still says it read only a part


def test_a_page_of_megabytes_of_markup_is_read_until_its_text_passes_the_limit() -> None:
    from belcoop.corpus import html_to_text

    page = "<html><body>" + "".join(f"<div class='n{i}'><a href='/n/{i}'>news {i}</a></div>\n" for i in range(200_000))
    text = html_to_text(page)
    assert RAW_LIMIT < len(text) < 2 * RAW_LIMIT  # not the whole page's 2.2 million characters of text
    assert text.startswith("news 0\n")
