"""Full-text search over sentences, across English and German.

A query word that is a topic keyword or label brings in that topic's keywords in both languages;
a lexicon alias brings in the actor's or initiative's other names. Direct matches weigh more than
these synonyms, so the passages that use the user's own words come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .corpus import Corpus
from .load.registry import LexActor, LexInitiative
from .records import Article
from .textutil import match_fold, sentence_bounds, words

DIRECT_WEIGHT = 3.0
SYNONYM_WEIGHT = 1.0
_STOP = frozenset("the a an of and in on for to der die das und in im für von mit den des ein eine".split())


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


def expand_query(corpus: Corpus, query: str) -> tuple[list[str], list[str]]:
    """Direct terms and synonyms (topic keywords, lexicon names) for a query."""
    direct = [w for w in words(query) if match_fold(w) not in _STOP]
    folded = {_stem(w) for w in direct}
    phrase = match_fold(query.strip())
    synonyms: list[str] = []
    for topic in corpus.registries.topics:
        vocab = [*topic.labels.values(), *(k for ks in topic.keywords.values() for k in ks)]
        if any(match_fold(v) == phrase or (_stem(v) in folded and " " not in v) for v in vocab):
            synonyms.extend(vocab)
    entries: list[LexActor | LexInitiative] = [*corpus.registries.actors, *corpus.registries.initiatives]
    for entry in entries:
        names = [*entry.names.values(), *entry.aliases]
        if any(match_fold(n) == phrase or (" " not in n and _stem(n) in folded) for n in names):
            synonyms.extend(names)
    synonyms = [s for s in dict.fromkeys(synonyms) if _stem(s) not in folded]
    return direct, synonyms


def _pattern(terms: list[str]) -> re.Pattern[str] | None:
    alts = []
    for term in sorted(set(terms), key=len, reverse=True):
        words_of_term = term.split()
        # Every word as written but the last, which is stemmed: "digital talent" finds "digital talents".
        parts = [re.escape(match_fold(w)) for w in words_of_term[:-1]] + [re.escape(_stem(words_of_term[-1]))]
        alts.append(r"\W+".join(parts) + r"\w*")
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + ")", re.IGNORECASE) if alts else None


def search(corpus: Corpus, query: str, article: str | None = None, limit: int = 10) -> list[Passage]:
    direct, synonyms = expand_query(corpus, query)
    direct_re, synonym_re = _pattern(direct), _pattern(synonyms)
    if direct_re is None:
        return []
    articles = [corpus.article(article)] if article else _candidates(corpus, [*direct, *synonyms])
    passages: list[Passage] = []
    for art in articles:
        text = art.text
        folded = match_fold(text)
        bounds = sentence_bounds(text)
        for i, (s, e) in enumerate(bounds):
            chunk = folded[s:e]
            spans: list[tuple[int, int]] = []
            score = 0.0
            for regex, weight in ((direct_re, DIRECT_WEIGHT), (synonym_re, SYNONYM_WEIGHT)):
                if regex is None:
                    continue
                for m in regex.finditer(chunk):
                    if not any(a <= s + m.start() < b for a, b in spans):
                        spans.append((s + m.start(), s + m.end()))
                        score += weight
            if not spans:
                continue
            prev_s = bounds[i - 1][0] if i else s
            next_e = bounds[i + 1][1] if i + 1 < len(bounds) else e
            spans.sort()
            passages.append(Passage(
                article=art.id, language=art.language, score=round(score / (1 + (e - s) / 2000), 3),
                quote=text[s:e], start=s, end=e, context=text[prev_s:next_e], matches=tuple(spans),
                matched=tuple(dict.fromkeys(text[a:b] for a, b in spans)),
            ))
    # Passages with the words the user typed come first; synonyms only rank within them.
    passages.sort(key=lambda p: (not _has_direct(p, direct_re), -p.score, p.article, p.start))
    return passages[:limit] if limit > 0 else passages


def _candidates(corpus: Corpus, terms: list[str]) -> list[Article]:
    """The articles that can hold a match: from the index's full-text search where the corpus
    has one (a superset: every term's first word as a prefix), else all of them."""
    matching = getattr(corpus, "matching_articles", None)
    if matching is not None:
        prefixes = [_first_run(_stem(t) if " " not in t.strip() else match_fold(t.split()[0])) for t in terms]
        ids = matching(prefixes)
        if ids is not None:
            return [corpus.article(i) for i in ids]
    return list(corpus.articles)


def _first_run(word: str) -> str:
    """The leading run of letters and digits: what the text's token at a match starts with."""
    match = re.match(r"[^\W_]+", word)
    return match.group() if match else ""


def _has_direct(passage: Passage, direct_re: re.Pattern[str]) -> bool:
    return bool(direct_re.search(match_fold(passage.quote)))
