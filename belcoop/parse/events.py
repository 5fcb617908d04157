"""What kind of event the article reports, its own name, and the city where it took place."""

from __future__ import annotations

import re
from collections.abc import Callable

from belcoop.model import Event
from belcoop.parse.places import Mention

_COMMISSION = re.compile(r"\b(?:commission|inter-?governmental committee)\b", re.IGNORECASE)
_WORKING_GROUP = re.compile(r"\bworking group\b", re.IGNORECASE)
_SIGNING_TITLE = re.compile(r"\b(?:sign|signs|signed|ink|inks|inked)\b(?!\s(?:of|up))", re.IGNORECASE)
_SIGNING_LEAD = re.compile(r"\b(?:signed|inked)\b", re.IGNORECASE)
_NOT_YET = re.compile(r"\b(?:to|will|may|would|could|plan|plans|intend|set to|expected)\s(?:\w+\s)?(?:sign|ink)", re.IGNORECASE)
_FORUM = re.compile(
    r"\b(?:forum|expo|exhibition(?!\scent(?:re|er))|fair|seminar|conference|summit|festival|congress)\b", re.IGNORECASE
)
_PRESS = re.compile(r"\bpress conference\b", re.IGNORECASE)
_MEETING = re.compile(
    r"\b(?:met|meet|meets|meeting|meetings|talks|negotiations|working session|session|held a meeting|received)\b",
    re.IGNORECASE,
)
_VISIT = re.compile(r"\b(?:visit|visits|visiting|visited|delegation|working trip|trip)\b", re.IGNORECASE)
_LABEL = re.compile(
    r"\b(?:(?:the\s)?(?:\d+(?:st|nd|rd|th)|[IVX]+)\s)?(?:[A-Z][\w'.-]*\s(?:and\s|of\s|on\s|for\s|between\s|the\s)?){0,8}"
    r"(?:Commission|Forum|Working Group|Conference|Seminar|Exhibition|Expo|Fair|Summit|Council)\b"
)


def event_type(title: str | None, lead: list[str], body: list[str]) -> Event:
    """The event, judged from the headline and the lead; the rest of the body only breaks a tie."""
    head = " ".join([title or "", *lead])
    label_match = _LABEL.search(head)
    label = label_match.group(0).strip() if label_match and len(label_match.group(0).split()) >= 2 else None
    first_two = " ".join([title or "", *lead[:2]])
    if _COMMISSION.search(head) and re.search(r"\b(?:meeting|session|held|hosted|met|chaired)\b", head, re.IGNORECASE):
        return Event("commission_meeting", label)
    if _WORKING_GROUP.search(head) and re.search(r"\b(?:meeting|session|held|met|hosted)\b", head, re.IGNORECASE):
        return Event("working_group_meeting", label)
    if title and _SIGNING_TITLE.search(title) and not _NOT_YET.search(title):
        return Event("agreement_signing", label)
    if _SIGNING_LEAD.search(first_two) and not _NOT_YET.search(first_two) and re.search(
        r"\b(?:agreement|memorandum|plan|protocol|treaty|roadmap|contract)", first_two, re.IGNORECASE
    ) and not _MEETING.search(first_two):
        return Event("agreement_signing", label)
    head_no_press = _PRESS.sub("", head)
    if _FORUM.search(title or "") or _FORUM.search(_PRESS.sub("", " ".join(lead[:1]))):
        return Event("forum", label)
    if _MEETING.search(head_no_press):
        return Event("meeting", label)
    if _VISIT.search(head_no_press):
        return Event("visit", label)
    if _FORUM.search(head_no_press):
        return Event("forum", label)
    if _REPORT.search(head):
        return Event("report", label)
    if any(re.search(r"\b(?:met|meeting|talks|negotiations)\b", s) for s in body):
        return Event("meeting", label)
    return Event("report", label)


_REPORT = re.compile(
    r"\b(?:interview|statements? to|press conference|told (?:reporters|journalists|the media)|briefing|press release)\b",
    re.IGNORECASE,
)


_ONLINE = re.compile(r"\b(?:online|video ?conference|videoconferencing|via video|ZOOM|remotely|video link)\b", re.IGNORECASE)
_EVENT_WORDS = r"(?:met|meet|meeting|talks|negotiations|held|hosted|session|signed|forum|conference|summit|took place|taking place|visited|visiting|fair|ceremony)"
_FUTURE = re.compile(r"\b(?:will|to be held|is to|are to|plans? to|scheduled|next|upcoming|would)\b", re.IGNORECASE)


def find_venue(
    title: str | None,
    lead: list[str],
    body: list[str],
    dateline_city: str | None,
    dateline_counts: bool,
    mentions: Callable[[str], list[Mention]],
) -> str | None:
    """The city where the event took place, from what the text says, else a BelTA-style dateline."""
    if _ONLINE.search(" ".join(lead)):
        return None
    candidates: list[str] = []
    for index, sentence in enumerate([title or "", *body]):
        in_lead = index == 0 or sentence in lead[:2]
        for m in mentions(sentence):
            if m.city is None or _FUTURE.search(sentence[max(0, m.start - 50):m.start]):
                continue
            after = sentence[m.end:m.end + 70]
            before = sentence[max(0, m.start - 70):m.start]
            if re.match(r"^\s(?:Oblast|Region|Krai|Territory|Province|region|oblast|province)\b", after):
                continue
            city = m.city.name
            strong = (
                re.search(r"\b(?:in|at)\s(?:the\s)?(?:city of\s)?$", before, re.IGNORECASE) and (
                    re.match(r"^,?\s(?:on\s|during\s)", after)
                    or re.search(rf"\b{_EVENT_WORDS}\b", before[-60:], re.IGNORECASE)
                    or re.match(rf"^[^.]{{0,40}}\b{_EVENT_WORDS}\b", after, re.IGNORECASE)
                    or in_lead
                )
            ) or re.match(r"^\s(?:has\s)?hosted\b", after) or re.search(
                r"\b(?:visit to|trip to|visiting|visited|arrived in|city of)\s(?:the\s)?$", before, re.IGNORECASE
            ) or (in_lead and re.search(r"\bcapital,?\s$", before)) or (in_lead and re.match(r"^\s(?:[A-Z][\w-]*\s){0,3}(?:Forum|Expo|Summit|Fair)\b", after))
            if strong:
                candidates.append(city)
                break
        if candidates:
            break
        if dateline_city and re.search(r"\bin this city\b", sentence):
            return dateline_city
    if candidates:
        return candidates[0]
    return dateline_city if dateline_counts else None
