#!/bin/sh
# The browser extra in a venv of its own: installs '.[web,test]' and runs tests/test_web.py.
# In CI (CI set) a missing Chromium is installed with apt when apt is there; failing that, the
# browser test is skipped, not failed. Screenshots go to $SCO_DIGITAL_ARTIFACTS
# (default /tmp/sco-digital-artifacts): keep that folder as the job's artefact.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV="${SCO_DIGITAL_WEB_VENV:-$(mktemp -d)/venv}"
export SCO_DIGITAL_ARTIFACTS="${SCO_DIGITAL_ARTIFACTS:-/tmp/sco-digital-artifacts}"
export SCO_DIGITAL_CACHE_DIR="${SCO_DIGITAL_CACHE_DIR:-$(mktemp -d)}"
mkdir -p "$SCO_DIGITAL_ARTIFACTS"

if [ -n "${CI:-}" ] && ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo -n"; fi
    { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium; } >/dev/null 2>&1 \
        || echo "web.sh: could not install chromium; the browser test will be skipped" >&2
fi

"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q '.[web,test]'
# Run from a folder of its own so the installed package, not the checkout, is tested.
TESTS="$(pwd)/tests"
cd "$(mktemp -d)"
"$VENV/bin/python" -m pytest -q -p no:cacheprovider --rootdir "$TESTS" "$TESTS/test_web.py"
echo "web.sh: screenshots in $SCO_DIGITAL_ARTIFACTS" >&2
