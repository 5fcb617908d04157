"""People named in an article: officials and executives, with role and country, spelling variants merged.

A small grammar over the sentence's word tokens (belcoop.parse.tokens), with its vocabularies in
data/people.tsv, data/given_names.txt and data/surnames_first.txt:

- NAME: a run of capitalised name-like words, initials ("R.A.") and particles (bin, Al, el-, von der,
  de la), joined by single spaces; words of office, of bodies and of the calendar, places, acronyms and
  brand-like words ("ChTZ-Uraltrac") are not name words.
- A NAME is a person when it has evidence: a known given name (or a family name written first), initials,
  a role before it ("Governor of Perm Krai Dmitry Makhonin", "rector Sergei Khakhomov") or after it
  (", Deputy Prime Minister of Kazakhstan,"), a body printed right before it, a surname's ending
  (-ov, -enko, -sky, -yan ...), or a verb of speech after it ("Jam Kamal Khan underscored").
- ROLE: a noun phrase around a word of office, read leftwards from the name up to a verb, a relative
  word or a preposition of the clause, or rightwards in apposition up to the next clause boundary; never a
  sentence fragment and never longer than 80 characters.
- COUNTRY: the first place or demonym in the role that is not the receiving side ("Ambassador of India to
  Belarus" is IN), else the country of a head of state the text names.

Bylines, credits, author lines, names of streets, buildings and prizes are not people. Spelling variants,
a surname alone, initials and "Mr X" after the full name are one person.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_right, insort
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache, reduce
from itertools import compress, repeat
from operator import and_, attrgetter, or_

from belcoop.model import Person
from belcoop.parse.places import Mention, country_of
from belcoop.parse.tokens import Token, lows_of_text, tokens_of
from belcoop.vocab import given_names, known_bodies, read_data, word_list

MAX_ROLE = 80  # characters: a longer role is cut at a clause or word boundary
_KNOWN_WORDS = 100_000  # words whose look-ups are kept (a bound on memory over a long run)
_BIO = re.compile(r"\b(?:has worked (?:for|as|at)|is (?:a|an) (?:journalist|correspondent|columnist|photographer|editor))\b")
# A line of the page's staff ("(Web editor: Chen Lidan, Liang Jun)", "[Editors: ...]", "Photo editor - ..."): who made
# the page, every name of it, none a person of the story (a reporter's sign-off names the story's own reporters).
_STAFF_LINE = re.compile(r"^\W{0,2}(?:(?:web|chief|managing|responsible|executive|photo|video|copy|duty)[ -])?"
                         r"(?:editors?|translators?|proofreaders?)"
                         r"\s*(?::|-|–)", re.IGNORECASE)
_STAFF_WORDS = 12  # the most words of such a line
_BRAND = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Du|Le|La|O')")
_HYPHEN_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|ar|az|an|at|bin|ibn|abu|ben|ul)-[^\W\d_]", re.IGNORECASE)


# A transcript's speaker tag in capitals, at the start or after a dateline's dash: "VIKTOR KARANKEVICH, DEPUTY PRIME
# MINISTER OF BELARUS: We are ready ...". Two words at least before the colon ("CORRESPONDENT:" is a label).
_SPEAKER_TAG = re.compile(r"(?:^|[-–—] )([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)+(?:, [A-Z][A-Z'’.()-]*(?: [A-Z][A-Z'’.()-]*)*)*):\s")
_TAG_FUNCTION = {"Of": "of", "The": "the", "And": "and", "For": "for", "On": "on", "In": "in", "To": "to"}


# A Turkic name with the father's name and its link ("ogly": son of, "kyzy": daughter of) between the given name and
# the surname: "Elmar Gasym ogly Rzayev" is Elmar Rzayev, as the text names him again ("E. Rzayev").
_PATRONYMIC_LINK = re.compile(r"\b([A-Z][\w'’-]+) [A-Z][\w'’-]+ (?:ogly|oglu|ogli|kyzy|kizi|qizi|gizi) ([A-Z][\w'’-]+)")
_LINK_MARKS = ("ogl", "kyzy", "kizi", "qizi", "gizi")


def _without_patronymic_links(sentence: str) -> str:
    """ "Elmar Gasym ogly Rzayev" -> "Elmar Rzayev" (the father's name and its link left out)."""
    return _PATRONYMIC_LINK.sub(r"\1 \2", sentence)


def _speaker_tag_cased(sentence: str) -> str:
    """The sentence with a capitals speaker tag written as running text ("Viktor Karankevich, Deputy Prime Minister of
    Belarus: ..."), so that the grammar, which reads no name in capitals (an acronym's shape), reads its name and role;
    the sentence itself when it has no such tag."""
    tag = _SPEAKER_TAG.search(sentence)
    if tag is None:
        return sentence
    words = [_TAG_FUNCTION.get(w, w) for w in tag.group(1).title().split(" ")]
    return sentence[:tag.start(1)] + " ".join(words) + sentence[tag.end(1):]


def _transcript_label(s: _Sentence, k: int) -> bool:
    """ "CORRESPONDENT: Pavel Orlov, Ivan Sidorenko, ONT, Kazan.": a transcript's speaker label in capitals, whose
    colon opens the reporters' sign-off (the names that follow are no "correspondent Anna Ivanova" credit line)."""
    return k + 1 < s.n and s.toks[k + 1].text == ":" and s.toks[k].text.isupper() and len(s.toks[k].text) > 3


def _hyphen_particle(word: str) -> bool:
    """ "al-Sisi", "bin-Zayed": a particle joined to a name by a hyphen."""
    return "-" in word and _HYPHEN_PARTICLE.match(word) is not None
_PATRONYMIC = re.compile(r"(?:vich|vych|vna|ovich|evich|ovna|evna|ich|uly|kyzy|oglu|ogly)$")
_SHORT_INITIALS = {"kh", "sh", "zh", "ch", "yu", "ya", "ts", "yo", "ye"}
_POSSESSIVES = frozenset(("'s", "’s"))
_OPEN_QUOTES = {"\"", "“", "«", "„"}
_CLOSE_QUOTES = {"\"", "”", "»", "“"}
_COMMON_NOUN = re.compile(r"(?:tion|ment|ness|ity|ship|ism|ance|ence|ally|ly|ing)$")
# the endings of an English abstract noun that no family or given name has ("Aviation", "Production",
# "Procurements", "Utilities", "Partnerships"): such a word is never a name's part (not "-ution": "Bobby Nasution")
_ABSTRACT_NOUN = re.compile(r"(?:(?:ation|ction|ption|ntion|ition|otion)s?|ments|ities|.{4}ships?|.{3}isms?)$")
_ABSTRACT_LAST = frozenset("nspm")  # the last letters of those endings
# The same endings read backwards, matched at the start of the reversed word: one anchored try instead of a search
_ABSTRACT_REVERSED = re.compile(r"s?(?:noita|noitc|noitp|noitn|noiti|noito)|stnem|seiti|s?pihs.{4}|s?msi.{3}")
# the endings of a common noun in the field of an office ("Minister of Defence [Manufacturing] X Y", "Minister of
# Maritime [Infrastructure] X Y"): also "-tion", "-ment", "-ness", "-ity", "-ure", and "-ing" of 7 letters or more; not
# "-ance", "-ence" ("Lawrence", "Patience"), nor a shorter "-ing" ("Ming", "Jing")
_FIELD_NOUN = re.compile(r"(?:tions?|ments?|ness|ity|ities|ures?|.{4}ing|ships?|isms?)$")
_PRONOUNS = {"his", "her", "their", "our", "its", "my", "your", "this", "that", "these", "those", "all", "both", "each"}
_ROLE_PARTICIPLES = {"authorized", "authorised", "united", "managing", "acting", "standing", "governing",
                     "ruling", "leading", "retired", "honoured", "honored", "distinguished", "accredited"}
_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "shall", "should", "may",
                "might", "must", "does", "did"}
# Words that open a sentence's adverbial phrase, closed by its first comma ("According to X, ...").
_PHRASE_OPENERS = {"according", "after", "before", "during", "in", "at", "on", "following", "while", "when", "with", "upon",
                   "as", "for", "by", "since", "from", "under", "amid", "besides", "unlike", "like", "despite", "through"}
_FUNCTION = {"of", "the", "and", "for", "to", "in", "on", "at", "a", "an"}
_ENVOY = {"ambassador", "ambassadors", "envoy", "envoys", "consul", "consul-general", "attaché", "attache",
          "representative", "representatives", "plenipotentiary", "chargé", "charge"}
_ORG_HEADS = {"ministry", "chamber", "committee", "council", "agency", "company", "corporation", "holding",
              "authority", "association", "union", "bank", "fund", "office", "administration", "government",
              "department", "service", "embassy", "consulate", "group", "concern", "enterprise", "plant", "works",
              "university", "institute", "academy", "centre", "center", "commission", "federation", "party"}


@dataclass(frozen=True)
class Vocabulary:
    """The word lists of the people grammar (data/people.tsv and the name lists)."""

    given: frozenset[str]
    surname_first: frozenset[str]
    words: dict[str, frozenset[str]]
    demonyms: dict[str, str]
    known: dict[str, str]
    suffixes: tuple[str, ...]

    def has(self, category: str, low: str) -> bool:
        return low in self.words.get(category, frozenset())

    @property
    def blocked(self) -> frozenset[str]:
        """Words that are never part of a name: words of bodies and of the calendar, of office, of address."""
        return self.words["blocked"]


_SURNAME_SUFFIXES = (
    "ov", "ova", "ev", "eva", "yov", "yova", "in", "ina", "yn", "yna", "sky", "skiy", "skii", "ski", "skaya", "ska",
    "tsky", "tskaya", "enko", "enka", "uk", "yuk", "chuk", "vich", "vych", "ich", "yan", "ian", "shvili", "dze",
    "uly", "bek", "bekov", "bayev", "baev", "oglu", "zade", "zadeh", "ovic", "evic", "ets", "ko", "ak", "ik",
)


_SUFFIX_SET = frozenset(_SURNAME_SUFFIXES)
_SUFFIX_TAILS = frozenset(x[-2:] for x in _SURNAME_SUFFIXES)  # the last two letters of each ending
_SUFFIX_LENGTHS = tuple(sorted({len(x) for x in _SURNAME_SUFFIXES if len(x) > 2}))


def _surname_ending(low: str) -> bool:
    """`low.endswith(_SURNAME_SUFFIXES)`, by look-ups of its tails (a test of 47 endings one by one costs more)."""
    if low[-2:] not in _SUFFIX_TAILS:
        return False  # (most words)
    if low[-2:] in _SUFFIX_SET:
        return True
    return any(low[-n:] in _SUFFIX_SET for n in _SUFFIX_LENGTHS)  # (the few words with such a tail)


@cache
def vocabulary() -> Vocabulary:
    words: dict[str, set[str]] = {}
    demonyms: dict[str, str] = {}
    known: dict[str, str] = {}
    for line in read_data("people.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, _, entries = line.partition("\t")
        for entry in entries.split(";"):
            entry = entry.strip()
            if not entry:
                continue
            word, _, value = entry.partition("=")
            if category == "demonym":
                demonyms[word.lower()] = value
            elif category == "known":
                known[word.lower()] = value
            else:
                words.setdefault(category, set()).add(word.lower())
    return Vocabulary(
        given=given_names(),
        surname_first=word_list("surnames_first.txt"),
        words={k: frozenset(v) for k, v in words.items()} | {"blocked": frozenset(
            words["not_name"] | words["office"] | words["honorific"] | words["modifier"] | words["particle"])},
        demonyms=demonyms,
        known=known,
        suffixes=_SURNAME_SUFFIXES,
    )


@cache
def office_words() -> frozenset[str]:
    """Words of office and address ("minister", "governor", "Mr"): the people grammar's, shared with the
    organisation finder."""
    v = vocabulary()
    return v.words["office"] | v.words["honorific"] | {"first", "acting", "deputy", "vice", "general", "chief", "senior"}


@dataclass
class _Candidate:
    tokens: list[str]
    role: str | None
    country: str | None
    single: bool = False
    address: bool = False  # a given name and a patronymic, the Russian form of address ("Alexander Grigoryevich")
    titled: bool = False  # one word after a form of address ("Mr Saleumxay"): a family name, or a given name

    @property
    def initials(self) -> bool:
        return self.tokens[0].endswith(".")


# A NAME in a sentence: its words, and the indices of its word tokens (a plain pair: one per name of every sentence).
_Span = tuple[list[str], list[int]]


# What a word is to the grammar, worked out once per token text (the same words come back in every article): bits of
# an int, one per question the grammar asks of a token on its own, without its neighbours. The word lists are asked of
# the token's lower-cased form, as `_Sentence.low` gives it.
_CAP = 1  # a capitalised word (a word token: one that starts with a letter)
_OPENS = 2  # may open a NAME: capitalised and shaped like a name, a given name, an initial or a particle; or "al-Sisi"
_CUE = 4  # evidence of a person somewhere in the sentence (see `may_name`)
_GIVEN = 8  # a given name
_SHAPE = 16  # shaped like a part of a name (`_name_shape`)
_PARTICLE = 32  # "bin", "Al", "von", "der"
_INITIAL_LIKE = 64  # a letter or a digraph that is an initial before a dot ("R", "Kh")
_WORD = 1 << 7  # a word token
_LOWER = 1 << 8  # starts with a lower-case letter
_OFFICE = 1 << 9  # a word of office (the "office" list)
_IS_OFFICE = 1 << 10  # `_is_office`: of office, a counterpart, or a hyphenated word with a part of office
_BREAK = 1 << 11  # a word that ends a role ("break")
_MODIFIER = 1 << 12
_HONORIFIC = 1 << 13
_SPEECH = 1 << 14
_PRESS = 1 << 15
_CREDIT = 1 << 16
_FUNC_WORD = 1 << 17  # of, the, and ... (_FUNCTION)
_ORG_HEAD = 1 << 18  # ministry, company ... (_ORG_HEADS)
_NOT_NAME = 1 << 19
_NAMED = 1 << 20  # a part of it (split at hyphens) names a street, a building or a body: "Street", "Council"
_NAMED_BEFORE = 1 << 21  # a part of it comes before the name of a place ("Museum-Estate")
_DEMONYM = 1 << 22  # a demonym, or the first word of one of two ("south" of "south korean")
_ENVOY_WORD = 1 << 23
_UPPER = 1 << 24  # all in capitals ("MAZ", "EU")
_SURNAME_FIRST = 1 << 25  # a family name written first
_COUNTERPART = 1 << 26
_NOT_ROLE = 1 << 27
_HYPHENED = 1 << 28  # a particle joined to a name by a hyphen (`_hyphen_particle`): "al-Sisi"
_MAY_BE_NAMEY = 1 << 29  # capitalised, and shaped like a name or a given name: what `_namey` needs of the word


class _WordFlags(dict[str, int]):
    """Token text -> its flags (above)."""

    def __missing__(self, text: str) -> int:
        if len(self) >= _KNOWN_WORDS:
            self.clear()  # a bound on memory over a long run
        bits = _word_bits()
        if text.isascii() and text.isalpha() and text.islower():
            # a plain lower-case word ("cooperation"): no capital, hyphen or "'s", its own lower-cased form (the flags
            # the steps below give it)
            flags = _WORD | _LOWER | bits.get(text, 0) | (_CUE if text in _cues() else 0)
            self[text] = flags
            return flags
        first = text[0]
        if not first.isalpha():  # a number or a mark: no word, and none of the flags of one (what `_cue_of` says)
            flags = bits.get(text, 0) | (_UPPER if text.isupper() else 0) | (_CUE if _cue_of(text, first, text.lower()) else 0)
            if "-" in text:
                flags = _of_hyphened(flags, text, bits)
            self[text] = flags
            return flags
        # a word token, whose lower-cased form drops "'s" (tokens.py); the cue test is `_cue_of`'s for a word
        cues = _cues()
        lower = text.lower()
        low = lower[:-2] if lower.endswith("'s") else lower
        flags = _WORD | bits.get(low, 0)
        if first.isupper():
            flags |= _CAP
            if len(text) == 1 or (len(text) == 2 and lower in _SHORT_INITIALS):
                flags |= _INITIAL_LIKE
            if _name_shape(text, low):
                flags |= _SHAPE
            if lower in cues or (len(text) >= 5 and _surname_ending(lower)):
                flags |= _CUE
        else:
            if first.islower():
                flags |= _LOWER
            if lower in cues:
                flags |= _CUE
        if text.isupper():
            flags |= _UPPER
        if "-" in lower:
            if not flags & _CUE and any(part in cues for part in lower.split("-")):
                flags |= _CUE
            if "-" in low:
                flags = _of_hyphened(flags, low, bits)
            if _hyphen_particle(text):
                flags |= _HYPHENED
        if flags & _CAP and flags & (_SHAPE | _GIVEN):
            flags |= _MAY_BE_NAMEY
        # what `_spans` needs to open a NAME on the token: an initial, a name word, a particle, "al-Sisi"
        if (flags & _CAP and flags & (_INITIAL_LIKE | _SHAPE | _GIVEN | _PARTICLE)) or flags & _HYPHENED:
            flags |= _OPENS
        self[text] = flags
        return flags


def _of_hyphened(flags: int, low: str, bits: dict[str, int]) -> int:
    """The flags of a hyphenated word with what its parts make of it (of a body's or a place's name, only they)."""
    of_parts = 0  # the union of its parts' flags
    for part in low.split("-"):
        of_parts |= bits.get(part, 0)
    flags &= ~(_NAMED | _NAMED_BEFORE)
    if of_parts & _OFFICE:
        flags |= _IS_OFFICE  # "Vice-Chairman"
    return flags | of_parts & (_NAMED | _NAMED_BEFORE)


@cache
def _word_bits() -> dict[str, int]:
    """Lower-cased word -> the flags its word lists give it (`_WordFlags`)."""
    v = vocabulary()
    demonyms = frozenset(v.demonyms) | {d.split()[0] for d in v.demonyms if " " in d}  # also "south" of "south korean"
    bits: dict[str, int] = {}
    for bit, words in ((_GIVEN, v.given), (_PARTICLE, v.words["particle"]), (_OFFICE, v.words["office"]),
                       (_BREAK, v.words["break"]), (_MODIFIER, v.words["modifier"]), (_HONORIFIC, v.words["honorific"]),
                       (_SPEECH, v.words["speech"]), (_PRESS, v.words["press"]), (_CREDIT, v.words["credit"]),
                       (_FUNC_WORD, _FUNCTION), (_ORG_HEAD, _ORG_HEADS), (_NOT_NAME, v.words["not_name"]),
                       (_DEMONYM, demonyms), (_ENVOY_WORD, _ENVOY), (_SURNAME_FIRST, v.surname_first),
                       (_COUNTERPART, v.words["counterpart"]), (_NOT_ROLE, v.words["not_role"]),
                       (_IS_OFFICE, v.words["office"] | v.words["counterpart"]),  # `_is_office`, but for hyphenated words
                       (_NAMED, v.words["named_after"] | _ORG_HEADS), (_NAMED_BEFORE, v.words["named_before"])):
        for word in words:
            bits[word] = bits.get(word, 0) | bit
    return bits


@cache
def _org_heads_before() -> frozenset[str]:
    """The lower-case heads of a body's name printed before it ("holding", "cluster")."""
    return frozenset(vocabulary().words.get("org_before", ()))


_WORD_FLAGS = _WordFlags()
_END = attrgetter("end")


_CREDIT_VERBS = frozenset(("reports", "reported", "writes", "wrote", "informs", "informed", "learned", "learnt", "says"))


def _credit(s: _Sentence, k: int) -> bool:
    """Is the press word at token k a credit of an unnamed journalist: "BelTA correspondent reports"?"""
    return k + 1 < s.n and s.lows[k + 1] in _CREDIT_VERBS


def _his_excellency(s: _Sentence, k: int) -> bool:
    """ "H.E." at token k: a form of address ("His Excellency"), not the initials of a name."""
    return s.toks[k].text == "H" and k + 3 < s.n and s.toks[k + 2].text == "E" and s.lows[k + 3] == "." and \
        s.toks[k + 1].end == s.toks[k + 2].start


def _inside_place(s: _Sentence, k: int) -> bool:
    """Token k goes on a place's name begun before it: the "El" of "Mari El" is no particle of a name after it."""
    place = s.place[k]
    return place is not None and place.start < s.toks[k].start


_COMPASS = frozenset(("east", "west", "north", "south", "central", "northern", "southern", "eastern", "western"))


def _after_compass(s: _Sentence, k: int) -> bool:
    """ "Governor of East Java Khofifah ...": the word after a capitalised point of the compass right after "of" (or
    "of the") names a region with it, not a person."""
    if k < 2 or s.lows[k - 1] not in _COMPASS or not s.cap(k - 1) or s.gap(k) != " ":
        return False
    return s.lows[k - 2] == "of" or s.lows[k - 2] == "the" and s.low(k - 3) == "of"


@cache
def _place_tails() -> frozenset[tuple[str, ...]]:
    """The place_tail phrases of data/people.tsv ("autonomous region"), as tuples of words."""
    return frozenset(tuple(entry.split()) for entry in vocabulary().words.get("place_tail", ()))


def _place_name_words(s: _Sentence) -> frozenset[int]:
    """The capitalised words that a region's tail ends the name of ("Xinjiang Uygur Autonomous Region", "Dehong Dai and
    Jingpo Autonomous Prefecture"): the run of capitalised words right before a capitalised place_tail. They name the
    place, and the peoples that give it its name; no person. An "and" inside the run joins two peoples only where the
    whole name follows "the" or "of" ("of the Dehong Dai and Jingpo ..."); else the words before it are no part of
    the name ("Ivan Petrov and Nenets Autonomous Okrug officials")."""
    out: set[int] = set()
    tails = _place_tails()

    def run_start(q: int) -> int:  # the first of the capitalised words that end at token q
        while q >= 0 and s.cap(q) and s.gap(q + 1) == " ":
            q -= 1
        return q + 1

    for k in range(1, s.n):
        if s.lows[k] != "autonomous" or not s.cap(k):
            continue
        if not any(tuple(s.lows[k:k + len(t)]) == t and all(s.cap(q) for q in range(k, k + len(t))) for t in tails):
            continue
        start = run_start(k - 1)
        while start < k and s.low(start - 1) == "and" and s.gap(start) == " " and s.gap(start - 1) == " " and s.cap(start - 2):
            wider = run_start(start - 2)
            if s.low(wider - 1) not in ("the", "of"):
                break
            start = wider
        out.update(range(start, k))
    return frozenset(out)


class _Sentence:
    """One sentence as the people grammar sees it: tokens, gaps, places."""

    def __init__(self, text: str, toks: list[Token], flags: list[int], every: int, mentions: list[Mention]) -> None:
        self.text = text
        self.toks = toks
        self.flags = flags
        self.every = every  # the union of the words' flags: what the sentence holds somewhere
        self.n = n = len(self.toks)
        self.place: list[Mention | None] = [None] * n
        if mentions:
            place = self.place
            for m in mentions:  # the tokens that overlap the mention; of "Turkey-Belarus", the first place
                q = bisect_right(toks, m.start, key=_END)  # the first token that ends after the mention's start
                end = m.end
                while q < n and toks[q].start < end:
                    if place[q] is None:
                        place[q] = m
                    q += 1
        self.claimed: set[int] = set()  # tokens of names and roles already given to a person
        self.lows = lows_of_text(text)
        self.in_place = _place_name_words(self) if "autonomous" in self.lows else frozenset()
        # For "X and Y": the token after a person, the plural title, its countries, which of them the person's is.
        self.shared: tuple[int, str, list[str], int] | None = None

    def gap(self, k: int) -> str:
        """The characters between token k-1 and token k."""
        return self.text[self.toks[k - 1].end:self.toks[k].start] if 0 < k < self.n else ""

    def low(self, k: int) -> str:
        return self.lows[k] if 0 <= k < self.n else ""

    def word(self, k: int) -> bool:
        return 0 <= k < self.n and self.flags[k] & _WORD != 0

    def cap(self, k: int) -> bool:
        return 0 <= k < self.n and self.flags[k] & _CAP != 0

    def flag(self, k: int) -> int:
        """The flags of token k's word (none outside the sentence)."""
        return self.flags[k] if 0 <= k < self.n else 0


# A person is filed under a few keys for `_same` to be tried only on those a new name may be one with (see `_keys`),
# at most this many per key: an article names far fewer people, and the bound keeps a page of nothing but names
# from being compared with every name before it.
FILED_PER_KEY = 32


def _keys(p: _Candidate) -> tuple[tuple[str, str], ...]:
    """The keys a person is filed under: a surname alone under each of its first two letters ("s") and itself ("w");
    a full name under its first letter with each of its family name's first two ("f"), each of those alone ("F"),
    and each of its words but the first ("t"). Spellings of one name differ in their tail ("Degtyaryov",
    "Degtyarev"), or in one letter at the head ("Yermakov", "Ermakov"; "Kochanova", "Cochanova"): either way they
    share one of their first two letters."""
    return _keys_of(tuple(p.tokens), p.single)


@lru_cache(maxsize=8192)
def _keys_of(tokens: tuple[str, ...], single: bool) -> tuple[tuple[str, str], ...]:
    """`_keys` of a person's words (kept: the same names come back in article after article)."""
    if single:
        word = _fold(tokens[0])
        keys = [("s", c) for c in set(word[:2])]
        keys.append(("w", word))
        return tuple(keys)
    heads = set(_fold(_surname_of(tokens))[:2])
    keys = [("f", first + c) for first in _initials(tokens) | _twin_initials(tokens[0]) for c in heads]
    keys += [("F", c) for c in heads]
    keys += [("t", _fold(t)) for t in tokens[1:]]
    keys.append(("g", _fold(tokens[0])))
    if len(tokens) > 2 and _is_royal(tokens[0]):
        keys.append(("r", _fold(tokens[0]) + " " + _fold(tokens[1])))
    return tuple(keys)


def _keys_to_try(c: _Candidate) -> tuple[tuple[str, str], ...]:
    """The keys under which the people `c` may be one with are filed (the cases of `_same`): for a surname alone, the
    full names of a surname like it or holding it, and itself; for a full name, the full names of its first letter
    and a surname like its own, the surnames alone like its own or equal to a word of it."""
    return _keys_to_try_of(tuple(c.tokens), c.single, c.titled)


@lru_cache(maxsize=8192)
def _keys_to_try_of(tokens: tuple[str, ...], single: bool, titled: bool) -> tuple[tuple[str, str], ...]:
    """`_keys_to_try` of a name's words (kept, as `_keys_of`)."""
    if single:
        word = _fold(tokens[0])
        keys = [("F", h) for h in set(word[:2])]
        keys += [("t", word), ("w", word)]
        if titled:
            keys.append(("g", word))
        return tuple(keys)
    heads = set(_fold(_surname_of(tokens))[:2])
    keys = [("f", first + h) for first in _initials(tokens) | _twin_initials(tokens[0]) for h in heads]
    keys += [("s", h) for h in heads]
    keys += [("w", _fold(t)) for t in tokens[1:]]
    if len(tokens) == 2 and _is_royal(tokens[0]):
        keys.append(("r", _fold(tokens[0]) + " " + _fold(tokens[1])))
    return tuple(keys)


def _initials(tokens: list[str] | tuple[str, ...]) -> set[str]:
    """The first letters a full name may be matched by: its first word's, and the next word's after "Sheikh" ("Sheikh
    Bashir Uddin" is "Bashir Uddin" again)."""
    found = {tokens[0][:1].lower()}
    if len(tokens) > 2 and _is_sheikh(tokens[0]):
        found.add(tokens[1][:1].lower())
    return found


@dataclass
class PeopleFinder:
    place_mentions: Callable[[str], list[Mention]]
    people: list[_Candidate] = field(default_factory=list)
    filed: dict[tuple[str, str], list[int]] = field(default_factory=dict, repr=False)  # key -> positions in `people`

    # ------------------------------------------------------------------ feeding

    def feed(self, sentence: str) -> None:
        """Read the people of one sentence of the article's body."""
        text = _speaker_tag_cased(sentence) if ":" in sentence else sentence
        if any(mark in text for mark in _LINK_MARKS):
            text = _without_patronymic_links(text)
        s = self._sentence(text)
        if s is None:
            return  # no cue of a person, or no word a name may open on (asked first: most sentences end here)
        if ("is a" in sentence or "has worked " in sentence) and _BIO.search(sentence):  # (what every match holds)
            return  # an author's biography
        if _STAFF_LINE.match(sentence) and len(sentence.split()) <= _STAFF_WORDS:
            return  # the page's staff (the anchored pattern first: it fails at once on most sentences, no split)
        for cand in self._judged(s, title=False):
            self._merge(cand, add=True)

    def feed_title(self, title: str) -> None:
        """Read the headline: its full names count, a surname alone only completes a person of the body."""
        for cand in self._candidates(title, title=True):
            self._merge(cand, add=not cand.single)

    # ------------------------------------------------------------------ the grammar

    def _candidates(self, text: str, title: bool) -> list[_Candidate]:
        s = self._sentence(text)
        return [] if s is None else self._judged(s, title)

    def _sentence(self, text: str) -> _Sentence | None:
        """The sentence as the grammar reads it; None when it holds no cue of a person (`may_name`) or no token a NAME
        may open on (see `_spans`): no name at all."""
        toks = tokens_of(text)
        flags = list(map(_WORD_FLAGS.__getitem__, [t.text for t in toks]))
        every = reduce(or_, flags, 0)  # the flags of some word of the sentence
        if not (every & _CUE or _cued(every, text)) or not every & _OPENS:
            return None
        if every & _CAP and not _address_openers().isdisjoint(lows := lows_of_text(text)) and _forms_of_address(
                toks, flags, lows):  # (the words that open a form of address first, asked in C)
            every |= _ADDRESS_FLAGS
        return _Sentence(text, toks, flags, every, self.place_mentions(text))

    def _judged(self, s: _Sentence, title: bool) -> list[_Candidate]:
        """The people of the sentence's NAMEs."""
        out: list[_Candidate] = []
        for span in self._spans(s):
            cand = self._judge(s, span, title)
            if cand is not None:
                out.append(cand)
        return out

    def _namey(self, s: _Sentence, k: int) -> bool:
        """A capitalised word that may be part of a name: "Makhonin", "Kassym-Jomart", "El-Sisi", not "Oblast"."""
        if not (0 <= k < s.n and s.flags[k] & _MAY_BE_NAMEY):
            return False  # (a name word is shaped like one, `_name_word`; or it is a given name)
        return self._name_word(s, k) or bool(
            # a given name that is also a title, before "bin"/"Al": "Sheikh Sultan bin Saqr Al Qasimi"
            s.flags[k] & _GIVEN and self._particle(s, k + 1) and s.gap(k + 1) == " ")

    def _name_word(self, s: _Sentence, k: int) -> bool:
        """Token k shaped like a name's part and no place ("Victoria" only before another name word)."""
        tok = s.toks[k]
        if not s.flags[k] & _SHAPE:  # (`_name_shape`; the caller has asked for a capitalised word)
            return False
        place = s.place[k]
        if place is not None:
            if s.flags[k] & _GIVEN:
                return self._namey_plain(s, k + 1)
            # a city's name as the surname after a given name: "Andrei Borisov", "Sergei Kirov"
            return k > 0 and bool(s.flags[k - 1] & _GIVEN) and s.place[k - 1] is None and s.gap(k) == " " and \
                place.is_city and (place.start, place.end) == (tok.start, tok.end)
        # not "Belarus-Russia", "Turkey-Belarus"
        return "-" not in tok.low or s.flags[k] & _HYPHENED != 0 or not any(
            self.place_mentions(p) for p in tok.text.split("-"))

    def _namey_plain(self, s: _Sentence, k: int) -> bool:
        """A capitalised word after a space that is no place, acronym, body or office word ("Ivanov" in "Victoria Ivanova")."""
        flags = s.flag(k)
        return bool(flags & _CAP) and not flags & (_UPPER | _NOT_NAME | _OFFICE) and s.place[k] is None and s.gap(k) == " "

    def _initial(self, s: _Sentence, k: int) -> bool:
        """"R." in "R.A.Golovchenko", "Kh." in "Kh.Bolorchuluun": a letter (or a digraph) and a dot."""
        # a capitalised letter or digraph (_INITIAL_LIKE), then a dot with no gap
        return 0 <= k < s.n - 1 and s.flags[k] & _INITIAL_LIKE != 0 and s.lows[k + 1] == "." and \
            s.toks[k].end == s.toks[k + 1].start

    def _particle(self, s: _Sentence, k: int) -> bool:
        """A small word inside a name: "bin", "Al", "von", "der", "de", "la"."""
        return s.flag(k) & (_WORD | _PARTICLE) == _WORD | _PARTICLE

    def _spans(self, s: _Sentence) -> list[_Span]:
        """Every NAME of the sentence, left to right (a long run split where a second name starts)."""
        spans: list[_Span] = []
        k = 0
        flags, toks, n = s.flags, s.toks, s.n
        initial, namey, particle = self._initial, self._namey, self._particle
        v = vocabulary()
        particles, surname_first = v.words["particle"], v.surname_first
        # a NAME opens only on a token flagged _OPENS (what each test of `start_ok` needs of the token itself): those
        # tokens, found in C
        text, place, lows, in_place = s.text, s.place, s.lows, s.in_place
        opens = compress(range(n), map(and_, flags, repeat(_OPENS)))
        for at in opens:
            if at < k:
                continue  # inside the name before
            k = at
            f = flags[k]
            # (`namey` inline where `_name_word` says yes at once: a name's shape, no place, no hyphen to look into)
            start_ok = (f & _INITIAL_LIKE and initial(s, k) and not _his_excellency(s, k) and not (
                k >= 2 and _his_excellency(s, k - 2))) or (
                f & _MAY_BE_NAMEY and ((f & _SHAPE and place[k] is None and "-" not in toks[k].low) or namey(s, k))
            ) or f & _HYPHENED or (
                f & _CAP and f & _PARTICLE and namey(s, k + 1) and s.gap(k + 1) == " ")
            if start_ok and ((k >= 2 and lows[k - 1] in _COMPASS and _after_compass(s, k)) or k in in_place or (
                    place[k] is not None and _inside_place(s, k))):
                start_ok = False
            if not start_ok:
                k += 1
                continue
            parts: list[str] = []
            idx: list[int] = []
            start = k
            after_initial = False
            while k < n:
                tok = toks[k]
                if parts:
                    gap = text[toks[k - 1].end:tok.start]  # (`s.gap(k)`: 0 < k < n here)
                    if not (gap == " " or (after_initial and gap == "")):
                        break
                f = flags[k]
                if f & _INITIAL_LIKE and initial(s, k):
                    parts.append(tok.text + ".")
                    idx.append(k)
                    k += 2
                    after_initial = True
                    continue
                if k in in_place:
                    break  # "Chairman of Foo Bar Autonomous Region": a region's name after a name's words
                word = tok.text
                is_particle = f & (_WORD | _PARTICLE) == _WORD | _PARTICLE  # (`particle(s, k)`)
                if (f & _MAY_BE_NAMEY and ((f & _SHAPE and place[k] is None and "-" not in tok.low) or namey(s, k))
                    ) or f & _HYPHENED or (
                    parts and is_particle and k + 1 < n and s.gap(k + 1) == " "
                    and (namey(s, k + 1) or particle(s, k + 1) or flags[k + 1] & _HYPHENED)
                ) or (not parts and is_particle) or (
                    parts and f & _CAP and len(word) <= 3 and parts[0].lower() in surname_first
                    and not f & _UPPER and place[k] is None
                ):  # a capitalised "An" inside a name written family name first: "Dang Hoang An"
                    if word[-2:] in _POSSESSIVES:
                        parts.append(word[:-2])  # ("'s" or "’s": the end of the name)
                        idx.append(k)
                        k += 1
                        break
                    parts.append(word)
                    idx.append(k)
                    k += 1
                    after_initial = False
                    continue
                if parts and f & _HONORIFIC and tok.low in _SHEIKH and f & _CAP and not (
                        k + 1 < n and flags[k + 1] & _CAP and s.gap(k + 1) == " "):
                    # "Sheikh" after a name's words, with no name after it, is the family name ("Minister Qaiser
                    # Sheikh"): the form of address comes before a name ("Sheikh Hamdan")
                    parts.append(word)
                    idx.append(k)
                    k += 1
                break
            while parts and (parts[-1].endswith(".") or parts[-1].lower() in particles and not (
                    len(parts) >= 3 and parts[0].lower() in surname_first and parts[-1][0].isupper())):
                parts.pop()  # (but the given name that ends a name written family name first: "Tran Quoc Van")
                idx.pop()
            if not parts:
                k = max(k, start + 1)
                continue
            if len(parts) < 4:
                spans.append((parts, idx))  # (what `_split` gives a run this short)
            else:
                spans.extend(self._split(parts, idx))
            k = max(k, idx[-1] + 1)
        return spans

    def _split(self, parts: list[str], idx: list[int]) -> list[_Span]:
        """Two names printed one after the other ("Ambassador Nguyen Van Ngu Aleksandr Lukashenko said"):
        split before a given name that starts a second full name when the run is too long for one name,
        or when the second name is a person the article already named."""
        if len(parts) < 4:
            return [(parts, idx)]  # (fewer words still)
        v = vocabulary()
        words = [p for p in parts if not p.endswith(".")]
        if len(words) < 4:
            return [(parts, idx)]
        for m in range(2, len(parts) - 1):
            if parts[m].lower() in v.given and parts[m - 1].lower() not in v.words["particle"]:
                tail = parts[m:]
                known = self._twin(_Candidate(tail, None, None)) is not None
                if len(parts) >= 5 or known:
                    return [(parts[:m], idx[:m]), *self._split(tail, idx[m:])]
        return [(parts, idx)]

    # ------------------------------------------------------------------ judging a NAME

    def _judge(self, s: _Sentence, span: _Span, title: bool = False) -> _Candidate | None:
        """A person (with role and country) if the NAME has evidence and is no credit or named-after name."""
        v = vocabulary()
        parts, idx = span
        if len(parts) == 1 and not self._one_word_may_be(s, parts[0], idx[0]):
            return None
        given_names, particles = v.given, v.words["particle"]
        lows = [p.lower() for p in parts]  # (cut with `parts` below)
        # The generalised brand rule: words before a given name inside a longer run belong to the title or the
        # body before it ("Minister of Energy and Petroleum Rafael Ramirez"), unless a patronymic follows.
        first = lows[0]
        addressed = bool(s.every & _HONORIFIC) and self._honorific_before(s, idx[0])  # "Datuk Lim Wei Seng": all his
        if len(parts) > 2 and not addressed and not (  # (the words after a form of address are the name)
                first in given_names or first in v.surname_first or first.split("-")[0] in given_names
                or parts[0].endswith(".")):
            for m in range(1, len(parts) - 1):
                # (not the father's name after "bin", "bint": "Laila bint Ahmed Al Najjar"); a family name written first
                # opens the name too ("Mayor of Weifang Liu Yunshan")
                if (lows[m] in given_names and not _PATRONYMIC.search(parts[m + 1]) or lows[m] in v.surname_first
                        and len(parts) - m <= 3) and lows[m - 1] not in particles:
                    parts, idx, lows = parts[m:], idx[m:], lows[m:]
                    break
        if len(parts) >= 3 and not addressed and _FIELD_NOUN.search(lows[0]) and not (
                lows[0] in given_names or lows[0] in v.surname_first) and self._field_of_office(s, idx[0]):
            # a common noun that goes on the field of an office ("Minister of Defence Manufacturing Raza Hayat"):
            # the field's last word, not the name's first
            parts, idx, lows = parts[1:], idx[1:], lows[1:]
        office_object = False  # the name comes right after the place or field of an office ("Minister of Trade ...")
        if len(parts) >= 3 and self._place_of_office(s, idx[0]) and not (
                lows[0] in given_names or lows[0] in v.surname_first or lows[0] in particles or parts[0].endswith(".")):
            parts, idx, lows = parts[1:], idx[1:], lows[1:]  # "Mayor of Mandalay Ko Ko Maung": Mandalay is the place
            office_object = True
        words = [p for p, low in zip(parts, lows, strict=True) if low not in particles and not p.endswith(".")]
        # four words at most; five right after a word of office, with no given name but the first (one person's long
        # name, "Minister Dyah Roro Esti Widya Putri"; two names run together are split at the second's given name)
        most = 5 if len(words) == 5 and (self._titled(s, idx[0]) or office_object or (
            idx[0] > 0 and s.cap(idx[0] - 1) and self._place_of_office(s, idx[0] - 1))) and not any(
            low in given_names for low in lows[1:]) else 4
        if len(words) > most:
            cut = len(parts) - 1
            count = 0
            while cut >= 0:
                if lows[cut] not in particles:
                    count += 1
                    if count == most:
                        break
                cut -= 1
            parts, idx, lows = parts[cut:], idx[cut:], lows[cut:]
            words = [p for p, low in zip(parts, lows, strict=True) if low not in particles and not p.endswith(".")]
        i, j = idx[0], idx[-1] + 1
        full = " ".join(lows)  # (" ".join(parts).lower())
        # the country of a head of state or government named as the text names him ("Lukashenka" -> BY)
        known_country = v.known.get(full) or v.known.get(lows[-1])
        every = s.every  # (each test of a list's word below needs one somewhere in the sentence)
        honorific_before = bool(every & _HONORIFIC) and self._honorific_before(s, i)
        last = lows[-1]
        if full in known_bodies():
            return None  # "Santa Bremor", "Savushkin Product": enterprises the organisation list knows
        if len(parts) >= 2 and lows[0] not in given_names and last not in v.surname_first and (
                v.has("named_after", last) or last in _ORG_HEADS):
            return None  # "Brest Fortress Memorial", "Minsk Arena"
        if (every & _CREDIT and self._credit(s, i)) or self._named_after(s, i, j) or (
                every & _PRESS and self._press_near(s, i, j)):
            return None
        first = lows[0]
        given = first in given_names or first.split("-")[0] in given_names
        initials = parts[0].endswith(".")
        multi = len(words) >= 2 or initials
        surname_first = first in v.surname_first and multi and not initials

        left = self._role_left(s, i) if every & _IS_OFFICE else None
        adjacent = left is not None and s.low(i - 1) not in _FUNCTION
        role_span: tuple[int, int] | None = left if adjacent else None
        right = None
        if role_span is None:
            right = self._role_right(s, j)
            role_span = right
        if role_span is None and i >= 2 and s.toks[i - 1].text in (",", "—", "–"):
            before = self._role_left(s, i - 1)
            if before is not None and not (set(range(*before)) & s.claimed) and self._ends_clause(s, j):
                role_span = before
        if role_span is not None and every & _PRESS and self._press(s, role_span):
            return None  # "correspondent Anna Ivanova", "Anna Ivanova, BelTA correspondent"
        org_before = bool(every & _ORG_HEAD) and self._org_before(s, i)
        morph = multi and not initials and self._surname_like(parts[-1])
        speech = j < s.n and s.flags[j] & (_SPEECH | _LOWER) == _SPEECH | _LOWER and s.gap(j) == " "  # a lower-case word of speech
        known = known_country is not None

        if multi:
            evidence = given or surname_first or initials or adjacent or right is not None or honorific_before or (
                role_span is not None) or org_before or morph or (speech and i > 0) or known
        else:
            word = parts[0]
            sentence_start = i == 0 or s.toks[i - 1].text in ("\"", "“", "«", "(")
            next_to_office = adjacent and left is not None and left[1] == i and s.word(i - 1) and (
                vocabulary().has("office", s.low(i - 1)))
            # (after a preposition a place: "the forum in Geneva, Chairman of ..."; but "according to" cites a person)
            after_preposition = s.low(i - 1) in ("in", "at", "from", "to", "near", "of", "for", "with") and not (
                s.low(i - 1) == "to" and s.low(i - 2) == "according")
            evidence = next_to_office or honorific_before or known or (
                right is not None and not after_preposition and (not sentence_start or not _COMMON_NOUN.search(word.lower()))
            )  # not "the forum in Geneva, Chairman of ..."
        if title and multi and not (given or surname_first or initials or known):
            return None  # a headline in Title Case: capitalised words are no evidence of a name there
        if not evidence:
            return None
        s.claimed.update(range(i, j))
        role: str | None = None
        country: str | None = None
        countries: list[str] = []
        if role_span is not None:
            s.claimed.update(range(*role_span))
            countries = list(self._countries_in(s, range(*role_span), role_span[1]))
            role, country = self._role_and_country(s, role_span, countries)
            nth = 0
        elif s.shared is not None and s.shared[0] == i - 1 and s.low(i - 1) == "and":
            # "foreign ministers Fredrick Shava and Sergei Aleinik": one title for both; "Foreign Ministers of
            # Ukraine and Belarus X and Y": the places in the order of the names, one each
            _after, role, countries, nth = s.shared
            nth += 1
            if len(countries) == 1 or nth < len(countries):
                country = countries[min(nth, len(countries) - 1)]
        s.shared = (j, role, countries, nth) if role and _plural_title(role) else None
        if country is None and org_before:
            country = self._country_in(s, self._chunk_before(s, i), i)
        if country is None and j + 2 < s.n and s.toks[j].text == "(" and s.place[j + 1] is not None:
            mention = s.place[j + 1]
            if mention is not None and s.toks[j + 1].start == mention.start and any(
                    s.toks[q].text == ")" for q in range(j + 2, min(s.n, j + 5))):
                country = country_of(mention.hit.code)  # "Arman Nurlanov (Kazakhstan)"
        if country is None:
            country = known_country
        if country is None:
            country = self._delegation_country(s, role_span[0] if role_span is not None and role_span[1] <= i else i)
        if every & _HONORIFIC and _sheikh_of_name(s, i, lows):
            return _Candidate([s.toks[i - 1].text, *parts], role, country)
        if every & _HONORIFIC and multi:
            royal = _royal_before(s, i)
            if royal is not None:  # "Tengku Datuk Seri Zafrul Tengku Abdul Aziz": a title of birth, then of honour
                return _Candidate([royal, *parts], role, country)
        return _Candidate(parts, role, country, single=not multi, address=_addressed(s, parts, i, j),
                          titled=not multi and honorific_before)

    def _one_word_may_be(self, s: _Sentence, word: str, i: int) -> bool:
        """Whether a NAME of one word at token i has any of the evidence one word needs (see `_judge`): an office word
        or a form of address before it, a head of state's name, a role after it; asked before the rules for longer
        names, none of which cuts or lengthens a name of one word. (Initials alone are judged with the others.)"""
        if word.endswith(".") or i > 0 and s.flags[i - 1] & (_WORD | _OFFICE) == _WORD | _OFFICE:
            return True
        if s.every & _HONORIFIC and self._honorific_before(s, i):
            return True
        return word.lower() in vocabulary().known or self._role_right(s, i + 1) is not None

    def _titled(self, s: _Sentence, i: int) -> bool:
        """A word of office right before token i, one space between: "Minister Dyah ..."."""
        return s.flag(i - 1) & (_WORD | _OFFICE) == _WORD | _OFFICE and s.gap(i) == " "

    def _place_of_office(self, s: _Sentence, i: int) -> bool:
        """Token i opens the object of a word of office: "Mayor of [Mandalay] ...", "Governor of the [Bali] ...". The
        word after "of" there names the place or body of the office, not the person, who comes after it: a run of
        three words or more that opens on it is that word and a name."""
        k = i - 1
        if s.low(k) == "the":
            k -= 1
        if s.low(k) == "and" and s.gap(k + 1) == " ":
            return self._field_of_office(s, k)
        if s.low(k) != "of" or s.gap(k + 1) != " ":
            return False
        return s.flag(k - 1) & (_WORD | _OFFICE) == _WORD | _OFFICE or bool(s.flag(k - 1) & _IS_OFFICE)

    def _field_of_office(self, s: _Sentence, k: int) -> bool:
        """The "and" at token k joins the fields of an office named before it ("Minister of Agriculture and [Lands]",
        "Minister of People's Power for Agriculture and [Lands]", "Minister of Trade, Industry and [Tourism]"): back
        from it, capitalised words of the title (none of them a name already read), commas, "of", "for", "the" and
        "and" up to a word of office that "of" or "for" follows. Not after "the" or "a": "the Minister of Agriculture
        and Wilmar Castro" may be a title without its holder, then a second person."""
        if not (s.cap(k - 1) and s.word(k - 1)):
            return False
        q = k - 1
        while q >= 0 and k - q <= 12:
            if q in s.claimed:
                return False  # "Governor of X Ivan Petrov and ...": a person's name is no field of an office
            f = s.flag(q)
            if f & _WORD and f & _IS_OFFICE:
                if s.low(q + 1) not in ("of", "for"):
                    return False
                while q > 0 and s.flag(q - 1) & (_WORD | _CAP | _FUNC_WORD) == _WORD | _CAP:
                    q -= 1  # "First Deputy Minister", "Venezuelan Minister"
                return s.low(q - 1) not in ("the", "a", "an")
            if not (f & _CAP or s.low(q) in ("of", "for", "the", "and") or s.toks[q].text in (",", "'", "’")):
                return False
            q -= 1
        return False

    def _delegation_country(self, s: _Sentence, start: int) -> str | None:
        """The country of the delegation a person leads: "the Belarusian delegation led by (Minister) X", "a delegation
        of Mogilev Oblast headed by X" -> BY."""
        by = start - 1
        if by < 1 or s.low(by) != "by" or s.low(by - 1) not in ("led", "headed"):
            return None
        for d in range(by - 2, max(-1, by - 9), -1):
            if s.low(d) in ("delegation", "delegations"):
                return next(self._countries_in(s, range(max(0, d - 2), by - 1), by - 1), None)
        return None

    def _surname_like(self, word: str) -> bool:
        """A family name's ending: Ibatullin, Kudratov, Shevchenko, Pashinyan, Kassymbek."""
        low = word.lower().split("-")[-1]
        return len(low) >= 5 and _surname_ending(low)  # (the endings of `vocabulary().suffixes`)

    def _honorific_before(self, s: _Sentence, i: int) -> bool:
        """"Mr Chinh", "Mr. Chinh", "His Excellency Sheikh ...": a form of address right before the name."""
        k = i - 1
        if k >= 3 and _his_excellency(s, k - 3):
            return True  # "H.E. Al Yousef"
        if k >= 0 and s.toks[k].text in (".", "'", "’") and s.gap(k) == "":
            k -= 1  # "Mr. Chinh", "Dato' Lim"
        return s.flag(k) & (_WORD | _HONORIFIC) == _WORD | _HONORIFIC and s.low(k) not in ("his", "her", "their")

    def _credit(self, s: _Sentence, i: int) -> bool:
        """A byline or a credit: "By Anna Ivanova", "Photo: Pavel Orlovsky", "Photo by Sergei Kholodilin, BelTA"."""
        flags = s.flags
        for k in range(max(0, i - 5), i):
            if flags[k] & (_WORD | _CREDIT) != _WORD | _CREDIT:
                continue
            low = s.low(k)
            nxt = s.toks[k + 1].text if k + 1 < s.n else ""
            if nxt == ":" or (low == "by" and k == 0):
                return True
            if s.low(k + 1) == "by" and (k == 0 or low in ("photo", "photos", "text", "video", "pictures", "picture",
                                                            "image", "images", "illustration", "written", "edited",
                                                            "translated", "compiled", "infographics")):
                return True
        return False

    def _named_after(self, s: _Sentence, i: int, j: int) -> bool:
        """A name inside the name of a street, building, body or prize: "Lenin Street", "Yanka Kupala National
        Theatre", "Francisk Skorina Gomel State University", "a school named after Ivan Petrov"."""
        flags, toks, text, n = s.flags, s.toks, s.text, s.n
        if s.every & _NAMED:
            k = j  # (0 < k < n in the loop: the gap is `s.gap(k)`)
            while k < n and k - j < 5 and flags[k] & _CAP and text[toks[k - 1].end:toks[k].start] in (" ", "-"):
                if flags[k] & _NAMED:
                    return True  # also "the UNO Human Rights Council": words of a body's name
                k += 1
        if j < n and text[toks[j - 1].end:toks[j].start] == " " and vocabulary().has("named_after_low", s.lows[j]):
            return True  # "Dinmukhamed Kunayev street, 12", "the Karaganda Coal Basin museum"
        if i > 0:
            gap, before = text[toks[i - 1].end:toks[i].start], flags[i - 1]  # (`s.gap(i)`, `s.flag(i - 1)`)
            if toks[i - 1].text in _OPEN_QUOTES and gap == "" and any(
                toks[q].text in _CLOSE_QUOTES for q in range(j, min(n, j + 4))
            ):
                return True  # a quoted name of a building or a ship: “Antonio Jose of Sucre”
            if before & _CAP and gap == " " and before & _NAMED_BEFORE:
                return True  # "Museum-Estate Yasnaya Polyana": the name of the place itself
            if not before & _CAP and gap == " " and s.lows[i - 1] in _org_heads_before() and not flags[i] & _GIVEN:
                return True  # "the agricultural holding Desnyanskaya Niva": a body's name (not a given name after it)
        lows, a = s.lows, max(1, i - 5)
        return "after" in lows[a:i] and any(lows[k] == "after" and lows[k - 1] == "named" for k in range(a, i))

    def _press_near(self, s: _Sentence, i: int, j: int) -> bool:
        """A journalist of the outlet: "BelTA correspondent Olga Petrova", "Olga Petrova, BelTA correspondent"."""
        flags = s.flags
        before = [k for k in range(max(0, i - 3), i) if flags[k] & _WORD]
        if before and flags[before[-1]] & _PRESS and before[-1] >= i - 2 and not _transcript_label(s, before[-1]):
            return True
        if j < s.n and s.toks[j].text == ",":
            return any(flags[k] & (_WORD | _PRESS) == _WORD | _PRESS and not _credit(s, k) for k in range(j + 1, min(s.n, j + 4)))
        return False

    def _press(self, s: _Sentence, span: tuple[int, int]) -> bool:
        """A role that is a journalist's ("BelTA correspondent"); not a credit of one unnamed ("..., BelTA correspondent
        reports": the name before it is the story's)."""
        flags = s.flags
        return any(flags[k] & (_WORD | _PRESS) == _WORD | _PRESS and not _credit(s, k) for k in range(*span))

    def _ends_clause(self, s: _Sentence, j: int) -> bool:
        """After a "role, Name" the name closes the phrase: a comma, a full stop, "and", a verb, the end."""
        if j >= s.n:
            return True
        t = s.toks[j]
        return t.kind == "p" or t.low in ("and", "who", "in", "at", "on", "to", "with") or vocabulary().has("speech", t.low)

    def _org_before(self, s: _Sentence, i: int) -> bool:
        """A body printed right before the name, as translations do: "Ministry of Investment ... of Uzbekistan
        Laziz Kudratov"."""
        if i == 0 or s.gap(i) != " " or not (s.cap(i - 1) or s.place[i - 1] is not None):
            return False
        flags = s.flags
        if not any(map(and_, flags[max(0, i - 14):i], repeat(_ORG_HEAD))):
            return False  # (the chunk is at most 14 tokens)
        return any(flags[k] & _ORG_HEAD for k in self._chunk_before(s, i))

    def _chunk_before(self, s: _Sentence, i: int) -> range:
        """The capitalised words (with of/and/the between them) right before token i."""
        k = i - 1
        while k >= 0 and k >= i - 14 and (s.cap(k) or (s.low(k) in ("of", "and", "the", "for") and s.word(k))
                                          or s.toks[k].text in (",", "'", "’")):
            if s.toks[k].text == "," and not (s.cap(k + 1) and s.cap(k - 1)):
                break
            k -= 1
        return range(k + 1, i)

    # ------------------------------------------------------------------ roles

    def _role_left(self, s: _Sentence, end: int) -> tuple[int, int] | None:
        """The role right before token `end`, as a token range: "Governor of Sverdlovsk Oblast", "Belarusian
        Minister of Antimonopoly Regulation and Trade", "the chairman of the district executive committee"."""
        flags, toks, claimed = s.flags, s.toks, s.claimed
        k = end - 1
        office_at: int | None = None
        floor = max(0, end - 26)
        if not any(map(and_, flags[floor:end], repeat(_IS_OFFICE))):
            return None  # a role is read back to its word of office, one of the tokens the loop below may reach
        while k >= floor:
            if k in claimed:
                break
            f = flags[k]
            if f & _WORD:
                lower = f & _LOWER
                if lower and f & _BREAK:
                    break
                if toks[k].low == "and":
                    after = s.flag(k + 1)
                    if not after & _WORD or after & (_FUNC_WORD | _BREAK) or (office_at is not None and (
                            not (s.cap(k - 1) and after & _CAP) or after & (_IS_OFFICE | _MODIFIER))):
                        break  # "... and Governor X": a second title; "Chamber of Commerce and Industry Chairman X" goes on
                if lower and office_at is None and not f & (_FUNC_WORD | _IS_OFFICE | _MODIFIER) and (
                        end - k > 12 or toks[k].low.endswith("ed")):
                    break  # a lower-case word far from the name, or a verb
                if f & _IS_OFFICE:
                    office_at = k
                k -= 1
                continue
            text = toks[k].text
            if text in ("'", "’", "(", ")"):
                k -= 1
                continue
            if text in ("-", "–", "—") and s.gap(k) == " " and k > 0 and s.cap(k - 1) and k + 1 < end and s.cap(k + 1):
                k -= 1  # "Governor of Khanty-Mansi Autonomous Okrug - Yugra", "Deputy Prime Minister – Minister of Trade"
                continue
            if text == "." and s.gap(k) == "" and s.word(k - 1) and len(toks[k - 1].text) <= 3:
                k -= 1  # "St.", "Mr."
                continue
            if text == "," and office_at is None and self._list_comma(s, k, end):
                k -= 1
                continue
            break
        if office_at is None:
            return None
        a = office_at

        def title_word(q: int) -> bool:
            return bool(flags[q] & _CAP) and not flags[q] & (_BREAK | _FUNC_WORD) and not self._opener(s, q)

        def extend(a: int, connectors: bool) -> int:
            while a - 1 > k and (title_word(a - 1) or toks[a - 1].text in ("'", "’") or flags[a - 1] & _MODIFIER or (
                    toks[a - 1].text == "." and s.gap(a - 1) == "" and s.cap(a - 2) and len(toks[a - 2].text) <= 3) or (
                    connectors and s.low(a - 1) in ("of", "and", "the", "for") and a - 2 > k and title_word(a - 2)
                    and s.cap(a))):
                a -= 1  # also "St. Petersburg Governor"; not "During the"
            return a

        if not s.cap(a):  # "foreign affairs ministers", "Belarusian education minister", "deputy industry minister"
            while a - 1 > k and flags[a - 1] & (_WORD | _CAP | _NOT_NAME | _FUNC_WORD | _BREAK) == _WORD | _NOT_NAME and \
                    not toks[a - 1].text.endswith("'s") and s.low(a - 1) not in _PRONOUNS:
                a -= 1
        plain = extend(a, connectors=False)
        wide = extend(plain, connectors=True)
        # "Belarusian Chamber of Commerce and Industry Chairman": a body's name before the title, not "Presidency of"
        a = wide if any(flags[q] & _ORG_HEAD or s.place[q] is not None for q in range(wide, plain)) else plain
        while a < end and (flags[a] & _FUNC_WORD or toks[a].kind == "p"):
            a += 1
        return (a, end) if a < end else None

    def _opener(self, s: _Sentence, q: int) -> bool:
        """A capitalised word that opens the sentence's clause, not a role: a sentence adverb or a word of time
        ("Today", "On Monday"), or a participle that begins the sentence ("Addressing Governor X, ...")."""
        flags = s.flag(q)
        if flags & _NOT_ROLE:
            return True
        return q == 0 and s.low(q).endswith("ing") and s.low(q) not in _ROLE_PARTICIPLES and not flags & _MODIFIER \
            and s.place[q] is None

    def _list_comma(self, s: _Sentence, k: int, end: int) -> bool:
        """A comma inside a list of capitalised words of a title: "Minister of Commerce, Industry and Investment"."""
        v = vocabulary()
        before, after = s.low(k - 1), s.low(k + 1)
        if not (s.word(k - 1) and s.word(k + 1)) or v.has("break", before) or v.has("break", after):
            return False
        if _is_office(after) or v.has("modifier", after) or s.cap(k + 1) != s.cap(k - 1) and after != "and":
            return False  # "..., Minister of Energy": a second title starts
        return any(s.low(q) == "and" for q in range(k + 1, min(end, k + 7)))

    def _role_right(self, s: _Sentence, j: int) -> tuple[int, int] | None:
        """The role in apposition after the name: "Serik Zhumangarin, Deputy Prime Minister and Minister of Trade and
        Integration of Kazakhstan, said" -> "Deputy Prime Minister and Minister of Trade and Integration of Kazakhstan"."""
        if j < s.n and s.toks[j].text in ("[", "("):
            return self._role_bracketed(s, j)
        if j >= s.n or s.toks[j].text not in (",", "—", "–", "-"):
            return None
        if s.toks[j].text == "-" and s.gap(j) != " ":
            return None
        if not any(map(and_, s.flags[j + 1:], repeat(_IS_OFFICE | _GIVEN | _INITIAL_LIKE))):
            return None  # no word of office after the name (nor a given name or an initial, which end a role)
        flags, n = s.flags, s.n
        k = j + 1
        while k < n and flags[k] & _LOWER and s.low(k) in ("the", "a", "an", "also", "now", "currently", "then"):
            k += 1
        first = k
        office_at: int | None = None
        while k < n and k - first < 20:
            t = s.toks[k]
            f = flags[k]
            if f & _WORD:
                low = t.low
                if f & _LOWER and (f & _BREAK or (office_at is not None and (
                        low.endswith(("ed", "ing")) and low not in _ROLE_PARTICIPLES))):
                    break
                if low == "and" and not ((s.cap(k - 1) or s.toks[k - 1].text == ",") and s.cap(k + 1)):
                    break
                if k > first and (f & _GIVEN or self._initial(s, k)) and self._namey_plain(s, k + 1):
                    q = k + 1
                    while q < s.n and self._namey_plain(s, q):
                        q += 1
                    if s.toks[q - 1].text.endswith("'s") or (q < s.n and s.toks[q].text in ("’", "'")):
                        return (first, first)  # "..., President Dalia Grybauskaitė's press spokesman": no clean title
                    if office_at is not None:
                        joints = [q for q in range(office_at + 1, k) if s.low(q) == "and" and s.toks[q - 1].text == ","]
                        if joints:
                            k = joints[-1] - 1  # "X, Minister of Industry of Mongolia, and Rogozhnik Alexander ...": ends there
                        elif s.toks[k - 1].kind == "w" and s.low(k - 1) not in ("and", "or") and not (
                                _is_office(s.low(k - 1)) and s.low(k - 2) in ("of", "to")):
                            return None  # "in Bobruisk Agromash, Deputy Head of the park Alexander Yaroshenko said": his
                    break  # the next person's name ("Special Envoy of President Alexandar Lukashenko" refers to him)
                if office_at is None and f & _IS_OFFICE:
                    office_at = k
                k += 1
                continue
            if t.text in ("'", "’"):
                k += 1
                continue
            if t.text == "." and s.gap(k) == "" and s.word(k - 1) and len(s.toks[k - 1].text) <= 3 and \
                    k + 1 < s.n and s.cap(k + 1):
                k += 1
                continue
            if t.text == "(":
                close = next((q for q in range(k + 1, min(s.n, k + 6)) if s.toks[q].text == ")"), None)
                if close is not None:
                    k = close + 1
                    continue
            if t.text == "," and self._list_comma(s, k, s.n):
                k += 1
                continue
            break
        if office_at is None or office_at - first > 5:
            return None
        end = k
        while end > first and (s.low(end - 1) in _FUNCTION or (s.toks[end - 1].kind == "p" and s.toks[end - 1].text != ")")):
            end -= 1
        if end <= first:
            return None
        if end < s.n and s.toks[end].text in ("—", "–") and self._namey(s, end + 1):
            return None  # "role — Name" list: this role belongs to the next name
        if end == k < s.n and self._verb(s, end) and self._in_opening_phrase(s, j):
            return None  # "Addressing X, the Belarusian President suggested": the subject of the main clause
        return (first, end)

    def _in_opening_phrase(self, s: _Sentence, comma: int) -> bool:
        """Whether the comma at token `comma` is the first of a sentence that opens with an adverbial phrase
        ("Addressing X,", "According to X,", "After the talks with X,"): what follows it is the main clause."""
        if not s.n or s.toks[0].kind != "w" or any(s.toks[q].text == "," for q in range(comma)):
            return False
        low = s.low(0)
        return low in _PHRASE_OPENERS or (low.endswith("ing") and low not in _ROLE_PARTICIPLES and s.place[0] is None)

    def _verb(self, s: _Sentence, k: int) -> bool:
        """A lower-case verb at token k: of speech, a past form, or an auxiliary ("said", "suggested", "has", "will")."""
        t = s.toks[k]
        if t.kind != "w" or not t.text[0].islower():
            return False
        low = t.low
        return vocabulary().has("speech", low) or low in _AUXILIARIES or (low.endswith("ed") and low not in _ROLE_PARTICIPLES)

    def _role_bracketed(self, s: _Sentence, j: int) -> tuple[int, int] | None:
        """A role in brackets after the name: "Nikolai Snopkov [Belarus' First Deputy PM]", "Ivan Petrov (Governor)"."""
        close = {"[": "]", "(": ")"}[s.toks[j].text]
        end = next((q for q in range(j + 1, min(s.n, j + 16)) if s.toks[q].text == close), None)
        if end is None or end == j + 1 or not any(s.word(q) and _is_office(s.low(q)) for q in range(j + 1, end)):
            return None
        if any(s.word(q) and vocabulary().has("break", s.low(q)) for q in range(j + 1, end)):
            return None  # a clause, not a title
        return (j + 1, end)

    def _role_and_country(self, s: _Sentence, span: tuple[int, int], countries: list[str]) -> tuple[str | None, str | None]:
        """The clean title of a role span and its country, the first of its `countries` (`_countries_in`): "the
        President His Highness Sheikh" -> "President"; "his Belarusian counterpart" -> no title, BY."""
        a, b = span
        if a >= b:
            return None, None
        flags, toks = s.flags, s.toks
        country = countries[0] if countries else None
        # honorifics and possessives at the edges are no part of a role: "President His Highness Sheikh" -> "President"
        while a < b and (flags[a] & (_HONORIFIC | _FUNC_WORD) or toks[a].kind == "p"):
            a += 1
        while b > a and (flags[b - 1] & (_HONORIFIC | _FUNC_WORD) or (toks[b - 1].kind == "p" and toks[b - 1].text != ")")):
            b -= 1
        # (no word of office, or only "counterpart": a word of office that is no counterpart, looked for in C)
        if _WORD | _IS_OFFICE not in map(and_, flags[a:b], repeat(_WORD | _IS_OFFICE | _COUNTERPART)):
            return None, country
        return clean_role(s.text[s.toks[a].start:s.toks[b - 1].end]), country

    def _country_in(self, s: _Sentence, tokens: range, end: int) -> str | None:
        """The country of a role or body: its first place or demonym that is not the receiving side
        ("Ambassador of India to Belarus" -> IN, "Belarusian Ambassador to India" -> BY)."""
        return next(self._countries_in(s, tokens, end), None)

    def _countries_in(self, s: _Sentence, tokens: range, end: int) -> Iterator[str]:
        """The countries of the places and demonyms of a role, in order, but the receiving side's."""
        v = vocabulary()
        flags = s.flags
        envoy = bool(s.every & _ENVOY_WORD) and any(flags[k] & _ENVOY_WORD for k in tokens)
        seen: set[int] = set()
        place, lows = s.place, s.lows  # (`tokens` are tokens of the sentence)
        for k in tokens:
            m = place[k]
            if m is None and flags[k] & (_DEMONYM | _CAP) != _DEMONYM | _CAP:
                continue  # neither a place nor a capitalised demonym (or the first word of one)
            low = lows[k]
            if m is not None and id(m) in seen:
                continue
            prev = lows[k - 1] if k - 1 in tokens else ""
            receiving = prev == "to" or (envoy and prev == "in")
            if m is not None:
                seen.add(id(m))
                if not receiving:
                    yield country_of(m.hit.code)
                continue
            demonym = v.demonyms.get(low) or (v.demonyms.get(f"{low} {s.low(k + 1)}") if k + 1 < end else None)
            if demonym and s.cap(k) and not receiving:
                yield demonym

    # ------------------------------------------------------------------ merging

    def _merge(self, cand: _Candidate, add: bool) -> None:
        """Fold a candidate into the person it names (the full name replaces a surname or initials), or add it."""
        at = self._twin(cand)
        if at is not None:
            existing = self.people[at]
            if (existing.single and not cand.single) or (existing.initials and not cand.single and not cand.initials) or (
                    _is_sheikh(cand.tokens[0]) and cand.tokens[1:] == existing.tokens):  # "Sheikh Bashir Uddin"
                existing.tokens, existing.single = cand.tokens, False
                self._file(at)  # under the keys of its full name too
            existing.role = existing.role or cand.role
            existing.country = existing.country or cand.country
            return
        if add:
            self.people.append(cand)
            self._file(len(self.people) - 1)

    def _twin(self, cand: _Candidate) -> int | None:
        """The position of the first person named before that `cand` names again, among those filed under its keys."""
        filed = self.filed
        if not filed:
            return None  # nobody named before
        tried = {at for key in _keys_to_try(cand) for at in filed.get(key, ())}
        people = self.people
        for at in sorted(tried):
            if _same(people[at], cand):
                return at
        return None

    def _file(self, at: int) -> None:
        for key in _keys(self.people[at]):
            positions = self.filed.setdefault(key, [])
            if len(positions) < FILED_PER_KEY and at not in positions:
                insort(positions, at)

    def result(self) -> list[Person]:
        # A form of address is the person of that given name the article names in full ("— Alexander Grigoryevich,
        # how ...?" to Minister Alexander Yefimov), or no one the article names.
        full = [p for p in self.people if not p.single and not p.address]
        for p in full:
            if len(p.tokens) == 2 and not p.role and _of_a_given_name(p.tokens[1]) and any(
                    q is not p and _fold(q.tokens[0]) == _fold(p.tokens[0]) and len(q.tokens) >= 2 for q in full):
                # '"...," Oleg Vladimirovich said' beside Governor Oleg Sheremetyev: his given name and patronymic (not
                # "BelAZ Director General Sergei Nikiforovich" beside Sergei Tsivilev: a name with a post is a full one)
                p.address = True
        for p in self.people:
            if p.address:
                namesake = next((q for q in full if _fold(q.tokens[0]) == _fold(p.tokens[0])), None)
                if namesake is not None:
                    namesake.role = namesake.role or p.role
                    namesake.country = namesake.country or p.country
        return [Person(_display(p.tokens), p.role, p.country) for p in self.people if not p.address]

    def speaker_country(self, who: str, named_in: str | None = None) -> str | None:
        """The country of whoever `who` ("the governor", "Mikhail Degtyarev") refers to, if known. A role ("the
        minister") refers to the last person of that role named in `named_in` (the text up to the quote), where given:
        not to a minister of the other side named only in a later paragraph."""
        low = who.lower()
        for p in self.people:
            if _surname(p).lower() in low:
                return p.country
        for p in reversed(self.people):
            if named_in is not None and _surname(p) not in named_in:
                continue
            if p.role and any(w in low for w in re.findall(r"[a-z]+", p.role.lower()) if len(w) > 4):
                return p.country
        return None


_INITIAL = re.compile(r"\b[A-Z][a-z]?\.\s?[A-Z]")
_SHEIKH = frozenset(("sheikh", "shaikh"))


@cache
def _address_pairs() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The forms of address of two words (first word -> the second words it takes: "tan" -> "sri"), and those of one
    word only before a name of one word ("pak"), of data/people.tsv."""
    v = vocabulary()
    pairs: dict[str, set[str]] = {}
    for entry in v.words.get("honorific_pair", frozenset()):
        first, _, second = entry.partition(" ")
        pairs.setdefault(first, set()).add(second)
    return {k: frozenset(w) for k, w in pairs.items()}, v.words.get("honorific_one", frozenset())


@cache
def _address_openers() -> frozenset[str]:
    """The words a form of address of `_address_pairs` opens on."""
    pairs, before_one = _address_pairs()
    return frozenset(pairs) | before_one


_ADDRESS_FLAGS = _WORD | _CAP | _CUE | _HONORIFIC | _NOT_NAME  # what a form of address is to the grammar ("Sir")


def _forms_of_address(toks: list[Token], flags: list[int], lows: list[str]) -> bool:
    """Flag the words of a form of address read in its context as the grammar flags one word of address ("Mr"), so
    that they open no name and end no role: both words of "Tan Sri", "Datuk Seri", "Dato' Sri" (the "'" between
    passed over), and "Pak" before a name of one word ("Pak Jokowi"; not "Pak Pong-ju", "Pak Thae Song"). Whether
    any was found. `lows`: the tokens' lower-cased forms (`lows_of_text`)."""
    if _address_openers().isdisjoint(lows):
        return False  # (no word that opens one: most sentences, asked in C)
    pairs, before_one = _address_pairs()
    found = False
    n = len(toks)
    for k in range(n - 1):
        if not flags[k] & _CAP:
            continue
        low = toks[k].low
        seconds = pairs.get(low)
        if seconds is not None:
            q = k + 2 if toks[k + 1].text in ("'", "’") and k + 2 < n else k + 1
            if flags[q] & _CAP and toks[q].low in seconds:
                flags[k] = flags[q] = _ADDRESS_FLAGS
                found = True
        elif low in before_one and toks[k].text[1:].islower():
            nxt = k + 1
            if flags[nxt] & _SHAPE and "-" not in toks[nxt].text and toks[nxt].start - toks[k].end == 1 and not (
                    nxt + 1 < n and flags[nxt + 1] & _CAP and toks[nxt + 1].start - toks[nxt].end == 1):
                flags[k] = _ADDRESS_FLAGS
                found = True
    return found


def _sheikh_of_name(s: _Sentence, i: int, lows: list[str]) -> bool:
    """ "Sheikh" before a name with no "bin" or "Al" in it is part of the name, as in Bangladesh ("Commerce Adviser
    Sheikh Bashir Uddin", "Sheikh Hasina"); a Gulf ruler's title comes before a chain of "bin" and "Al" ("Sheikh
    Mohamed bin Zayed Al Nahyan") or after another form of address ("His Highness Sheikh Hamdan")."""
    k = i - 1
    if s.low(k) not in _SHEIKH or not s.cap(k) or s.gap(i) != " " or s.flag(k - 1) & _HONORIFIC:
        return False
    particles = vocabulary().words["particle"]
    return not any(low in particles or _hyphen_particle(low) for low in lows)


def _royal_before(s: _Sentence, i: int) -> str | None:
    """A Malay title of birth before the forms of address before the name at token i, which is part of the name
    ("Tengku Datuk Seri Zafrul ..." -> "Tengku Zafrul ...", "Tunku Tan Sri Abdul Aziz"; the data's "royal")."""
    k = i - 1
    while k >= 0 and (s.flag(k) & (_WORD | _HONORIFIC) == _WORD | _HONORIFIC or s.toks[k].text in ("'", "’")):
        k -= 1
    if k == i - 1 or not s.word(k) or not s.cap(k) or s.low(k) not in vocabulary().words.get("royal", frozenset()):
        return None
    return s.toks[k].text


def _is_royal(word: str) -> bool:
    return word.lower() in vocabulary().words.get("royal", frozenset())


def _royal_short(short: _Candidate, full: _Candidate) -> bool:
    """ "Tengku Zafrul" of "Tengku Zafrul Tengku Abdul Aziz": the Malay short form, the title of birth and the given
    name, the full name's first two words."""
    return (len(short.tokens) == 2 and len(full.tokens) > 2 and _is_royal(short.tokens[0])
            and [_fold(t) for t in short.tokens] == [_fold(t) for t in full.tokens[:2]])


def _is_sheikh(word: str) -> bool:
    return word.lower() in _SHEIKH


_PATRONYMIC_SUFFIX = re.compile(r"(?:ovich|evich|ovna|evna)$")


def _of_a_given_name(word: str) -> bool:
    """A patronymic made of a given name ("Vladimirovich", "Sergeyevna"), not a family name made alike
    ("Karankevich", "Myasnikovich")."""
    match = _PATRONYMIC_SUFFIX.search(word.lower())
    return match is not None and word[:match.start()].lower() in vocabulary().given


def _addressed(s: _Sentence, parts: list[str], i: int, j: int) -> bool:
    """A given name and a patronymic, the Russian form of address, at tokens i..j, as a vocative: right after the dash
    or quote that opens the sentence, or after "Dear", before a comma ("— Bolat Kurmanovich, what about ...?").
    Anywhere else the two words are a person's given and family names, and Belarusian family names are made alike
    ("Sergei Nikiforovich", "Viktor Karankevich"); so is "the Chairman of the Council — Mikhail Myasnikovich, ...",
    whose dash is no turn."""
    if len(parts) != 2 or j >= s.n or s.lows[j] != "," or parts[0].lower() not in vocabulary().given:
        return False
    if not _PATRONYMIC_SUFFIX.search(parts[1].lower()):
        return False
    return i == 1 and s.toks[0].text in ("—", "–", "-", "\"", "“", "«") or s.low(i - 1) == "dear"


@cache
def _cues() -> frozenset[str]:
    v = vocabulary()
    return frozenset(v.given | v.surname_first | v.words["office"] | v.words["counterpart"] | v.words["honorific"] | v.words["speech"]
                     | set(v.known) | _ORG_HEADS)


def may_name(text: str) -> bool:
    """Whether a sentence holds any evidence of a person at all (a cheap test before the grammar runs): a given
    name, a word of office, of address, of speech or of a body, a surname's ending, initials.

    >>> may_name("Trade in agricultural products grew."), may_name("Governor Ivanov spoke.")
    (False, True)
    """
    return _cued(reduce(or_, map(_WORD_FLAGS.__getitem__, [t.text for t in tokens_of(text)]), 0), text)


def _cued(every: int, text: str) -> bool:
    """`may_name` of a sentence, given the union of its words' flags."""
    if every & _CUE:
        return True
    # initials: a capital, maybe a small letter, a dot, maybe a space and a capital: a dot before the last character
    return text.find(".", 0, len(text) - 1) >= 0 and _INITIAL.search(text) is not None


def _is_cue(word: str) -> bool:
    """Whether a word (a token's text) is a cue of a person (see `may_name`); kept in its flags (_CUE)."""
    return _cue_of(word, word[0], word.lower())


def _cue_of(word: str, first: str, low: str) -> bool:
    """`_is_cue` of a word, given its first character and its lower-cased form."""
    if not first.isalnum() or first.isdecimal():
        return False  # the words are the tokens that start with a letter (or another word character, "²")
    cues = _cues()
    return low in cues or (first.isupper() and len(word) >= 5 and _surname_ending(low)) or (
        "-" in low and any(part in cues for part in low.split("-")))


@lru_cache(maxsize=4096)
def _plural_title(role: str) -> bool:
    """A title of several people: "foreign affairs ministers", "Governors of the two regions" (kept per role: the same
    titles come back in article after article)."""
    v = vocabulary()
    for word in role.lower().split():
        if word == "chairmen" or (word.endswith("s") and v.has("office", word) and v.has("office", word[:-1])):
            return True
    return False


def _is_office(low: str) -> bool:
    """A word of office ("governor", "Vice-Chairman") or of the other side's equal ("counterpart")."""
    v = vocabulary()
    return v.has("office", low) or v.has("counterpart", low) or ("-" in low and any(v.has("office", p) for p in low.split("-")))


@cache
def _blocked() -> frozenset[str]:
    """`vocabulary().blocked`, asked of every new word without the property's call."""
    return vocabulary().blocked


def _name_shape(text: str, low: str) -> bool:
    """A word shaped like a part of a name: capitalised, no digits, no acronym, no brand, no word of office
    or of a body ("Makhonin", "Kassym-Jomart"; not "MAZ", "ChTZ-Uraltrac", "Vice-Chairman", "Officially").
    Asked once per word: the answer is kept in the word's flags (_SHAPE)."""
    text = text.removesuffix("'s").removesuffix("’s")
    if len(text) < 2 or low.endswith("ally") or text.isupper() or (not text.isalpha() and any(map(str.isdigit, text))):
        return False
    # (each ending of _ABSTRACT_NOUN closes on one of these letters, and a match is at most 9 characters long)
    if low[-1:] in _ABSTRACT_LAST and _ABSTRACT_REVERSED.match(low[::-1]):
        return False
    blocked = _blocked()
    if low in blocked or ("-" in low and any(part in blocked for part in low.split("-"))):
        return False
    if text[1:].islower():
        return True  # no capital after the first letter: nothing _BRAND can match
    return not any(_BRAND.search(_NAME_PREFIX.sub("", part)) for part in text.split("-"))


def _display(tokens: list[str]) -> str:
    """The name as printed, initials kept together: "V.I. Kozlovsky"."""
    out = ""
    for n, t in enumerate(tokens):
        if n and not (t.endswith(".") and tokens[n - 1].endswith(".")):
            out += " "
        out += t
    return out


def clean_role(role: str) -> str | None:
    """A role as a clean title: spaces folded, at most 80 characters, cut at a clause boundary or a whole word.

    >>> clean_role("Director of the National Association  of Local Authorities")
    'Director of the National Association of Local Authorities'
    """
    role = " ".join(role.split()).strip(" ,:;-–—")  # white space folded (str.split's is re's \s)
    if len(role) > MAX_ROLE:
        cut = role[:MAX_ROLE + 1]
        boundary = max(cut.rfind(" to "), cut.rfind(" in "))  # the title before its qualifiers
        if boundary <= 20:
            boundary = cut.rfind(" of ")
        if boundary <= 20:
            boundary = cut.rfind(" and ")  # two titles: "Committee Secretary and Provincial Congress ..."
            if not cut[boundary + 5:boundary + 6].isupper():
                boundary = -1
        # Else at the last whole word; a "role" of one word longer than the bound is no title, and no fragment of it is.
        role = cut[:boundary] if boundary > 20 else cut[:cut.rfind(" ")] if " " in cut else ""
        words = role.split()
        while words and words[-1].lower() in _FUNCTION:
            words.pop()
        role = " ".join(words).strip(" ,:;-–—")
    return role or None


_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|as|ash|ar|az|an|at)-")


@lru_cache(maxsize=16384)
def _fold(word: str) -> str:
    """A name's word for comparison: "El-Sisi" -> "sisi", "Lukashenko's" -> "lukashenko" (kept per word: names
    are compared with every person named before)."""
    low = word.lower().removesuffix("'s")
    prefix = _ARTICLE_PREFIX.match(low)
    return low[prefix.end():] if prefix else low


def _surname(p: _Candidate) -> str:
    """The family name: the last word, or the first of a name written family name first ("Xi" of "Xi Jinping")."""
    return _surname_of(tuple(p.tokens))


@lru_cache(maxsize=16384)
def _surname_of(tokens: tuple[str, ...]) -> str:
    v = vocabulary()
    words = [t for t in tokens if t.lower() not in v.words["particle"]]
    if not words:
        return tokens[-1]
    if len(words) >= 2 and words[0].lower() in v.surname_first and words[1].lower() not in v.given:
        return words[0]
    return words[-1]


@lru_cache(maxsize=16384)
def _given_after_family(tokens: tuple[str, ...]) -> tuple[str, bool] | None:
    """The given name of a name written family name first, its words run together ("Minh Chinh" of "Pham Minh Chinh"
    -> "minhchinh", "Jong-un" -> "jongun"), and whether it is one word: what tells two people of one family name
    apart; None for any other name (whose given name may be shortened or left out: "Aleksandr Lukashenko",
    "A. Lukashenko"). A given name of one word (Chinese) comes in two transliterations, pinyin and the Russian
    ("Zhiqiang", "Zhitsyan"), and is matched more loosely than one of several words (Vietnamese), whose middle names
    are shared ("Minh Chinh", "Minh Chau")."""
    v = vocabulary()
    words = [t for t in tokens if t.lower() not in v.words["particle"]]
    if len(words) < 2 or any(w.endswith(".") for w in words) or _surname_of(tokens) != words[0] or (
            words[0].lower() not in v.surname_first):
        return None
    return "".join(_fold(w).replace("-", "") for w in words[1:]), len(words) == 2


@lru_cache(maxsize=8192)
def _similar(a: str, b: str, least: float) -> bool:
    """Whether two words are spellings of one name: difflib's ratio is at least `least` (its bound from the
    lengths alone first, which rejects most pairs without matching them). The same names recur in article after
    article, so the answers are kept."""
    total = len(a) + len(b)
    if total and 2.0 * min(len(a), len(b)) / total < least:
        return False
    # the bound from the letters the two share, counted with repeats (difflib's quick_ratio): the ratio is never more
    counts: dict[str, int] = {}
    for c in b:
        counts[c] = counts.get(c, 0) + 1
    shared = 0
    for c in a:
        left = counts.get(c, 0)
        if left:
            counts[c] = left - 1
            shared += 1
    if total and 2.0 * shared / total < least:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= least


def _by_given_name(word: str, full: _Candidate) -> bool:
    """ "Mr Saleumxay" after "Saleumxay Kommasith", "Pak Budi" after "Budi Santoso": Lao, Thai, Malay and Indonesian
    usage names a person by the given name after a form of address. The word is the first of the full name (not an
    initial, a particle or a title such as "Sheikh" kept in it)."""
    first = full.tokens[0]
    return (len(word) > 1 and not first.endswith(".") and word == _fold(first)
            and first.lower() not in vocabulary().words["particle"] and not _is_sheikh(first))


def _same(a: _Candidate, b: _Candidate) -> bool:
    """One person in two spellings: a surname alone, "Mr Chinh", "R.A.Golovchenko", "Degtyaryov"/"Degtyarev"."""
    if a.single or b.single:
        single, full = (a, b) if a.single else (b, a)
        word = _fold(single.tokens[0])
        if full.single:
            return word == _fold(full.tokens[0])
        return _similar(word, _fold(_surname(full)), 0.85) or any(
            word == _fold(t) for t in full.tokens[1:]
        ) or (single.titled and _by_given_name(word, full))
    if _royal_short(a, b) or _royal_short(b, a):
        return True
    sa, sb = _fold(_surname(a)), _fold(_surname(b))
    if not _similar(sa, sb, 0.8):
        return False
    ga, gb = _given_after_family(tuple(a.tokens)), _given_after_family(tuple(b.tokens))
    if ga is not None and gb is not None and not _similar(ga[0], gb[0], 0.6 if ga[1] and gb[1] else 0.8):
        return False  # one family name written first, two given names: "Wang Zhonglin" and "Wang Yong" are two people
    # (or one given name in two spellings: "Nikolai" and "Mikalai")
    return not _initials(a.tokens).isdisjoint(_initials(b.tokens)) or _fold(b.tokens[0]) in _twin_names(a.tokens[0])


@cache
def _given_twin_groups() -> tuple[frozenset[str], ...]:
    """The spellings of one given name whose first letters differ (data/people.tsv given_twin)."""
    return tuple(frozenset(entry.split()) for entry in vocabulary().words.get("given_twin", ()))


@cache
def _twin_names(given: str) -> frozenset[str]:
    """The other spellings of a given name whose first letters differ ("Nikolai": "mikalai", "mykola" ...)."""
    folded = _fold(given)
    return frozenset(w for group in _given_twin_groups() if folded in group for w in group if w != folded)


@cache
def _twin_initials(given: str) -> frozenset[str]:
    """The first letters of the other spellings of a given name ("Nikolai": "m" of "Mikalai"), to file it under."""
    return frozenset(w[:1] for w in _twin_names(given))
