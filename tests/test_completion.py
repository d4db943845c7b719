"""Shell completion through click's mechanism: commands, article ids, topics, actors."""

from __future__ import annotations

import os
import subprocess
import sys


def _complete(words: str) -> list[str]:
    env = {**os.environ, "_SCO_DIGITAL_COMPLETE": "bash_complete", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))}
    result = subprocess.run([sys.executable, "-c", "from sco_digital.cli import main; main()"], env=env,
                            capture_output=True, text=True, timeout=60)
    return [line.split(",", 1)[1] for line in result.stdout.splitlines() if "," in line]


def test_commands_complete():
    assert {"facts", "figures"} <= set(_complete("sco-digital f"))


def test_article_ids_complete():
    assert _complete("sco-digital show 00") == ["000", "001", "002", "003", "004"]


def test_topics_complete():
    assert _complete("sco-digital facts --topic ta") == ["talent"]


def test_actor_ids_complete():
    assert "xiong-jijun" in _complete("sco-digital actors xi")
