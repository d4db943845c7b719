"""sco-digital: sourced records of digital cooperation among SCO countries, from news articles.

    >>> from sco_digital import load_corpus
    >>> corpus = load_corpus()          # the built-in corpus
    >>> corpus.figures[0].evidence.quote
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["load_corpus", "Corpus", "analyse_text", "__version__"]

if TYPE_CHECKING:
    from .analyse_api import analyse_text
    from .corpus import Corpus
    from .load import load_corpus


def __getattr__(name: str) -> Any:
    # Lazy: `import sco_digital` stays cheap; the loader (and yaml) come in only when used.
    if name == "load_corpus":
        from .load import load_corpus

        return load_corpus
    if name == "Corpus":
        from .corpus import Corpus

        return Corpus
    if name == "analyse_text":
        from .analyse_api import analyse_text

        return analyse_text
    raise AttributeError(name)
