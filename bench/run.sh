#!/usr/bin/env bash
# The whole benchmark, from a fresh clone: bench/run.sh   (about 10 minutes; see docs/performance.md)
# Needs the local PostgreSQL (127.0.0.1:5432, user postgres), Node.js/npm, and root to install wrk if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/bench.py "$@"
