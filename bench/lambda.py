#!/usr/bin/env python3
"""Runs the AWS Lambda function artefact (target/function.zip, native: ./mvnw package -Dlambda -Dnative) as Lambda's
custom runtime does, against a local stand-in for Lambda's runtime API, and checks its answers.

The function's `bootstrap` is unpacked and started with AWS_LAMBDA_RUNTIME_API pointing here; it polls
/2018-06-01/runtime/invocation/next, takes API Gateway HTTP API (payload 2.0) events and posts the response events
back. The events: a query, a persisted query by GET (unknown, registered by POST, then by GET with its ETag, then the
304), a mutation without a token, a bad request, the page at / and GraphiQL. Exit status 1 when an answer is not the expected one.

Prints the cold start (process start to the first response event) and the process's RSS after the last answer.
ROUNDS=5 starts the function that many times and prints the median cold start; FUNCTION_ARGS are given to the
executable (a native one takes -Xmx64m, -Xmn16m: what a `bootstrap` script of its own would pass).

    python3 bench/lambda.py [target/function.zip]
"""
import base64
import hashlib
import http.server
import json
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path
from urllib.parse import quote

PREFIX = "/2018-06-01/runtime"


def event(method, path, query="", body=None, headers=None):
    """An API Gateway HTTP API event (payload format 2.0), as Lambda hands it to the function."""
    all_headers = {"accept": "application/json", "user-agent": "bench/lambda.py"}
    all_headers.update(headers or {})
    e = {"version": "2.0", "routeKey": "$default", "rawPath": path, "rawQueryString": query, "headers": all_headers,
         "requestContext": {"accountId": "123456789012", "apiId": "local", "domainName": "localhost", "stage": "$default",
                            "requestId": str(time.time_ns()), "timeEpoch": int(time.time() * 1000),
                            "http": {"method": method, "path": path, "protocol": "HTTP/1.1", "sourceIp": "192.0.2.1",
                                     "userAgent": "bench/lambda.py"}},
         "isBase64Encoded": False}
    if body is not None:
        e["body"] = body
        all_headers["content-type"] = "application/json"
    return e


def requests():
    """(name, event or a function of the previous answers giving one, check of the answer)"""
    first_rounds = "query FirstRounds { rounds(first: 2) { nodes { number city } } }"
    apq = "query LambdaPersisted { rounds(first: 1) { nodes { city } } }"
    digest = hashlib.sha256(apq.encode()).hexdigest()
    extensions = json.dumps({"persistedQuery": {"version": 1, "sha256Hash": digest}}, separators=(",", ":"))
    by_get = "extensions=" + quote(extensions)
    get_headers = {"content-type": "application/json"}
    return [
        ("query", event("POST", "/graphql", body=json.dumps({"query": first_rounds})),
         lambda status, headers, body: status == 200 and body["data"]["rounds"]["nodes"][0] == {"number": 1, "city": "Istanbul"}),
        ("persisted query unknown by GET", event("GET", "/graphql", by_get, headers=get_headers),
         lambda status, headers, body: body["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"),
        ("persisted query registered by POST",
         event("POST", "/graphql", body=json.dumps({"query": apq, "extensions": json.loads(extensions)})),
         lambda status, headers, body: body["data"]["rounds"]["nodes"][0]["city"] == "Istanbul"),
        ("persisted query by GET", event("GET", "/graphql", by_get, headers=get_headers),
         lambda status, headers, body: status == 200 and body["data"]["rounds"]["nodes"][0]["city"] == "Istanbul"
         and "etag" in headers),
        ("the same GET revalidated", lambda answers: event("GET", "/graphql", by_get,
                                                            headers={**get_headers, "if-none-match": answers[-1][1]["etag"]}),
         lambda status, headers, body: status == 304),
        ("mutation without a token",
         event("POST", "/graphql", body=json.dumps({"query": 'mutation { createParty(input: {name: "x", kind: STATE}) { id } }'})),
         lambda status, headers, body: body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"),
        ("a body that is not JSON", event("POST", "/graphql", body='{"query": '),
         lambda status, headers, body: status == 400 and body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"),
        ("the page at /", event("GET", "/", headers={"accept": "text/html"}),
         lambda status, headers, body: status == 200 and "<title>Parley" in body),
        ("GraphiQL, sent to its starter document", event("GET", "/q/graphql-ui/", headers={"accept": "text/html"}),
         lambda status, headers, body: status == 302 and headers["location"].startswith("/q/graphql-ui/?query=")),
        ("GraphiQL with its starter document",
         lambda answers: event("GET", "/q/graphql-ui/", answers[-1][1]["location"].split("?", 1)[1], headers={"accept": "text/html"}),
         lambda status, headers, body: status == 200 and "graphiql" in body.lower()),
    ]


class RuntimeApi(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.events = queue.Queue()
        self.answers = queue.Queue()


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path != PREFIX + "/invocation/next":
            self.send_error(404)
            return
        request_id, payload = self.server.events.get()  # long poll, as Lambda's does
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Lambda-Runtime-Aws-Request-Id", request_id)
        self.send_header("Lambda-Runtime-Deadline-Ms", str(int(time.time() * 1000) + 15000))
        self.send_header("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-1:123456789012:function:parley")
        self.send_header("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000")
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()
        self.server.answers.put((self.path, time.monotonic(), body))


def run_once(function_dir, check=True):
    api = RuntimeApi()
    threading.Thread(target=api.serve_forever, daemon=True).start()
    env = dict(os.environ, AWS_LAMBDA_RUNTIME_API=f"127.0.0.1:{api.server_address[1]}",
               AWS_LAMBDA_FUNCTION_NAME="parley", AWS_LAMBDA_FUNCTION_VERSION="$LATEST",
               AWS_LAMBDA_FUNCTION_MEMORY_SIZE="256", AWS_LAMBDA_LOG_GROUP_NAME="/aws/lambda/parley",
               AWS_LAMBDA_LOG_STREAM_NAME="local", AWS_REGION="eu-west-1", DISABLE_SIGNAL_HANDLERS="true",
               LAMBDA_TASK_ROOT=str(function_dir))
    log = open(function_dir / "function.log", "ab")
    started = time.monotonic()
    process = subprocess.Popen(["./bootstrap", *os.environ.get("FUNCTION_ARGS", "").split()], cwd=function_dir, env=env, stdout=log, stderr=subprocess.STDOUT)
    answers, failures, first = [], [], None
    try:
        for n, (name, make, expect) in enumerate(requests() if check else requests()[:1]):
            try:
                payload = make(answers) if callable(make) else make
            except (KeyError, IndexError):
                failures.append(f"{name}: not sent, the answer it follows was wrong")
                continue
            api.events.put((f"request-{n}", payload))
            try:
                path, at, raw = api.answers.get(timeout=60)
            except queue.Empty:  # the function died or hangs: say so, and show its log, rather than a traceback
                failures.append(f"{name}: no answer within 60 s")
                break
            first = first or at - started  # the first event's answer: the cold start
            if not path.endswith("/response"):
                failures.append(f"{name}: the function reported an error: {raw[:500]!r}")
                answers.append((0, {}, {}))
                continue
            response = json.loads(raw)
            headers = {k.lower(): v for k, v in (response.get("headers") or {}).items()}
            text = response.get("body") or ""
            if response.get("isBase64Encoded"):
                text = base64.b64decode(text).decode()
            body = json.loads(text) if text and "json" in headers.get("content-type", "json") else text
            answers.append((response["statusCode"], headers, body))
            try:
                ok = expect(response["statusCode"], headers, body)
            except (KeyError, IndexError, TypeError):
                ok = False
            if not ok:
                failures.append(f"{name}: {response['statusCode']} {text[:500]}")
        rss = rss_kb(process.pid) if process.poll() is None else 0
    finally:
        log.close()
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        api.shutdown()
    return first, rss, failures


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    artefact = sys.argv[1] if len(sys.argv) > 1 else "target/function.zip"
    rounds = int(os.environ.get("ROUNDS", "1"))
    work = tempfile.mkdtemp(prefix="parley-lambda-")
    function_dir = Path(work)
    try:
        with zipfile.ZipFile(artefact) as z:
            names = z.namelist()
            if "bootstrap" not in names:
                sys.exit(f"{artefact} has no `bootstrap` (a native build: ./mvnw package -Dlambda -Dnative): {names[:10]}")
            z.extractall(function_dir)
        for name in names:  # zipfile does not keep the executable bit
            (function_dir / name).chmod(0o755)
        first, rss, failures = run_once(function_dir)
        for failure in failures:
            print("FAILED:", failure)
        cold = f"{first * 1000:.0f} ms" if first is not None else "none"
        print(f"{artefact} ({os.path.getsize(artefact) / 1e6:.1f} MB): {len(requests())} events sent, "
              f"{len(failures)} wrong; cold start to the first answer {cold}; RSS after the last {rss / 1024:.0f} MB")
        if failures:
            print(open(function_dir / "function.log", errors="replace").read()[-3000:])
            sys.exit(1)
        if rounds > 1:
            starts, sizes = [], []
            for _ in range(rounds):
                first, rss, _ = run_once(function_dir, check=False)
                starts.append(first * 1000)
                sizes.append(rss / 1024)
            print(f"cold start, {rounds} starts: median {statistics.median(starts):.0f} ms "
                  f"({', '.join(f'{s:.0f}' for s in starts)}); RSS after the first answer median {statistics.median(sizes):.0f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
