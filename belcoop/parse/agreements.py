"""Documents the article reports as signed (now or earlier), as a small grammar over the token stream.

A sentence's tokens are tagged with the vocabulary of data/agreements.tsv: document heads (agreement,
memorandum, MoU, roadmap, plan ...), signing words (signed, inked, concluded, exchanged, signing), auxiliaries,
adverbs, words of the future or of intention, clause ends. The rules, each a named function:

  document_phrases   each document noun phrase: its kind, its number, whether it refers back
  signings           each word of signing whose verb group is not future, modal, planned or negated
  governed           the documents a signing is about: its object ("signed a roadmap and two memorandums"),
                     or its subject ("contracts worth $5 million were signed", "the roadmap signed last year")
  listed_items       an itemised list after "signed a number of documents:" gives each document
  resolve            counts, anaphora ("the document was signed by ..."), one entry per kind and count

"Five memorandums and agreements" is five in all: each kind gets count None. The headline speaks only when the
body reports no signing but names the documents ("Belarus, Laos conclude 26 agreements" over a body without a
signing verb).

"Approved", "in force", "to be signed", "agreements were reached" name no signed document: they have no
signing word, or one whose verb group is not yet ("will be signed", "plan to sign", "prepared for signing").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from belcoop.model import Agreement
from belcoop.parse.dates import find_dates
from belcoop.parse.folded import FoldedPattern, plain_case, stands_alone
from belcoop.parse.orgs import name_spans
from belcoop.parse.text import is_abbreviation
from belcoop.parse.tokens import Lexicon, Token, index_tags, lows_of_text, tokens_of
from belcoop.parse.trie import trie_pattern
from belcoop.vocab import read_data

_BE = frozenset({"was", "were", "been", "being", "be", "is", "are", "am", "get", "got", "gets"})
_MONEY = frozenset({"million", "billion", "thousand", "mln", "bln", "bn", "m", "k", "percent", "per", "%"})
_ORDINAL = frozenset({"st", "nd", "rd", "th"})
_MAX_GAP = 8  # tokens between a signing verb and its first document ("signed on Monday 8 memorandums")
_NEAR_GAP = 3  # ... for verbs with many other objects ("concluded contracts", not "concluded the talks")


_WORD_LISTS = ("deal", "commercial")  # categories of agreements.tsv read as word lists, not tagged on every token


@cache
def _lexicon() -> Lexicon:
    lines = read_data("agreements.tsv").splitlines()
    return Lexicon("\n".join(line for line in lines if line.partition("\t")[0].strip() not in _WORD_LISTS))


@cache
def _word_list(category: str) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The words and the phrases (as tuples of lower-cased tokens) of one category of agreements.tsv."""
    words: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    for line in read_data("agreements.tsv").splitlines():
        name, _, entries = line.partition("\t")
        if name.strip() != category:
            continue
        for entry in entries.split(";"):
            key = tuple(lows_of_text(entry.strip()))
            if len(key) == 1:
                words.add(key[0])
            elif key:
                phrases.append(key)
    return frozenset(words), tuple(phrases)


def _is_commercial(s: _Tagged, d: Doc) -> bool:
    """A "deal" of a commercial kind, a contract: its sentence names companies concluding it, what it is worth, or the
    fair it was concluded at ("Belarusian companies concluded deals with distributors", "deals worth $5 million")."""
    if s.low(d.end - 1) not in _word_list("deal")[0]:
        return False
    words, phrases = _word_list("commercial")
    if not words.isdisjoint(s.lows):
        return True
    return any(tuple(s.lows[k:k + len(p)]) == p for p in phrases for k in range(s.n - len(p) + 1) if s.lows[k] == p[0])


def _as_contract(s: _Tagged, d: Doc) -> Doc:
    """A document of no stated kind, as a contract when it is a commercial deal (`_is_commercial`)."""
    if d.kind == "document" and not d.definite and _is_commercial(s, d):
        return replace(d, kind="contract")
    return d


class _Tagged:
    """A sentence's tokens with the agreements vocabulary (or a part of it: `lexicon`, a subset)."""

    def __init__(self, text: str, lexicon: Lexicon | None = None) -> None:
        self.text = text
        self.tokens: list[Token] = tokens_of(text)
        self.lows = lows_of_text(text)
        self.tags = (lexicon or _lexicon()).tag(self.tokens, self.lows)
        self.n = len(self.tokens)
        if "May" in text:
            for k, tok in enumerate(self.tokens):
                if tok.text == "May" and (k or self.n > 1 and self.tokens[1].kind == "n"):
                    self.tags[k] = None  # the month, not the modal
        _untag_names(self)
        self.at = index_tags(self.tags)  # category -> the tokens where its phrases start
        # the stop of an abbreviation inside the sentence ("150 mln. dollars", "St. Petersburg") ends nothing
        self.lows = [("·" if low == "." and 0 < k < self.n - 1 and self.tokens[k - 1].end == self.tokens[k].start
                      and is_abbreviation(self.tokens[k - 1].low) else low) for k, low in enumerate(self.lows)] \
            if "." in text[:-1] else self.lows

    def end(self, i: int, category: str) -> int | None:
        found = self.tags[i] if 0 <= i < self.n else None
        hit = found.get(category) if found else None
        return hit[0] if hit else None

    def value(self, i: int, category: str) -> str | None:
        found = self.tags[i] if 0 <= i < self.n else None
        hit = found.get(category) if found else None
        return hit[1] if hit else None

    def has(self, i: int, category: str) -> bool:
        found = self.tags[i] if 0 <= i < self.n else None
        return found is not None and category in found

    def low(self, i: int) -> str:
        return self.lows[i] if 0 <= i < self.n else ""

    def ends_here(self, k: int, category: str) -> int | None:
        """The start of a phrase of `category` that ends with token k ("a number of" ending at "of"), or None."""
        if category not in self.at:
            return None  # no phrase of it in the sentence (most: "quantity", "total", "approx", "negative")
        for start in range(max(0, k - 3), k + 1):
            if self.end(start, category) == k + 1:
                return start
        return None

    def hard_end(self, i: int) -> bool:
        return self.low(i) in (".", ";", "!", "?")


def _untag_names(s: _Tagged) -> None:
    """Capitalised words inside a body's name (orgs.name_spans) are no words of the grammar: "a memorandum between the
    Belarusian Universal Commodity Exchange and ... was signed" (no "exchange" of documents there, which would end
    the clause before "was signed"), "the Collective Security Treaty Organisation". A document head that opens the
    name stays one ("the Roadmap for ... Industrial Park"). A headline in title case ("Belarus, Oman Sign Roadmap")
    is left as it is: there every word is capitalised."""
    capitalised = [k for k in range(1, s.n) if s.tags[k] and s.tokens[k].text[:1].isupper()]
    if not capitalised or not any(t.kind == "w" and len(t.text) > 4 and t.text[0].islower() for t in s.tokens):
        return
    spans = name_spans(s.text)
    for k in capitalised:
        tok = s.tokens[k]
        span = next((sp for sp in spans if sp[0] <= tok.start and tok.end <= sp[1]), None)
        if span is None:
            continue
        tags = s.tags[k]
        if tok.start == span[0] and tags is not None and "head" in tags:
            s.tags[k] = {"head": tags["head"]}
        else:
            s.tags[k] = None


@dataclass
class Doc:
    """A document noun phrase: tokens [start, end), its head at [head, end)."""

    start: int
    head: int
    end: int
    kind: str  # a contract kind, or "document" (no stated kind)
    plural: bool
    count: int | None
    definite: bool  # "the document", "these agreements": may refer back
    numbered: bool = False  # a number or a quantity word was stated ("five", "a number of")
    negated: bool = False  # "no agreements were signed"


def _number(s: _Tagged, k: int) -> int | None:
    """The count a token states: "11", "eleven"; not a year, an ordinal, an amount of money, or a range."""
    tok = s.tokens[k]
    if tok.kind == "n":
        if not tok.text.isdecimal() or int(tok.text) >= 1000 or int(tok.text) == 0:
            return None
        if s.low(k + 1) in _ORDINAL or s.low(k + 1) in _MONEY or s.low(k - 1) in ("$", "€", "£", "¥", "№", "#"):
            return None
        if s.low(k + 1) == "-" and k + 2 < s.n and s.tokens[k + 2].kind == "n":
            return None
        return int(tok.text)
    value = s.value(k, "number")
    if value is not None and s.end(k, "number") == k + 1 and s.low(k + 1) not in _MONEY:
        return int(value)
    return None


def document_phrases(s: _Tagged, whole: bool = True) -> list[Doc]:
    """Each document noun phrase, with the number its modifiers state.

    "five memorandums and agreements" -> memorandum and agreement, each with count None (one number for two kinds);
    "three contracts and a memorandum" -> contract 3, memorandum 1; "a number of contracts" -> contract None.
    `whole=False`: the same documents, only their heads and kinds read (the phrase before each head is not: a
    sentence with no signing only names them).
    """
    docs: list[Doc] = []
    i = 0
    paren = 0
    heads = s.at.get("head", [])
    if "(" in s.text or ")" in s.text:  # the brackets, and the heads, in order; all else is passed over
        steps = sorted([*heads, *(k for k, low in enumerate(s.lows) if low in ("(", ")"))])
    else:
        steps = heads
    for at in steps:
        if at < i:
            continue  # inside the phrase before
        i = at
        low = s.lows[i]
        if low == "(":
            paren += 1
        elif low == ")":
            paren = max(0, paren - 1)
        end = s.end(i, "head")
        if end is None:
            i += 1
            continue
        value = s.value(i, "head") or "agreement"
        follows = s.end(end, "head")
        if follows is not None and low != "minutes":
            i = end  # "contract documents": the last noun is the head
            continue
        if low == "minutes" and (i and s.tokens[i - 1].kind == "n"):
            i = end  # "20 minutes": time
            continue
        if low in ("instrument", "instruments") and s.low(i - 1) in _TOOLS:
            i = end  # "surgical instruments", "financial instruments": no document
            continue
        if paren and docs and docs[-1].end >= i - 4 and docs[-1].kind == value.rstrip("+"):
            i = end  # "memorandums of understanding (MoUs)": the same documents again
            continue
        plural = value.endswith("+") or s.tokens[end - 1].text.endswith(("'s", "’s"))  # "MoU's"
        docs.append(_phrase(s, i, end, value.rstrip("+"), plural) if whole else Doc(i, i, end, value.rstrip("+"), plural, None, False))
        i = end
    if whole:
        _share_numbers(s, docs)
    return docs


# Words before "instruments" that make them tools, not documents ("supplies of surgical instruments").
_TOOLS = frozenset("surgical medical musical financial measuring precision optical dental diagnostic laboratory "
                   "scientific music investment credit debt market policy support monetary fiscal hedging cutting "
                   "hand flight navigation".split())


def _phrase(s: _Tagged, head: int, end: int, kind: str, plural: bool) -> Doc:
    """The noun phrase before a head: its determiner, number or quantity word, and the count they give."""
    start = head
    count: int | None = None
    numbered = False
    definite = False
    k = head - 1
    while k >= 0:
        tok = s.tokens[k]
        quantity = s.ends_here(k, "quantity")
        total = s.ends_here(k, "total")
        if quantity is not None:
            numbered, count, start = True, None, quantity
            break
        if total is not None:
            start = total
            k = total - 1
            continue
        n = _number(s, k)
        if n is not None:
            approx = s.ends_here(k - 1, "approx") if tok.low not in ("a", "an") else None  # not "under a memorandum"
            numbered, start = True, k
            count = None if approx is not None else n
            if approx is not None:
                start = approx
            break
        if s.ends_here(k, "negative") is not None:
            return Doc(k, head, end, kind, plural, None, definite, numbered=True, negated=True)
        if s.has(k, "definite") and s.end(k, "definite") == k + 1:
            definite = not s.has(k + 1, "not_anaphor")
            start = k
            break
        if tok.kind == "p" and tok.text not in ("-", "'", '"', "«", "»") or s.has(k, "join") or s.has(k, "sign"):
            break
        if s.has(k, "head") or s.ends_here(k, "join") is not None:  # "a roadmap as well as agreements"
            break
        if tok.kind == "w" and tok.low in _PREPOSITIONS:
            break
        if s.has(k, "stop") or s.has(k, "embed"):
            break
        start = k
        k -= 1
    if not numbered:
        count = None if plural else 1
    return Doc(start, head, end, kind, plural, count, definite, numbered)


_PREPOSITIONS = frozenset(
    "of on in for with between by at from to under into onto about over after before during among within without "
    "via per through across against towards toward upon amid".split()
)


def _only_joins(s: _Tagged, start: int, stop: int) -> bool:
    """Tokens [start, stop) are only "and", ",", "as well as" ... between two documents."""
    k = start
    while k < stop:
        end = s.end(k, "join")
        if end is None:
            return False
        k = end
    return stop > start


def _share_numbers(s: _Tagged, docs: list[Doc]) -> None:
    """"five memorandums and agreements": a bare head after "and" shares the number before the first, which then
    says how many there are in all, not of each kind."""
    for a, b in zip(docs, docs[1:], strict=False):
        if b.start != b.head or b.numbered or b.definite:
            continue
        if _only_joins(s, a.end, b.start) and a.numbered and a.count != 1:
            a.count = None
            b.count = None
            b.numbered = True


@dataclass
class Signing:
    """A word of signing at token i: its form (past, present, gerund, noun) and whether its verb group is passive."""

    i: int
    form: str
    passive: bool
    group_start: int  # first token of the verb group (auxiliaries and adverbs before the word)


def signings(s: _Tagged) -> list[Signing]:
    """Each signing word whose verb group reports a signing, not a future, planned, modal or negated one.

    "were signed", "have also signed", "inked" -> signings; "will be signed", "plan to sign", "is to be signed",
    "prepared for signing", "negotiations for the early signing of" -> none.
    """
    found: list[Signing] = []
    for i in s.at.get("sign", ()):
        form = s.value(i, "sign")
        if form is None or s.end(i, "sign") != i + 1:
            continue
        if form == "present" and (s.has(i - 1, "definite") or s.low(i - 1) in ("a", "an", "no", "every") or s.low(i + 1) == "of"):
            continue  # "a sign of", "the signs"
        if form == "noun" and s.low(i + 1) not in ("of", "under", "to", "on"):
            continue  # "the signature of", "signatures under", "the conclusion of"; not "in conclusion", "exchange trade"
        k = i - 1
        passive = False
        while k >= 0 and (s.has(k, "aux") or s.has(k, "adverb")):
            if s.low(k) in _BE:
                passive = True
            k -= 1
        if k >= 0 and _not_yet_before(s, k):
            continue
        if k >= 1 and s.low(k) in ("and", "or") and _coordinated_not_yet(s, k, form):
            continue
        if form in ("gerund", "noun") and _future_clause(s, i):
            continue
        found.append(Signing(i, form, passive and form == "past", k + 1))
    return found


def _not_yet_before(s: _Tagged, k: int) -> bool:
    """A word of the future, intention or negation ends at token k, right before the verb group ("plan to sign",
    "will be signed"; not the noun in "a plan signed after the talks")."""
    if s.has(k, "head") and s.low(k + 1) != "to":
        return False
    start = s.ends_here(k, "not_yet")
    return start is not None


def _coordinated_not_yet(s: _Tagged, k: int, form: str) -> bool:
    """A signing joined by "and" to a verb of the future: "will be prepared and signed", "to discuss and sign",
    "plans to establish twinning relations and sign agreements"."""
    if form == "past":
        j = k - 2  # the other verb's group: "will be [prepared] and signed"
        while j >= 0 and (s.has(j, "aux") or s.has(j, "adverb")):
            j -= 1
        return j >= 0 and _not_yet_before(s, j)
    j = k - 1
    while j >= 0 and not (s.hard_end(j) or s.low(j) in (",", ":")):
        if _not_yet_before(s, j):
            return True
        if s.has(j, "stop") and s.low(j) not in _BE:
            break
        j -= 1
    return False


def _future_clause(s: _Tagged, i: int) -> bool:
    """A signing noun in a clause of the future: "the signing of contracts will take place", "the programme will
    include the signing of", "a platform for signing contracts"; not "the visit included the signing of".

    The predicate after the noun decides ("... is scheduled", "... took place"); else the nearest one before it.
    """
    k = i + 1
    while k < s.n and s.low(k) not in (";", ":", ".", ",", "(", ")"):
        if s.has(k, "future") and not s.has(k, "head"):  # "plans" may be the document signed
            return True
        if s.has(k, "done"):
            return False
        k += 1
    k = i - 1
    if s.has(i - 1, "done_at") or s.low(i - 1) == "the" and s.has(i - 2, "done_at"):
        return False  # "after the signing of", "at the signing ceremony"
    while k >= 0 and s.low(k) not in (";", ":", ".", "(", ")"):
        if s.has(k, "done") and s.end(k, "done") == k + 1:
            return False
        start = s.ends_here(k, "future")
        if start is not None and not s.has(k, "head"):
            return True
        k -= 1
    return False


def governed(s: _Tagged, sign: Signing, docs: list[Doc]) -> list[Doc]:
    """The documents a signing is about.

    "signed an agreement and a protocol to it" -> agreement, protocol; "signed a plan to implement the agreement"
    -> plan; "a roadmap and an action plan to implement it were signed" -> roadmap, action plan; "the roadmap
    that the sides signed last year" -> roadmap; "signed documents and finalized roadmaps" -> documents.
    """
    if not sign.passive:
        after = _objects(s, sign, docs)
        if after:
            return after
    if sign.form != "past":  # "the signing of X", "sign X": what is signed follows, or is compounded ("agreement signing")
        return [d for d in docs if d.end == sign.i][-1:]
    before = _subjects(s, sign, docs)
    if before:
        return before + _included_after(s, sign.i + 1, docs)
    return []


def _objects(s: _Tagged, sign: Signing, docs: list[Doc]) -> list[Doc]:
    """Documents after the signing word: the first within a few tokens, then those joined to it."""
    first = next((d for d in docs if d.start > sign.i), None)
    if first is None:
        return []
    gap = _NEAR_GAP if s.has(sign.i, "near") else _MAX_GAP
    if first.start - sign.i - 1 > gap:
        return []
    after = sign.i + 2 if sign.form == "noun" else sign.i + 1  # "signatures [under] a memorandum"
    if any(_ends_reach(s, k) or s.has(k, "sign") for k in range(after, first.start)):
        return []
    if sign.i and s.low(sign.i - 1) == "," and any(s.low(k) == "," for k in range(after, first.start)):
        return []  # "The agreement on trade ..., signed in 2001, remains in force, and a new roadmap ...": an aside on the one before
    return _chain(s, first, docs)


def _chain(s: _Tagged, first: Doc, docs: list[Doc]) -> list[Doc]:
    """The first document and those joined to it ("X and Y", "X, Y", "X including Y", "X (Y)") up to the end of the
    signing's reach; not a document inside another's description ("agreements on cooperation programs")."""
    chain = [first]
    cursor = first.end  # where the words after the chain's last document begin (after one it describes, if any)
    for d in docs:
        if d.start <= chain[-1].start or d.start < cursor:
            continue
        between = range(cursor, d.start)
        joined = {m for k in between if s.has(k, "embed") and _joins_a_new_one(s, k) for m in range(k, s.end(k, "join") or k)}
        if any(_ends_reach(s, k) for k in between if k not in joined):
            if cursor == chain[-1].end and s.low(cursor) in ("to", "on") and not any(s.has(k, "join") for k in between):
                cursor = d.end  # "a protocol to the cooperation agreement [and an action plan]": the agreement it is to
                continue
            break
        if any(s.has(k, "join") or s.low(k) == "(" or s.has(k, "include") for k in between):
            chain.append(d)
            cursor = d.end
    return chain


def _ends_reach(s: _Tagged, k: int) -> bool:
    """Token k ends what a signing governs: a sentence end, a clause word ("which", "was"), a purpose ("to")."""
    return s.hard_end(k) or s.has(k, "stop") or s.has(k, "embed") or (s.has(k, "sign") and s.value(k, "sign") == "past")


def _joins_a_new_one(s: _Tagged, k: int) -> bool:
    """ "signed a memorandum ..., in addition to an executive programme": "in addition to" before a document of its own
    (a number or "a") joins it to the signing; before "the agreement" (one already there) it says what the new one adds to."""
    end = s.end(k, "join")
    return end is not None and end - k > 1 and s.has(end, "number")


def _subjects(s: _Tagged, sign: Signing, docs: list[Doc]) -> list[Doc]:
    """Documents before the signing word, in its clause: "A and B were signed", "the roadmap signed last year",
    "the documents signed between us", "the roadmap that the sides signed". Not those in an opening phrase
    ("Under the agreement, contracts were signed") or inside a purpose or an amendment ("a plan to implement
    the agreement was signed")."""
    stop = sign.group_start
    if not sign.passive:
        right_before = [d for d in docs if d.end == stop]
        if right_before:  # "the documents signed between us": a participle after its noun
            return _joined_before(s, right_before[0], docs)
    k = stop - 1
    start = 0
    relative: int | None = None
    while k >= 0:
        low = s.low(k)
        if s.hard_end(k) or low == ":":
            start = k + 1
            break
        if s.has(k, "stop") and s.end(k, "stop") == k + 1 or s.has(k, "sign") and not _signs_nothing(s, k, docs):
            start = k + 1
            if low in ("that", "which"):
                relative = k
            break
        k -= 1
    clause = start
    if s.low(start) in _PREPOSITIONS or s.low(start) in _OPENING:
        # the comma that ends the opening phrase ("Under the agreement, contracts were signed"); not one of a list in a
        # document's title ("Following the talks an agreement on trade, economic and cultural cooperation was signed":
        # no comma ends "Following the talks", and the agreement is the subject)
        comma = _opening_comma(s, start, stop, docs)
        if comma is not None:
            start = comma + 1
    found = _unembedded(s, start, stop, docs)
    if found and not sign.passive and start > 0 and s.has(start - 1, "sign"):
        # "signed a plan of events to implement the cooperation agreement between the two capitals concluded in
        # 1997": the participle describes the document it follows (the plan is the other verb's)
        described = _postposed(s, clause, stop, docs)
        if described and not any(d in found for d in described):
            return described
    if found:
        return found
    if relative is not None:  # "the protocol on implementing the agreement, which was signed": the protocol
        return _unembedded(s, _clause_start(s, relative - 1), relative, docs)[-1:]
    if not sign.passive:
        return _postposed(s, clause, stop, docs)
    return []


_NO_LIST_ITEM = frozenset(("and", "or", "the", "a", "an", "this", "that", "which", "who", "was", "were", "is", "are",
                           "signed", "its", "their", "his", "her"))


def _list_item(s: _Tagged, k: int) -> bool:
    """One word of a list of modifiers in lower case ("trade", "economic", "agri-food")."""
    tok = s.tokens[k] if 0 <= k < s.n else None
    return tok is not None and tok.kind == "w" and tok.text[0].islower() and tok.low not in _NO_LIST_ITEM


def _title_list_end(s: _Tagged, k: int, start: int, docs: list[Doc]) -> int | None:
    """The end of a list of fields in the title of a document after `start` that the comma at token k opens, or None:
    "an agreement on trade, economic and cultural cooperation", "a memorandum in the field of trade, investment, and
    tourism" (a document, a preposition, no comma up to the list; lower-case items and an "and"/"or" before the last
    one)."""
    if not (_list_item(s, k - 1) and _list_item(s, k + 1)):
        return None
    j = k + 2
    while s.low(j) == "," and _list_item(s, j + 1):
        j += 2
    if s.low(j) == ",":
        j += 1  # the serial comma: "trade, investment, and tourism"
    if s.low(j) not in ("and", "or") or not _list_item(s, j + 1):
        return None
    if not any(d.start >= start and d.end < k and s.low(d.end) in _PREPOSITIONS
               and not any(s.low(x) == "," or s.hard_end(x) for x in range(d.end, k)) for d in docs):
        return None
    return j + 2


def _opening_comma(s: _Tagged, start: int, stop: int, docs: list[Doc]) -> int | None:
    """The comma that ends the phrase opening a clause at `start` ("Under the agreement, contracts were signed"), passing
    over the commas of a list in a document's title (`_title_list_end`)."""
    j = start
    while j < stop:
        if s.low(j) == ",":
            end = _title_list_end(s, j, start, docs)
            if end is None:
                return j
            j = end
        else:
            j += 1
    return None


def _signs_nothing(s: _Tagged, k: int, docs: list[Doc]) -> bool:
    """A signing noun or gerund at token k that governs no document, so is no signing of one: "a memorandum on the
    exchange of information was signed", "a memorandum between the exchange and the chamber was signed" (a bourse),
    "a protocol on exchanging data was signed". A verb of signing ("the roadmap signed in May and ...") and a noun of
    a document's signing ("after the signing of the contracts", "the agreement signing") govern one."""
    form = s.value(k, "sign")
    if form not in ("noun", "gerund"):
        return False
    if any(d.end == k for d in docs):
        return False  # "the agreement signing": its document is compounded before it
    return not _objects(s, Signing(k, form, False, k), docs)


_POSTPOSED_GAP = 12  # tokens between a document and the participle that describes it ("the agreement on ..., signed")


_PARTIES_GAP = 24  # ... or of the parties' names alone ("the agreement between the Cabinet of Ministers of ... signed")


def _parties(s: _Tagged, between: range) -> bool:
    """Are the words `between` a document's parties only: "between A and B", words of names with no clause word or
    punctuation in them ("between the Cabinet of Ministers of the Chuvash Republic and the Government of the Republic
    of Belarus", "between the Government of Bashkortostan and the Vitebsk regional executive committee")?"""
    return s.low(between[0]) == "between" and any(s.low(k) == "and" for k in between) and all(
        s.tokens[k].kind == "w" and not (s.has(k, "stop") or s.has(k, "embed") or s.has(k, "sign"))
        or s.tokens[k].text in ("-", "–", "—") for k in between)  # ("Khanty-Mansi Autonomous Okrug – Yugra")


def _postposed(s: _Tagged, start: int, stop: int, docs: list[Doc]) -> list[Doc]:
    """A participle after the document it describes, through the words describing the document: "reviewed the
    implementation of the agreement on tractors, signed in 2019", "progress under the memorandum on education signed
    earlier" -> the agreement, the memorandum (signed before: records.md counts documents signed earlier). The
    document is the last one in the participle's clause; without a comma the words between must start with a
    preposition ("the agreement [on tractors] signed"), so that a subject of an active verb ("the agreement
    Belarus signed") is not taken here (that one is `_subjects`' own)."""
    before = [d for d in docs if d.start >= start and d.end < stop]
    if not before:
        return []
    last = before[-1]
    between = range(last.end, stop)
    if any(s.has(k, "head") for k in between):
        return []
    # the words describing the document: its subject ("on trade, economic and cultural cooperation"), then its parties
    # ("between the Government of ... and the ... Committee"), however long those are
    parties_at = next((k for k in between if s.low(k) == "between"), stop)
    subject, parties = range(last.end, parties_at), range(parties_at, stop)
    if len(between) > _POSTPOSED_GAP and not (len(subject) <= _POSTPOSED_GAP and 0 < len(parties) <= _PARTIES_GAP
                                              and _parties(s, parties)):
        return []
    if s.low(stop - 1) != "," and (s.low(last.end) not in _PREPOSITIONS or any(
            s.low(k) == "," for k in between if k >= parties_at) or not _list_commas(s, subject)):
        return []
    return _joined_before(s, last, docs)


def _list_commas(s: _Tagged, words: range) -> bool:
    """Are the commas among `words` (if any) those of a list of modifiers, each before a lower-case word, the list
    closed by "and" or "or" ("on trade, economic, scientific and cultural cooperation")?"""
    commas = [k for k in words if s.low(k) == ","]
    if not commas:
        return True
    return all(k + 1 in words and s.tokens[k + 1].kind == "w" and s.tokens[k + 1].text.islower() for k in commas) and any(
        s.low(m) in ("and", "or") for m in words if m > commas[-1])


def _clause_start(s: _Tagged, k: int) -> int:
    """The first token of the clause that token k is in ("The plans are [stipulated by the protocol ...]")."""
    while k >= 0 and not (s.hard_end(k) or s.low(k) == ":" or s.has(k, "stop") and s.end(k, "stop") == k + 1):
        k -= 1
    return k + 1


def _unembedded(s: _Tagged, start: int, stop: int, docs: list[Doc]) -> list[Doc]:
    """Documents in tokens [start, stop) that are not inside a purpose or an amendment ("to implement it")."""
    found: list[Doc] = []
    embedded = False
    for j in range(start, stop):
        if s.has(j, "embed"):
            embedded = True
        elif s.low(j) == ",":
            embedded = False
        d = next((d for d in docs if d.head == j), None)
        if d is not None and not embedded:
            found.append(d)
    return found


_OPENING = frozenset({"following", "as", "besides", "apart", "according", "after", "during", "upon", "within"})


def _joined_before(s: _Tagged, last: Doc, docs: list[Doc]) -> list[Doc]:
    """"the agreements and contracts signed at the forum": the documents joined to the one before the verb."""
    out = [last]
    for d in reversed([d for d in docs if d.end <= last.start]):
        if not _only_joins(s, d.end, out[0].start):
            break
        out.insert(0, d)
    return out


def _adds_after_signing(s: _Tagged, j: int) -> bool:
    """ "was signed, along with a protocol", "as well as", "together with": a join of several words (or "plus") after
    a signing adds documents to it, as "including" does (a bare "and" or comma may start another clause)."""
    end = s.end(j, "join")
    return end is not None and (end - j > 1 or s.low(j) == "plus")


def _included_after(s: _Tagged, k: int, docs: list[Doc]) -> list[Doc]:
    """", including an agreement on ... and two memorandums" after a passive signing, or ", along with a protocol"."""
    j = k
    while j < s.n and not s.has(j, "include") and not _adds_after_signing(s, j):
        if _ends_reach(s, j):
            return []
        j += 1
    if j >= s.n:
        return []
    first = next((d for d in docs if d.start > j), None)
    if first is None or first.start - j > _MAX_GAP:
        return []
    return _chain(s, first, docs)


_RESTATING = frozenset(("were", "are", "was", "is", "included", "include", "includes", "comprised", "comprise",
                        "comprises", "covered", "cover", "covers"))


def restated_items(s: _Tagged, docs: list[Doc]) -> tuple[Doc, list[Doc]] | None:
    """ "The documents included a roadmap, an agreement and three contracts", "Among the documents signed were a roadmap
    and a memorandum": the general documents (a definite "documents", signed or said before) and the ones the sentence
    says they were; None for any other sentence. (The verb must follow the documents, through a participle and a few
    words at most: "the documents signed at the talks were"; the items must follow the verb at once.)"""
    for n, whole in enumerate(docs[:-1]):
        if whole.kind != "document" or not whole.plural or not whole.definite:
            continue
        k = whole.end
        stop = min(s.n, k + 8)
        while k < stop and s.low(k) not in _RESTATING:
            if s.hard_end(k) or s.has(k, "stop") and not s.has(k, "sign") or k > whole.end and s.has(k, "head"):
                return None
            if k == whole.end and not (s.has(k, "sign") or s.has(k, "adverb")):
                return None  # "the documents on trade were ...": what follows is no verb of them
            k += 1
        if k >= stop:
            return None
        k += 1
        while k < s.n and (s.has(k, "adverb") or s.low(k) in ("also", "among", "them")):
            k += 1
        first = docs[n + 1]
        if first.start != k:
            return None
        return whole, _chain(s, first, docs)
    return None


def _instead_of(whole: Doc, items: list[Doc]) -> list[Doc]:
    """The items a general count of documents names: "11 documents, including an agreement" is the agreement and ten
    more of no stated kind (agreements). When an item is a plural of no number ("15 documents, among them an
    agreement and several contracts"), how many of the count are left is not known: the items are all there is."""
    out = list(items)
    unknown = any(d.count is None and d.plural for d in out)
    rest = whole.count - sum(d.count or 1 for d in out) if whole.count is not None and not unknown else 0
    if rest > 0:
        at = next((i for i in range(len(out)) if out[i].kind in ("document", "agreement")), None)
        if at is None:
            out.append(replace(whole, count=rest, definite=False))
        else:
            out[at] = replace(out[at], count=(out[at].count or 1) + rest, plural=True, numbered=True)
    return out


def _items_of(s: _Tagged, chain: list[Doc]) -> list[Doc]:
    """What a chain says was signed: a general "documents" (or an unnumbered plural) followed by "including X
    and Y" or ": X, Y" is X and Y."""
    out: list[Doc] = []
    general: tuple[Doc, int] | None = None  # a numbered "documents" the items after it are some of, and where they start
    for d in chain:
        if out and any(s.has(k, "include") for k in range(out[-1].end, d.start)) and (
                out[-1].kind == "document" or out[-1].kind == d.kind and not out[-1].numbered):
            popped = out.pop()
            if popped.kind == "document" and popped.count is not None:
                general = (popped, len(out))
        out.append(d)
    if general is not None:
        # "11 documents, including an agreement on ...": the one named, and ten more of no stated kind (agreements)
        whole, first = general
        out[first:] = _instead_of(whole, out[first:])
    return out


@dataclass
class _State:
    """What the article has said so far: the documents found, and the last document named."""

    found: list[Agreement] = field(default_factory=list)
    seen: set[tuple[str, int | None]] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    last_named: str | None = None
    general: tuple[Agreement, Doc] | None = None  # documents of no stated kind found last, which a list may name

    def restate(self, items: list[Doc], evidence: str) -> None:
        """ "...signed 14 documents. The documents included a roadmap, ...": the items replace the general documents
        found before (the count of those not named stays with the agreements)."""
        if self.general is None:
            return
        agreement, whole = self.general
        self.general = None
        if agreement in self.found:
            self.found.remove(agreement)
            self.seen.discard((agreement.kind, agreement.count))
            self.kinds = {a.kind for a in self.found}
        for d in _instead_of(whole, items):
            self.add("agreement" if d.kind == "document" else d.kind, d.count, evidence)

    def add(self, kind: str, count: int | None, evidence: str) -> None:
        if (kind, count) in self.seen:
            return
        self.seen.add((kind, count))
        self.kinds.add(kind)
        self.found.append(Agreement(kind, count, evidence))


def resolve(state: _State, doc: Doc, evidence: str) -> None:
    """Add one signed document: "the document" is the document named last; "the agreement" when agreements were
    already found is the same one again; an unnamed kind is an agreement."""
    kind = doc.kind
    if doc.negated:
        return
    if kind == "document":
        if doc.definite:
            kind = state.last_named or "agreement"
            if kind in state.kinds:
                return
            state.add(kind, None if doc.plural else 1, evidence)
            return
        kind = "agreement"
        if doc.plural and (kind, doc.count) not in state.seen:
            state.add(kind, doc.count, evidence)
            state.general = (state.found[-1], doc)
            return
    elif doc.count is None and kind in state.kinds or doc.definite and not doc.numbered and kind in state.kinds:
        return  # "the agreement", "agreements" again: the documents already found
    state.add(kind, doc.count, evidence)


def listed_items(paragraphs: Sequence[Sequence[str]], p: int) -> list[tuple[Doc, str]]:
    """The documents an itemised list names, one paragraph each, after an intro ending in ':' in paragraph p.

    "The parties signed a number of documents:" / "An agreement on ..." / "A memorandum on ..." -> the agreement
    and the memorandum; "Supply agreement: between A and B" -> an agreement (the label before the colon).
    """
    items: list[tuple[Doc, str]] = []
    for para in paragraphs[p + 1:]:
        if not para:
            break
        first = para[0]
        s = _Tagged(first)
        docs = document_phrases(s)
        colon = next((k for k in range(s.n) if s.low(k) == ":"), None)
        limit = colon if colon is not None and colon <= 8 else min(s.n, 6)
        head = next((d for d in docs if d.head < limit), None)
        if colon is not None and colon <= 8:
            label = [d for d in docs if d.end <= colon]
            head = label[-1] if label else None
        if head is None or any(s.has(k, "sign") or s.has(k, "stop") for k in range(0, head.start)):
            break
        items.append((head, first))
    return items


@cache
def _gate_words() -> frozenset[str]:
    """The first words of the document heads and signing words of data/agreements.tsv."""
    words: set[str] = set()
    for line in read_data("agreements.tsv").splitlines():
        category, _, entries = line.partition("\t")
        if category.strip() in ("head", "sign"):
            words.update(e.split("=")[0].split()[0].lower() for e in entries.split(";") if e.strip())
    return frozenset(words)


@cache
def _document_words() -> FoldedPattern:
    """`_gate_words`, as one pattern."""
    return FoldedPattern(r"(?<![\w-])(?:" + trie_pattern(sorted(_gate_words())) + r")(?![\w-])")


def _may_name_documents(sentence: str) -> bool:
    """A cheap test before tokenising: can the sentence name a document or a signing at all?"""
    return _document_words().search(sentence) is not None


def _names_documents_as_written(s: _Tagged, docs: list[Doc]) -> bool:
    """`_may_name_documents` of a sentence naming documents: shown by a document's head where it can be (a word of
    the pattern, as written, with no letter, digit, "_" or "-" on either side), else asked of the pattern."""
    if plain_case(s.text):
        words = _gate_words()
        for d in docs:
            tok = s.tokens[d.head]
            if tok.low in words and stands_alone(s.text, tok.start, tok.low):
                return True
    return _may_name_documents(s.text)


@cache
def _head_gate() -> tuple[frozenset[str], frozenset[str], Lexicon]:
    """The words document heads of the lexicon start with ("agreement", "road" of "road map"), its one-word heads,
    and its heads alone: to tell whether a head starts at any token of a sentence."""
    lexicon = _lexicon()
    singles = frozenset(word for word, categories in lexicon.words.items() if "head" in categories)
    firsts = frozenset(word for word, options in lexicon.phrases.items() if any(o[1] == "head" for o in options))
    return singles | firsts, singles, lexicon.subset(frozenset({"head"}))


@cache
def _signing_words() -> frozenset[str]:
    """The words signing phrases of the lexicon start with: a sentence whose tokens hold none has no signing."""
    lexicon = _lexicon()
    return frozenset([word for word, categories in lexicon.words.items() if "sign" in categories]
                     + [word for word, options in lexicon.phrases.items() if any(o[1] == "sign" for o in options)])


def _names_no_document(sentence: str) -> bool:
    """Whether no document head starts at any of the sentence's (cached) tokens: none of its words opens a head,
    or none is a one-word head and no head of several words ("road map"; not "joint venture") starts at them."""
    openers, singles, heads = _head_gate()
    lows = lows_of_text(sentence)
    if openers.isdisjoint(lows):
        return True
    tokens = tokens_of(sentence)
    return singles.isdisjoint(lows) and not any(heads.tag(tokens, lows))


def find_agreements(paragraphs: Sequence[str | Sequence[str]], title: str | None = None,
                    today: date | None = None) -> list[Agreement]:
    """Documents reported as signed, each kind with its count, from the article's paragraphs (each a list of
    sentences, or one sentence) and, when the body reports no signing but names the documents, its headline
    ("Belarus, Laos conclude 26 agreements" over "26 agreements are the result of the forum"). `today`: the article's
    date, after which a signing of no tense is planned (see `_dated_after`)."""
    paras: list[list[str]] = [[p] if isinstance(p, str) else list(p) for p in paragraphs]
    state = _State()
    headline: list[tuple[Doc, str]] = []
    if title and not _names_no_document(title):  # (a headline naming no document has nothing to say)
        if _signing_words().isdisjoint(lows_of_text(title)):  # no signing: it only names documents
            docs = document_phrases(_Tagged(title, _head_gate()[2]), whole=False)
        else:
            s = _Tagged(title)
            docs = document_phrases(s)
            for sign in signings(s):
                headline += [(_as_contract(s, d), title) for d in _items_of(s, governed(s, sign, docs))]
        named = [d.kind for d in docs if d.kind != "document"]
        state.last_named = named[-1] if named else None
    named_in_body: set[str] = set()
    openers, _, heads = _head_gate()
    signers = _signing_words()
    for p, para in enumerate(paras):
        for n, sentence in enumerate(para):
            # A sentence that names no document changes nothing (no document is taken, named, or listed by it): only
            # those with a document head are read, and of them those the gate of the text as written lets through.
            if openers.isdisjoint(lows_of_text(sentence)) or _names_no_document(sentence):  # (the first test
                continue  # of `_names_no_document` in line: most sentences have no word that opens a head)
            tokens = tokens_of(sentence)
            intro = n == len(para) - 1 and bool(tokens) and tokens[-1].low == ":"
            if intro or not signers.isdisjoint(lows_of_text(sentence)):
                s = _Tagged(sentence)
                signs = signings(s)
                if signs and today is not None and _dated_after(sentence, today):
                    signs = [x for x in signs if x.form == "past"]
            else:  # no word of signing, so no signing: the sentence only names documents, read with the heads alone
                s = _Tagged(sentence, heads)
                signs = []
            docs = document_phrases(s, whole=bool(signs or intro))  # else only the kinds named count
            if not docs or not _names_documents_as_written(s, docs):
                continue
            named_in_body.update(d.kind for d in docs)
            restated = _restated_in(sentence, s, docs, bool(signs or intro))
            if restated is not None:
                _take_restated(state, restated, sentence, bool(signs))
                named = [d.kind for d in restated[1] if d.kind != "document"]
                state.last_named = named[-1] if named else state.last_named
                continue
            taken: list[Doc] = []
            for sign in signs:
                for d in _items_of(s, governed(s, sign, docs)):
                    d = _as_contract(s, d)
                    if d not in taken:
                        taken.append(d)
            items = listed_items(paras, p) if intro and (taken or _refers_to_signed(s, docs, state)) else []
            if items:
                _replace_by_items(state, docs, items)
                taken = []  # the items say what the intro's documents were
            for d in taken:
                resolve(state, d, sentence)
            if items:
                counts: dict[str, int] = {}
                for d, _text in items:
                    kind = "agreement" if d.kind == "document" else d.kind
                    counts[kind] = counts.get(kind, 0) + (d.count or 1)
                for kind, count in counts.items():
                    state.add(kind, count, sentence)
            named = [d.kind for d in (taken or docs) if d.kind != "document"]  # what "the document" refers to next
            if named:
                state.last_named = named[-1]
    if not state.found:  # a headline sums up the body: it speaks only when the body reports no signing ...
        bare = not any(paras)
        for d, text in headline:
            if bare or d.kind in named_in_body or d.kind == "document" and named_in_body:  # ... and names them
                state.add("agreement" if d.kind == "document" else d.kind, d.count, text)
    return state.found


def _dated_after(sentence: str, today: date) -> bool:
    """Is the sentence dated to a day after the article's ("27 November, Minsk – business forum, signing of documents"
    in a programme published on 25 November)? A signing noun or gerund has no tense of its own: there, it is planned
    (a verb in the past still reports it done)."""
    for mention in find_dates(sentence):
        when = mention.as_date(mention.year if mention.year is not None else today.year)
        if when is not None and when > today:
            return True
    return False


def _restated_in(sentence: str, s: _Tagged, docs: list[Doc], whole: bool) -> tuple[Doc, list[Doc]] | None:
    """restated_items of a sentence, its documents read in `whole` or only their heads (then read again in whole when
    the sentence may restate: general documents and a verb of restating in it)."""
    if len(docs) < 2 or not any(d.kind == "document" and d.plural for d in docs):
        return None
    if not whole:
        if _RESTATING.isdisjoint(s.lows):
            return None
        s = _Tagged(sentence)
        docs = document_phrases(s)
    return restated_items(s, docs)


def _take_restated(state: _State, restated: tuple[Doc, list[Doc]], sentence: str, signed: bool) -> None:
    """The documents a sentence says some general documents were: in place of those found before, or, when the
    sentence itself reports the signing ("Among the documents signed were ..."), as signed now."""
    whole, items = restated
    if state.general is not None:
        state.restate(items, sentence)
    elif signed:
        for d in _instead_of(whole, items):
            resolve(state, replace(d, definite=False) if d.kind == "document" else d, sentence)


def _refers_to_signed(s: _Tagged, docs: list[Doc], state: _State) -> bool:
    """"The MoUs include:" after the MoUs were reported signed."""
    return any(d.definite and (d.kind in state.kinds or d.kind == "document" and state.kinds) for d in docs)


def _replace_by_items(state: _State, docs: list[Doc], items: list[tuple[Doc, str]]) -> None:
    """An itemised list restates documents counted before: "8 memorandums were signed ... The MoUs include:", "signed
    eight agreements ... The deals are as follows:" -- the items replace that count (of that kind, or of any kind
    for "the documents", "the deals")."""
    total = sum(d.count or 1 for d, _ in items)
    for d in docs:
        if not d.definite:
            continue
        for a in list(state.found):
            if (d.kind == "document" or a.kind == d.kind) and (a.count is None or a.count == total):
                state.found.remove(a)
                state.seen.discard((a.kind, a.count))
        state.kinds = {x.kind for x in state.found}
