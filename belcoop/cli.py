"""Command-line interface: wiring only. Options -> query -> one render call."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from belcoop import __version__
from belcoop.errors import BadQuery, BelcoopError, CorpusError
from belcoop.render import Output, Table
from belcoop.vocab import DEFAULT_MAX_SIZE, FORMATS, SECTOR_KEYS

F = TypeVar("F", bound=Callable[..., Any])


# ---------------------------------------------------------------- environment and messages


class Env:
    """The streams and terminal facts of this run, so tests can force either kind of output."""

    def __init__(self, stdout_tty: bool, stderr_tty: bool, color: bool, width: int | None) -> None:
        self.stdout_tty = stdout_tty
        self.stderr_tty = stderr_tty
        self.color = color
        self.width = width

    @classmethod
    def detect(cls) -> Env:
        out_tty = sys.stdout.isatty()
        err_tty = sys.stderr.isatty()
        color = out_tty and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
        width = None
        if out_tty:
            import shutil

            width = shutil.get_terminal_size((100, 24)).columns
        return cls(out_tty, err_tty, color, width)


def warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def note(message: str) -> None:
    click.echo(message, err=True)


# ---------------------------------------------------------------- shared options

EPILOG_FORMATS = "Formats: table (default on a terminal), json, jsonl, csv."


def corpus_options(func: F) -> F:
    @click.option(
        "--corpus", "corpus", multiple=True, type=click.Path(path_type=str), metavar="PATH",
        help="Article file or folder (repeatable). Default: $BELCOOP_CORPUS, else the bundled seed articles.",
    )
    @click.option("--no-cache", is_flag=True, help="Parse everything afresh; do not read or write the record cache.")
    @click.option("--max-size", type=click.IntRange(min=1), default=DEFAULT_MAX_SIZE, show_default=True,
                  help="Skip article files larger than this many bytes.")
    @click.option("--jobs", type=click.IntRange(min=1), default=None, help="Parser processes for a cold parse (default: all cores).")
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _date_option(name: str, end: bool) -> Callable[[F], F]:
    def convert(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
        if value is None:
            return None
        from belcoop.query import parse_user_date

        try:
            return parse_user_date(value, end=end)
        except BadQuery as err:
            raise click.BadParameter(str(err)) from None

    return click.option(
        name, callback=convert, metavar="DATE",
        help=("Only articles dated on or after DATE" if not end else "Only articles dated on or before DATE")
        + " (2022, 'May 2022', 2022-05-13).",
    )


def filter_options(func: F) -> F:
    def regions(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> Any:
        from belcoop.query import resolve_region

        try:
            return tuple(resolve_region(v) for v in value)
        except BadQuery as err:
            raise click.BadParameter(str(err)) from None

    def country(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
        if value is None:
            return None
        from belcoop.query import resolve_country

        try:
            return resolve_country(value)
        except BadQuery as err:
            raise click.BadParameter(str(err).replace("region", "country")) from None

    @click.option("--region", multiple=True, callback=regions, metavar="TEXT",
                  help="Partner name, alias or ISO code (Perm, 'Khabarovsk Territory', RU-PER); repeatable.")
    @click.option("--country", callback=country, metavar="TEXT", help="Partner country (Russia, RU, Kazakhstan).")
    @click.option("--sector", "sectors", multiple=True, type=click.Choice(SECTOR_KEYS), metavar="KEY",
                  help=f"Sector of cooperation (repeatable): {', '.join(SECTOR_KEYS)}.")
    @click.option("--person", metavar="TEXT", help="Someone named in the article (part of the name is enough).")
    @_date_option("--since", end=False)
    @_date_option("--until", end=True)
    @click.option("--text", metavar="TEXT", help="Words that appear in the article text.")
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def output_options(func: F) -> F:
    @click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help=EPILOG_FORMATS)
    @click.option("--json", "as_json", is_flag=True, help="Shortcut for --format json.")
    @click.option("--limit", type=click.IntRange(min=0), default=None, metavar="N", help="Show at most N rows.")
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


# ---------------------------------------------------------------- helpers used by every command


def corpus_paths(corpus: tuple[str, ...]) -> list[str]:
    if corpus:
        return list(corpus)
    env = os.environ.get("BELCOOP_CORPUS")
    if env:
        return [p for p in env.split(os.pathsep) if p]
    from belcoop.corpus import bundled_seeds

    return [str(bundled_seeds())]


def open_corpus(corpus: tuple[str, ...], no_cache: bool, max_size: int, jobs: int | None) -> Any:
    from belcoop.records import CorpusView

    env = Env.detect()
    paths = corpus_paths(corpus)
    try:
        view = CorpusView(paths, warn=warn, use_cache=not no_cache, max_size=max_size, jobs=jobs,
                          progress=_progress_factory(env))
    except CorpusError as err:
        raise click.UsageError(str(err)) from None
    if not view.sources:
        note(f"no articles found in {', '.join(paths)}")
    return view


def _progress_factory(env: Env) -> Callable[[int], Callable[[int, int], None] | None]:
    def factory(total: int) -> Callable[[int, int], None] | None:
        if not env.stderr_tty or total < 200:
            return None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        progress = Progress("parsing", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True)
        task = progress.add_task("parse", total=total)
        progress.start()

        def update(done: int, all_: int) -> None:
            progress.update(task, completed=done)
            if done >= all_:
                progress.stop()

        return update

    return factory


def build_filters(kwargs: dict[str, Any], year: int | None = None) -> Any:
    from belcoop.query import Filters

    return Filters(
        regions=kwargs.get("region") or (),
        country=kwargs.get("country"),
        sectors=tuple(kwargs.get("sectors") or ()),
        person=kwargs.get("person"),
        since=kwargs.get("since"),
        until=kwargs.get("until"),
        text=kwargs.get("text"),
        year=year,
    )


def emit(output: Output, fmt: str | None, as_json: bool, count: int, *, empty_corpus: bool = False) -> None:
    from belcoop.render import render

    env = Env.detect()
    chosen = "json" if as_json else (fmt or "table")
    if count == 0 and not empty_corpus:
        note("no records match")
    render(output, chosen, sys.stdout, color=env.color, terminal_width=env.width)


def limited(items: list[Any], limit: int | None) -> list[Any]:
    return items if limit is None else items[:limit]


# ---------------------------------------------------------------- commands


class Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BelcoopError as err:
            raise click.ClickException(str(err)) from None
        except BrokenPipeError:
            # The reader went away (`belcoop list | head -1`): stop quietly, and keep Python from
            # complaining when it flushes stdout at exit.
            _silence_stdout()
            raise click.exceptions.Exit(0) from None

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if self.epilog:
            formatter.write_paragraph()
            for line in self.epilog.splitlines():
                formatter.write_text(line) if line.strip() else formatter.write_paragraph()


@click.group(
    cls=Group,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="""Examples:

  belcoop list --region Perm
  belcoop trade --year 2022
  belcoop list --sector agriculture --format json | jq '.[].partner.name'

Each command has --help with an example. Corpus: --corpus PATH, $BELCOOP_CORPUS, or the bundled seeds.""",
)
@click.version_option(__version__, "-V", "--version", prog_name="belcoop")
def cli() -> None:
    """Query structured records of Belarus' cooperation with its partners, read from news articles."""


@cli.command("list")
@corpus_options
@filter_options
@click.option("--year", type=int, default=None, help="Only articles dated in this year.")
@click.option("--sort", "sort_key", type=click.Choice(["date", "-date", "partner"]), default="date", show_default=True,
              help="Order of rows; undated articles come last.")
@output_options
def list_cmd(corpus: tuple[str, ...], no_cache: bool, max_size: int, jobs: int | None, year: int | None, sort_key: str,
             fmt: str | None, as_json: bool, limit: int | None, **kwargs: Any) -> None:
    """One row per article: date, partner, venue, event, sectors, trade facts.

    \b
    Example:
      belcoop list --region Perm
      belcoop list --sector agriculture --format json | jq '.[].partner.name'
    """
    from belcoop.query import list_row, sort_key_of

    view = open_corpus(corpus, no_cache, max_size, jobs)
    filters = build_filters(kwargs, year)
    if as_json or fmt == "json":
        matched = view.write_list_json(filters, sort_key, limit, sys.stdout)
        if matched is not None:
            if not matched and view.sources:
                note("no records match")
            return
    # Rows are made as records stream in, so a large corpus is never held in memory as records.
    want_json = as_json or fmt in ("json", "jsonl")
    items = [(sort_key_of(r, sort_key), list_row(r), r.to_dict() if want_json else None) for r in view.iter_select(filters)]
    items = limited(sorted(items, key=lambda item: item[0]), limit)
    columns = ["id", "date", "partner", "venue", "event", "sectors", "trade_facts", "title"]
    emit(Output([Table(columns, [row for _k, row, _d in items], justify={"trade_facts": "right"})],
                [data for _k, _r, data in items]), fmt, as_json, len(items), empty_corpus=not view.sources)


@cli.command("show")
@click.argument("record_id")
@corpus_options
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", help="table or json.")
@click.option("--json", "as_json", is_flag=True, help="Shortcut for --format json.")
def show_cmd(record_id: str, corpus: tuple[str, ...], no_cache: bool, max_size: int, jobs: int | None,
             fmt: str, as_json: bool) -> None:
    """The whole record of one article; a unique id prefix is enough.

    \b
    Example:
      belcoop show 003
      belcoop show 003_966819d49d5648f5 --format json
    """
    view = open_corpus(corpus, no_cache, max_size, jobs)
    record = view.get(record_id)
    if as_json or fmt == "json":
        import json

        click.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=2))
        return
    from belcoop.render import render

    env = Env.detect()
    render(_show_output(record), "table", sys.stdout, color=env.color, terminal_width=env.width)


def _show_output(record: Any) -> Output:
    from belcoop.query import format_change, format_period, format_value

    r = record
    about = [
        {"field": "id", "value": r.id},
        {"field": "title", "value": r.source.title or ""},
        {"field": "date", "value": f"{r.date or 'unknown'}" + (f" ({r.date_basis}, from '{r.date_text}')" if r.date_text else "")},
        {"field": "source", "value": r.source.path},
        {"field": "outlet", "value": r.source.outlet or ""},
        {"field": "partner", "value": f"{r.partner.name} ({r.partner.code})" if r.partner else ""},
        {"field": "partners", "value": [f"{p.name} ({p.code})" for p in r.partners]},
        {"field": "Belarusian side", "value": f"{r.belarus_side.name} ({r.belarus_side.code})"},
        {"field": "venue", "value": r.venue or ""},
        {"field": "event", "value": r.event.type + (f": {r.event.label}" if r.event.label else "")},
        {"field": "sectors", "value": r.sectors},
        {"field": "organizations", "value": r.organizations},
    ]
    tables = [Table(["field", "value"], about, title="Record")]
    if r.people:
        tables.append(Table(["name", "role", "country"], [
            {"name": p.name, "role": p.role or "", "country": p.country or ""} for p in r.people], title="People"))
    if r.trade:
        tables.append(Table(["metric", "product", "period", "value", "change", "status", "evidence"], [
            {"metric": f.metric, "product": f.product or "",
             "period": format_period(f.period.start, f.period.end) if f.period else "",
             "value": format_value(f.value, f.currency, f.approx),
             "change": format_change(f.change.kind, f.change.value) if f.change else "",
             "status": f.status, "evidence": f.evidence} for f in r.trade], title="Trade facts"))
    if r.agreements:
        tables.append(Table(["kind", "count", "evidence"], [
            {"kind": a.kind, "count": a.count if a.count is not None else "", "evidence": a.evidence} for a in r.agreements],
            title="Agreements signed"))
    return Output(tables, r.to_dict())


@cli.command("trade")
@corpus_options
@filter_options
@click.option("--year", type=int, default=None, help="Facts whose period overlaps YEAR (or, with no period, dated in YEAR).")
@click.option("--metric", type=click.Choice(["turnover", "exports", "imports"]), default=None, help="Only this metric.")
@click.option("--status", type=click.Choice(["actual", "target"]), default=None, help="Reported figures or targets.")
@click.option("--chart", is_flag=True, help="Bar chart of full-year turnover by partner for --year.")
@output_options
def trade_cmd(corpus: tuple[str, ...], no_cache: bool, max_size: int, jobs: int | None, year: int | None,
              metric: str | None, status: str | None, chart: bool, fmt: str | None, as_json: bool, limit: int | None,
              **kwargs: Any) -> None:
    """One row per trade figure: partner, metric, period, value, change, status.

    \b
    Example:
      belcoop trade --year 2022
      belcoop trade --region Khabarovsk --format csv > khabarovsk.csv
      belcoop trade --year 2021 --chart
    """
    from belcoop.query import full_year_turnover, matching_facts, sort_key_of, trade_json, trade_row

    if chart and year is None:
        raise click.UsageError("--chart needs --year")
    view = open_corpus(corpus, no_cache, max_size, jobs)
    name = _place_namer()
    facts = []
    for record in view.iter_select(build_filters(kwargs), fact_year=year):
        for f in matching_facts(record, year=year, metric=metric, status=status):
            facts.append((sort_key_of(record, "date"), f, trade_row(record, f, name), trade_json(record, f, name)))
    facts.sort(key=lambda item: item[0])
    if chart:
        assert year is not None
        _chart(full_year_turnover([f for _k, f, _r, _j in facts], year), year, name)
        return
    facts = limited(facts, limit)
    columns = ["date", "partner", "metric", "product", "period", "value", "change", "status", "id"]
    emit(Output([Table(columns, [row for _k, _f, row, _j in facts], justify={"value": "right", "change": "right"})],
                [data for _k, _f, _r, data in facts]), fmt, as_json, len(facts), empty_corpus=not view.sources)


def _place_namer() -> Callable[[str | None], str]:
    from belcoop.parse.places import resolver

    places = resolver().places

    def name(code: str | None) -> str:
        if not code:
            return ""
        place = places.get(code)
        return place.name if place else code

    return name


def _chart(values: dict[str, float], year: int, name: Callable[[str | None], str]) -> None:
    from rich.console import Console

    from belcoop.query import format_value

    env = Env.detect()
    console = Console(file=sys.stdout, force_terminal=env.color, no_color=not env.color, width=env.width or 100,
                      highlight=False)
    if not values:
        note(f"no full-year turnover figures in USD for {year}")
        return
    top = max(values.values())
    label_width = max(len(name(c)) for c in values)
    bar_width = max(10, (env.width or 100) - label_width - 16)
    console.print(f"Full-year turnover {year} (USD, as reported)")
    for code, value in values.items():
        bar = "█" * max(1, round(bar_width * value / top))
        console.print(f"{name(code):<{label_width}}  [cyan]{bar}[/cyan] {format_value(value, 'USD')}")


@cli.command("summary")
@corpus_options
@filter_options
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help=EPILOG_FORMATS)
@click.option("--json", "as_json", is_flag=True, help="Shortcut for --format json.")
def summary_cmd(corpus: tuple[str, ...], no_cache: bool, max_size: int, jobs: int | None, fmt: str | None,
                as_json: bool, **kwargs: Any) -> None:
    """Counts by partner, year and sector; most-mentioned people; agreements signed; trade facts.

    \b
    Example:
      belcoop summary
      belcoop summary --country Russia --format json
    """
    from belcoop.query import summary

    view = open_corpus(corpus, no_cache, max_size, jobs)
    data = summary(view.iter_select(build_filters(kwargs)))
    tables = [
        Table(["item", "count"], [{"item": "records", "count": data["records"]},
                                  {"item": "trade facts", "count": data["trade_facts"]}], title="Corpus"),
        Table(["partner", "records"], [{"partner": k, "records": v} for k, v in data["by_partner"].items()], title="By partner"),
        Table(["year", "records"], [{"year": k, "records": v} for k, v in data["by_year"].items()], title="By year"),
        Table(["sector", "records"], [{"sector": k, "records": v} for k, v in data["by_sector"].items()], title="By sector"),
        Table(["person", "articles"], [{"person": p["name"], "articles": p["articles"]} for p in data["top_people"]],
              title="Most-mentioned people"),
        Table(["kind", "signed"], [{"kind": k, "signed": v} for k, v in data["agreements_signed"].items()],
              title="Agreements signed"),
    ]
    emit(Output(tables, data), fmt, as_json, data["records"], empty_corpus=not view.sources)


@cli.command("people")
@corpus_options
@filter_options
@output_options
def people_cmd(corpus: tuple[str, ...], no_cache: bool, max_size: int, jobs: int | None, fmt: str | None,
               as_json: bool, limit: int | None, **kwargs: Any) -> None:
    """One row per person named in the articles: roles, country, articles, partners.

    \b
    Example:
      belcoop people --country Kazakhstan
      belcoop people --person Lukashenko --format json
    """
    from belcoop.query import people_rows, person_matches

    view = open_corpus(corpus, no_cache, max_size, jobs)
    rows = people_rows(view.iter_select(build_filters(kwargs)))
    if kwargs.get("person"):
        rows = [r for r in rows if person_matches(kwargs["person"], r["name"])]
    rows = limited(rows, limit)
    columns = ["name", "roles", "country", "articles", "partners"]
    emit(Output([Table(columns, rows, justify={"articles": "right"})], rows), fmt, as_json, len(rows),
         empty_corpus=not view.sources)


@cli.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True, help=EPILOG_FORMATS)
@click.option("--max-size", type=click.IntRange(min=1), default=DEFAULT_MAX_SIZE, show_default=True,
              help="Skip article files larger than this many bytes.")
def parse_cmd(files: tuple[str, ...], fmt: str, max_size: int) -> None:
    """Parse article files (or - for standard input) and print their records.

    \b
    Example:
      belcoop parse seeds/003_966819d49d5648f5.txt
      curl -s https://example.org/article.html | belcoop parse - --format jsonl
    """
    from belcoop.query import list_row
    from belcoop.records import load_records

    records = []
    paths = [f for f in files if f != "-"]
    if "-" in files:
        records.append(_parse_stdin(max_size))
    if paths:
        try:
            records.extend(load_records(paths, warn=warn, max_size=max_size))
        except CorpusError as err:
            raise click.UsageError(str(err)) from None
    columns = ["id", "date", "partner", "venue", "event", "sectors", "trade_facts", "title"]
    emit(Output([Table(columns, [list_row(r) for r in records])], [r.to_dict() for r in records]), fmt, False, len(records))


def _parse_stdin(max_size: int) -> Any:
    from belcoop.corpus import SkipFile, article_text, sha256
    from belcoop.records import parse_text

    data = sys.stdin.buffer.read(max_size + 1)
    if len(data) > max_size:
        raise BelcoopError(f"standard input is larger than --max-size ({max_size:,} bytes)")
    try:
        text = article_text(data, "<stdin>", warn)
    except SkipFile as err:
        raise BelcoopError(f"standard input: {err}") from None
    return parse_text(text, "-", sha256(data), "stdin")


@cli.group("cache")
def cache_group() -> None:
    """Inspect or clear the parsed-record cache.

    \b
    Example:
      belcoop cache info
      belcoop cache clear
    """


def _with_cache(action: Callable[[Any], Any]) -> Any:
    from belcoop.cache import CacheUnavailable, RecordCache

    try:
        cache = RecordCache()
        try:
            return action(cache)
        finally:
            cache.close()
    except CacheUnavailable as err:
        raise BelcoopError(f"cache unavailable: {err}") from None


@cache_group.command("info")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", help="table or json.")
def cache_info(fmt: str) -> None:
    """Where the cache is, its size and how many records it holds.

    \b
    Example:
      belcoop cache info --format json
    """
    info = _with_cache(lambda cache: cache.info())
    rows = [{"field": k, "value": v} for k, v in info.items()]
    emit(Output([Table(["field", "value"], rows)], info), fmt, False, 1)


@cache_group.command("clear")
def cache_clear() -> None:
    """Delete every cached record (articles are parsed again on next use).

    \b
    Example:
      belcoop cache clear
    """
    count, path = _with_cache(lambda cache: (cache.clear(), cache.path))
    note(f"cleared {count} cached records from {path}")


# ---------------------------------------------------------------- entry point


def main(argv: list[str] | None = None) -> None:
    """Run the CLI: belcoop errors exit 1, usage errors 2, Ctrl-C 130, a closed pipe quietly."""
    try:
        code = cli.main(args=argv, prog_name="belcoop", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except BelcoopError as err:
        click.echo(f"Error: {err}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(0)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
    else:
        sys.exit(code if isinstance(code, int) else 0)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])

