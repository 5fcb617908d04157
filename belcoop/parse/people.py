"""People named in an article: officials and executives, with role and country, spelling variants merged.

A run of capitalised words is a name when it starts with a known given name (or a family name
written first, as in Chinese), or when a word of office stands before it ("Governor ...") or
after it (", Associate Professor"). Bylines, author notes and names of buildings are not people.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from belcoop.model import Person
from belcoop.parse.places import Mention, country_of

_WORD = re.compile(r"[^\W\d_][\w'.-]*|\d[\w.]*|[^\w\s]")
_CONNECTORS = {"of", "the", "and", "for", "to", "on", "in"}
_PARTICLES = {"bin", "ibn", "al", "el", "de", "da", "del", "van", "von", "dos", "le", "la"}
_STOP = set(
    """
    affairs foreign ministry trade economy economic development industry industrial agriculture food security transport
    communications culture education health healthcare sports sport tourism emergency emergencies finance justice defence
    defense interior energy forestry construction architecture commerce investment investments policy department committee
    council assembly parliament duma government administration office service agency bank chamber association union company
    plant works holding group corporation enterprise centre center university academy institute school college party
    provincial regional executive standing congress state national federal republic republican presidential cabinet
    ministers representatives house senate secretariat embassy commission federation kingdom sultanate emirates people
    power technology technologies science sciences light heavy the this that these those a an and or but in on at by for
    with from to of as his her their our its we they it he she belarus belarusian russia russian news agency daily
    times post press tv radio telegram facebook twitter vk photo video according however meanwhile also today yesterday
    tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december oblast region krai territory district city province okrug avenue street square
    palace cathedral park museum theatre theater hotel airport station stadium cup prize award festival forum expo
    exhibition conference summit fair seminar session meeting program programme plan agreement memorandum protocol
    road map roadmap initiative day days year week independence victory great patriotic war soviet union eurasian
    economic customs single space cis eaeu sco csto un uno brics world international global european western eastern
    northern southern central middle far east west north south mr mrs ms dr prof president minister governor
    ambassador chairman head director secretary deputy prime pm premier mayor
    """.split()
)
_BYLINE = re.compile(r"^(?:By|Written by|Author|Text by|Photo by)\b", re.IGNORECASE)
_AUTHOR_NOTE = re.compile(r"\b(?:journalist|correspondent|columnist|photographer|has worked for|editor of)\b", re.IGNORECASE)
_NOT_A_PERSON_AFTER = re.compile(
    r"^\s(?:National|State|University|Centre|Center|Plant|Park|Street|Avenue|Square|Prize|Museum|School|Institute|"
    r"Foundation|Award|Cup|Stadium|Palace|Hall|Airport|Company|Works|Cathedral|Bridge|Library|Theatre|Theater)\b"
)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = resources.files("belcoop") / "data"

    def words(name: str) -> frozenset[str]:
        text = (data / name).read_text(encoding="utf-8")
        return frozenset(w.lower() for line in text.splitlines() if not line.startswith("#") for w in line.split())

    return words("given_names.txt"), words("surnames_first.txt"), words("roles.txt")


@dataclass
class _Candidate:
    tokens: list[str]
    role: str | None
    country: str | None
    single: bool = False


@dataclass
class PeopleFinder:
    place_mentions: Callable[[str], list[Mention]]
    people: list[_Candidate] = field(default_factory=list)

    def feed(self, sentence: str) -> None:
        if _BYLINE.match(sentence) or _AUTHOR_NOTE.search(sentence):
            return
        for cand in self._candidates(sentence):
            self._merge(cand)

    def _candidates(self, sentence: str) -> list[_Candidate]:
        given, surname_first, roles = _lexicon()
        toks = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(sentence)]
        out: list[_Candidate] = []
        i = 0
        while i < len(toks):
            if not _capitalised(toks[i][2]):
                i += 1
                continue
            # A run of capitalised words, joined by single spaces or connectors ("Governor of Tula Oblast Dmitry Milyaev").
            j = i
            while j + 1 < len(toks):
                nxt = toks[j + 1][2]
                gap = sentence[toks[j][1]:toks[j + 1][0]]
                if gap not in (" ", "") or not (_capitalised(nxt) or nxt.lower() in _CONNECTORS | _PARTICLES):
                    break
                j += 1
            run = toks[i:j + 1]
            while run and not _capitalised(run[-1][2]):
                run.pop()
            i = j + 1
            if not run:
                continue
            # The name is the tail of name-like words at the end of the run.
            k = len(run)
            while k > 0 and (_name_like(run[k - 1][2]) or (run[k - 1][2].lower() in _PARTICLES and k < len(run))):
                k -= 1
            tail = run[k:]
            while tail and tail[0][2].lower() in _PARTICLES:
                tail = tail[1:]
            if not tail:
                continue
            if len([t for t in tail if _capitalised(t[2])]) > 4:
                tail = tail[-4:]
            head = run[:len(run) - len(tail)]
            words = [t[2].rstrip(".").removesuffix("'s").removesuffix("'") for t in tail]
            after = sentence[tail[-1][1]:tail[-1][1] + 60]
            before = sentence[max(0, tail[0][0] - 40):tail[0][0]]
            if _NOT_A_PERSON_AFTER.match(after) or re.search(r"\bBy\s$", before):
                continue
            role_before = " ".join(t[2] for t in head) if head else ""
            has_role_before = any(t[2].lower().rstrip(".") in roles for t in head)
            lower_role_before = re.search(r"\b(?:" + "|".join(sorted(roles)) + r")\s$", before.lower()) if not head else None
            appositive = re.match(
                r"^\s?(?:,|–|—|-)\s?(?:the\s)?(?:[A-Z][\w'-]*\s){0,5}?(?P<role>(?:[\w'-]+\s){0,1}(?:"
                + "|".join(sorted(roles, key=len, reverse=True))
                + r")\b[^.;:\"]{0,80})",
                after,
                re.IGNORECASE,
            )
            first = words[0].lower()
            known_start = first in given or (first in surname_first and len(words) >= 2 and words[1].lower() not in given)
            if len(words) >= 2 and (known_start or has_role_before or appositive or lower_role_before):
                role = role_before if has_role_before else (appositive.group("role").strip() if appositive else None)
                out.append(_Candidate(words, _clean_role(role), self._country(role)))
            elif len(words) == 1 and (has_role_before and head and head[-1][2].lower().rstrip(".") in roles or appositive):
                role = role_before if has_role_before else (appositive.group("role").strip() if appositive else None)
                out.append(_Candidate(words, _clean_role(role), self._country(role), single=True))
        return out

    def _country(self, role: str | None) -> str | None:
        if not role:
            return None
        if re.search(r"\bBelarus|\bBelarusian|\bMinsk\b", role):
            return "BY"
        for m in self.place_mentions(role):
            return country_of(m.hit.code)
        return None

    def _merge(self, cand: _Candidate) -> None:
        for existing in self.people:
            if _same(existing, cand):
                if existing.single and not cand.single:
                    existing.tokens, existing.single = cand.tokens, False
                existing.role = existing.role or cand.role
                existing.country = existing.country or cand.country
                return
        self.people.append(cand)

    def result(self) -> list[Person]:
        return [Person(" ".join(p.tokens), p.role, p.country) for p in self.people]

    def speaker_country(self, who: str) -> str | None:
        """The country of whoever `who` ("the governor", "Mikhail Degtyarev") refers to, if known."""
        low = who.lower()
        for p in self.people:
            if _surname(p).lower() in low:
                return p.country
        for p in reversed(self.people):
            if p.role and any(w in low for w in re.findall(r"[a-z]+", p.role.lower()) if len(w) > 4):
                return p.country
        return None


def _capitalised(token: str) -> bool:
    return token[:1].isupper() and token[:1].isalpha()


def _name_like(token: str) -> bool:
    word = token.rstrip(".").removesuffix("'s").removesuffix("'")
    if not word or not word[0].isupper():
        return False
    if word.lower() in _STOP or word.lower() in _lexicon()[2]:
        return False
    if len(word) > 1 and word.isupper() and not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", word):
        return False  # acronyms: MAZ, BELTA, CPC
    return not re.search(r"\d", word)


def _surname(p: _Candidate) -> str:
    _, surname_first, _ = _lexicon()
    given, _, _ = _lexicon()
    if len(p.tokens) >= 2 and p.tokens[0].lower() in surname_first and p.tokens[1].lower() not in given:
        return p.tokens[0]
    return p.tokens[-1]


def _same(a: _Candidate, b: _Candidate) -> bool:
    sa, sb = _surname(a).lower(), _surname(b).lower()
    if a.single or b.single:
        single, full = (a, b) if a.single else (b, a)
        word = single.tokens[0].lower()
        return any(difflib.SequenceMatcher(None, word, t.lower()).ratio() >= 0.85 for t in full.tokens) or word == sa or word == sb
    if difflib.SequenceMatcher(None, sa, sb).ratio() < 0.8:
        return False
    return a.tokens[0][:1].lower() == b.tokens[0][:1].lower()


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = re.sub(r"\s+", " ", role).strip(" ,:;-–—")
    return role[:100] or None
