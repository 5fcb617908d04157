"""Property tests: arbitrary text, bytes and option values never produce a traceback."""

from __future__ import annotations

import json

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belcoop.cli import cli
from belcoop.corpus import SkipFile, article_text
from belcoop.model import Record
from belcoop.parse import parse_article

# Words that drive the grammars (amounts, dates, names, places), to reach deep into the parser.
TOKENS = [
    "$", "US", "1", "18", "2.5", "1,000", "31.866.000", "million", "billion", "bn", "m", "%", "percent", "times", "fold",
    "up", "down", "by", "almost", "over", "doubled", "trade", "turnover", "exports", "imports", "supplies of", "in", "2021",
    "2022", "January-March", "first half of", "last year", "May", "17", "13 May", "04.11.2015", " date 2022-06-09",
    "Governor", "Minister", "Aleksandr", "Lukashenko", "Perm Krai", "Russia's", "Kazakhstan", "Minsk", "(BelTA)", "MINSK,",
    "–", "-", ",", ".", ";", ":", '"', "'s", "signed", "agreement", "will", "could", "\n", "\n\n", " ", "Oblast", "of",
    "the", "Flag Wednesday, 17 August 2022", "Other materials", "<p>", "&amp;", "\u00a0", "\u201c", "\r\n", "20.5", "19,5",
    "2020.5", "held talks", "met", "Forum", "in Astana", "(+12%)", "(40%)", "to", "from", "₽", "one hundred", "Belarus-Russia",
]
tokens_text = st.lists(st.sampled_from(TOKENS), max_size=300).map(" ".join)


@settings(max_examples=150, deadline=5000, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=3000), tokens_text))
def test_any_text_parses_into_a_valid_record(text: str) -> None:
    record = parse_article(text, path="fuzz.txt", sha256="0" * 64, record_id="fuzz")
    data = record.to_dict()
    json.dumps(data)
    assert Record.from_dict(json.loads(json.dumps(data))) == record
    for fact in record.trade:
        assert fact.metric in ("turnover", "exports", "imports") and fact.status in ("actual", "target")
        assert fact.evidence
    assert record.date is None or len(record.date) == 10


@settings(max_examples=200, deadline=2000)
@given(st.binary(max_size=4000), st.sampled_from(["a.txt", "a.html", "a.htm"]))
def test_any_bytes_either_read_or_skipped(data: bytes, name: str) -> None:
    try:
        text = article_text(data, name, lambda _m: None)
    except SkipFile:
        return
    assert isinstance(text, str) and text.strip()


OPTION_VALUES = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=20)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from(["list", "trade", "people", "summary"]),
    st.sampled_from(["--region", "--country", "--since", "--until", "--person", "--text", "--limit", "--sector", "--year"]),
    OPTION_VALUES,
)
def test_any_option_value_gives_a_clean_exit(command: str, option: str, value: str) -> None:
    if option == "--year" and command in ("people", "summary"):
        option = "--person"
    result = CliRunner().invoke(cli, [command, option, value, "--format", "json"])
    assert result.exit_code in (0, 1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if result.exit_code == 0:
        json.loads(result.stdout)
