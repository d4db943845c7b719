"""Compare articles: shared, only-here and conflicting figures, actors, initiatives and topics."""

from __future__ import annotations

from dataclasses import dataclass

from .facts import conflicting, same_statistic

@dataclass(frozen=True, slots=True)
class Overlap:
    shared: list[str]
    only: dict[str, list[str]]


def _overlap(a_id: str, b_id: str, a: list[str], b: list[str]) -> Overlap:
    return Overlap(
        shared=[x for x in a if x in b],
        only={a_id: [x for x in a if x not in b], b_id: [x for x in b if x not in a]},
    )


def _jaccard(overlap: Overlap) -> float | None:
    union = len(overlap.shared) + sum(len(v) for v in overlap.only.values())
    return None if union == 0 else len(overlap.shared) / union


SIMILARITY_WEIGHTS = {"figures": 0.4, "actors": 0.25, "initiatives": 0.2, "topics": 0.15}


def compare_pair(corpus, a_id: str, b_id: str) -> dict:
    """Shared, only-here and conflicting records of two articles, with a similarity in [0, 1]."""
    registries = corpus.registries
    fa, fb = corpus.figures_in(a_id), corpus.figures_in(b_id)
    shared, conflicts, used_a, used_b = [], [], set(), set()
    for x in fa:
        for y in fb:
            if y.id in used_b:
                continue
            if conflicting(x, y):
                conflicts.append({"a": x, "b": y})
                used_a.add(x.id)
                used_b.add(y.id)
                break
            if same_statistic(x, y, registries):
                shared.append({"a": x, "b": y})
                used_a.add(x.id)
                used_b.add(y.id)
                break
    only = {a_id: [x for x in fa if x.id not in used_a], b_id: [y for y in fb if y.id not in used_b]}
    actors = _overlap(a_id, b_id, [r.id for r in corpus.actors_in(a_id)], [r.id for r in corpus.actors_in(b_id)])
    initiatives = _overlap(a_id, b_id, [r.id for r in corpus.initiatives_in(a_id)],
                           [r.id for r in corpus.initiatives_in(b_id)])
    topics = _overlap(a_id, b_id, corpus.topics_of(a_id), corpus.topics_of(b_id))
    figure_union = len(shared) + len(conflicts) + len(only[a_id]) + len(only[b_id])
    parts = {
        "figures": None if figure_union == 0 else (len(shared) + len(conflicts)) / figure_union,
        "actors": _jaccard(actors),
        "initiatives": _jaccard(initiatives),
        "topics": _jaccard(topics),
    }
    weighted = [(SIMILARITY_WEIGHTS[k], v) for k, v in parts.items() if v is not None]
    total = sum(w for w, _ in weighted)
    similarity = round(sum(w * v for w, v in weighted) / total, 3) if total else 0.0
    return {
        "articles": [a_id, b_id],
        "similarity": similarity,
        "figures": {"shared": shared, "only": only, "conflicts": conflicts},
        "actors": {"shared": actors.shared, "only": actors.only},
        "initiatives": {"shared": initiatives.shared, "only": initiatives.only},
        "topics": {"shared": topics.shared, "only": topics.only},
    }


def _full_id(corpus, value: str) -> str:
    """The article id a unique prefix names; an unknown id stays as given, to be reported below."""
    from .errors import UnknownId

    try:
        return corpus.article_id(value)
    except UnknownId:
        return value


def compare(corpus, article_ids: list[str]) -> dict:
    """Compare two articles, or every pair of three or more plus what all of them share."""
    from .errors import UsageError

    unique = list(dict.fromkeys(_full_id(corpus, a) for a in article_ids))
    if len(unique) < 2:
        raise UsageError("compare needs at least two different article ids")
    known = [a.id for a in corpus.articles]
    unknown = [a for a in unique if a not in known]
    if len(unknown) == 1:
        corpus.article(unknown[0])  # raises UnknownId with near matches
    if unknown:
        raise UsageError(f"unknown article ids {', '.join(map(repr, unknown))}; known: {', '.join(known)}")
    if len(unique) == 2:
        return compare_pair(corpus, *unique)
    pairs = [compare_pair(corpus, a, b) for i, a in enumerate(unique) for b in unique[i + 1:]]
    ids_of = {
        "actors": lambda a: [r.id for r in corpus.actors_in(a)],
        "initiatives": lambda a: [r.id for r in corpus.initiatives_in(a)],
        "topics": corpus.topics_of,
    }
    result: dict = {
        "articles": unique,
        "similarity": round(sum(p["similarity"] for p in pairs) / len(pairs), 3),
        "figures": _figures_across(corpus, unique, pairs),
    }
    for kind, getter in ids_of.items():
        per_article = {a: getter(a) for a in unique}
        result[kind] = {
            "shared": [x for x in per_article[unique[0]] if all(x in per_article[o] for o in unique[1:])],
            "only": {a: [x for x in xs if not any(x in per_article[o] for o in unique if o != a)]
                     for a, xs in per_article.items()},
        }
    result["pairs"] = pairs
    return result


def _figures_across(corpus, article_ids: list[str], pairs: list[dict]) -> dict:
    """The same shape as a pair's figures, for several articles: a shared entry is the facts
    every article reports; `only` the figures no other article reports; conflicts from the pairs."""
    shared = [
        [f for f in corpus.figures if f.id in fact.figures and f.article in article_ids]
        for fact in corpus.facts if all(a in fact.articles for a in article_ids)
    ]
    paired = {side["a"].id for p in pairs for side in (*p["figures"]["shared"], *p["figures"]["conflicts"])}
    paired |= {side["b"].id for p in pairs for side in (*p["figures"]["shared"], *p["figures"]["conflicts"])}
    return {
        "shared": shared,
        "only": {a: [f for f in corpus.figures_in(a) if f.id not in paired] for a in article_ids},
        "conflicts": [c for p in pairs for c in p["figures"]["conflicts"]],
    }
