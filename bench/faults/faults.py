#!/usr/bin/env python3
"""Helpers of scripts/faults.sh (standard library only).

  requests EXPORT_DIR OUT            the fixed request set (paths), from the export's two busiest departments
  snapshot BASE REQUESTS OUT.json    every request once: {path: [status, body]}
  diff EXPECTED.json ACTUAL.json     prints the number of requests whose status or body differ, then each one
  watch BASE REQUESTS LOG STOPFILE   passes over the request set until STOPFILE exists; one TSV line per answer:
                                     time, pass, index, status, 503 reason, sha256 of the body
  classify LOG EXPECTED.json T_FAULT [WRK_OUT WRK_PATH]
                                     the watch log (and wrk's tallies) against the fault-free answers: KEY=VALUE lines
  publish AMQP_URI EXCHANGE JSON     publishes one MassTransit envelope (application/vnd.masstransit+json)
  get AMQP_URI QUEUE                 the message count of QUEUE and the headers of its first message (left in the queue)
"""
import hashlib
import http.client
import json
import os
import re
import socket
import struct
import sys
import time
import urllib.parse

AUTH = {"X-User-Id": "demo-manager", "X-Auth-Token": "demo-manager-token"}
CHARTS = ["Total_conversations", "Avg_chat_duration", "Total_messages", "Avg_first_response_time",
          "Best_first_response_time", "Avg_response_time", "Avg_reaction_time"]
# 2026 is the second of the export's two years (bench/lib/bench-lib.sh's ranges).
RANGES = {"1": ("2026-03-02", "2026-03-02"), "31": ("2026-03-01", "2026-03-31"), "365": ("2026-01-01", "2026-12-31"),
          "730": ("2025-01-01", "2026-12-31")}
REASON = re.compile(r"\[(read-model-[a-z-]+)\]")


def departments(export_dir, count=2):
    tally = {}
    with open(os.path.join(export_dir, "rocketchat_room.json"), encoding="utf-8") as rooms:
        for line in rooms:
            found = re.search(r'"departmentId":"([^"]*)"', line)
            if found:
                tally[found.group(1)] = tally.get(found.group(1), 0) + 1
    return [d for d, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0]))[:count]]


def requests(export_dir, out):
    deps = departments(export_dir)
    paths = []
    charts = "/api/v1/livechat/analytics/dashboards/charts-data?chartName={}&start={}&end={}"
    for name in CHARTS:
        for rng in ("1", "31", "365"):
            for dep in [None] + deps:
                path = charts.format(name, *RANGES[rng])
                paths.append(path + (f"&departmentId={dep}" if dep else ""))
    paths.append(charts.format("Total_conversations", *RANGES["730"]))
    for name in ("Conversations", "Productivity"):
        for rng in ("31", "365"):
            for dep in (None, deps[0]):
                path = "/api/v1/livechat/analytics/overview?name={}&from={}&to={}".format(name, *RANGES[rng])
                paths.append(path + (f"&departmentId={dep}" if dep else ""))
    for name in ("Total_conversations", "Avg_chat_duration", "Total_messages", "Avg_first_response_time"):
        for rng in ("31", "365"):
            for dep in (None, deps[0]):
                path = "/api/v1/livechat/analytics/agent-overview?name={}&from={}&to={}".format(name, *RANGES[rng])
                paths.append(path + (f"&departmentId={dep}" if dep else ""))
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(paths) + "\n")


def read_paths(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


class Client:
    """One keep-alive connection, opened again after any failure."""

    def __init__(self, base, timeout=10):
        parsed = urllib.parse.urlparse(base)
        self.host, self.port, self.timeout, self.conn = parsed.hostname, parsed.port, timeout, None

    def get(self, path):
        """(status, body); status 0 is a connection failure or a timeout."""
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self.conn.request("GET", path, headers=AUTH)
            response = self.conn.getresponse()
            return response.status, response.read()
        except (OSError, http.client.HTTPException) as error:
            if self.conn is not None:
                self.conn.close()
            self.conn = None
            return 0, str(error).encode()


def snapshot(base, requests_file, out):
    client = Client(base)
    answers = {}
    for path in read_paths(requests_file):
        status, body = client.get(path)
        answers[path] = [status, body.decode("utf-8", "replace")]
    with open(out, "w", encoding="utf-8") as f:
        json.dump(answers, f, indent=0, sort_keys=True)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def diff(expected_file, actual_file):
    expected, actual = load(expected_file), load(actual_file)
    differing = [p for p in expected if actual.get(p) != expected[p]]
    print(len(differing))
    for path in differing:
        got = actual.get(path, [None, ""])
        print(f"DIFF {path}\n  expected {expected[path][0]} {expected[path][1][:300]}\n  actual   {got[0]} {got[1][:300]}")
    return len(differing)


def sha(body):
    return hashlib.sha256(body).hexdigest()[:16]


def watch(base, requests_file, log, stopfile):
    client = Client(base)
    paths = read_paths(requests_file)
    number = 0
    with open(log, "w", encoding="utf-8", buffering=1) as out:
        while not os.path.exists(stopfile):
            number += 1
            for index, path in enumerate(paths):
                status, body = client.get(path)
                reason = ""
                if status == 503:
                    found = REASON.search(body.decode("utf-8", "replace"))
                    reason = found.group(1) if found else "other"
                out.write(f"{time.time():.3f}\t{number}\t{index}\t{status}\t{reason}\t{sha(body)}\n")
            time.sleep(0.05)


def classify(log, expected_file, t_fault, wrk_out=None, wrk_path=None):
    """Every answer of the round, and those from the fault to the recovery.

    exact: 200 and byte-identical to the fault-free final answer. wrong: 401, or 200 and different (every round faults
    a build, and a build is marked complete only once every event was applied, so a 200 is only ever legitimate with
    the final numbers). unavailable: 503, by the reason in its text (`other` is a 503 without one, e.g. no Redis).
    failed: anything else, or no answer at all (status 0). Recovered: the first pass after the last answer that was
    not exact; time to recover = its first answer's time - the fault's.
    """
    expected = load(expected_file)
    paths = sorted(expected)
    # The watch log's index is the requests file's order; map it through the file next to the log.
    order = read_paths(os.path.join(os.path.dirname(expected_file), "requests.txt"))
    hashes = [sha(expected[p][1].encode("utf-8")) if expected[p][0] == 200 else None for p in order]
    assert set(order) == set(paths)
    rows = []
    with open(log, encoding="utf-8") as f:
        for line in f:
            t, number, index, status, reason, digest = line.rstrip("\n").split("\t")
            rows.append((float(t), int(number), int(index), int(status), reason, digest))
    t_fault = float(t_fault)

    def kind(row):
        _, _, index, status, reason, digest = row
        if status == 200:
            return "exact" if digest == hashes[index] else "wrong200"
        if status == 401:
            return "wrong401"
        if status == 503:
            return "503:" + reason
        return f"failed:{status}"

    kinds = [kind(r) for r in rows]
    last_bad = max((i for i, k in enumerate(kinds) if k != "exact"), default=-1)
    recovered_at = None
    if last_bad + 1 < len(rows):
        bad_pass = rows[last_bad][1] if last_bad >= 0 else 0
        first = next((r for r in rows[last_bad + 1:] if r[1] > bad_pass), None)
        if first is not None and all(k == "exact" for r, k in zip(rows, kinds) if r[1] == first[1]):
            recovered_at = first[0]
    end = recovered_at if recovered_at is not None else (rows[-1][0] if rows else t_fault)

    def tally(selected):
        counts = {}
        for k in selected:
            counts[k] = counts.get(k, 0) + 1
        return counts

    whole = tally(kinds)
    window = tally(k for r, k in zip(rows, kinds) if t_fault <= r[0] < end)
    out = {
        "answers": len(rows), "passes": rows[-1][1] if rows else 0,
        "exact": whole.get("exact", 0), "wrong": whole.get("wrong200", 0) + whole.get("wrong401", 0),
        "wrong200": whole.get("wrong200", 0), "wrong401": whole.get("wrong401", 0),
        "unavailable": sum(v for k, v in whole.items() if k.startswith("503:")),
        "failed": sum(v for k, v in whole.items() if k.startswith("failed:")),
        "by_kind": " ".join(f"{k}={v}" for k, v in sorted(whole.items())),
        "fault_answers": sum(window.values()),
        "fault_wrong": window.get("wrong200", 0) + window.get("wrong401", 0),
        "fault_by_kind": " ".join(f"{k}={v}" for k, v in sorted(window.items())),
        "recovered": "yes" if recovered_at is not None else "no",
        "recover_seconds": f"{recovered_at - t_fault:.1f}" if recovered_at is not None else "",
        "pass_seconds": f"{(rows[-1][0] - rows[0][0]) / max(1, rows[-1][1] - 1):.2f}" if len(rows) > 1 else "",
    }
    if wrk_out and os.path.exists(wrk_out):
        want = expected[wrk_path][1] if wrk_path in expected else None
        statuses, same, differ, distinct = {}, 0, 0, 0
        with open(wrk_out, encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t", 2)
                if fields[0] == "status":
                    statuses[fields[1]] = statuses.get(fields[1], 0) + int(fields[2])
                elif fields[0] == "body200":
                    count, body = int(fields[1]), fields[2].replace("\\n", "\n")
                    distinct += 1
                    if body == want:
                        same += count
                    else:
                        differ += count
        out.update({
            "wrk_statuses": " ".join(f"{k}={v}" for k, v in sorted(statuses.items())),
            "wrk_200_exact": same, "wrk_200_wrong": differ, "wrk_401": statuses.get("401", 0),
            "wrk_wrong": differ + statuses.get("401", 0), "wrk_distinct_200_bodies": distinct,
        })
    for key, value in out.items():
        print(f'{key}="{value}"')


# --- A minimal AMQP 0-9-1 client: enough to publish one message and to peek at a queue. ---

def _shortstr(s):
    data = s.encode()
    return struct.pack("B", len(data)) + data


def _longstr(data):
    return struct.pack(">I", len(data)) + data


def _table(values):
    out = b""
    for key, value in values.items():
        out += _shortstr(key) + b"S" + _longstr(value.encode())
    return _longstr(out)


class Amqp:
    def __init__(self, uri):
        parsed = urllib.parse.urlparse(uri)
        self.vhost = urllib.parse.unquote(parsed.path[1:]) if len(parsed.path) > 1 else "/"
        self.sock = socket.create_connection((parsed.hostname, parsed.port or 5672), timeout=10)
        self.buffer = b""
        self.sock.sendall(b"AMQP\x00\x00\x09\x01")
        self.expect(0, 10, 10)  # connection.start
        login = b"\x00" + (parsed.username or "guest").encode() + b"\x00" + (parsed.password or "guest").encode()
        self.method(0, 10, 11, _table({}) + _shortstr("PLAIN") + _longstr(login) + _shortstr("en_US"))
        tune = self.expect(0, 10, 30)
        channel_max, frame_max, _ = struct.unpack(">HIH", tune[:8])
        self.frame_max = frame_max or 131072
        self.method(0, 10, 31, struct.pack(">HIH", channel_max, self.frame_max, 0))
        self.method(0, 10, 40, _shortstr(self.vhost) + _shortstr("") + b"\x00")
        self.expect(0, 10, 41)
        self.method(1, 20, 10, _shortstr(""))
        self.expect(1, 20, 11)

    def frame(self, kind, channel, payload):
        self.sock.sendall(struct.pack(">BHI", kind, channel, len(payload)) + payload + b"\xce")

    def method(self, channel, cls, mth, args):
        self.frame(1, channel, struct.pack(">HH", cls, mth) + args)

    def read_frame(self):
        while True:
            while len(self.buffer) < 7:
                self.recv()
            kind, channel, size = struct.unpack(">BHI", self.buffer[:7])
            while len(self.buffer) < 8 + size:
                self.recv()
            payload, self.buffer = self.buffer[7:7 + size], self.buffer[8 + size:]
            if kind != 8:  # heartbeats are skipped
                return kind, channel, payload

    def recv(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("the broker closed the connection")
        self.buffer += chunk

    def expect(self, channel, cls, mth):
        kind, _, payload = self.read_frame()
        got = struct.unpack(">HH", payload[:4]) if kind == 1 else None
        if got != (cls, mth):
            raise ConnectionError(f"expected method {cls}.{mth}, got frame {kind} {got}: {payload[4:200]!r}")
        return payload[4:]

    def publish(self, exchange, body, content_type):
        # exchange.declare, passive: fails (channel closed) when the exchange does not exist, instead of a silent drop
        self.method(1, 40, 10, b"\x00\x00" + _shortstr(exchange) + _shortstr("fanout") + b"\x01" + _table({}))
        self.expect(1, 40, 11)
        self.method(1, 60, 40, b"\x00\x00" + _shortstr(exchange) + _shortstr("") + b"\x00")
        # content header: class 60, weight 0, size, flags content-type (bit 15) + delivery-mode (bit 12)
        header = struct.pack(">HHQH", 60, 0, len(body), (1 << 15) | (1 << 12)) + _shortstr(content_type) + b"\x02"
        self.frame(2, 1, header)
        for start in range(0, len(body), self.frame_max - 8):
            self.frame(3, 1, body[start:start + self.frame_max - 8])

    def queue_count(self, queue):
        self.method(1, 50, 10, b"\x00\x00" + _shortstr(queue) + b"\x01" + _table({}))  # passive declare
        ok = self.expect(1, 50, 11)
        name_len = ok[0]
        return struct.unpack(">II", ok[1 + name_len:9 + name_len])[0]

    def peek_headers(self, queue):
        self.method(1, 60, 70, b"\x00\x00" + _shortstr(queue) + b"\x00")  # basic.get, acknowledged later (never)
        kind, _, payload = self.read_frame()
        if struct.unpack(">HH", payload[:4]) == (60, 72):
            return None
        _, _, header = self.read_frame()
        flags = struct.unpack(">H", header[12:14])[0]
        at = 14
        headers = {}
        if flags & (1 << 15):
            at += 1 + header[at]
        if flags & (1 << 14):
            at += 1 + header[at]
        if flags & (1 << 13):
            size = struct.unpack(">I", header[at:at + 4])[0]
            headers = _read_table(header[at + 4:at + 4 + size])
        return headers

    def close(self):
        self.method(0, 10, 50, struct.pack(">H", 200) + _shortstr("bye") + struct.pack(">HH", 0, 0))
        try:
            self.expect(0, 10, 51)
        except (ConnectionError, OSError):
            pass
        self.sock.close()


def _read_value(data, at):
    kind = chr(data[at])
    at += 1
    if kind == "S":
        size = struct.unpack(">I", data[at:at + 4])[0]
        return data[at + 4:at + 4 + size].decode("utf-8", "replace"), at + 4 + size
    if kind == "s":
        return data[at + 1:at + 1 + data[at]].decode(), at + 1 + data[at]
    if kind in "IiU":
        return struct.unpack(">i", data[at:at + 4])[0], at + 4
    if kind in "lL":
        return struct.unpack(">q", data[at:at + 8])[0], at + 8
    if kind == "T":
        return struct.unpack(">Q", data[at:at + 8])[0], at + 8
    if kind == "t":
        return bool(data[at]), at + 1
    if kind == "b":
        return data[at], at + 1
    if kind == "F":
        size = struct.unpack(">I", data[at:at + 4])[0]
        return _read_table(data[at + 4:at + 4 + size]), at + 4 + size
    if kind == "A":
        size = struct.unpack(">I", data[at:at + 4])[0]
        return "(array)", at + 4 + size
    if kind == "V":
        return None, at
    raise ValueError(f"field type {kind}")


def _read_table(data):
    out, at = {}, 0
    while at < len(data):
        key = data[at + 1:at + 1 + data[at]].decode()
        at += 1 + data[at]
        out[key], at = _read_value(data, at)
    return out


def publish(uri, exchange, message_json):
    amqp = Amqp(uri)
    amqp.publish(exchange, message_json.encode(), "application/vnd.masstransit+json")
    amqp.close()


def get(uri, queue):
    amqp = Amqp(uri)
    print(f"messages={amqp.queue_count(queue)}")
    headers = amqp.peek_headers(queue) or {}
    amqp.close()
    for key in ("MT-Fault-ExceptionType", "MT-Fault-Message", "MT-Reason"):
        if key in headers:
            print(f"{key}={headers[key]}")


def main(argv):
    commands = {"requests": requests, "snapshot": snapshot, "diff": diff, "watch": watch, "classify": classify,
                "publish": publish, "get": get}
    if len(argv) < 2 or argv[1] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    result = commands[argv[1]](*argv[2:])
    return 1 if argv[1] == "diff" and result else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
