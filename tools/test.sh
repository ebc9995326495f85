#!/usr/bin/env bash
# Runs diplo's whole test suite on a fresh machine: installs diplo and the test tools into .venv (Dask and
# psycopg included), Debian's Chromium for the browser test and Debian's PostgreSQL for the store's tests when
# they are missing, then pytest on every core. The tests start throwaway PostgreSQL servers themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
.venv/bin/python -m pip install --quiet --require-hashes -r requirements-test.lock
missing=()
command -v chromium >/dev/null || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
exec .venv/bin/python -m pytest -n "${DIPLO_TEST_WORKERS:-auto}" "$@"
