"""A long text without a sentence break (a page flattened into one line) is analysed in time
linear in its length: every stage done per sentence works on bounded pieces."""

from __future__ import annotations

import random
import time

from sco_digital.textutil import MAX_SENTENCE, sentence_bounds

_WORDS = ("Der Handel zwischen China und Kasachstan stieg um 9,3 Prozent auf 31,5 Milliarden US-Dollar "
          "and exports rose 12 percent to $4.2 billion").split()


def _line(chars: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < chars:
        word = rng.choice(_WORDS)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)[:chars]


def test_an_overlong_sentence_is_cut_into_bounded_pieces():
    text = _line(50_000)
    bounds = sentence_bounds(text)
    assert all(end - start <= MAX_SENTENCE for start, end in bounds)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text.rstrip())
    assert all(a[1] <= b[0] for a, b in zip(bounds, bounds[1:]))


def test_ordinary_sentences_are_not_cut():
    text = "Trade rose 9.3 percent. " * 50
    assert all(text[s:e] == "Trade rose 9.3 percent." for s, e in sentence_bounds(text))


def _analyse_seconds(chars: int) -> float:
    from sco_digital.analyse_api import analyse_text

    text = _line(chars)
    started = time.process_time()
    rows = analyse_text(text, article_id="x", language="de")
    assert rows["figures"]
    return time.process_time() - started


def test_analysis_of_one_long_line_is_linear():
    _analyse_seconds(5_000)  # registries and patterns loaded once
    small, large = _analyse_seconds(25_000), _analyse_seconds(100_000)
    # Four times the text: about four times the time; quadratic work would be sixteen.
    assert large < 8 * max(small, 0.05), (small, large)
