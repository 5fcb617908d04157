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

from belcoop.model import Person
from belcoop.parse.places import Mention, country_of
from belcoop.vocab import read_data

_WORD = re.compile(r"[^\W\d_][\w'.-]*")
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
_FUNCTION_WORDS = {"a", "an", "the", "and", "or", "in", "on", "at", "by", "for", "with", "from", "to", "of", "as", "le", "la"}
_COMMON_NOUN = re.compile(r"(?:tion|ment|ness|ity|ship|ism|ance|ence|more|ever|ally)$", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:By|Written by|Author|Text by|Photo by)\b", re.IGNORECASE)
_AUTHOR_NOTE = re.compile(r"\b(?:journalist|correspondent|columnist|photographer|has worked for|editor of)\b", re.IGNORECASE)
_NOT_A_PERSON_AFTER = re.compile(
    r"^\s(?:National|State|University|Centre|Center|Plant|Park|Street|Avenue|Square|Prize|Museum|School|Institute|"
    r"Foundation|Award|Cup|Stadium|Palace|Hall|Airport|Company|Works|Cathedral|Bridge|Library|Theatre|Theater)\b"
)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    def words(name: str) -> frozenset[str]:
        text = read_data(name)
        return frozenset(w.lower() for line in text.splitlines() if not line.startswith("#") for w in line.split())

    return words("given_names.txt"), words("surnames_first.txt"), words("roles.txt")


@lru_cache(maxsize=1)
def _role_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    roles = sorted(_lexicon()[2], key=len, reverse=True)
    alternation = "|".join(re.escape(r) for r in roles)
    appositive = re.compile(
        r"^\s?(?:,|–|—|-)\s?(?:the\s)?(?:[A-Z][\w'-]*\s){0,5}?(?P<role>(?:[\w'-]+\s)?(?:" + alternation + r")\b[^.;:\"]{0,80})",
        re.IGNORECASE,
    )
    role_end = re.compile(r"\b(?:" + alternation + r")\s$", re.IGNORECASE)
    return appositive, role_end


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
        appositive_re, role_end_re = _role_patterns()
        toks = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(sentence)]
        out: list[_Candidate] = []
        i = 0
        while i < len(toks):
            if not _capitalised(toks[i][2]):
                i += 1
                continue
            # A run of capitalised words joined by single spaces or connectors ("Governor of Tula Oblast Dmitry Milyaev").
            j = i
            while j + 1 < len(toks):
                nxt = toks[j + 1][2]
                gap = sentence[toks[j][1]:toks[j + 1][0]]
                if gap not in (" ", "") or not (_capitalised(nxt) or nxt.lower() in _CONNECTORS | _PARTICLES):
                    break
                j += 1
            run = toks[i:j + 1]
            i = j + 1
            # Each stretch of capitalised words in the run may end in a name; office words anywhere before it count.
            segments: list[list[tuple[int, int, str]]] = [[]]
            for tok in run:
                if tok[2].lower() in _CONNECTORS:
                    segments.append([])
                else:
                    segments[-1].append(tok)
            seen_roles = False
            role_start: int | None = None  # where the office words in force begin ("Governor of Kursk Oblast ...")
            split = [self._split_tail(seg, roles) for seg in segments]
            # Office words reach the last stretch that can hold a name ("Head of Bashkortostan Radiy Khabirov in Ufa").
            last = max((i for i, (_h, tail, _r) in enumerate(split) if tail), default=-1)
            for index, seg in enumerate(segments):
                head, tail, role_in_head = split[index]
                if role_start is None and any(t[2].lower().rstrip(".") in roles for t in seg):
                    role_start = seg[0][0]  # the whole stretch: "Belarus' Deputy Minister of Industry ..."
                if tail:
                    role_before = role_in_head or (seen_roles and index == last)
                    cand = self._judge(
                        sentence, tail, head, role_before, role_in_head, appositive_re, role_end_re, given, surname_first,
                        role_start,
                    )
                    if cand:
                        out.append(cand)
                        role_start = None
                seen_roles = seen_roles or role_in_head or any(t[2].lower().rstrip(".") in roles for t in seg)
        return out

    def _split_tail(
        self, seg: list[tuple[int, int, str]], roles: frozenset[str]
    ) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]], bool]:
        """(head, name-like tail, whether the head holds office words) of a stretch of capitalised words."""
        while seg and not _capitalised(seg[-1][2]):
            seg = seg[:-1]
        k = len(seg)
        while k > 0 and (
            self._name_like(seg[k - 1][2], at_start=seg[k - 1][0] == 0 or k == 1)
            or (seg[k - 1][2].lower() in _PARTICLES and k < len(seg))
        ):
            k -= 1
        head, tail = seg[:k], seg[k:]
        while tail and tail[0][2].lower() in _PARTICLES:
            tail = tail[1:]
        return head, tail, any(t[2].lower().rstrip(".") in roles for t in head)

    def _judge(
        self,
        sentence: str,
        tail: list[tuple[int, int, str]],
        head: list[tuple[int, int, str]],
        role_before: bool,
        role_adjacent: bool,
        appositive_re: re.Pattern[str],
        role_end_re: re.Pattern[str],
        given: frozenset[str],
        surname_first: frozenset[str],
        role_start: int | None,
    ) -> _Candidate | None:
        words = [t[2].rstrip(".").removesuffix("'s").removesuffix("'") for t in tail]
        # "ChTZ-Uraltrac Valeriy Platonov": the name starts at its given name, unless a surname leads a patronymic.
        for n, w in enumerate(words[1:], 1):
            if words[0].lower() in given or words[0].lower() in surname_first:
                break
            if w.lower() in given and not (n + 1 < len(words) and re.search(r"(?:vich|vna|ovich|evich)$", words[n + 1])):
                words, tail = words[n:], tail[n:]
                break
        if len([w for w in words if w[:1].isupper()]) > 4:
            words, tail = words[-4:], tail[-4:]
        after = sentence[tail[-1][1]:tail[-1][1] + 90]
        before = sentence[max(0, tail[0][0] - 40):tail[0][0]]
        if _NOT_A_PERSON_AFTER.match(after) or re.search(r"\bBy\s$", before):
            return None
        appositive = appositive_re.match(after) if re.match(r"\s?[,–—-]", after) else None
        lower_role = role_end_re.search(before[-30:]) if not head and before.endswith(" ") else None
        first = words[0].lower()
        known_start = first in given or (first in surname_first and len(words) >= 2 and words[1].lower() not in given)
        role_text = None
        if role_adjacent:
            role_text = " ".join(t[2] for t in head)
        elif role_start is not None and role_start < tail[0][0]:
            role_text = sentence[role_start:tail[0][0]].strip()
        role = role_text or (appositive.group("role").split(", and ")[0].strip() if appositive else None)
        if len(words) >= 2 and (known_start or role_before or appositive or lower_role):
            return _Candidate(words, _clean_role(role), self._country(role))
        if len(words) == 1 and appositive and not role_adjacent and (
            _COMMON_NOUN.search(words[0]) or re.match(r"^\s?,\s?the\s", after, re.IGNORECASE)
        ):
            return None  # "Furthermore, the President ...": not a surname in apposition
        if len(words) == 1 and (role_adjacent or appositive):
            return _Candidate(words, _clean_role(role), self._country(role), single=True)
        return None

    def _name_like(self, token: str, at_start: bool = False) -> bool:
        word = token.rstrip(".").removesuffix("'s").removesuffix("'")
        if not at_start and word.lower() in _FUNCTION_WORDS and word[:1].isupper():
            return True  # a capitalised "An" inside a run of names is a name ("Dang Hoang An")
        if not _name_like(word):
            return False
        return not self.place_mentions(word)

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
    if any(part in _STOP or part in _lexicon()[2] for part in word.lower().split("-")):
        return False  # also "January-October", "Vice-Chairman"
    if len(word) > 1 and word.isupper() and not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", word):
        return False  # acronyms: MAZ, BELTA, CPC
    if re.search(r"[a-z][A-Z]|[A-Z]{2}[a-z]", word) and not re.match(r"(?:[A-Z]\.)+", word):
        return False  # brand-like words: ChTZ-Uraltrac, PinskDrev
    return not re.search(r"\d", word)


def _surname(p: _Candidate) -> str:
    _, surname_first, _ = _lexicon()
    given, _, _ = _lexicon()
    if len(p.tokens) >= 2 and p.tokens[0].lower() in surname_first and p.tokens[1].lower() not in given:
        return p.tokens[0]
    return p.tokens[-1]


def _same(a: _Candidate, b: _Candidate) -> bool:
    if a.single or b.single:
        single, full = (a, b) if a.single else (b, a)
        word = single.tokens[0].lower()
        if full.single:
            return word == full.tokens[0].lower()
        return difflib.SequenceMatcher(None, word, _surname(full).lower()).ratio() >= 0.85 or any(
            word == t.lower() for t in full.tokens[1:]
        )
    sa, sb = _surname(a).lower(), _surname(b).lower()
    if difflib.SequenceMatcher(None, sa, sb).ratio() < 0.8:
        return False
    return a.tokens[0][:1].lower() == b.tokens[0][:1].lower()


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = re.sub(r"\s+", " ", role).strip(" ,:;-–—")
    return role[:100] or None
