#!/usr/bin/env bash
# Installs Synapse (the Matrix homeserver) from PyPI into its own virtualenv at
# .cache/synapse-venv, for the Matrix delivery test. Synapse pins many packages,
# so it never goes into the project's .venv. Idempotent: a working install is kept.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
venv="${SYNAPSE_VENV:-$root/.cache/synapse-venv}"
python="${PYTHON:-python3}"

if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import synapse.app.homeserver" 2>/dev/null; then
    echo "synapse already installed in $venv"
    exit 0
fi

mkdir -p "$(dirname "$venv")"
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet "matrix-synapse>=1.100"
"$venv/bin/python" -c "import synapse; print('synapse', synapse.__version__, 'installed in $venv')"
