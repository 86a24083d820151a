#!/usr/bin/env bash
# Two Parley instances against one PostgreSQL: what one writes, the other reads.
# Usage: .ci/two-instances.sh   (run by .ci/run; needs the local PostgreSQL at 127.0.0.1:5432, user postgres)
#
# Instance A starts on an empty database and writes the bundled dataset into it; instance B, started next on
# the same database, must find that data (and not load it again) and answer the same as A. Then an editor
# writes a statement through A's GraphQL API and B must serve it. A trusts the development key for this test;
# B trusts no key, so a write sent to B is refused: a production instance without a key is read-only. A subscriber
# on B hears of the write made through A.
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
start() { # name port [public key]
  env ${3:+MP_JWT_VERIFY_PUBLICKEY_LOCATION=$3} PORT=$2 PARLEY_DB_KIND=postgresql PARLEY_DB_URL="$base/$db" PARLEY_DB_USER=${PARLEY_TEST_PG_USER:-postgres} \
    java -jar target/two-instances/quarkus-run.jar > "target/two-instances/$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 600); do curl -sf -o /dev/null "localhost:$2/q/health/ready" && return; sleep 0.1; done
  echo "instance $1 did not start: see target/two-instances/$1.log"; exit 1
}
query='{"query":"{ talks(first: 5) { nodes { name rounds(first: 10) { number date delegations(first: 5) { party { name } head { name } redLines(first: 10) { text } } } } } }"}'
ask() { curl -sf "localhost:$1/graphql" -H 'Content-Type: application/json' -d "$query"; }
post() { # port body [token]
  curl -sf "localhost:$1/graphql" -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} -d "$2"
}

start a 18181 src/dev/jwt/public-key.pem
grep -q "Loaded dataset" target/two-instances/a.log || { echo "A did not write the dataset"; exit 1; }
start b 18182
grep -q "already holds data" target/two-instances/b.log || { echo "B loaded the dataset again instead of reading A's"; exit 1; }
a=$(ask 18181); b=$(ask 18182)
if [ "$a" = "$b" ] && echo "$b" | grep -q "Rustem Umerov"; then
  echo "OK: instance B reads what instance A wrote ($(echo "$b" | wc -c) bytes, identical answers)"
else
  echo "FAIL: the instances disagree"; echo "A: $a"; echo "B: $b"; exit 1
fi

ids=$(post 18181 '{"query":"{ rounds(first: 1) { nodes { id sources { id } } } }"}')
round=$(echo "$ids" | grep -o '"id":"[^"]*"' | sed -n 1p | cut -d'"' -f4)
source=$(echo "$ids" | grep -o '"id":"[^"]*"' | sed -n 2p | cut -d'"' -f4)
text="Written through instance A at $(date +%s)"
# A dashboard on B subscribes to the round's statements: the write through A must reach it (PostgreSQL LISTEN/NOTIFY)
java .ci/Subscribe.java ws://localhost:18182/graphql "$round" > target/two-instances/subscriber.out 2>&1 &
subscriber=$!
pids+=($subscriber)
for _ in $(seq 150); do grep -q subscribed target/two-instances/subscriber.out && break; sleep 0.1; done
grep -q subscribed target/two-instances/subscriber.out || { echo "FAIL: could not subscribe on B: $(cat target/two-instances/subscriber.out)"; exit 1; }
write='{"query":"mutation($i: StatementInput!) { createStatement(input: $i) { id createdBy } }","variables":{"i":{"round":"'$round'","speaker":"CI","text":"'$text'","direct":false,"sources":["'$source'"]}}}'
written=$(post 18181 "$write" "$(src/dev/jwt/mint-token.sh ci-editor editor)")
echo "$written" | grep -q '"createdBy":"ci-editor"' || { echo "FAIL: the write through A was refused: $written"; exit 1; }
post 18182 '{"query":"{ round(id: \"'$round'\") { statements { text } } }"}' | grep -q "$text" \
  || { echo "FAIL: B does not serve the statement written through A"; exit 1; }
wait $subscriber || { echo "FAIL: B's subscriber did not hear of the write through A: $(cat target/two-instances/subscriber.out)"; exit 1; }
grep -q "$text" target/two-instances/subscriber.out || { echo "FAIL: B's subscriber got another event: $(cat target/two-instances/subscriber.out)"; exit 1; }
echo "OK: a subscriber on B received the statement written through A"
refused=$(post 18182 "$write" "$(src/dev/jwt/mint-token.sh ci-editor editor)")
echo "$refused" | grep -q '"code":"UNAUTHENTICATED"' || { echo "FAIL: B, which trusts no key, accepted a write: $refused"; exit 1; }
echo "OK: a statement written through A's GraphQL API is served by B; B, with no key configured, refuses writes"
