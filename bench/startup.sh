#!/usr/bin/env bash
# Time from process start to the first correct answer to the canonical query (HTTP 200, no error, the bundled
# dataset's delegations in it), and the process's RSS right after it: median of RUNS starts (default 5), bundled
# dataset in memory (H2 mem), as a read-only serverless instance runs.
# Usage: bench/startup.sh [runs]
#   MODE=jvm     (default) target/quarkus-app on the default java (JDK 17)
#   MODE=aot     JDK 25 AOT cache: the application built in target/aot-build on Temurin 25, trained by the
#                integration tests, started with -XX:AOTCache=app.aot; built when missing
#   MODE=native  the native executable target/native-h2-runner (NATIVE= another), built for H2 with the shared
#                toolchain when missing
#   JAVA_OPTS    extra JVM flags, NATIVE_OPTS extra flags of the executable (-Xmx64m); LABEL the row's label
# Prints one Markdown table row; bench/run.sh collects the rows into docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${BENCH_PORT:-18080}
mode=${MODE:-jvm}
java25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

case "$mode" in
  jvm)
    [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B -DskipTests package
    cmd=(java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar) ;;
  aot)
    # Quarkus keeps the application's own path in the cache: it is built and trained apart, where it then runs
    aot=target/aot-build
    if [ ! -f "$aot/target/quarkus-app/app.aot" ]; then
      rm -rf "$aot" && mkdir -p "$aot" && cp -a mvnw .mvn pom.xml src docs "$aot/"
      # Quarkus records the cache while the integration tests drive the packaged application
      (cd "$aot" && env -u PARLEY_DB_KIND JAVA_HOME="$java25" ./mvnw -q -B verify -Dquarkus.package.jar.aot.enabled=true -DskipUnitTests)
    fi
    cmd=("$java25/bin/java" -XX:AOTCache="$aot/target/quarkus-app/app.aot" ${JAVA_OPTS:-} -jar "$aot/target/quarkus-app/quarkus-run.jar") ;;
  native)
    runner=${NATIVE:-target/native-h2-runner}
    if [ ! -x "$runner" ]; then
      graalvm=$(.ci/graalvm-home)
      PARLEY_DB_KIND=h2 ./mvnw -q -B package -DskipTests -Dnative -Dquarkus.native.graalvm-home="$graalvm" -Dquarkus.native.native-image-xmx=8g
      cp target/parley-*-runner "$runner"
    fi
    cmd=("$runner" ${NATIVE_OPTS:-}) ;;
  *) echo "MODE must be jvm, aot or native" >&2; exit 2 ;;
esac

query='{"query":"{ talks(first: 20) { totalCount nodes { name rounds(first: 10) { number date city delegations(first: 5) { party { name } head { name } members(first: 5) { name } redLines(first: 10) { topic text sources(first: 3) { url } } } outcomes(first: 5) { kind description } } } } }"}'
answer=target/bench-startup-answer.json
correct() {
  curl -s -o "$answer" -w '%{http_code}' -H 'Content-Type: application/json' -d "$query" "localhost:$port/graphql" 2>/dev/null \
    | grep -q '^200$' && ! grep -q '"errors"' "$answer" && grep -q 'Rustem Umerov' "$answer"
}

times=(); rss=(); first=""
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  PORT=$port PARLEY_DB_URL="jdbc:h2:mem:bench$i;DB_CLOSE_DELAY=-1" "${cmd[@]}" > target/bench-startup.log 2>&1 &
  pid=$!
  until correct; do
    kill -0 "$pid" 2>/dev/null || { echo "the application stopped: see target/bench-startup.log" >&2; exit 1; }
    sleep 0.002
  done
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
  rss+=($(( $(ps -o rss= -p "$pid") / 1024 )))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  # Every start gives the same answer
  if [ -z "$first" ]; then first=$(cat "$answer"); elif [ "$first" != "$(cat "$answer")" ]; then
    echo "start $i answered differently from start 1" >&2; exit 1
  fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "| ${LABEL:-$mode} | $(median "${times[@]}") ms | $(median "${rss[@]}") MB | ${times[*]} |"
