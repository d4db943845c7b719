"""Direction of a number: whether the text states it as a rise or a fall (``change``).

Read from the words of the clause before the number ("rose 9.3 percent", "an increase of 5%"),
a comparative or change word right after it ("2 points higher", "um 3 Prozent gesunken"), or a
German verb at the end of the clause. Windows are bounded (160 characters each side).
"""

from __future__ import annotations

from ..contract import RATE_UNITS
from ._memo import memo_of
from ._regex import LazyRegex
from .lang import Vocabulary, vocabulary
from .number_candidate import Candidate
from .number_patterns import ANOTHER, DE_ADJECTIVE_ENDINGS, NEXT_WORD, patterns

__all__ = ["DOWN", "UP", "share_directions", "stated_change", "word_direction"]

UP, DOWN = "up", "down"
CLAUSE_END = LazyRegex(r"[.;:!?\n\r(\[\"“”„](?!\d)|,(?!\d)")
# the last clause end in a window: greedy, so one match call finds it (no list of every break)
LAST_CLAUSE_END = LazyRegex(r"(?s).*(?:[.;:!?\n\r(\[\"“”„](?!\d)|,(?!\d))")
WINDOW = 160  # characters read on each side of a number: constant cost per figure
# words of the clause read back for its verb: "sank im Quartal von April bis Juni im Vergleich zum
# Vorjahreszeitraum um rund 5 Prozent auf 45,14 Milliarden Yuan"
_VERB_REACH = 18
# after a multiple, its base: "(so) viel/hoch/groß wie", "as much/many/high/large as"
# ... an earlier time ("wie im Vorjahreszeitraum", "as in 2022"): a growth; another thing ("fünfmal so viel
# wie die Ostseepipeline") is no move
AS_MUCH_AS = LazyRegex(r"(?i:\s+(?:so\s+)?(?:viel|hoch|groß|gross)\w*\s+(?:wie|als)\b"
                       r"|\s+as\s+(?:much|many|high|large|big)\s+as\b)"
                       r"(?=[^.,;:\n]{0,40}?(?:\b(?:19|20)\d\d\b|(?i:vorjahr|zeitraum|year|period|quart|monat|month)))")
WORD = LazyRegex(r"[^\W\d_][\w’'/-]*|\d[\d.,]*%?")

def word_direction(word: str, vocab: Vocabulary) -> str | None:
    """"up"/"down" for a change word; German compounds by their last part ("Nettozuwachs").
    Remembered per vocabulary: a text asks about the same few hundred words again and again."""
    known = memo_of("direction", vocab)
    if word in known:
        return known[word]
    direction = known[word] = _word_direction(word, vocab)
    return direction


def _word_direction(word: str, vocab: Vocabulary) -> str | None:
    """`word_direction` worked out from the word lists."""
    low = word.lower()
    if low in vocab.change_up:
        return UP
    if low in vocab.change_down:
        return DOWN
    if not word[0].isupper() and low.endswith(DE_ADJECTIVE_ENDINGS) and "verdoppelt" in vocab.change_up:
        for ending in ("en", "em", "er", "es", "e"):  # "gesunkenen Marktanteil"
            stem = low[: -len(ending)]
            if low.endswith(ending) and stem in vocab.change_up:
                return UP
            if low.endswith(ending) and stem in vocab.change_down:
                return DOWN
    if len(low) > 7 and word[0].isupper():
        for part in vocab.change_compound_parts:
            if low.endswith(part):
                return UP if part in vocab.change_up else DOWN if part in vocab.change_down else None
    return None


def measure_noun(word: str, vocab: Vocabulary) -> bool:
    """Whether a word after a number names what a level measures ("Wachstum", "BIP-Wachstum",
    "growth"): "5 bis 10 Prozent Wachstum" is a forecast level, not a stated change."""
    return any(word.endswith(noun) for noun in vocab.measure_nouns_after)


def clause_tail(text: str, end: int) -> list[str]:
    """The first words after a number, up to the end of its clause (at most 10)."""
    sentence_end = CLAUSE_END.search(text, end, min(len(text), end + WINDOW))
    tail_end = sentence_end.start() if sentence_end else min(len(text), end + WINDOW)
    return WORD.findall(text, end, tail_end)[:10]


def projected(words: list[str], i: int, vocab: Vocabulary) -> bool:
    """Whether the change word ``words[i]`` is projected ("projected growth", "erwartetes Wachstum"):
    then the number is the level of growth expected, not a stated move."""
    return any(w.lower() in vocab.projection_words for w in words[max(0, i - 2) : i])


_CLOSING = frozenset({"close", "end", "settle", "finish", "trade"})  # "… fell 9.7% to close at HK$80.30"
_LATEST = frozenset({"zuletzt", "nun", "jetzt", "insgesamt", "nunmehr", "now", "total"})  # "auf zuletzt", "to now"


def stated_change(text: str, start: int, end: int, lang: str | None) -> str | None:
    """"up"/"down" where the text gives this number a direction: the change itself ("rose 9.3
    percent", "um 3 Prozent gesunken", "an increase of 5%", "2 points higher") or the level a
    stated move reached ("rose ... to $84 billion", "sank auf 257"). A level compared with
    another number ("to 5.8% from 7.7%") has none; "from X to Y" is settled by `join_neighbours`."""
    vocab = vocabulary(lang)
    left = text[max(0, start - WINDOW) : start]
    last_break = LAST_CLAUSE_END.match(left)
    words = WORD.findall(left, last_break.end() if last_break else 0)
    prev = words[-1].lower() if words else ""
    if prev in vocab.change_reference_before:
        # "einem Anstieg von 116 Prozent", "ein Plus im Jahresvergleich von 17 Prozent": a change
        # noun before "von" (past a few gap words) makes it the change itself
        noun = len(words) - 2
        while noun > 0 and noun > len(words) - 5 and words[noun].lower() in vocab.change_gap_words:
            noun -= 1
        if noun < 0 or not words[noun][0].isupper() or projected(words, noun, vocab):
            return None  # "ein erwartetes Wachstum von 3 Prozent": a level of growth
        return word_direction(words[noun], vocab)
    near = word_direction(words[-1], vocab) if words else None
    if near is None and prev in ANOTHER and len(words) > 1:
        near = word_direction(words[-2], vocab)  # "added another 5 million tonnes to exports"
    if near is not None and prev in vocab.verb_particles and len(words) > 1 and words[-2].lower() in vocab.particle_idioms:
        near = None  # "direct investments make up $900 million": a share, no move
    # a comparative right after the number (past its noun): "2,3 Prozentpunkte mehr", "3 times more"
    if AS_MUCH_AS.match(text, end):
        return UP  # "doppelt so viel wie 2015", "three times as high as in 2022": as "3 times more"
    after = NEXT_WORD.match(text, end)
    for _ in range(2):
        if not after:
            break
        low = after.group(1).lower()
        if low == "to":
            break  # "equivalent to $30 million to expand …": an infinitive of purpose, no move of the number
        if low in vocab.comparatives:
            return vocab.comparatives[low]
        if measure_noun(low, vocab):
            break  # "1,5 Prozent BIP-Wachstum": what the level measures, not a move
        direction = UP if low in vocab.additions else word_direction(after.group(1), vocab)
        if direction is not None and low not in vocab.stop_words:
            return direction  # "a 5% increase", "um 3 Prozent gesunken"
        if not after.group(1)[0].isupper() and low not in vocab.change_skip_after:
            break
        after = NEXT_WORD.match(text, after.end())
    if near is not None:
        return near
    kind = None
    if len(words) >= 3 and prev not in vocab.change_gap_words and prev.islower() and words[-2].lower() in vocab.change_gap_words:
        # "auf die geforderten 50 %": the preposition before a determiner and an adjective
        if words[-3].lower() in vocab.change_level_before | vocab.change_amount_before:
            prev = words[-3].lower()
    if prev == "at" and len(words) >= 3 and words[-2].lower() in _CLOSING and words[-3].lower() == "to":
        prev = "to"  # "tumble about 12.4% to close at HK$274": the level a stated move closed at
    elif prev in _LATEST and len(words) >= 2 and words[-2].lower() in vocab.change_level_before:
        prev = words[-2].lower()  # "wuchs um das 2,6-Fache auf zuletzt 1,2 Bio. Dollar", "auf insgesamt 237 Millionen"
    gap_words = [w.lower() for w in words[-4:]]
    amount, gap = vocab.change_amount_before, vocab.change_gap_words
    if prev in amount or any(w in amount for w in gap_words[-3:] if w in gap or w in amount):
        kind = "amount"
    elif prev in vocab.change_level_before:
        kind = "level"
    elif prev in vocab.change_object_before or prev in gap:
        kind = "object"
    if kind is None:
        return None
    if kind == "level" and patterns(lang).compared_after.match(text, end):
        return None  # "down to 5.8% from 7.7%"
    if kind == "object" and len(words) >= 4 and words[-2].lower() in _PACE_NOUNS:
        # "grew at an average annual rate of 20%", "climbed at a pace of 24%": the verb before "at"
        at = next((j for j in range(len(words) - 3, max(0, len(words) - 7), -1) if words[j].lower() == "at"), None)
        if at is not None:
            return word_direction(words[at - 1], vocab)
    if kind == "object":
        # "an increase of 5%", "ein Plus von 3 %": the noun right before the preposition
        for i in range(len(words) - 2, max(-1, len(words) - 5), -1):
            direction = UP if words[i].lower() in vocab.additions else word_direction(words[i], vocab)
            if direction is not None and words[i].lower() in vocab.verb_particles and i > 0 \
                    and words[i - 1].lower() in vocab.particle_idioms:
                return None  # "set up a US$ 1 billion fund": the particle of a verb's idiom, no move
            if direction is not None:
                return None if projected(words, i, vocab) else direction  # "projected growth of 2.7 percent"
            word = words[i]
            if word.lower() not in gap:
                return None
        return None
    verbs = words[-_VERB_REACH:]
    for i in range(len(verbs) - 1, -1, -1):  # the verb of the clause: "stiegen ... um 202,1 Prozent"
        word = verbs[i]
        if word.lower() in vocab.split_verbs:  # "nahm um 15,2 Prozent ab": the particle decides
            particles = [vocab.verb_particles[w.lower()] for w in clause_tail(text, end) if w.lower() in vocab.verb_particles]
            return particles[0] if particles else None
        if i > 0 and word.lower() in _RAISED and verbs[i - 1].lower() in _MONEY_RAISED:
            continue  # "Debt capital raised since inception amounts to $4.2bn": money collected, no move
        direction = word_direction(word, vocab)
        if direction is not None:
            return direction
    tail = clause_tail(text, end)
    for i, word in enumerate(tail):  # German verb at the end: "um 17 Prozent ... zu", "abgewertet"
        if word == "to":
            break  # "equivalent to $30 million to expand …": an infinitive of purpose, no move of the level
        if measure_noun(word.lower(), vocab):
            continue  # "2 to 3 percent growth": what the level measures
        if word.lower() in vocab.gapping_joiners and i + 1 < len(tail) and word_direction(tail[i + 1], vocab):
            return None  # "belief sich auf $121,2 Mio. und stieg um 32,5%": the move of the next number
        direction = word_direction(word, vocab)
        if direction is not None:
            return direction
    return None


_PACE_NOUNS = frozenset({"rate", "pace"})
# Money raised is money collected ("capital raised", "funds raised"), not a rise.
_RAISED = frozenset({"raised", "raising"})
_MONEY_RAISED = frozenset({"capital", "funds", "funding", "money", "financing", "proceeds", "debt", "equity"})
GAP_CHARS = 60  # characters between two figures that share one verb: "rose 5% and profit 7%"
GAP_WORDS = 4


def _gapped(a: Candidate, b: Candidate, text: str, lang: str | None) -> bool:
    """Whether ``b`` stands in a clause without a verb of its own after ``a``'s: "Der Umsatz stieg
    um 21 Prozent, die der Werbekunden um 25 Prozent", "revenue rose 5% and profit 7%". The gap
    opens with a comma or "and"/"und", holds at most a few nouns and determiners (no change word,
    no auxiliary, no participle), and both figures have the same unit."""
    vocab = vocabulary(lang)
    gap = text[a.end : b.qualifier_start]
    if len(gap) > GAP_CHARS or any(ch in gap for ch in ".;:!?\n()") or a.unit != b.unit or a.unit is None:
        return False
    words = WORD.findall(gap)
    if not words or len(words) > GAP_WORDS + 1:
        return False
    opens = gap.lstrip(" ").startswith(",") or words[0].lower() in vocab.gapping_joiners
    if not opens:
        return False
    rest = words[1:] if words[0].lower() in vocab.gapping_joiners else words
    plain = 0  # lower-case content words: English nouns ("and profit 7%"); in German a verb
    for word in rest:
        low = word.lower()
        if word_direction(word, vocab) is not None or low in vocab.auxiliaries or low in vocab.split_verbs:
            return False
        if low in vocab.bare_accept and low not in vocab.change_gap_words:
            return False  # "and reached 7%", "und beträgt 7 Prozent": a verb of its own
        if low in vocab.change_gap_words or low in vocab.stop_words or word[0].isupper():
            continue
        plain += 1
        if lang == "de" or plain > 2 or low.endswith(("ed", "ing")):
            return False  # "und beschäftigt 300", "and reached 7%": a verb of its own
    return True


# Between two rates of a list: "68.6 percent, 59.1 percent", "6,3 Prozent bzw. 2,7 Prozent".
_LISTED_GAP = LazyRegex(r"[^\S\n]*(?:,[^\S\n]*(?:and|und)?|and|und|or|oder|bzw\.|beziehungsweise)[^\S\n]*")


def share_directions(cands: list[Candidate], text: str, lang: str | None) -> None:
    """Directions two neighbouring figures share: an appositive rate ("increased by $940 million,
    or 10.5 percent"; "$12 billion, or 23.9 percent more") and a clause that borrows the verb of
    the one before ("stieg um 21 Prozent, die der Werbekunden um 25 Prozent auf über 295.000"),
    and the two ends of a range. Each pair is looked at once: linear."""
    vocab = vocabulary(lang)
    shown = [c for c in cands if not (c.bare and not c.accepted)]
    gapped = False
    for a, b in zip(shown, shown[1:], strict=False):
        joiner = " ".join(text[a.end : b.qualifier_start].split()).lower()
        if joiner in vocab.appositive_joiners:
            if b.change is None and a.change is not None:
                b.change = a.change
            elif a.change is None and b.change is not None and b.unit in RATE_UNITS:
                a.change = b.change  # "$12 billion, or 23.9 percent more"; not "reached $10 billion, or 3 times more"
            gapped = False
            continue
        if b.change is None and a.change is not None:
            if a.unit == b.unit and a.unit in RATE_UNITS and _LISTED_GAP.fullmatch(text, a.end, b.qualifier_start):
                b.change = a.change  # "increases of 68.6 percent, 59.1 percent, … and 2.7 percent": one list
                continue
            if gapped and joiner in vocab.change_level_before:
                b.change = a.change  # "… um 25 Prozent auf über 295.000": the level the borrowed move reached
                continue
            if _gapped(a, b, text, lang):
                b.change, gapped = a.change, True
                continue
        gapped = False
    for c in shown:  # a range's ends move together: "rose 4-8%" (the dash before 8 is no minus)
        if c.change is None and c.range_with is not None and c.range_with.change is not None:
            c.change = c.range_with.change
