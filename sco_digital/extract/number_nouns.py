"""The words around a number: the word before it, and the noun phrase it counts.

A count needs the thing counted ("830 digital technology professionals", "Ländern und Regionen");
a percentage may name what it is a share of ("40 percent of the global total"). Every reader
here is anchored at an offset and reads a bounded window, so the cost per number is constant.
"""

from __future__ import annotations

from ._regex import LazyRegex
from .lang import Vocabulary, vocabulary
from .number_patterns import (DE_ADJECTIVE_ENDINGS, DE_COORD, DE_FUER, LAST_WORD, NEXT_PHRASE_WORD, NEXT_WORD, OF,
                              PERCENT_OF_DE, PERCENT_OF_EN, SENTENCE_END, SPACES)

__all__ = ["counted_de", "counted_en", "counted_phrase", "head_word", "line_start", "noun_de", "percent_measure", "prev_word", "sentence_initial"]

def prev_word(text: str, start: int) -> tuple[str | None, int, bool]:
    """The word just before ``start`` across spaces only: (word, its offset, ends with ".")."""
    left = text[max(0, start - 40) : start]
    stripped = left.rstrip(SPACES)
    if len(stripped) == len(left):
        return None, start, False
    m = LAST_WORD.search(stripped)
    if not m:
        return None, start, False
    return m.group(1), max(0, start - 40) + m.start(1), bool(m.group(2))


def sentence_initial(text: str, index: int) -> bool:
    """Whether `index` opens a sentence or a clause set off as one: after a full stop, a line break,
    a dash, or the double hyphen of a wire's dateline ("BEIJING, Sept. 4 (Xinhua) -- Eighty-four …")."""
    left = text[max(0, index - 8) : index].rstrip(SPACES)
    return not left or left[-1] in SENTENCE_END or left.endswith("--")


def line_start(text: str, index: int) -> bool:
    """Whether only spaces stand between the previous line break (or the start) and ``index``."""
    window = max(0, index - 80)
    line_break = text.rfind("\n", window, index)
    if line_break < 0 and window > 0:
        return False
    return not text[line_break + 1 : index].strip()


def is_plural_en(word: str, vocab: Vocabulary) -> bool:
    w = word.lower()
    if w in vocab.plural_exceptions or _ACRONYM_PLURAL.fullmatch(word):
        return True  # "28 MoUs", "500 SMEs", "12 NGOs"
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


# Words between a count and its noun that say which or how many more: "30 more companies".
_COUNT_ADJECTIVES = frozenset({"more", "fewer", "other", "additional", "further"})
# Words of how often, inside the phrase after its first word: "3 million unique monthly visitors" (right
# after the number they are read as its time: "2 million daily")
_FREQUENCY_WORDS = frozenset({"daily", "weekly", "monthly"})
_POSSESSIVE = LazyRegex(r"[A-Za-z]['’]s\Z")  # "Master’s and postdoc students": a degree's kind, then more
_ACRONYM_PLURAL = LazyRegex(r"[A-Z][A-Za-z]*[A-Z]s")
_ACRONYM = LazyRegex(r"[A-Z]{2,}")  # "134 new IT companies", "US firms": no stop word "it", "us"


def counted_en(text: str, pos: int, need_plural: bool = True) -> tuple[int, int] | None:
    """Span of the English noun phrase at ``pos``.

    Counted nouns (``need_plural``): up to five words ending at the first plural ("830 digital
    technology professionals"), then an "of" tail ("representatives of governments"). Otherwise
    (what a percentage is of): up to four content words.
    """
    vocab = vocabulary("en")
    first = last = head_end = None
    p = pos
    for _ in range(5 if need_plural else 4):
        wm = (NEXT_PHRASE_WORD if need_plural else NEXT_WORD).match(text, p)
        if not wm:
            break
        word = wm.group(1).rstrip("-'’")
        if need_plural and (word.lower() in _FREQUENCY_WORDS and first is not None or (
                word.lower() in _COUNT_ADJECTIVES if first is None else
                word.lower() in ("and", "or") and last is not None and _POSSESSIVE.search(text, 0, last))):
            # "30 more companies", "12 other firms"; "1,066 Master’s and postdoc
            # students": words of the phrase, not its end
            first = wm.start(1) if first is None else first
            p = wm.end()
            continue
        if not word or (word.lower() in vocab.stop_words and not _noun_here(text, wm.end(), word)
                        and not _ACRONYM.fullmatch(word)) or (first is not None and word.endswith("ed")):
            break  # a participle after a noun is its verb: "40 percent of revenue generated"
        if first is None:
            first = wm.start(1)
        last = wm.start(1) + len(word)
        p = wm.end()
        if need_plural and is_plural_en(word, vocab) and not _modifies_next(text, p, word, vocab):
            head_end = last
            break
    if first is None or last is None:
        return None
    if not need_plural:
        return first, last
    if head_end is None:
        return None
    end = head_end
    om = OF.match(text, end)
    if om:
        tail = counted_en(text, om.end(), need_plural=False)
        if tail is not None:
            end = tail[1]
    return first, end


def _modifies_next(text: str, end: int, word: str, vocab: Vocabulary) -> bool:
    """Whether a word that looks plural describes the noun after it: "overseas" always ("312
    overseas distribution centers"), another plural-looking noun ("300 logistics hubs", "9,000 goods
    trains") when the next word is one too."""
    if word.lower() in _NO_PLURAL:
        return True
    nxt = NEXT_PHRASE_WORD.match(text, end)
    if nxt is None:
        return False
    after = nxt.group(1).rstrip("-'’")
    return after.lower() not in vocab.stop_words and is_plural_en(after, vocab) and not _ACRONYM.fullmatch(after)


_NO_PLURAL = frozenset({"overseas"})  # ends in "s", describes: "312 overseas distribution centers"


def _noun_here(text: str, end: int, word: str) -> bool:
    """Whether a stop word that is also a plural noun is the noun here: "17 special rupee accounts",
    not "accounts for 30 percent" (the verb)."""
    if word.lower() != "accounts":
        return False
    nxt = NEXT_WORD.match(text, end)
    return nxt is None or nxt.group(1).lower() != "for"


def noun_de(text: str, pos: int) -> tuple[int, int] | None:
    """Span of up to three declined adjectives (one uninflected adverb among them, or "und"/"oder"
    between two: "startende oder landende Passagiere") and a capitalised noun at ``pos``."""
    vocab = vocabulary("de")
    first = None
    p = pos
    adverb = False
    for step in range(5):
        wm = NEXT_PHRASE_WORD.match(text, p)
        if not wm:
            return None
        word = wm.group(1).rstrip("-")
        if not word:
            return None
        if first is None:
            first = wm.start(1)
        if word[0].isdigit():  # "5G-Basisstationen", "40-Fuß-Container": a noun; "5G Netze": a modifier
            if "-" in word and word.rsplit("-", 1)[1][:1].isupper():
                return first, wm.start(1) + len(word)
            p = wm.end()
            continue
        if word[0].isupper():
            if word.rstrip(".") in vocab.months:
                return None
            return first, wm.start(1) + len(word)
        if word in ("und", "oder") and step > 0 and text[first:wm.start(1)].rstrip().endswith(DE_ADJECTIVE_ENDINGS) \
                and (nxt := NEXT_WORD.match(text, wm.end())) is not None and nxt.group(1)[:1].islower() \
                and nxt.group(1).endswith(DE_ADJECTIVE_ENDINGS):
            p = wm.end()  # "startende oder landende": two adjectives of one noun
            continue
        if word in vocab.stop_words:
            return None
        if not word.endswith(DE_ADJECTIVE_ENDINGS):
            # one uninflected adverb before a declined adjective: "59.080 neu gegründete Unternehmen"
            nxt = NEXT_WORD.match(text, wm.end())
            if adverb or nxt is None or not nxt.group(1)[:1].islower() or not nxt.group(1).endswith(DE_ADJECTIVE_ENDINGS):
                return None
            adverb = True
        p = wm.end()
    return None


def counted_de(text: str, pos: int) -> tuple[int, int] | None:
    """German counted phrase: "Ländern und Regionen", "Fachkräfte für digitale Technologien"."""
    span = noun_de(text, pos)
    if span is None:
        return None
    first, end = span
    cm = DE_COORD.match(text, end)
    if cm:
        more = noun_de(text, cm.end())
        vague = vocabulary("de").vague_amounts
        if more is not None and text[more[0] : more[1]].split()[0].lower() not in vague:
            end = more[1]
    fm = DE_FUER.match(text, end)
    if fm:
        more = noun_de(text, fm.end())
        if more is not None:
            end = more[1]
    return first, end


def counted_phrase(text: str, pos: int, lang: str | None) -> tuple[int, int] | None:
    if lang == "de":
        return counted_de(text, pos)
    span = counted_en(text, pos)
    if span is None and lang is None:
        span = counted_de(text, pos)
    return span


def head_word(phrase: str) -> str:
    """The word whose kind decides a phrase: the last before any "of/und/für" tail."""
    words = phrase.split()
    for i, word in enumerate(words):
        if word in ("und", "oder") and i and words[i - 1][:1].islower() and words[i - 1] not in ("of", "für"):
            continue  # "startende oder landende Passagiere": two adjectives of the noun after them
        if word in ("of", "und", "sowie", "oder", "für"):
            return words[i - 1].lower() if i else ""
    return words[-1].lower() if words else ""


_AMOUNT_AFTER = LazyRegex(r"[^\S\n]*(?:(?:US|U\.S\.|[A-Z]{2,3})?[^\S\n]?[$€£¥]|\d)")


def percent_measure(text: str, pos: int, lang: str | None) -> tuple[int, int] | None:
    """What a percentage is of, when written right after it: "40 percent of the global total"."""
    if lang != "de":
        m = PERCENT_OF_EN.match(text, pos)
        if m and not _AMOUNT_AFTER.match(text, m.end()):  # "75.75 percent of US$ 2.198 billion": of an amount
            return counted_en(text, m.end(), need_plural=False)
    if lang != "en":
        m = PERCENT_OF_DE.match(text, pos)
        if m:
            return noun_de(text, m.end())
    return None
