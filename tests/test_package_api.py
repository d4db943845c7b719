"""The package's Python surface: `from sco_digital import load_corpus, compare, search, timeline,
analyse_text` gives functions, whatever was imported before."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_functions_stay_functions_after_their_modules_are_imported():
    code = ("import sco_digital.compare, sco_digital.search, sco_digital.timeline\n"
            "from sco_digital import load_corpus, compare, search, timeline, analyse_text\n"
            "corpus = load_corpus()\n"
            "print(round(compare(corpus, ['000', '001']).similarity, 2) > 0.5,\n"
            "      search(corpus, 'Fachkräfte')[0].article in ('000', '001', '003'),\n"
            "      len(timeline(corpus)) > 5,\n"
            "      analyse_text('Trade rose 9.3 percent.', article_id='x', language='en')['figures'][0]['value'])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["True", "True", "True", "9.3"], result.stderr[-2000:]


def test_importing_the_package_is_cheap():
    code = "import sys, sco_digital; print(sorted(m for m in sys.modules if m.startswith('sco_digital')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "['sco_digital']"


@pytest.mark.parametrize("bad", [{"published": "Ein Text"}, {"published": "2024-02-30"}, {"published": 20240713},
                                 {"language": "fr"}])
def test_analyse_text_refuses_what_it_cannot_read(bad):
    """A wrong date or language is the caller's error, named as such; never a crash inside."""
    from sco_digital import analyse_text
    from sco_digital.errors import UsageError

    with pytest.raises(UsageError, match="published|language"):
        analyse_text("Die Exporte stiegen um 5 Prozent.", article_id="a", **bad)
