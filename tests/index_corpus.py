"""Small curated corpora on disk for the index tests, and a snapshot of everything a corpus holds.

The corpora are curated (sidecars with figures and language), so no extractor runs and the tests
do not depend on the extractors' progress.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from pathlib import Path

import pytest

from sco_digital.corpus import Corpus
from sco_digital.load import load_corpus

REPO = Path(__file__).resolve().parent.parent

LEXICON = """\
actors:
  - id: kazakhstan
    kind: country
    names: {en: Kazakhstan, de: Kasachstan}
    country: KAZ
  - id: ministry
    kind: organization
    names: {en: Ministry of Digital Development, de: Ministerium für digitale Entwicklung}
initiatives:
  - id: digital-forum
    kind: forum
    names: {en: Digital Forum, de: Digitalforum}
    topics: [talent]
terms:
  - id: engineers
    en: [engineers]
    de: [Ingenieure]
"""
TOPICS = """\
topics:
  - id: talent
    labels: {en: Talent, de: Talente}
    keywords: {en: [engineers, training], de: [Ingenieure]}
  - id: economy
    labels: {en: Economy, de: Wirtschaft}
    keywords: {en: [economy], de: [Wirtschaft]}
"""
METRICS = """\
metrics:
  - id: engineers-trained
    labels: {en: Engineers trained, de: Ausgebildete Ingenieure}
    unit: count
    topics: [talent]
"""


def article_text(n: int, engineers: int | None = None) -> str:
    engineers = 100 + n if engineers is None else engineers
    return (f"Digital Forum report {n:03d}\n\nKazakhstan trained {engineers} engineers at the Digital Forum, "
            f"the Ministry of Digital Development said. The economy grew {n % 9 + 1}.5 percent.\n")


def sidecar_text(n: int, engineers: int | None = None, title: str | None = None) -> str:
    engineers = 100 + n if engineers is None else engineers
    return f"""\
language: en
title: {title or f"Report {n:03d}"}
published: 2025-05-{n % 28 + 1:02d}
editors: [Anna Example]
figures:
  - text: "{engineers} engineers"
    value: {engineers}
    unit: count
    qualifier: exact
    counted: engineers
    metric: engineers-trained
    subject: kazakhstan
    topics: [talent]
  - text: "{n % 9 + 1}.5 percent"
    value: {n % 9 + 1.5}
    unit: percent
    qualifier: exact
    counted: economy
    topics: [economy]
"""


def write_article(folder: Path, n: int, **kwargs: object) -> Path:
    path = folder / f"{n:03d}_report.txt"
    path.write_text(article_text(n, kwargs.get("engineers")), encoding="utf-8")  # type: ignore[arg-type]
    path.with_suffix(".yaml").write_text(sidecar_text(n, **kwargs), encoding="utf-8")  # type: ignore[arg-type]
    return path


def make_corpus(folder: Path, count: int = 5) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "lexicon.yaml").write_text(LEXICON, encoding="utf-8")
    (folder / "topics.yaml").write_text(TOPICS, encoding="utf-8")
    (folder / "metrics.yaml").write_text(METRICS, encoding="utf-8")
    for n in range(count):
        write_article(folder, n)
    return folder


def snapshot(corpus: Corpus) -> dict[str, str]:
    """Everything a corpus holds, with types (repr tells 1 from 1.0 and a tuple from a list)."""
    shot = {f.name: repr(getattr(corpus, f.name)) for f in dataclasses.fields(Corpus)}
    shot["articles_internal"] = repr([(a.text, a.path, a.extra) for a in corpus.articles])
    shot["facts"] = repr(corpus.facts)
    return shot


def folder_state(folder: Path) -> list[tuple[str, int, int, str]]:
    return sorted((str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns,
                   hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir")
                  for p in folder.rglob("*"))




def fresh(folder: Path) -> dict[str, str]:
    return snapshot(load_corpus(folder, use_cache=False))


def analysed() -> list[str]:
    """The article files the last index build analysed."""
    from sco_digital.index import build

    return [] if build.last_report is None else sorted(build.last_report.analysed)


def env(home: Path, **extra: str) -> dict[str, str]:
    found = {k: v for k, v in os.environ.items() if not k.startswith("SCO_DIGITAL")}
    found.update(SCO_DIGITAL_CACHE_DIR=str(home), PYTHONPATH=str(REPO), **extra)
    return found


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache dir for one test; the racy window off, so that stat is trusted at once."""
    from sco_digital.index import warm

    home = tmp_path / "cache"
    monkeypatch.setenv("SCO_DIGITAL_CACHE_DIR", str(home))
    monkeypatch.delenv("SCO_DIGITAL_NO_CACHE", raising=False)
    monkeypatch.setattr(warm, "RACY_NS", 0)
    return home
