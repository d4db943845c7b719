"""The wheel carries the built-in corpus, byte for byte, and the library never imports click or rich."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        pytest.fail(result.stderr[-2000:])
    return next(out.glob("sco_digital-*.whl"))


def test_wheel_carries_the_corpus_byte_for_byte(wheel):
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        for path in sorted((REPO / "corpus").iterdir()):
            member = f"sco_digital/corpus/{path.name}"
            assert member in names, member
            assert zf.read(member) == path.read_bytes()


LIBRARY_MODULES = [p for p in (REPO / "sco_digital").rglob("*.py")
                   if not {"cli", "render"} & set(p.parts) and p.name != "__main__.py"]


@pytest.mark.parametrize("module", LIBRARY_MODULES, ids=lambda p: str(p.relative_to(REPO)))
def test_library_never_imports_click_or_rich(module):
    tree = ast.parse(module.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
            [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
        for name in names:
            assert name.split(".")[0] not in {"click", "rich"}, f"{module.name} imports {name}"


def test_json_query_imports_neither_rich_nor_yaml_nor_the_extractor():
    code = ("import sys; from sco_digital.cli import main\n"
            "try:\n    main(['facts', '--topic', 'talent', '--json'])\nexcept SystemExit:\n    pass\n"
            "bad = [m for m in sys.modules if m.startswith(('rich', 'sco_digital.extract'))]\n"
            "print('LOADED', bad)")
    # Twice: the first run may fill the cache; the second is the one the budget is about.
    for _ in range(2):
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "LOADED []" in result.stdout, result.stdout[-500:] + result.stderr[-500:]
