"""Full-text search over sentences, across English and German.

Ranking (also `search --help`):
- The words typed (less stop words) are matched as whole words, in their inflected forms
  ("Fachkräfte" finds "Fachkräften", "trade" never finds "traditional"), diacritics and case
  folded.
- Each word also brings in a bounded set of translations (at most `MAX_TRANSLATIONS` in all):
  the lexicon's `terms` it belongs to ("Fachkräfte" ↔ "professionals"), the other names of an
  actor or initiative it names, and, where it is a topic's label or keyword (or ends one, as
  "Handel" ends "Außenhandel"), the topic's labels and its keywords in the other language
  ("Handel" ↔ "trade").
- A passage (one sentence) scores `DIRECT_WEIGHT` (3) for each match of a word typed and
  `TRANSLATION_WEIGHT` (1) for each match of a translation, translations adding at most
  `MAX_TRANSLATION_SCORE` (2) in all, so one word typed outweighs any number of translations;
  the sum is divided by 1 + the passage's length / 2000 characters. Results are listed strictly
  by that score, highest first (then by article and position).
- With the index, FTS5 ranks the articles first (bm25 over the words typed, weighted
  `DIRECT_WEIGHT`, plus the translations) and passages are read only from the best articles:
  enough of them for the limit asked, every matching article for no limit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .corpus import Corpus
from .textutil import match_fold, matching_view, sentence_bounds, words

if TYPE_CHECKING:
    from collections.abc import Callable

    from .load.registry import LexActor, LexInitiative
    from .records import Article

DIRECT_WEIGHT = 3.0
TRANSLATION_WEIGHT = 1.0
MAX_TRANSLATION_SCORE = 2.0
MAX_TRANSLATIONS = 40
# With the index and a limit of N passages, passages are read from the best
# max(N * ARTICLES_PER_PASSAGE, MIN_ARTICLES) articles by bm25.
ARTICLES_PER_PASSAGE = 3
MIN_ARTICLES = 30
_STOP = frozenset("the a an of and in on for to der die das und in im für von mit den des ein eine".split())
# Endings of an inflected form: Fachkräfte/Fachkräften, talent/talents, Export/Exporte/Exporten.
_ENDINGS = ("s", "e", "n", "en", "er", "es", "em", "ern", "ens")


@dataclass(frozen=True, slots=True)
class Passage:
    article: str
    language: str | None
    score: float
    quote: str
    start: int
    end: int
    context: str
    matches: tuple[tuple[int, int], ...]  # offsets into the article text
    matched: tuple[str, ...]


def _stem(word: str) -> str:
    # Crude, language-neutral: enough for talent/talents, Fachkräfte/Fachkräften.
    w = match_fold(word)
    for suffix in ("en", "er", "es", "s", "e", "n"):
        if len(w) > 4 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def _plain(term: str) -> str:
    """A term without the punctuation at its ends ("KI-" → "KI"): words are matched whole."""
    return re.sub(r"^\W+|\W+$", "", term)


def expand_query(corpus: Corpus, query: str) -> tuple[list[str], list[str]]:
    """The words typed (less stop words) and their translations (see the module's docstring),
    each once; a translation that is a form of a word typed is left out."""
    direct = [w for w in words(query) if match_fold(w) not in _STOP]
    folded = {match_fold(w) for w in direct}
    stems = {_stem(w) for w in direct}
    phrase = match_fold(query.strip())

    def names_it(vocab: list[str]) -> bool:
        return any(match_fold(v) == phrase or (" " not in v and _stem(v) in stems) for v in vocab)

    registries = corpus.registries
    translations: list[str] = []
    for term in registries.terms:
        if names_it(list(term.phrases)):
            translations.extend(term.phrases)
    entries: list[LexActor | LexInitiative] = [*registries.actors, *registries.initiatives]
    for entry in entries:
        names = [*entry.names.values(), *entry.aliases]
        if names_it(names):
            translations.extend(names)
    for topic in registries.topics:
        for language, keywords in topic.keywords.items():
            vocab = [topic.labels.get(language, ""), *keywords]
            if names_it(vocab) or any(_ends_compound(v, folded) for v in vocab):
                translations.extend(topic.labels.values())
                translations.extend(k for other, ks in topic.keywords.items() if other != language for k in ks)
    out = [t for t in dict.fromkeys(_plain(t) for t in translations)
           if t and _stem(t) not in stems and match_fold(t) not in folded]
    return direct, out[:MAX_TRANSLATIONS]


def _ends_compound(keyword: str, folded: set[str]) -> bool:
    """A German compound keyword ends with a word typed ("Außenhandel" ends with "Handel")."""
    k = match_fold(keyword)
    return " " not in k and any(len(w) >= 5 and k != w and k.endswith(w) for w in folded)


def _forms(word: str) -> list[str]:
    """A word's inflected forms, folded: its stem alone and with each ending."""
    stem = _stem(word)
    return [stem, *(stem + e for e in _ENDINGS)]


def _pattern(terms: list[str]) -> re.Pattern[str] | None:
    """Whole words: every word of a term as written (folded) but the last, which may be
    inflected ("digital talent" finds "digital talents", not "digital talented")."""
    alts = []
    for term in sorted(set(terms), key=len, reverse=True):
        parts = match_fold(term).split()
        if not parts:
            continue
        last = _stem(parts[-1])
        alts.append(r"\W+".join([*map(re.escape, parts[:-1]), re.escape(last)])
                    + "(?:" + "|".join(map(re.escape, _ENDINGS)) + ")?")
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)") if alts else None


def fts_query(terms: list[str], indexed: Callable[[list[str]], set[str]] | None = None) -> str | None:
    """An FTS5 query that finds every article a term's whole-word forms can be in: for each term
    and form of its last word, all of its tokens (quoted, AND: the index keeps no positions, so a
    phrase is asked as words that must all be there), OR'ed. None without terms.

    With `indexed` (the tokens of a list that some article holds), a form with a token no article
    holds is left out ("talentn"): it matches nothing, yet bm25 would weigh each of its tokens for
    every article the query finds (a one-word form's weighs nothing; a two-word form's first word,
    held, weighed once more for each form of the last word)."""
    groups: list[tuple[str, ...]] = []
    for term in terms:
        parts = match_fold(term).split()
        if not parts:
            continue
        head = [t for p in parts[:-1] for t in _tokens(p)]
        for form in _forms(parts[-1]):
            tokens = tuple(dict.fromkeys([*head, *_tokens(form)]))
            if tokens:
                groups.append(tokens)
    groups = list(dict.fromkeys(groups))
    if indexed is not None and groups:
        held = indexed(sorted({t for g in groups for t in g}))
        groups = [g for g in groups if all(t in held for t in g)]
    if not groups:
        return None
    return " OR ".join("(" + " AND ".join(f'"{t}"' for t in g) + ")" for g in groups)


def _tokens(text: str) -> list[str]:
    """The runs of letters and digits FTS5's tokenizer makes of a (folded) word."""
    return re.findall(r"[^\W_]+", text)


def search(corpus: Corpus, query: str, article: str | None = None, limit: int = 10) -> list[Passage]:
    """The passages for `query`, best first (see the module's docstring for the ranking); all of
    them for `limit` 0."""
    direct, translations = expand_query(corpus, unicodedata.normalize("NFC", query))
    direct_re, translation_re = _pattern(direct), _pattern(translations)
    if direct_re is None:
        return []
    articles = [corpus.article(article)] if article else _candidates(corpus, direct, translations, limit)
    passages: list[Passage] = []
    for art in articles:
        passages.extend(_passages(art, direct_re, translation_re))
    passages.sort(key=lambda p: (-p.score, p.article, p.start))
    return passages[:limit] if limit > 0 else passages


def _passages(art: Article, direct_re: re.Pattern[str], translation_re: re.Pattern[str] | None) -> list[Passage]:
    """One article's matching sentences, scored. Text in decomposed Unicode (NFD) or with
    invisible characters inside words is matched in its NFC view; offsets and quotes are those
    of the text as stored."""
    original = art.text
    view = matching_view(original)
    text = view[0] if view else original

    def stored(a: int, b: int) -> tuple[int, int]:
        return (view[1][a], view[2][b - 1]) if view and b > a else (a, b)

    folded = match_fold(text)
    bounds = sentence_bounds(text)
    found: list[Passage] = []
    for i, (s, e) in enumerate(bounds):
        chunk = folded[s:e]
        spans: list[tuple[int, int]] = []
        scores = [0.0, 0.0]
        for which, regex, weight in ((0, direct_re, DIRECT_WEIGHT), (1, translation_re, TRANSLATION_WEIGHT)):
            if regex is None:
                continue
            for m in regex.finditer(chunk):
                if not any(a <= s + m.start() < b for a, b in spans):
                    spans.append((s + m.start(), s + m.end()))
                    scores[which] += weight
        score = scores[0] + min(scores[1], MAX_TRANSLATION_SCORE)
        if not spans:
            continue
        prev_s = bounds[i - 1][0] if i else s
        next_e = bounds[i + 1][1] if i + 1 < len(bounds) else e
        spans = sorted(stored(a, b) for a, b in spans)
        (s0, e0), (c0, c1) = stored(s, e), stored(prev_s, next_e)
        found.append(Passage(
            article=art.id, language=art.language, score=round(score / (1 + (e - s) / 2000), 3),
            quote=original[s0:e0], start=s0, end=e0, context=original[c0:c1], matches=tuple(spans),
            matched=tuple(dict.fromkeys(original[a:b] for a, b in spans)),
        ))
    return found


def _candidates(corpus: Corpus, direct: list[str], translations: list[str], limit: int) -> list[Article]:
    """The articles to read: with the index, those FTS5 finds, best first by bm25 and only as
    many as the limit needs; else all of them."""
    ranked: Any = getattr(corpus, "ranked_articles", None)
    if ranked is not None:
        indexed = getattr(corpus, "indexed_tokens", None)
        direct_query = fts_query(direct, indexed)
        ids = ranked(direct_query, fts_query(translations, indexed), DIRECT_WEIGHT, TRANSLATION_WEIGHT,
                     max(limit * ARTICLES_PER_PASSAGE, MIN_ARTICLES) if limit > 0 else None)
        if ids is not None:
            return [corpus.article(i) for i in ids]
    return list(corpus.articles)
