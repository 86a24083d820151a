#!/usr/bin/env python3
"""Parley benchmark for writes and for the questions across the record (search, compare, timeline, asOf).

Run from the repository root with `python3 bench/editing.py` after, or instead of, bench/run.sh: it reuses that
benchmark's build, synthetic dataset, database and wrk driver. Parley runs on PostgreSQL and on embedded H2 with
the synthetic dataset; writes are signed with the development key (trusted here through
MP_JWT_VERIFY_PUBLICKEY_LOCATION, for the benchmark only). Results go to docs/performance.md between the
bench-editing markers.
"""
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench as b  # noqa: E402

CONNECTIONS = [1, 16]


def main():
    b.ports_free()
    b.WORK.mkdir(parents=True, exist_ok=True)
    if not b.shutil.which("wrk"):
        b.run("apt-get update -qq && apt-get install -y -qq wrk")
    b.build()
    dataset = b.WORK / "synthetic.json"
    b.run(f"java src/test/java/org/parley/dataset/SyntheticDataset.java {dataset} {b.SIZES}")
    b.psql(f"drop database if exists {b.DB} with (force)")
    b.psql(f"create database {b.DB}")
    b.psql(f"alter database {b.DB} set jit = off")
    pg_url = b.PG_ADMIN.rsplit("/", 1)[0].replace("postgres://", "jdbc:postgresql://").split("@")[-1]
    key = {"MP_JWT_VERIFY_PUBLICKEY_LOCATION": str(b.ROOT / "src/dev/jwt/public-key.pem"), "PARLEY_DB_POOL_MAX": "16",
           "PARLEY_DATASET_PATH": str(dataset)}
    token = editor_token()
    servers = {}
    results = []
    try:
        servers["parley-pg"] = b.start_parley("parley-pg", b.WORK / "parley-pg", dict(key, PARLEY_DB_KIND="postgresql",
                                              PARLEY_DB_URL=f"jdbc:postgresql://{pg_url}/{b.DB}", PARLEY_DB_USER="postgres"))
        b.wait_ready(b.PORTS["parley-pg"], servers["parley-pg"])
        b.psql("vacuum analyze", b.DB)
        servers["parley-h2"] = b.start_parley("parley-h2", b.ROOT / "target" / "quarkus-app",
                                              dict(key, PARLEY_DB_URL="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1"))
        b.wait_ready(b.PORTS["parley-h2"], servers["parley-h2"])
        for server in ["parley-pg", "parley-h2"]:
            port = b.PORTS[server]
            ids = b.post(port, '{ conflicts(first: 1) { nodes { id } } rounds(first: 1) { nodes { id sources { id } } } '
                               'parties(first: 1) { nodes { id } } }')
            conflict = ids["conflicts"]["nodes"][0]["id"]
            round_ = ids["rounds"]["nodes"][0]
            party = ids["parties"]["nodes"][0]["id"]
            cells = {  # the write last, so that every read sees the dataset as loaded
                "search (2 words)": ("""query($t: String!) { search(text: $t, first: 10) { totalCount
                                        nodes { type rank excerpt } } }""", {"t": "synthetic 4711"}, None),
                "compare": ("""query($c: ID!) { compare(conflict: $c, topic: TERRITORY) { verdict
                               stances { party { name } positions { kind text } } findings { rule explanation } } }""",
                            {"c": conflict}, None),
                "timeline": ("""query($c: ID!) { timeline(conflict: $c, first: 100) { totalCount nodes { date kind title } } }""",
                             {"c": conflict}, None),
                "party positions asOf": ("""query($p: ID!) { party(id: $p) { positions(asOf: "2024-06") { text }
                                            redLines(asOf: "2024-06") { text } } }""", {"p": party}, None),
                "createStatement": ("""mutation($i: StatementInput!) { createStatement(input: $i) { id version } }""",
                                    {"i": {"round": round_["id"], "speaker": "Bench", "text": "A statement written by the "
                                           "benchmark.", "direct": False, "sources": [round_["sources"][0]["id"]]}}, token),
            }
            for name, (query, variables, auth) in cells.items():
                answer = b.post(port, query, variables) if auth is None else None
                size = len(json.dumps(answer)) if answer is not None else 0
                for connections in CONNECTIONS:
                    if not b.wait_idle(servers[server]):
                        b.log(f"{server} still busy before {name}")
                    r = b.wrk(port, query, variables, connections, headers={"Authorization": f"Bearer {auth}"} if auth else None)
                    b.log(server, name, connections, r)
                    results.append((name, server, connections, r, size))
    finally:
        for process in servers.values():
            process.terminate()
        for process in servers.values():
            process.wait(timeout=30)
    write_report(results)
    durability_cost(token)


def durability_cost(token):
    """createStatement on an H2 file: each commit written before it is acknowledged (Parley's setting, WRITE_DELAY=0)
    against H2's default of writing up to 500 ms behind the commit, which a killed process loses."""
    results = []
    port = b.PORTS["parley-h2"]
    for name, delay in [("parley-h2-file", "0"), ("parley-h2-file (WRITE_DELAY=500)", "500")]:
        folder = b.WORK / "h2-file"
        b.shutil.rmtree(folder, ignore_errors=True)
        process = b.start_parley("parley-h2-file", b.ROOT / "target" / "quarkus-app",
                                 {"MP_JWT_VERIFY_PUBLICKEY_LOCATION": str(b.ROOT / "src/dev/jwt/public-key.pem"),
                                  "PARLEY_DB_URL": f"jdbc:h2:file:{folder}/parley"}, port=port,
                                 jvm_args=[f"-Dquarkus.datasource.jdbc.additional-jdbc-properties.WRITE_DELAY={delay}"])
        try:
            b.wait_ready(port, process)
            round_ = b.post(port, "{ rounds(first: 1) { nodes { id sources { id } } } }")["rounds"]["nodes"][0]
            query = "mutation($i: StatementInput!) { createStatement(input: $i) { id version } }"
            variables = {"i": {"round": round_["id"], "speaker": "Bench", "text": "A statement written by the benchmark.",
                               "direct": False, "sources": [round_["sources"][0]["id"]]}}
            for connections in CONNECTIONS:
                b.wait_idle(process)
                r = b.wrk(port, query, variables, connections, headers={"Authorization": f"Bearer {token}"})
                b.log(name, "createStatement", connections, r)
                results.append((name, connections, r))
        finally:
            process.terminate()
            process.wait(timeout=30)
    lines = [f"Run of {date.today().isoformat()} on {b.machine()}.", "",
             "`createStatement` (a statement and its citation, as editor) on an H2 file holding the bundled dataset, "
             f"wrk, {b.WARMUP} s warm-up then {b.DURATION} s per cell, pool of 8, `-Xmx2g`.", "",
             "| H2 setting | conn | req/s | p50 ms | p99 ms | errors |", "|---|---|---|---|---|---|"]
    for name, connections, r in results:
        setting = "WRITE_DELAY=500 (H2's default: a killed process loses the last 0.5 s)" if "500" in name \
            else "WRITE_DELAY=0 (Parley's: each commit written before the answer)"
        lines.append(f"| {setting} | {connections} | {r['rps']:.1f} | {r['p50']:.1f} | {r['p99']:.1f} | {r['errors']} |")
    report = "\n".join(lines)
    print(report)
    b.write_section("bench-durability", report, "What durability costs on H2")


def write_report(results):
    lines = [f"Run of {date.today().isoformat()} on {b.machine()}.", "",
             f"Dataset: `SyntheticDataset {b.SIZES}`. Load: wrk, {b.WARMUP} s warm-up then {b.DURATION} s per cell; "
             "pool of 16, `-Xmx2g`. `createStatement` writes one statement and its citation per request, as editor. "
             "`parley-h2` is H2 in memory; `parley-h2-file` an H2 file with the bundled dataset, each commit written "
             "before it is acknowledged (the default since #13), against H2's own default of writing up to 500 ms behind.",
             "", "| request | server | conn | req/s | p50 ms | p99 ms | errors | answer bytes |", "|---|---|---|---|---|---|---|---|"]
    for name, server, connections, r, size in results:
        p50, p99 = (f"{r['p50']:.1f}", f"{r['p99']:.1f}") if r["rps"] > 0 else ("–", "–")
        lines.append(f"| {name} | {server} | {connections} | {r['rps']:.1f} | {p50} | {p99} | {r['errors']} | "
                     f"{size or '–'} |")
    report = "\n".join(lines)
    print(report)
    b.write_section("bench-editing", report)


def write_cost(database, builds, token, runs=int(b.os.environ.get("BENCH_RUNS", "3"))):
    """createStatement against each build ({label: quarkus-app folder}, each built for {database}: `postgresql` or
    `h2-file`) holding the bundled dataset, the builds alternating run by run so that a drift of the machine hits
    them alike: what a change to the write path costs, measured in one session."""
    results = []
    pg_url = b.PG_ADMIN.rsplit("/", 1)[0].replace("postgres://", "jdbc:postgresql://").split("@")[-1]
    port = b.PORTS["parley-pg"]
    for run_number in range(1, runs + 1):
        for label, app in builds.items():
            env = {"MP_JWT_VERIFY_PUBLICKEY_LOCATION": str(b.ROOT / "src/dev/jwt/public-key.pem"), "PARLEY_DB_POOL_MAX": "16"}
            if database == "postgresql":
                b.psql(f"drop database if exists {b.DB} with (force)")
                b.psql(f"create database {b.DB}")
                env.update(PARLEY_DB_KIND="postgresql", PARLEY_DB_URL=f"jdbc:postgresql://{pg_url}/{b.DB}",
                           PARLEY_DB_USER="postgres")
            else:
                folder = b.WORK / "h2-file"
                b.shutil.rmtree(folder, ignore_errors=True)
                env["PARLEY_DB_URL"] = f"jdbc:h2:file:{folder}/parley"
            process = b.start_parley("parley-write-cost", Path(app), env, port=port)
            try:
                b.wait_ready(port, process)
                round_ = b.post(port, "{ rounds(first: 1) { nodes { id sources { id } } } }")["rounds"]["nodes"][0]
                query = "mutation($i: StatementInput!) { createStatement(input: $i) { id version } }"
                variables = {"i": {"round": round_["id"], "speaker": "Bench", "text": "A statement written by the "
                                   "benchmark.", "direct": False, "sources": [round_["sources"][0]["id"]]}}
                for connections in CONNECTIONS:
                    b.wait_idle(process)
                    r = b.wrk(port, query, variables, connections, headers={"Authorization": f"Bearer {token}"})
                    b.log(label, database, "createStatement", connections, run_number, r)
                    results.append((label, database, connections, run_number, r))
            finally:
                process.terminate()
                process.wait(timeout=30)
    lines = [f"Run of {date.today().isoformat()} on {b.machine()}.", "",
             "`createStatement` (a statement and its citation, as editor) on the bundled dataset, wrk, "
             f"{b.WARMUP} s warm-up then {b.DURATION} s per cell, pool of 16, `-Xmx2g`; builds alternating, "
             f"{runs} runs each, on {database}. Builds: " + ", ".join(f"`{label}`" for label in builds) + ".", "",
             "| build | database | conn | run | req/s | p50 ms | p99 ms | errors |", "|---|---|---|---|---|---|---|---|"]
    for label, database, connections, run_number, r in sorted(results, key=lambda x: (x[1], x[2], x[0], x[3])):
        lines.append(f"| {label} | {database} | {connections} | {run_number} | {r['rps']:.1f} | {r['p50']:.1f} | "
                     f"{r['p99']:.1f} | {r['errors']} |")
    report = "\n".join(lines)
    print(report)
    b.write_section(f"bench-write-cost-{database}", report, f"What a write-path change costs ({database})")


def editor_token():
    return subprocess.run(["src/dev/jwt/mint-token.sh", "bench-editor", "editor", "7200"], cwd=b.ROOT,
                          check=True, capture_output=True, text=True).stdout.strip()


if __name__ == "__main__":
    if sys.argv[1:2] == ["write-cost"]:  # postgresql|h2-file label=quarkus-app folder built for it ...
        b.WORK.mkdir(parents=True, exist_ok=True)
        sys.exit(write_cost(sys.argv[2], dict(arg.split("=", 1) for arg in sys.argv[3:]), editor_token()))
    if sys.argv[1:] == ["durability"]:  # only the cost of durable commits on an H2 file
        b.WORK.mkdir(parents=True, exist_ok=True)
        b.run("./mvnw -q -B -DskipTests package")
        sys.exit(durability_cost(editor_token()))
    sys.exit(main())
