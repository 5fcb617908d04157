"""Small fixed vocabularies the CLI needs at start-up, kept free of heavy imports."""

from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"  # reference data shipped inside the package


def read_data(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@cache
def known_bodies() -> frozenset[str]:
    """The enterprises and bodies of data/organizations.txt, lower-cased."""
    text = read_data("organizations.txt")
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


SECTOR_KEYS = (
    "agriculture", "food", "machine_building", "industry", "construction", "transport", "energy", "chemicals",
    "forestry", "healthcare", "education", "science_technology", "culture", "tourism", "housing_utilities",
    "investment",
)
METRICS = ("turnover", "exports", "imports")
AGREEMENT_KINDS = ("agreement", "protocol", "action_plan", "program", "memorandum", "roadmap", "contract")
STATUSES = ("actual", "target")
FORMATS = ("table", "json", "jsonl", "csv")
SORTS = ("date", "-date", "partner")  # of `list`
TRADE_SORTS = ("date", "period", "value", "partner")  # of `trade`
DATA_SUFFIXES = (".json", ".jsonl", ".tsv", ".csv")  # files given as a corpus that are data, never articles
DEFAULT_MAX_SIZE = 5 * 1024 * 1024  # bytes; larger article files are skipped
# The page is read from at most this many characters of text, before it is split into title, body and chrome
# (the longest page of the corpus has about 60,000): the split, the date and the reprint fingerprint then cost
# the same on a 5 MB file as on one of half a megabyte.
RAW_LIMIT = 500_000


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of a data file of words (given_names.txt, surnames_first.txt), lower-cased; "#" lines are comments."""
    text = read_data(name)
    return frozenset(w.lower() for line in text.splitlines() if not line.startswith("#") for w in line.split())


def given_names() -> frozenset[str]:
    """The given names of data/given_names.txt, lower-cased (the people grammar's; the page split joins a name a
    hard-wrapped line broke)."""
    return word_list("given_names.txt")
