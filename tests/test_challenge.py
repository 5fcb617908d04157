"""The challenge set: short articles and sentences of our own, grouped by phenomenon, each with the facts
it must yield (tests/challenge/*.json; the format is described in tests/challenge/README.md).

Every listed field is checked; a field that is not listed is not. `trade` is the complete list of trade
facts the text states (an empty list: the text must yield none), matched one to one with the rules of
shared/eval/score.py: partner, metric and status equal, a product on both or neither, values within 2 %,
currency equal, periods equal to the month, changes equal in kind and within 3 %.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from belcoop.parse import parse_article
from belcoop.parse.places import resolver

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

CHALLENGE = Path(__file__).resolve().parent / "challenge"


def _cases() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in sorted(CHALLENGE.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            found.append((f"{path.stem}/{case['id']}", case))
    return found


CASES = _cases()


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z ]", "", text.lower()).strip()


def same_person(a: str, b: str) -> bool:
    fa, fb = _fold(a).split(), _fold(b).split()
    if not fa or not fb:
        return False
    if difflib.SequenceMatcher(None, fa[-1], fb[-1]).ratio() < 0.75:
        return False
    return fa[0][0] == fb[0][0] if len(fa) > 1 and len(fb) > 1 else True


def _close(a: float | None, b: float | None, tol: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == b or abs(a - b) <= tol * max(abs(a), abs(b))


def _month(day: str | None) -> str | None:
    return day[:7] if day else None


_FINE_GRAINED = {"RU", "BY", "KZ"}  # countries whose regions must resolve; other regions count as their country


def norm_code(code: str | None) -> str | None:
    """ "CN-JS" -> "CN", as score.py counts regions outside Russia, Belarus and Kazakhstan."""
    if code and "-" in code and code.split("-")[0] not in _FINE_GRAINED:
        return code.split("-")[0]
    return code


def fact_matches(want: dict[str, Any], got: dict[str, Any]) -> bool:
    """One expected fact against one parsed fact (shared/eval/score.py's rules, plus approx when given)."""
    if (norm_code(want["partner"]), want["metric"], want.get("status", "actual")) != (
        norm_code(got["partner"]), got["metric"], got["status"]
    ):
        return False
    if bool(want.get("product")) != bool(got.get("product")):
        return False
    if not _close(want.get("value"), got.get("value"), 0.02):
        return False
    if want.get("value") is not None and want.get("currency") != got.get("currency"):
        return False
    period = want.get("period")
    got_period = got.get("period")
    want_months = (_month(period[0]), _month(period[1])) if period else None
    got_months = (_month(got_period["start"]), _month(got_period["end"])) if got_period else None
    if want_months != got_months:
        return False
    change, got_change = want.get("change"), got.get("change")
    if got_change is not None and got_change.get("value") is None:
        got_change = None  # as score.py: a change without a value is no change
    if (change is None) != (got_change is None):
        return False
    if change and (change[0] != got_change["kind"] or not _close(float(change[1]), got_change["value"], 0.03)):
        return False
    return not ("approx" in want and want["approx"] != got.get("approx"))


def _unmatched(want: list[Any], got: list[Any], same: Any) -> tuple[list[Any], list[Any]]:
    left = list(got)
    missing = []
    for w in want:
        hit = next((i for i, g in enumerate(left) if same(w, g)), None)
        if hit is None:
            missing.append(w)
        else:
            del left[hit]
    return missing, left


def _code(place: dict[str, Any] | None) -> str | None:
    return place["code"] if place else None


def check(case: dict[str, Any], record: dict[str, Any]) -> list[str]:
    """Every way the record differs from what the case expects (an empty list: it passes)."""
    expect = case["expect"]
    problems: list[str] = []

    def differ(field: str, want: Any, got: Any) -> None:
        problems.append(f"{field}: expected {json.dumps(want, ensure_ascii=False)}, got {json.dumps(got, ensure_ascii=False)}")

    simple = {
        "date": record["date"], "date_basis": record["date_basis"], "partner": _code(record["partner"]),
        "belarus_side": _code(record["belarus_side"]), "venue": record["venue"], "event": record["event"]["type"],
    }
    for field, got in simple.items():
        if field in expect:
            want = expect[field]
            ok = got in want if isinstance(want, list) else got == want
            if not ok:
                differ(field, want, got)
    if "partners" in expect and sorted(expect["partners"]) != sorted(_code(p) for p in record["partners"]):
        differ("partners", expect["partners"], [_code(p) for p in record["partners"]])
    sectors = set(record["sectors"])
    if "sectors" in expect and set(expect["sectors"]) != sectors:
        differ("sectors", sorted(expect["sectors"]), sorted(sectors))
    if "sectors_include" in expect and not set(expect["sectors_include"]) <= sectors:
        differ("sectors_include", expect["sectors_include"], sorted(sectors))
    if set(expect.get("sectors_exclude", [])) & sectors:
        differ("sectors_exclude", expect["sectors_exclude"], sorted(sectors))
    names = [p["name"] for p in record["people"]]
    if "people" in expect:
        missing, extra = _unmatched([p if isinstance(p, str) else p["name"] for p in expect["people"]], names, same_person)
        if missing or extra:
            differ("people", expect["people"], names)
        for want in (p for p in expect["people"] if isinstance(p, dict)):
            person = next((p for p in record["people"] if same_person(want["name"], p["name"])), None)
            for key in ("role", "country"):
                if person is not None and key in want and person[key] != want[key]:
                    differ(f"people[{want['name']}].{key}", want[key], person[key])
    for name in expect.get("people_exclude", []):
        if any(same_person(name, n) for n in names):
            differ("people_exclude", name, names)
    if "agreements" in expect:
        got_agreements = [{"kind": a["kind"], "count": a["count"]} for a in record["agreements"]]
        missing, extra = _unmatched(expect["agreements"], got_agreements, lambda w, g: w == g)
        if missing or extra:
            differ("agreements", expect["agreements"], got_agreements)
    if "trade" in expect:
        missing, extra = _unmatched(expect["trade"], record["trade"], fact_matches)
        for fact in missing:
            problems.append(f"trade: missing {json.dumps(fact, ensure_ascii=False)}")
        for fact in extra:
            shown = {k: fact[k] for k in ("partner", "metric", "product", "value", "currency", "period", "change", "status")}
            problems.append(f"trade: unexpected {json.dumps(shown, ensure_ascii=False)}")
    return problems


def parse_case(case: dict[str, Any]) -> dict[str, Any]:
    return parse_article(case["text"], path=f"{case['id']}.txt", sha256="0" * 64, record_id=case["id"]).to_dict()


@pytest.mark.parametrize("case", [c for _n, c in CASES], ids=[n for n, _c in CASES])
def test_challenge_case(case: dict[str, Any]) -> None:
    problems = check(case, parse_case(case))
    assert not problems, "\n".join(problems)


def test_challenge_set_is_well_formed() -> None:
    known = {"date", "date_basis", "partner", "partners", "belarus_side", "venue", "event", "sectors", "sectors_include",
             "sectors_exclude", "people", "people_exclude", "agreements", "trade"}
    ids = [name for name, _c in CASES]
    assert len(ids) == len(set(ids)), "case ids repeat within a file"
    for name, case in CASES:
        assert case["text"].strip(), name
        assert case["expect"] and set(case["expect"]) <= known, (name, set(case["expect"]) - known)
        for fact in case["expect"].get("trade", []):
            assert {"partner", "metric", "status"} <= set(fact), (name, fact)
            assert fact["metric"] in ("turnover", "exports", "imports") and fact["status"] in ("actual", "target"), name
            period, change = fact.get("period"), fact.get("change")
            assert period is None or len(period) == 2 and all(_ISO_DAY.fullmatch(d) for d in period), (name, period)
            assert change is None or len(change) == 2 and change[0] in ("percent", "times") and isinstance(change[1], (int, float)), (name, change)
            assert fact.get("approx") in (None, "about", "almost", "over", "under"), (name, fact)
            assert resolver().resolve(fact["partner"]) is not None, (name, fact["partner"])
