"""Citations of articles: BibTeX (biblatex-compatible), CSL-JSON and RIS, for Zotero and LaTeX.

Only what the corpus records goes in: a missing author, url or date stays missing, never guessed.
Person names are written "Family, Given". Chinese names are family-name first ("Yan Dongjie" is
Yan, Dongjie): a name is read that way when the lexicon knows the person as Chinese (country CHN)
or, failing that, when its first word is a common Chinese surname and the name has two or three
words. An author the lexicon knows as an organisation or outlet ("New Society") is a corporate
(literal) name.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from .errors import UsageError
from .records import Article
from .textutil import fold

if TYPE_CHECKING:
    from .corpus import Corpus
    from .load.registry import Registries


class CiteFormat(str, Enum):
    BIBTEX = "bibtex"
    CSL_JSON = "csl-json"
    RIS = "ris"


CITE_FORMATS = tuple(f.value for f in CiteFormat)

# Common Chinese family names in pinyin (the most frequent ~120), for names the lexicon lacks.
CHINESE_SURNAMES = frozenset("""
an bai bao bi bian cai cao cen chai chang chen cheng chu cui dai deng ding dong du duan fan fang
feng fu gao ge geng gong gu guan guo han hao he hong hou hu hua huang ji jia jiang jin kang kong
lai lan lei li liang liao lin liu long lou lu luo lü lv ma mao meng miao mo mu ni niu ou pan pang
peng qi qian qiao qin qiu qu ren rong shao shen sheng shi song su sun tan tang tao tian wan wang
wei wen wu xia xiang xiao xie xin xing xiong xu xue yan yang yao ye yi yin ying yu yuan yue zeng
zhai zhan zhang zhao zheng zhong zhou zhu zhuang zou
""".split())
_CORPORATE_KINDS = frozenset({"organization", "media", "company", "country", "place"})
_LANGUAGE_NAMES = {"en": "english", "de": "german"}
_LANGID = {"en": "english", "de": "ngerman"}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_STOP_WORDS = frozenset({"a", "an", "the", "der", "die", "das", "ein", "eine", "of", "on", "in", "und", "and"})
_BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
    "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}


@dataclass(frozen=True, slots=True)
class Name:
    """A person's name split for citation, or a corporate name kept whole (`literal`)."""

    family: str | None = None
    given: str | None = None
    literal: str | None = None

    def display(self) -> str:
        if self.literal is not None:
            return self.literal
        return f"{self.family}, {self.given}" if self.given else str(self.family)


@dataclass(frozen=True, slots=True)
class Citation:
    """What a citation says about one article; every optional field is absent when unknown."""

    key: str
    article: str
    title: str
    authors: tuple[Name, ...]
    container: str | None
    published: str | None
    url: str | None
    language: str | None
    section: str | None
    note: str | None
    accessed: str | None


# ---- names --------------------------------------------------------------------------------------


def split_name(name: str, registries: "Registries | None" = None) -> Name:
    """`Yan Dongjie` -> Yan, Dongjie; `Hermano Tercius` -> Tercius, Hermano; `New Society` -> literal."""
    name = " ".join(name.split())
    if "," in name:
        family, _, given = name.partition(",")
        return Name(family=family.strip(), given=given.strip() or None)
    known = _lexicon_entry(name, registries)
    if known is not None and known.kind in _CORPORATE_KINDS:
        return Name(literal=name)
    words = name.split(" ")
    if len(words) == 1:
        return Name(family=name)
    chinese = known.country == "CHN" if known is not None and known.country else _looks_chinese(words)
    if chinese:
        return Name(family=_name_case(words[0]), given=" ".join(_name_case(w) for w in words[1:]))
    # Western order; lower-case particles ("van", "de la") belong to the family name.
    split = len(words) - 1
    while split > 1 and words[split - 1].islower():
        split -= 1
    return Name(family=" ".join(words[split:]), given=" ".join(words[:split]))


def _lexicon_entry(name: str, registries: "Registries | None") -> Any:
    if registries is None:
        return None
    low = name.lower()
    for actor in registries.actors:
        if any(low == n.lower() for n in (*actor.names.values(), *actor.aliases)):
            return actor
    return None


def _looks_chinese(words: Sequence[str]) -> bool:
    return 2 <= len(words) <= 3 and fold(words[0]) in CHINESE_SURNAMES and all(w[:1].isupper() for w in words)


def _name_case(word: str) -> str:
    """`YAN` -> `Yan` (bylines print family names in capitals); other words unchanged."""
    return word.capitalize() if word.isupper() and len(word) > 1 else word


# ---- the citation -------------------------------------------------------------------------------


def check_accessed(accessed: str | None) -> str | None:
    """An access date as YYYY-MM-DD, or a `UsageError`."""
    if accessed is None:
        return None
    try:
        return datetime.date.fromisoformat(accessed.strip()).isoformat()
    except ValueError:
        raise UsageError(f"accessed date {accessed!r} is not YYYY-MM-DD") from None


def citation(article: Article, registries: "Registries | None" = None, accessed: str | None = None) -> Citation:
    """The citation data of one article (key not yet made unique in a batch)."""
    authors = tuple(split_name(a, registries) for a in article.authors if a.strip())
    return Citation(
        key=citation_key(article, authors),
        article=article.id,
        title=_title(article.title),
        authors=authors,
        container=article.source or None,
        published=article.published or None,
        url=article.url or None,
        language=article.language or None,
        section=article.section or None,
        note=_text(article.extra.get("note")),
        accessed=check_accessed(accessed),
    )


def citations(corpus: "Corpus", article_ids: Iterable[str], accessed: str | None = None) -> list[Citation]:
    """Citations of several articles, keys made unique (`yan2025digital`, `…a`, `…b`)."""
    found = [citation(corpus.article(i), corpus.registries, accessed) for i in article_ids]
    counts: dict[str, int] = {}
    for c in found:
        counts[c.key] = counts.get(c.key, 0) + 1
    seen: dict[str, int] = {}
    unique = []
    for c in found:
        if counts[c.key] > 1:
            n = seen.get(c.key, 0)
            seen[c.key] = n + 1
            c = _replace_key(c, c.key + "abcdefghijklmnopqrstuvwxyz"[n % 26] + ("" if n < 26 else str(n // 26)))
        unique.append(c)
    return unique


def _replace_key(c: Citation, key: str) -> Citation:
    from dataclasses import replace

    return replace(c, key=key)


def _title(title: str) -> str:
    """A title the loader had to cut from the first line ("…") is not the article's own: it is
    marked as supplied, in square brackets, as citation styles do for untitled items."""
    return f"[{title}]" if title.endswith("…") else title


def _text(value: Any) -> str | None:
    return None if value is None or str(value).strip() == "" else str(value)


def citation_key(article: Article, authors: Sequence[Name]) -> str:
    """`yan2025digital`: first author's family name (else the outlet), year, first title word."""
    if authors:
        head = authors[0].family or authors[0].literal or ""
    else:
        head = (article.source or "").split(" (")[0].removeprefix("www.")
    stem = re.sub(r"[^a-z0-9]", "", fold(head))[:20] or f"article{article.id}"
    year = (article.published or "")[:4] if re.match(r"\d{4}", article.published or "") else ""
    words = [w for w in re.findall(r"[a-z0-9]+", fold(article.title)) if w not in _STOP_WORDS]
    return stem + year + (words[0] if words else "")


# ---- BibTeX -------------------------------------------------------------------------------------


def escape_bibtex(value: str) -> str:
    """Escape the characters BibTeX/LaTeX treat specially (& % $ # _ { } ~ ^ \\)."""
    return "".join(_BIBTEX_SPECIALS.get(c, c) for c in " ".join(value.split()))


def _protect_case(escaped: str) -> str:
    """Brace words with capitals after the first word (proper nouns, acronyms, German nouns) so
    styles that lower-case titles keep them; the first word only when it has two capitals."""
    words = escaped.split(" ")
    out = []
    for n, word in enumerate(words):
        capitals = sum(1 for c in word if c.isupper())
        if capitals and (n > 0 or capitals > 1) and not word.startswith("\\"):
            out.append("{" + word + "}")
        else:
            out.append(word)
    return " ".join(out)


def _bibtex_name(name: Name) -> str:
    if name.literal is not None:
        return "{" + escape_bibtex(name.literal) + "}"
    family = escape_bibtex(name.family or "")
    if " and " in f" {family} ":
        family = "{" + family + "}"
    return f"{family}, {escape_bibtex(name.given)}" if name.given else family


def _bibtex_url(url: str) -> str:
    return url.replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


def to_bibtex(c: Citation) -> str:
    """One entry: @online when the article has a url, else @article (the outlet as journal)."""
    fields: list[tuple[str, str]] = []
    if c.authors:
        fields.append(("author", " and ".join(_bibtex_name(a) for a in c.authors)))
    fields.append(("title", _protect_case(escape_bibtex(c.title))))
    if c.container:
        container = escape_bibtex(c.container)
        if c.url:
            fields.append(("organization", container))
        else:
            fields += [("journal", container), ("journaltitle", container), ("entrysubtype", "newspaper")]
    if c.published:
        fields.append(("date", c.published))
        fields.append(("year", c.published[:4]))
    if c.url:
        fields.append(("url", _bibtex_url(c.url)))
    if c.accessed:
        fields.append(("urldate", c.accessed))
    if c.language:
        fields.append(("language", _LANGUAGE_NAMES.get(c.language, c.language)))
        fields.append(("langid", _LANGID.get(c.language, c.language)))
    # BibTeX has no field for a newspaper section; CSL-JSON and RIS carry it.
    if c.note:
        fields.append(("note", escape_bibtex(c.note)))
    lines = [f"@{'online' if c.url else 'article'}{{{c.key},"]
    for name, value in fields:
        lines.append(f"  {name} = {{{value}}},")
    if c.published and len(c.published) >= 7:
        # A month macro is bare (jan, feb, …), after the braced fields.
        lines.append(f"  month = {_MONTHS[int(c.published[5:7]) - 1]},")
    lines[-1] = lines[-1].rstrip(",")
    lines.append("}")
    return "\n".join(lines) + "\n"


# ---- CSL-JSON -----------------------------------------------------------------------------------


def _date_parts(iso: str) -> dict[str, Any]:
    return {"date-parts": [[int(p) for p in iso.split("-")]]}


def to_csl(c: Citation) -> dict[str, Any]:
    item: dict[str, Any] = {"id": c.key, "type": "article-newspaper", "title": c.title}
    if c.authors:
        item["author"] = [
            {"literal": a.literal} if a.literal is not None
            else {k: v for k, v in (("family", a.family), ("given", a.given)) if v}
            for a in c.authors
        ]
    if c.container:
        item["container-title"] = c.container
    if c.published:
        item["issued"] = _date_parts(c.published)
    if c.url:
        item["URL"] = c.url
    if c.accessed:
        item["accessed"] = _date_parts(c.accessed)
    if c.language:
        item["language"] = c.language
    if c.section:
        item["section"] = c.section
    if c.note:
        item["note"] = c.note
    return item


# ---- RIS ----------------------------------------------------------------------------------------


def _ris_date(iso: str) -> str:
    parts = iso.split("-") + ["", ""]
    return f"{parts[0]}/{parts[1]}/{parts[2]}" if parts[1] else parts[0]


def to_ris(c: Citation) -> str:
    tags: list[tuple[str, str]] = [("TY", "NEWS")]
    tags += [("AU", a.display()) for a in c.authors]
    tags.append(("TI", c.title))
    if c.container:
        tags.append(("T2", c.container))
    if c.published:
        tags += [("PY", c.published[:4]), ("DA", _ris_date(c.published))]
    if c.url:
        tags.append(("UR", c.url))
    if c.accessed:
        tags.append(("Y2", _ris_date(c.accessed)))
    if c.language:
        tags.append(("LA", c.language))
    if c.section:
        tags.append(("SE", c.section))
    if c.note:
        tags.append(("N1", c.note))
    tags.append(("ID", c.key))
    lines = [f"{tag}  - {' '.join(value.split())}" for tag, value in tags]
    return "\n".join(lines) + "\nER  - \n"


def render_citations(items: Sequence[Citation], fmt: str) -> str:
    """The citations in one format, as the text to print or save."""
    if fmt == CiteFormat.BIBTEX:
        return "\n".join(to_bibtex(c) for c in items)
    if fmt == CiteFormat.CSL_JSON:
        return json.dumps([to_csl(c) for c in items], ensure_ascii=False, indent=2) + "\n"
    if fmt == CiteFormat.RIS:
        return "\n".join(to_ris(c) for c in items)
    raise UsageError(f"unknown citation format {fmt!r}; choose from {', '.join(CITE_FORMATS)}")
