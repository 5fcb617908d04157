"""Documents the article reports as signed (now or earlier); planned or merely approved ones do not count."""

from __future__ import annotations

import re

from belcoop.model import Agreement

_KINDS = [
    ("roadmap", r"road\s?maps?"),
    ("action_plan", r"action plans?|plans? of action|(?:joint |special |[\w-]+-year )?plans?"),
    ("program", r"programs?|programmes?"),
    ("memorandum", r"memorand(?:um|a|ums)(?:\sof\s(?:understanding|intent|cooperation|friendship))?|memos?|MoUs?"),
    ("protocol", r"protocols?|minutes"),
    ("contract", r"contracts?"),
    ("agreement", r"agreements?|treaty|treaties|accords?|documents?|pacts?|deals?"),
]
_KIND_RE = [(kind, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for kind, pattern in _KINDS]
_SIGNED = re.compile(r"\b(?:signed|inked|concluded|exchanged|signing)\b", re.IGNORECASE)
_NOT_YET = re.compile(
    r"\b(?:will|shall|to be|to sign|may|might|would|could|should|expected|intend|intends|plan to|plans to|"
    r"set to|going to|ready to|need to|needs to|preparation|prepare|preparing|upcoming|are to|is to|want to|"
    r"agreed to sign|soon)\b",
    re.IGNORECASE,
)
_COUNT = re.compile(
    r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a number of|several|many)"
    r"\s(?:(?!(?:signed|sides|parties|countries|a|an|the|were|was|have|has)\s)[\w-]+\s){0,3}?$",
    re.IGNORECASE,
)
_ACTIVE = re.compile(  # "signed [a five-year] plan": the verb, a few words, then a document named in _KINDS
    r"\s(?:(?:a|an|the|two|three|four|five|\d+|many|several|new|some|all|[\w-]+-year|joint|bilateral|[\w-]+)\s){0,4}?"
    r"(?:" + "|".join(pattern for _kind, pattern in _KINDS) + r")\b",
    re.IGNORECASE,
)
_SPECIFIC = re.compile(
    r"\b(?:road\s?maps?|action plans?|plans?|programs?|programmes?|memorand\w*|protocols?|minutes|contracts?)\b", re.IGNORECASE
)
_PURPOSE = re.compile(r"\b(?:to implement|on the implementation of|for the implementation of|implementing|under)\b", re.IGNORECASE)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}


def find_agreements(sentences: list[str]) -> list[Agreement]:
    found: list[Agreement] = []
    seen: set[tuple[str, int | None]] = set()
    previous = ""
    for sentence in sentences:
        named_before = bool(_SPECIFIC.search(previous))
        previous = sentence
        signed = _SIGNED.search(sentence)
        if not signed or re.search(r"\bconcluded with\b", sentence, re.IGNORECASE) and not re.search(r"\bsigned|inked\b", sentence):
            continue
        # A modal or future marker between the document and the verb ("will be signed") means not yet.
        if _NOT_YET.search(sentence[max(0, signed.start() - 40):signed.start()]):
            continue
        kinds: list[tuple[str, int | None]] = []
        covered: list[tuple[int, int]] = []
        # "X signed Y" names the documents after the verb; "Y was signed" before it.
        active = _ACTIVE.match(sentence[signed.end():])
        # "signed a plan ... to implement the cooperation agreement": the agreement is not what was signed.
        purpose = _PURPOSE.search(sentence, signed.end())
        scope = (signed.start(), purpose.start() if purpose else len(sentence)) if active else (0, signed.end())
        for kind, pattern in _KIND_RE:
            for m in pattern.finditer(sentence, *scope):
                if any(s < m.end() and m.start() < e for s, e in covered):
                    continue
                covered.append(m.span())
                if kind == "agreement" and re.fullmatch(r"deals?", m.group(0), re.IGNORECASE):
                    continue  # "the deals were signed": an anaphor for documents already named
                if kind == "action_plan" and re.fullmatch(r"plans?", m.group(0), re.IGNORECASE) and not (
                    active or re.search(r"\bsigned\b", sentence[m.end():m.end() + 20])
                ):
                    continue  # a bare "plan" counts only as what was signed ("signed a plan", "a plan signed")
                if kind == "agreement" and re.fullmatch(r"documents?", m.group(0), re.IGNORECASE) and (
                    any(k != "agreement" for k, _ in kinds) or named_before
                ):
                    continue  # "the document" refers back to the plan or memorandum just named
                count_match = _COUNT.search(sentence[max(0, m.start() - 40):m.start()])
                count: int | None = None
                if count_match:
                    n = count_match.group("n").lower()
                    count = int(n) if n.isdigit() else _NUMBERS.get(n)
                elif m.group(0).lower().endswith("s") and m.group(0).lower() not in ("minutes",):
                    count = None
                else:
                    count = 1
                kinds.append((kind, count))
        for kind, count in kinds:
            if (kind, count) in seen:
                continue
            seen.add((kind, count))
            found.append(Agreement(kind, count, sentence))
    return found
