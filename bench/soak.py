#!/usr/bin/env python3
"""Parley soak: 64 clients reading and writing for a few minutes against a server in a small heap.

Run from the repository root with `python3 bench/soak.py` (BENCH_SOAK_SECONDS, default 180; BENCH_SOAK_NMT=1 adds the
JVM's native memory tracking, to see what grows outside the heap). It builds Parley for
PostgreSQL and for embedded H2 (bench.py's build), starts each with `-Xmx256m` on a fresh database (PostgreSQL; an H2
file under target/bench) with the bundled dataset, and drives 64 client threads, each with its own keep-alive
connection: three reads in four (the canonical nested query, a round by id, a page of positions, a search, in turn)
and one write in four (createStatement, as an editor). It counts every HTTP failure and every answer carrying
`errors`, samples the server's RSS every 5 s, then reads back every statement whose creation was acknowledged and
counts those missing. The figures go to docs/performance.md between the bench-soak markers.
"""
import http.client
import json
import os
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench as b  # noqa: E402

SECONDS = int(os.environ.get("BENCH_SOAK_SECONDS", "180"))
# BENCH_SOAK_NMT=1: Native Memory Tracking, baseline after 30 s, the difference at the end in target/bench/soak-*-nmt.txt
NMT = os.environ.get("BENCH_SOAK_NMT") == "1"
CLIENTS = 64
HEAP = "256m"
READS = {
    "canonical": """{ talks(first: 20) { totalCount nodes { name rounds(first: 10) { number date city
        delegations(first: 5) { party { name } head { name } members(first: 5) { name }
          redLines(first: 10) { topic text sources(first: 3) { url } } }
        outcomes(first: 5) { kind description } } } } }""",
    "round": """query($id: ID!) { round(id: $id) { number date city status
        delegations { party { name } head { name } } outcomes { kind } statements(first: 5) { text } } }""",
    "positions": """{ positions(first: 20) { totalCount nodes { text statedOn party { name } } } }""",
    "search": """{ search(text: "soak prisoners", first: 10) { nodes { type excerpt } } }""",
}
WRITE = """mutation($i: StatementInput!) { createStatement(input: $i) { id } }"""


class Client(threading.Thread):
    """One client: its own connection, a rotation of three reads and a write, until the deadline."""

    def __init__(self, n, port, deadline, round_, source, token, run):
        super().__init__(daemon=True)
        self.n, self.port, self.deadline = n, port, deadline
        self.round, self.source, self.token, self.run_id = round_, source, token, run
        self.requests = self.errors = 0
        self.acknowledged = []
        self.failures = []

    def run(self):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        reads = list(READS.items())
        i = 0
        while time.time() < self.deadline:
            i += 1
            if i % 4 == 0:
                text = f"Soak {self.run_id} client {self.n} statement {i}"
                body = {"query": WRITE, "variables": {"i": {"round": self.round, "speaker": "Soak", "text": text,
                                                            "direct": False, "sources": [self.source]}}}
                headers = {"Content-Type": "application/json", "Authorization": f"Bearer {self.token}"}
            else:
                name, query = reads[(i + self.n) % len(reads)]
                body = {"query": query, "variables": {"id": self.round} if name == "round" else {}}
                headers = {"Content-Type": "application/json"}
            self.requests += 1
            try:
                connection.request("POST", "/graphql", json.dumps(body), headers)
                response = connection.getresponse()
                answer = json.loads(response.read())
                if response.status != 200 or answer.get("errors"):
                    self.errors += 1
                    self.failures.append(f"{response.status} {json.dumps(answer)[:300]}")
                elif i % 4 == 0:
                    self.acknowledged.append(answer["data"]["createStatement"]["id"])
            except Exception as e:  # noqa: BLE001 - every failure counts
                self.errors += 1
                self.failures.append(repr(e))
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)


def soak(name, port, process):
    token = subprocess.run(["src/dev/jwt/mint-token.sh", "soak-editor", "editor", "7200"], cwd=b.ROOT,
                           check=True, capture_output=True, text=True).stdout.strip()
    ids = b.post(port, "{ rounds(first: 1) { nodes { id sources(first: 1) { id } } } }")
    round_ = ids["rounds"]["nodes"][0]
    run_id = str(int(time.time()))
    deadline = time.time() + SECONDS
    clients = [Client(n, port, deadline, round_["id"], round_["sources"][0]["id"], token, run_id) for n in range(CLIENTS)]
    rss = [b.rss_mb(process.pid)]
    for client in clients:
        client.start()
    baseline_at = time.time() + 30  # after warm-up: what grows from there on
    while time.time() < deadline:
        time.sleep(5)
        rss.append(b.rss_mb(process.pid))
        if NMT and baseline_at and time.time() >= baseline_at:
            subprocess.run(["jcmd", str(process.pid), "VM.native_memory", "baseline"], capture_output=True)
            baseline_at = None
    if NMT:
        diff = subprocess.run(["jcmd", str(process.pid), "VM.native_memory", "summary.diff", "scale=MB"],
                              capture_output=True, text=True).stdout
        (b.WORK / f"soak-{name}-nmt.txt").write_text(diff)
        b.log(name, "native memory since the baseline:", "\n" + diff)
    for client in clients:
        client.join(60)
    acknowledged = [i for c in clients for i in c.acknowledged]
    missing = 0
    for start in range(0, len(acknowledged), 25):  # 25 aliases a request, under the alias limit
        chunk = acknowledged[start:start + 25]
        query = "{ " + " ".join(f'n{k}: node(id: "{i}") {{ id }}' for k, i in enumerate(chunk)) + " }"
        body = json.dumps({"query": query}).encode()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request("POST", "/graphql", body, {"Content-Type": "application/json"})
        answer = json.loads(connection.getresponse().read())
        found = {v["id"] for v in (answer.get("data") or {}).values() if v}
        missing += len(set(chunk) - found)
    requests = sum(c.requests for c in clients)
    errors = sum(c.errors for c in clients)
    failures = [f for c in clients for f in c.failures][:5]
    result = {"server": name, "requests": requests, "rps": requests / SECONDS, "errors": errors, "writes": len(acknowledged),
              "missing": missing, "rss": rss, "failures": failures}
    b.log(name, {k: v for k, v in result.items() if k != "rss"}, f"RSS every 5 s: {rss}")
    return result


def main():
    b.ports_free()
    b.WORK.mkdir(parents=True, exist_ok=True)
    b.build()
    b.psql("drop database if exists parley_soak with (force)")
    b.psql("create database parley_soak")
    pg_url = b.PG_ADMIN.rsplit("/", 1)[0].replace("postgres://", "jdbc:postgresql://").split("@")[-1]
    h2_dir = b.WORK / "soak-h2"
    subprocess.run(["rm", "-rf", str(h2_dir)], check=True)
    key = {"MP_JWT_VERIFY_PUBLICKEY_LOCATION": str(b.ROOT / "src/dev/jwt/public-key.pem")}
    setups = {
        "parley-pg": (b.WORK / "parley-pg", dict(key, PARLEY_DB_KIND="postgresql", PARLEY_DB_URL=f"jdbc:postgresql://{pg_url}/parley_soak",
                                                  PARLEY_DB_USER="postgres")),
        "parley-h2": (b.ROOT / "target" / "quarkus-app", dict(key, PARLEY_DB_URL=f"jdbc:h2:file:{h2_dir}/parley")),
    }
    results = []
    for name, (app, env) in setups.items():
        process = b.start_parley(name, app, env, heap=HEAP,
                                 jvm_args=["-XX:NativeMemoryTracking=summary"] if NMT else ())
        try:
            b.wait_ready(b.PORTS[name], process)
            results.append(soak(name, b.PORTS[name], process))
        finally:
            process.terminate()
            process.wait(timeout=60)
    write_report(results)
    return 0 if all(r["errors"] == 0 and r["missing"] == 0 for r in results) else 1


def write_report(results):
    lines = [f"Run of {date.today().isoformat()} on {b.machine()}.", "",
             f"bench/soak.py: {CLIENTS} clients for {SECONDS} s, each on its own keep-alive connection, three reads in four "
             "(canonical nested query, round by id with its statements, positions page, search) and one `createStatement` in "
             f"four; `-Xmx{HEAP}`, pool of 8 (the default), bundled dataset growing with the writes. Errors count HTTP "
             "failures and answers carrying `errors`; every acknowledged statement is read back by id at the end."
             + (" Native Memory Tracking on (`-XX:NativeMemoryTracking=summary`)." if NMT else "")
             + (f" `MALLOC_ARENA_MAX={os.environ['MALLOC_ARENA_MAX']}`." if os.environ.get("MALLOC_ARENA_MAX") else ""), "",
             "| server | requests | req/s | errors | writes acknowledged | missing after | RSS MB at start, then every 30 s |",
             "|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['server']} | {r['requests']} | {r['rps']:.1f} | {r['errors']} | {r['writes']} | {r['missing']} | "
                     f"{' → '.join(str(m) for m in r['rss'][::6])} |")
    for r in results:
        if r["failures"]:
            lines += ["", f"First failures on {r['server']}: " + "; ".join(f"`{f[:200]}`" for f in r["failures"])]
    report = "\n".join(lines)
    print(report)
    b.write_section("bench-soak", report, "Soak")


if __name__ == "__main__":
    sys.exit(main())
