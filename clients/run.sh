#!/usr/bin/env bash
# The client tests (clients/test) against the packaged application: starts target/quarkus-app on an in-memory H2
# database with the bundled data, trusting the development token key, runs `npm test`, stops it.
# Run after `./mvnw package` (or verify). Versions are pinned by package-lock.json (npm ci).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)
port=${PARLEY_CLIENTS_PORT:-18080}
jar="$root/target/quarkus-app/quarkus-run.jar"
[ -f "$jar" ] || { echo "no $jar: run ./mvnw package first" >&2; exit 1; }

npm ci --no-audit --no-fund --loglevel=error

log=$(mktemp)
PORT=$port PARLEY_DB_URL="jdbc:h2:mem:clients;DB_CLOSE_DELAY=-1" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$root/src/dev/jwt/public-key.pem" \
  java -jar "$jar" > "$log" 2>&1 &
app=$!
trap 'kill $app 2> /dev/null; wait $app 2> /dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -fs "http://localhost:$port/q/health/ready" > /dev/null; then break; fi
  if ! kill -0 $app 2> /dev/null; then cat "$log" >&2; exit 1; fi
  sleep 0.5
done
curl -fs "http://localhost:$port/q/health/ready" > /dev/null || { echo "Parley did not start" >&2; cat "$log" >&2; exit 1; }

PARLEY_URL="http://localhost:$port" npm test
