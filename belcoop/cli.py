"""Command-line interface: options -> a query -> the store -> one render call.

The commands are thin: each reads its options into a corpus, a `Query` and an output format,
asks `store.select` for rows and hands them to `render`. Errors meet the user at one edge
(`Command.invoke`), and exit statuses are set in `run`.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import io
import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple, TextIO, TypeVar, cast

import click

from belcoop import __version__
from belcoop.env import Environment, ExitStatus, Output, catch_signals, isatty, signal_status
from belcoop.errors import BadQuery, BelcoopError, CorpusError, Interrupted
from belcoop.render import LIST_COLUMNS, PEOPLE_COLUMNS, TRADE_COLUMNS, Listing, fields_view, note, render
from belcoop.store.filters import ARTICLE_FILTERS, METRIC, STATUS, YEAR, Filter, Query
from belcoop.vocab import DEFAULT_MAX_SIZE, FORMATS, SORTS, TRADE_SORTS

if TYPE_CHECKING:
    from belcoop.store.sync import CorpusView

F = TypeVar("F", bound=Callable[..., Any])


# ---------------------------------------------------------------- the error edge


class Command(click.Command):
    """Turns belcoop's exceptions into click's: a usage error (exit 2) names its option; anything else exits 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BadQuery as err:
            raise click.BadParameter(str(err), ctx=ctx, param_hint=f"'{err.option}'") from None
        except CorpusError as err:
            raise click.UsageError(str(err), ctx=ctx) from None
        except BelcoopError as err:
            raise click.ClickException(str(err)) from None


class Group(click.Group):
    command_class = Command
    group_class = type  # subgroups are Groups too, so their commands are Commands

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if self.epilog:
            formatter.write_paragraph()
            for line in self.epilog.splitlines():
                formatter.write_text(line) if line.strip() else formatter.write_paragraph()


_SIGNAL_NOTES = {2: "Interrupted.", 15: "Terminated.", 1: "Hangup."}
_STOPPED = frozenset(signal_status(signum) for signum in _SIGNAL_NOTES)


def run(argv: list[str] | None, env: Environment) -> int:
    """Run the CLI in `env`; returns the exit status."""
    try:
        try:
            cli.main(args=argv, prog_name="belcoop", standalone_mode=False, obj=env)
        finally:
            env.stdout.flush()  # a full disk shows here, as an error, not as a traceback at exit
    except click.exceptions.Abort:
        note(env, "Aborted.")
        return ExitStatus.INTERRUPTED
    except click.ClickException as err:
        with contextlib.suppress(OSError):
            err.show(file=env.stderr)
        return err.exit_code
    except Interrupted as stop:
        note(env, _SIGNAL_NOTES.get(stop.signum, "Stopped."))
        return signal_status(stop.signum)
    except KeyboardInterrupt:
        note(env, "Interrupted.")
        return ExitStatus.INTERRUPTED
    except OSError as err:
        # Anything else belcoop does with files catches its own errors: this is stdout failing. A reader
        # that went away (`belcoop list | head -1`) is no error; a full disk or a closed stdout is.
        _silence(env)
        if err.errno == errno.EPIPE:
            return ExitStatus.OK
        note(env, f"Error: cannot write output: {err.strerror or err}")
        return ExitStatus.ERROR
    except click.exceptions.Exit as err:
        return err.exit_code
    stopping = getattr(env.stdout, "stopping", None)
    if stopping is not None:  # asked to stop as the output ended: it is whole, and the run was still stopped
        note(env, _SIGNAL_NOTES.get(stopping, "Stopped."))
        return signal_status(stopping)
    return ExitStatus.OK


def _silence(env: Environment) -> None:
    """Point stdout at /dev/null, so that Python's flush at exit finds nowhere to fail."""
    with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
        os.dup2(os.open(os.devnull, os.O_WRONLY), env.stdout.fileno())


def main(argv: list[str] | None = None) -> None:
    """The program: the environment is made here and handed down."""
    env = process_environment()
    if isinstance(env.stdout, Output):
        catch_signals(env.stdout)
    status = run(argv, env)
    if status in _STOPPED:
        # Stopped by a signal: what was written is whole and flushed. Leave now, not through the
        # interpreter's exit, which joins a parse pool's manager thread without a time limit -- and
        # that thread can wait for ever on workers killed in the middle of a file (seen on CI).
        for stream in (env.stdout, env.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(status)
    raise SystemExit(status)


class _Closed(io.TextIOBase):
    """A standard stream that was closed before belcoop started (`>&-`): writing to it fails as it would."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def fileno(self) -> int:
        raise io.UnsupportedOperation("closed")


def process_environment() -> Environment:
    """The streams and variables this process has now.

    Output never fails on a character the encoding lacks (PYTHONIOENCODING=ascii, a latin-1 terminal):
    it gets a replacement instead; JSON escapes it (see Environment.unicode).
    """
    import sys

    raw = getattr(sys.stdout, "buffer", None)
    if isinstance(sys.stdout, io.TextIOWrapper) and isinstance(raw, io.RawIOBase):
        # PYTHONUNBUFFERED: text written straight to the file, where a write cut short by a signal loses
        # its tail (TextIOWrapper does not retry it). A buffer retries; flushing each line keeps it prompt.
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(raw), encoding=sys.stdout.encoding, errors=sys.stdout.errors,
                                      line_buffering=True)
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors=errors)
    if sys.stdout is None:  # closed before the start: click's own output (--version, --help) fails too, as it should
        sys.stdout = cast(TextIO, _Closed())
    stdout: TextIO = sys.stdout
    stderr: TextIO = sys.stderr if sys.stderr is not None else cast(TextIO, io.StringIO())
    stdin: BinaryIO = sys.stdin.buffer if sys.stdin is not None else io.BytesIO()
    stdout_tty = isatty(stdout)
    width = None
    if stdout_tty:
        import shutil

        width = shutil.get_terminal_size((100, 24)).columns
    return Environment(stdin=stdin, stdout=cast(TextIO, Output(stdout)), stderr=stderr, stdout_tty=stdout_tty,
                       stderr_tty=isatty(stderr), width=width, variables=os.environ)


# ---------------------------------------------------------------- shared options


class CorpusOptions(NamedTuple):
    paths: tuple[str, ...]
    no_cache: bool
    max_size: int
    jobs: int | None
    all_copies: bool = False  # each file of a story saved several times, rather than the story once


class OutputOptions(NamedTuple):
    fmt: str
    limit: int | None


FORMAT_HELP = "Formats: table (default), json, jsonl, csv."


def corpus_options(func: F) -> F:
    @click.option("--corpus", "corpus", multiple=True, type=click.Path(path_type=str), metavar="PATH",
                  help="Article file or folder (repeatable). Default: $BELCOOP_CORPUS, else the bundled seed articles.")
    @click.option("--no-cache", is_flag=True, help="Parse everything afresh; do not read or write the record cache.")
    @click.option("--max-size", type=click.IntRange(min=1), default=DEFAULT_MAX_SIZE, show_default=True,
                  help="Skip article files larger than this many bytes.")
    @click.option("--jobs", type=click.IntRange(min=1), default=None, help="Parser processes for a cold parse (default: all cores).")
    @click.option("--all-copies", is_flag=True,
                  help="Each file of a story saved several times (reprints), rather than the story once.")
    @functools.wraps(func)
    def wrapper(*args: Any, corpus: tuple[str, ...], no_cache: bool, max_size: int, jobs: int | None, all_copies: bool,
                **kwargs: Any) -> Any:
        return func(*args, corpus=CorpusOptions(corpus, no_cache, max_size, jobs, all_copies), **kwargs)

    return wrapper  # type: ignore[return-value]


def filter_options(*filters: Filter) -> Callable[[F], F]:
    """Options made from the filters' own definitions; the command gets them read and checked, as one Query."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            raw = {spec.dest: kwargs.pop(spec.dest) for spec in filters}
            return func(*args, query=Query.read(filters, raw), **kwargs)

        for spec in reversed(filters):
            if spec.flag:
                wrapper = click.option(spec.option, spec.dest, is_flag=True, help=spec.help)(wrapper)
                continue
            wrapper = click.option(spec.option, spec.dest, multiple=spec.multiple, type=int if spec.integer else str,
                                   metavar=spec.metavar, help=spec.help)(wrapper)
        return wrapper  # type: ignore[return-value]

    return decorate


def output_options(formats: tuple[str, ...] = FORMATS, *, limit: bool = True, default: str = "table") -> Callable[[F], F]:
    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, fmt: str, as_json: bool, **kwargs: Any) -> Any:
            if as_json and fmt != "json" and click.get_current_context().get_parameter_source("fmt") not in (
                    None, click.core.ParameterSource.DEFAULT):
                raise click.UsageError(f"--json and --format {fmt} ask for two formats: give one")
            return func(*args, output=OutputOptions("json" if as_json else fmt, kwargs.pop("limit", None)), **kwargs)

        wrapper = click.option("--format", "fmt", type=click.Choice(formats), default=default, show_default=default != "table",
                               help=FORMAT_HELP if formats == FORMATS else f"{' or '.join(formats)}.")(wrapper)
        wrapper = click.option("--json", "as_json", is_flag=True, help="Shortcut for --format json.")(wrapper)
        if limit:
            wrapper = click.option("--limit", type=click.IntRange(min=0), default=None, metavar="N",
                                   help="Show at most N rows.")(wrapper)
        return wrapper  # type: ignore[return-value]

    return decorate


@contextlib.contextmanager
def open_corpus(env: Environment, options: CorpusOptions, *, all_copies: bool | None = None) -> Iterator[CorpusView]:
    """The corpus the options name, synced with the record cache (warnings and progress on stderr), its reprints
    gathered into stories (each file on its own with --all-copies, or `all_copies`)."""
    from belcoop import render as output
    from belcoop.store.schema import default_directory
    from belcoop.store.sync import open_corpus as sync

    paths = _corpus_paths(env, options.paths)
    cache = None
    if not options.no_cache:
        cache = default_directory(env.variables)
        if cache is None:
            output.warn(env, f"{NO_CACHE_HOME}: running without the record cache")
    with sync(paths, cache=cache, max_size=options.max_size, jobs=options.jobs, warn=lambda m: output.warn(env, m),
              progress=output.progress_bar(env)) as view:
        if not len(view.scan):
            note(env, f"no articles found in {', '.join(paths)}")
        view.merge_reprints(all_copies=options.all_copies if all_copies is None else all_copies)
        yield view


def _corpus_paths(env: Environment, given: tuple[str, ...]) -> list[str]:
    # "~" is expanded here too: a quoted path, or one in a variable, never met a shell that would.
    if given:
        return [os.path.expanduser(p) for p in given]
    variable = env.variables.get("BELCOOP_CORPUS")
    if variable:
        return [os.path.expanduser(p) for p in variable.split(os.pathsep) if p]
    from belcoop.scan import bundled_seeds

    return [str(bundled_seeds())]


def _no_match(view: CorpusView) -> str | None:
    """What to say when nothing matches: nothing more if the corpus itself is empty (that was said)."""
    return "no records match" if len(view.scan) else None


# ---------------------------------------------------------------- commands


@click.group(
    cls=Group,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="""Examples:

  belcoop list --region Perm
  belcoop trade --year 2022
  belcoop series --country Kazakhstan
  belcoop people --with Lukashenko
  belcoop export records.sqlite
  belcoop list --sector agriculture --format json | jq '.[].partner.name'

Each command has --help with an example. Corpus: --corpus PATH, $BELCOOP_CORPUS, or the bundled seeds.""",
)
@click.version_option(__version__, "-V", "--version", prog_name="belcoop")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Query structured records of Belarus' cooperation with its partners, read from news articles."""
    if ctx.obj is None:  # invoked as `cli` itself (tests): this process's environment
        ctx.obj = process_environment()


@cli.command("list")
@corpus_options
@filter_options(*ARTICLE_FILTERS, YEAR)
@click.option("--sort", "sort", type=click.Choice(SORTS), default="date", show_default=True,
              help="Order of rows; undated articles come last.")
@output_options()
@click.pass_obj
def list_cmd(env: Environment, corpus: CorpusOptions, query: Query, sort: str, output: OutputOptions) -> None:
    """One row per article: date, partner, venue, event, sectors, trade facts.

    \b
    Example:
      belcoop list --region Perm
      belcoop list --sector agriculture --format json | jq '.[].partner.name'
    """
    from belcoop.store import select

    with open_corpus(env, corpus) as view:
        rows = select.records(view, query, sort=sort, limit=output.limit)
        render(env, Listing(LIST_COLUMNS, rows, empty_note=_no_match(view)), output.fmt)


@cli.command("show")
@click.argument("record_id")
@corpus_options
@output_options(("table", "json"), limit=False)
@click.pass_obj
def show_cmd(env: Environment, record_id: str, corpus: CorpusOptions, output: OutputOptions) -> None:
    """The whole record of one article; a unique id prefix is enough. As JSON, one object.

    A story saved several times (reprints) lists every copy: path, outlet, title and date.

    \b
    Example:
      belcoop show 003
      belcoop show 003_966819d49d5648f5 --format json
    """
    import json

    from belcoop.render import record_view
    from belcoop.store import select

    with open_corpus(env, corpus, all_copies=True) as view:  # any copy can be shown, with the others
        render(env, record_view(json.loads(select.record(view, record_id)), env.width), output.fmt)


def _chart_options(func: F) -> F:
    return click.option("--chart", is_flag=True,
                        help="Bar chart in the terminal: one partner's full-year values by year, or every partner's for --year "
                             "(turnover unless --metric).")(func)


def _chart(env: Environment, view: CorpusView, query: Query, output: OutputOptions) -> None:
    """`--chart` of trade and series: full-year points of one metric (turnover unless --metric), reported (unless
    --status target), the Belarusian side being the country unless --side says otherwise."""
    from belcoop.analysis.series import build, chart_bars
    from belcoop.render import format_value, series_chart
    from belcoop.store import select
    from belcoop.store.filters import COUNTRY, SIDE

    if output.fmt in ("json", "jsonl", "csv"):
        raise click.UsageError(f"--chart draws in the terminal: it has no --format {output.fmt}")
    metric = query.value(METRIC) or "turnover"
    year = query.value(YEAR)
    if METRIC not in query:
        query = query.with_value(METRIC, metric)
    if SIDE not in query:
        query = query.with_value(SIDE, "BY")
    if STATUS not in query:  # reported figures, not goals, unless asked
        query = query.with_value(STATUS, "actual")
    points = [p for p in build(*select.series_points(view, query)) if p.product is None]
    country = query.value(COUNTRY)
    partners = {p.partner for p in points}
    if year is None and len(partners) > 1 and country in partners:
        points = [p for p in points if p.partner == country]  # --country Kazakhstan: Kazakhstan's own figures
        partners = {country}
    if year is None and len(partners) > 1:
        raise click.UsageError("--chart draws one partner by year, or every partner for one --year: give --year, or a "
                               "--region or --country with one partner")
    currency, bars = chart_bars(points, year=year)
    if year is not None:
        title = f"Full-year {metric} {year} ({currency or 'no currency'}, as reported; agreed value where several report it)"
        empty = f"no full-year {metric} figures for {year}"
    else:
        name = points[0].partner_name if points else "the partner"
        title = f"{name}: full-year {metric} by year ({currency or 'no currency'})"
        empty = f"no full-year {metric} figures for this partner"
    render(env, series_chart(title, [(label, value, format_value(value, currency, p.approx) + (" (conflict)" if p.conflict else ""))
                                     for label, value, p in bars], empty), output.fmt)


@cli.command("trade")
@corpus_options
@filter_options(*ARTICLE_FILTERS, YEAR, METRIC, STATUS)
@click.option("--sort", "sort", type=click.Choice(TRADE_SORTS), default="date", show_default=True,
              help="By article date, period, value (largest first) or partner.")
@_chart_options
@output_options()
@click.pass_obj
def trade_cmd(env: Environment, corpus: CorpusOptions, query: Query, sort: str, chart: bool, output: OutputOptions) -> None:
    """One row per trade figure: partner, metric, period, value, change, status.

    The figures are those about the place --region or --country names; JSON and CSV give exact
    values (whole currency units, period bounds, the Belarusian side, the evidence and the file).

    \b
    Example:
      belcoop trade --year 2022
      belcoop trade --region Khabarovsk --format csv > khabarovsk.csv
      belcoop trade --country Kazakhstan --sort period
      belcoop trade --year 2021 --chart
    """
    from belcoop.render import TRADE_CSV
    from belcoop.store import select

    with open_corpus(env, corpus) as view:
        if chart:
            _chart(env, view, query, output)
        else:
            render(env, Listing(TRADE_COLUMNS, select.trade(view, query, sort=sort, limit=output.limit), empty_note=_no_match(view),
                                csv_columns=TRADE_CSV), output.fmt)


@cli.command("series")
@corpus_options
@filter_options(*ARTICLE_FILTERS, YEAR, METRIC, STATUS)
@_chart_options
@output_options()
@click.pass_obj
def series_cmd(env: Environment, corpus: CorpusOptions, query: Query, chart: bool, output: OutputOptions) -> None:
    """Trade as time series: one row per partner, Belarusian side, metric and period, across all articles.

    Where several articles report one period: the agreed value, how many report it and which, and a
    conflict when they differ by more than 2% (an "about" or "over" figure within its range is none).
    Beside a reported change, the change implied by the same period a year before, flagged when the
    two differ by more than 3 points. Reported figures only, unless --status target.

    \b
    Example:
      belcoop series --country Kazakhstan
      belcoop series --region Khabarovsk --format json
      belcoop series --country Kazakhstan --chart
      belcoop series --year 2021 --chart
    """
    from belcoop.analysis.series import build
    from belcoop.render import SERIES_COLUMNS, SERIES_CSV, series_csv, series_rows
    from belcoop.store import select

    if STATUS not in query:
        query = query.with_value(STATUS, "actual")
    with open_corpus(env, corpus) as view:
        if chart:
            _chart(env, view, query, output)
            return
        found = build(*select.series_points(view, query))
        points = found if output.limit is None else found[:output.limit]
        render(env, Listing(SERIES_COLUMNS, series_rows(points), empty_note=_no_match(view), csv_columns=SERIES_CSV,
                            csv_rows=series_csv(points)), output.fmt)


@cli.command("summary")
@corpus_options
@filter_options(*ARTICLE_FILTERS, YEAR)
@output_options(limit=False)
@click.pass_obj
def summary_cmd(env: Environment, corpus: CorpusOptions, query: Query, output: OutputOptions) -> None:
    """Counts by partner, year and sector; most-mentioned people; agreements signed; trade facts.

    \b
    Example:
      belcoop summary
      belcoop summary --country Russia --format json
    """
    from belcoop.render import summary_view
    from belcoop.store import select

    with open_corpus(env, corpus) as view:
        data = select.summary(view, query)
        render(env, summary_view(data, note=_no_match(view) if not data["records"] else None), output.fmt)


@cli.command("people")
@corpus_options
@filter_options(*ARTICLE_FILTERS, YEAR)
@click.option("--with", "with_name", metavar="NAME",
              help="Who appears in the same articles as NAME: how often, in which articles, with which partners.")
@output_options()
@click.pass_obj
def people_cmd(env: Environment, corpus: CorpusOptions, query: Query, with_name: str | None, output: OutputOptions) -> None:
    """One row per person named in the articles: roles, country, articles, partners.

    Spellings of one name across articles are one person (Alexander or Aleksandr Lukashenko, a
    family name alone, initials); roles are titles, each once.

    \b
    Example:
      belcoop people --country Kazakhstan
      belcoop people --person Lukashenko --format json
      belcoop people --with Lukashenko --year 2022
    """
    from belcoop.render import WITH_COLUMNS, people_rows
    from belcoop.store import select

    with open_corpus(env, corpus) as view:
        if with_name is not None:
            found = select.people_with(view, query, with_name, limit=output.limit)
            render(env, Listing(WITH_COLUMNS, people_rows(found), empty_note=f"no one appears with {with_name}"), output.fmt)
            return
        rows = people_rows(select.people(view, query, limit=output.limit))
        render(env, Listing(PEOPLE_COLUMNS, rows, empty_note=_no_match(view)), output.fmt)


@cli.command("export")
@click.argument("target", metavar="PATH", type=click.Path(path_type=str))
@corpus_options
@filter_options(*ARTICLE_FILTERS, YEAR)
@click.option("--format", "fmt", type=click.Choice(("sqlite", "csv")), default="sqlite", show_default=True,
              help="One SQLite database, or a folder of CSV files (one per table).")
@click.option("--force", is_flag=True, help="Replace PATH if it exists.")
@click.pass_obj
def export_cmd(env: Environment, target: str, corpus: CorpusOptions, query: Query, fmt: str, force: bool) -> None:
    """Write the records as a SQLite database (or CSV files) for Datasette, sqlite-utils, DuckDB or pandas.

    Tables: records, trade_facts, people and mentions, partners, sectors, organizations, agreements,
    copies (the files of each story), and article_text (full-text index of the texts). Filters as elsewhere.

    \b
    Example:
      belcoop export belcoop.sqlite
      sqlite3 belcoop.sqlite "SELECT partner_name, sum(value) FROM trade_facts GROUP BY 1"
      belcoop export tables --format csv --country Kazakhstan
    """
    from belcoop.export import export

    with open_corpus(env, corpus) as view:
        counts = export(view, query, target, fmt, force=force)
    note(env, f"wrote {counts.get('records', 0)} records, {counts.get('trade_facts', 0)} trade facts and "
              f"{counts.get('people', 0)} people to {target}")


@cli.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str, allow_dash=True))
@click.option("--max-size", type=click.IntRange(min=1), default=DEFAULT_MAX_SIZE, show_default=True,
              help="Skip article files larger than this many bytes.")
@output_options(limit=False, default="json")
@click.pass_obj
def parse_cmd(env: Environment, files: tuple[str, ...], max_size: int, output: OutputOptions) -> None:
    """Parse article files (or - for standard input) and print their records, in the order given.

    \b
    Example:
      belcoop parse seeds/003_966819d49d5648f5.txt
      curl -s https://example.org/article.html | belcoop parse - --format jsonl
    """
    from belcoop import render as out
    from belcoop.store import select
    from belcoop.store.sync import open_corpus as sync

    stdin = None
    if "-" in files:
        stdin = env.stdin.read(max_size + 1)
        if len(stdin) > max_size:
            raise BelcoopError(f"standard input is larger than --max-size ({max_size:,} bytes)")
    paths = [f for f in files if f != "-"]
    with sync(paths, cache=None, max_size=max_size, jobs=None, warn=lambda m: out.warn(env, m), stdin=stdin) as view:
        render(env, Listing(LIST_COLUMNS, select.records(view, Query(), sort="corpus")), output.fmt)


@cli.group("cache")
def cache_group() -> None:
    """Inspect or clear the parsed-record cache.

    \b
    Example:
      belcoop cache info
      belcoop cache clear
    """


NO_CACHE_HOME = "no home directory to keep the record cache in (HOME is unset, empty or /; set BELCOOP_CACHE)"


@contextlib.contextmanager
def _cache(env: Environment) -> Iterator[Any]:
    from belcoop.errors import StoreUnavailable
    from belcoop.store.schema import Store, default_directory

    directory = default_directory(env.variables)
    if directory is None:
        raise BelcoopError(NO_CACHE_HOME)
    try:
        store = Store.open(directory)
    except StoreUnavailable as err:
        raise BelcoopError(f"cache unavailable: {err}") from None
    try:
        yield store
    except StoreUnavailable as err:
        raise BelcoopError(f"cache unavailable: {err}") from None
    finally:
        store.close()


@cache_group.command("info")
@output_options(("table", "json"), limit=False)
@click.pass_obj
def cache_info(env: Environment, output: OutputOptions) -> None:
    """Where the cache is, its size and how many records it holds.

    \b
    Example:
      belcoop cache info --format json
    """
    with _cache(env) as store:
        render(env, fields_view(store.info()), output.fmt)


@cache_group.command("clear")
@click.pass_obj
def cache_clear(env: Environment) -> None:
    """Delete every cached record (articles are parsed again on next use).

    \b
    Example:
      belcoop cache clear
    """
    from belcoop.store.schema import DB_NAME, default_directory, remove_files

    directory = default_directory(env.variables)
    if directory is not None and (directory / DB_NAME).exists():
        try:
            with _cache(env) as store:
                note(env, f"cleared {store.clear()} cached records from {store.path}")
                return
        except BelcoopError:  # a store that cannot even be opened (corrupt, its disk full): delete its files
            remove_files(directory / DB_NAME)
            note(env, f"deleted the record cache {directory / DB_NAME}")
            return
    with _cache(env) as store:
        note(env, f"cleared {store.clear()} cached records from {store.path}")


if __name__ == "__main__":  # pragma: no cover
    main()
