#!/usr/bin/env bash
# Runs diplo's whole test suite on a fresh machine: installs diplo and the test tools into .venv,
# Debian's Chromium for the browser test when it is missing, then pytest on every core.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
.venv/bin/python -m pip install --quiet --require-hashes -r requirements-test.lock
if ! command -v chromium >/dev/null && command -v apt-get >/dev/null; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium >/dev/null
fi
exec .venv/bin/python -m pytest -n "${DIPLO_TEST_WORKERS:-auto}" "$@"
