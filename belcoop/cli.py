"""Command-line interface (temporary: parse only)."""

from __future__ import annotations

import json
import sys

import click

from belcoop import __version__


@click.group()
@click.version_option(__version__, prog_name="belcoop")
def cli() -> None:
    """belcoop"""


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", default="json")
def parse(files: tuple[str, ...], fmt: str) -> None:
    from belcoop.records import load_corpus

    result = load_corpus(files, warn=lambda m: click.echo(f"warning: {m}", err=True))
    json.dump([r.to_dict() for r in result.records], sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def main() -> None:
    cli()
