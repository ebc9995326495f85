#!/usr/bin/env bash
# Installs diplo into .venv (Python 3.11, pinned and hashed dependencies from the package registry).
# `tools/setup.sh --scale` adds Dask (extraction on a cluster) and psycopg (a PostgreSQL store): docs/SCALE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
lock=requirements.lock
[ "${1:-}" = "--scale" ] && lock=requirements-scale.lock
python=${PYTHON:-python3.11}
command -v "$python" >/dev/null || python=python3
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade "pip>=24"
.venv/bin/python -m pip install --quiet --require-hashes -r "$lock"
.venv/bin/python -m pip install --quiet --no-deps -e .
echo "diplo is installed: .venv/bin/diplo --help" >&2
