"""sco-digital: sourced records of digital cooperation among SCO countries, from news articles.

    >>> from sco_digital import load_corpus, search
    >>> corpus = load_corpus()          # the built-in corpus
    >>> corpus.figures[0].evidence.quote
    >>> search(corpus, "talent")[0].quote

Everything here is imported on first use: `import sco_digital` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["load_corpus", "compare", "search", "timeline", "analyse_text", "Corpus", "__version__"]

if TYPE_CHECKING:
    from .compare import compare
    from .corpus import Corpus
    from .load import load_corpus
    from .analyse_api import analyse_text
    from .search import search
    from .timeline import build_timeline as timeline

# name -> (module, attribute)
_LAZY = {
    "load_corpus": ("sco_digital.load", "load_corpus"),
    "Corpus": ("sco_digital.corpus", "Corpus"),
    "compare": ("sco_digital.compare", "compare"),
    "search": ("sco_digital.search", "search"),
    "timeline": ("sco_digital.timeline", "build_timeline"),
    "analyse_text": ("sco_digital.analyse_api", "analyse_text"),
}


def __getattr__(name: str) -> Any:
    found = _LAZY.get(name)
    if found is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(found[0]), found[1])


def _install_functions() -> None:
    """`compare`, `search` and `timeline` are functions of the package and also the names of its
    modules: importing a module would set the package attribute to the module, shadowing the
    function. A property on the package's module class keeps the function in front (the
    modules stay reachable as `sys.modules["sco_digital.compare"]` and by `from .compare import`)."""
    import sys
    import types

    def function(name: str) -> property:
        return property(lambda _self: __getattr__(name), lambda _self, _module: None)

    class Package(types.ModuleType):
        compare = function("compare")
        search = function("search")
        timeline = function("timeline")

    sys.modules[__name__].__class__ = Package


_install_functions()
