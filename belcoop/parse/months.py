"""Month names in the forms news text uses (English, abbreviated, Russian genitive)."""

from __future__ import annotations

import calendar

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(calendar.month_name):
    if _number:
        MONTHS[_name.lower()] = _number
        MONTHS[_name[:3].lower()] = _number
MONTHS["sept"] = 9

RU_MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}

# Names in capitals only in full ("MINSK, 3 DECEMBER (BelTA) –", "YEREVAN, NOVEMBER 5, 2025, ARMENPRESS."): a
# capitalised dateline spells the month out, and "MAR", "DEC" in capitals are as often other words' abbreviations.
UPPER_MONTHS = tuple(name.upper() for name in calendar.month_name if name)

MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|" + "|".join(UPPER_MONTHS) + ")"
)

# Weekday names, lower-cased -> their number (Monday 0, as `date.weekday()` counts).
WEEKDAYS: dict[str, int] = {name: number for number, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
