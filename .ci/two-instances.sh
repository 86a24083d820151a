#!/usr/bin/env bash
# Two Parley instances against one PostgreSQL: what one writes, the other reads.
# Usage: .ci/two-instances.sh   (run by .ci/run; needs the local PostgreSQL at 127.0.0.1:5432, user postgres)
#
# Instance A starts on an empty database and writes the bundled dataset into it; instance B, started next on
# the same database, must find that data (and not load it again) and answer the same as A. Until mutations
# exist, the dataset load is the write; once they do, this script will write through A's GraphQL API too.
set -euo pipefail
cd "$(dirname "$0")/.."
db=parley_two_instances
pg=${PARLEY_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:5432/postgres}
base=${pg%/*}
psql "postgres://${PARLEY_TEST_PG_USER:-postgres}@${base#jdbc:postgresql://}/postgres" -qc "drop database if exists $db with (force)" -c "create database $db"
PARLEY_DB_KIND=postgresql ./mvnw -q -B -DskipTests package
rm -rf target/two-instances && cp -a target/quarkus-app target/two-instances

pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; }
trap cleanup EXIT
start() { # name port
  PORT=$2 PARLEY_DB_KIND=postgresql PARLEY_DB_URL="$base/$db" PARLEY_DB_USER=${PARLEY_TEST_PG_USER:-postgres} \
    java -jar target/two-instances/quarkus-run.jar > "target/two-instances/$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 600); do curl -sf -o /dev/null "localhost:$2/q/health/ready" && return; sleep 0.1; done
  echo "instance $1 did not start: see target/two-instances/$1.log"; exit 1
}
query='{"query":"{ talks { nodes { name rounds { number date delegations { party { name } head { name } redLines { text } } } } } }"}'
ask() { curl -sf "localhost:$1/graphql" -H 'Content-Type: application/json' -d "$query"; }

start a 18181
grep -q "Loaded dataset" target/two-instances/a.log || { echo "A did not write the dataset"; exit 1; }
start b 18182
grep -q "already holds data" target/two-instances/b.log || { echo "B loaded the dataset again instead of reading A's"; exit 1; }
a=$(ask 18181); b=$(ask 18182)
if [ "$a" = "$b" ] && echo "$b" | grep -q "Rustem Umerov"; then
  echo "OK: instance B reads what instance A wrote ($(echo "$b" | wc -c) bytes, identical answers)"
else
  echo "FAIL: the instances disagree"; echo "A: $a"; echo "B: $b"; exit 1
fi
