#!/usr/bin/env python3
"""Writes <results>/ab.md from the raw files of scripts/bench-ab.sh: before/after per cell, median of the rounds."""
import os
import re
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import parse  # noqa: E402
from figures import _f  # noqa: E402

CELL = re.compile(r"^(before|after)-(\d+)-(all|dep)-c(\d+)-r(\d+)$")


def cells(raw):
    """(side, range, scope, connections) → list of per-round figures (req/s, latencies, CPU ms per request)."""
    found = {}
    directory = os.path.join(raw, "wrk")
    for path in sorted(os.listdir(directory)) if os.path.isdir(directory) else []:
        m = CELL.match(path[:-4]) if path.endswith(".txt") else None
        if not m:
            continue
        run = parse.wrk(os.path.join(directory, path)) or {}
        cpu = parse.env_words(os.path.join(raw, "redis-during", path[:-4] + ".cpu"))
        requests = run.get("requests") or 0
        for key in ("server_cpu", "redis_cpu"):
            run[key + "_ms"] = 1000 * float(cpu[key]) / requests if requests and key in cpu else None
        # Redis is shared: commands other clients ran during the cell are counted too (INFO is the harness's own).
        during = os.path.join(raw, "redis-during", path[:-4])
        calls = sum(c for cmd, c, _ in parse.commandstats_delta(during + ".before", during + ".after") if cmd != "info")
        run["redis_calls"] = calls / requests if requests else None
        side, rng, scope, conn, run["round"] = m.groups()
        found.setdefault((side, int(rng), scope, int(conn)), []).append(run)
    return found


def median(runs, key):
    values = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(values) if values else None


def ratio(after, before):
    return f"{after / before:.2f}×" if after and before else "n/a"


def spread(before, after, key):
    """The lowest and highest after/before ratio of one round (both sides ran back to back): the noise to beat."""
    pairs = {r["round"]: r.get(key) for r in before}
    ratios = [r[key] / pairs[r["round"]] for r in after if r.get(key) and pairs.get(r["round"])]
    return f" ({min(ratios):.2f}–{max(ratios):.2f})" if len(ratios) > 1 else ""


def latency(ms):
    return "n/a" if ms is None else (f"{ms:.2f}" if ms < 10 else f"{ms:,.0f}")


def cpu(ms):
    return "n/a" if ms is None else f"{ms:.3f}"


def table(found, rng, connections):
    rows = [
        "| scope | conns | req/s before | req/s after | **throughput after/before** | p50 before | p50 after "
        "| p99 before | p99 after | **p99 after/before** | server CPU ms/req before | after | Redis CPU ms/req before | after "
        "| Redis commands/req before | after |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    flagged = []
    for scope in ("all", "dep"):
        for conn in connections:
            b, a = found.get(("before", rng, scope, conn), []), found.get(("after", rng, scope, conn), [])
            m = {(side, key): median(runs, key) for side, runs in (("before", b), ("after", a))
                 for key in ("rps", "p50", "p99", "server_cpu_ms", "redis_cpu_ms", "redis_calls")}
            rows.append(
                f"| {scope} | {conn} | {_f(m['before', 'rps'])} | {_f(m['after', 'rps'])} "
                f"| **{ratio(m['after', 'rps'], m['before', 'rps'])}**{spread(b, a, 'rps')} "
                f"| {latency(m['before', 'p50'])} | {latency(m['after', 'p50'])} "
                f"| {latency(m['before', 'p99'])} | {latency(m['after', 'p99'])} "
                f"| **{ratio(m['after', 'p99'], m['before', 'p99'])}**{spread(b, a, 'p99')} "
                f"| {cpu(m['before', 'server_cpu_ms'])} | {cpu(m['after', 'server_cpu_ms'])} "
                f"| {cpu(m['before', 'redis_cpu_ms'])} | {cpu(m['after', 'redis_cpu_ms'])} "
                f"| {_f(m['before', 'redis_calls'], 2)} | {_f(m['after', 'redis_calls'], 2)} |")
            for side, runs in (("before", b), ("after", a)):
                bad = sum((r.get("non2xx") or 0) + (r.get("errors") or 0) for r in runs)
                if bad or not runs:
                    flagged.append(f"{side} {rng} days {scope} c{conn}: "
                                   + (f"{bad} non-2xx responses or socket errors" if runs else "no wrk output"))
    return "\n".join(rows), flagged


def main(results):
    raw = os.path.join(results, "raw")
    machine, dataset = parse.env(os.path.join(raw, "machine.env")), parse.env(os.path.join(raw, "dataset.env"))
    ab, queries = parse.env(os.path.join(raw, "ab.env")), parse.env(os.path.join(raw, "queries.env"))
    replay_env, replay = parse.env(os.path.join(raw, "replay.env")), parse.replay(os.path.join(raw, "replay.txt"))
    seconds = float(replay_env.get("replay_seconds") or 0)
    events = replay["published"]
    eps = events / seconds if events and seconds else None
    connections = [int(c) for c in dataset.get("connections", "1 16 64").split()]
    found = cells(raw)
    same, total = queries.get("verified_same", "?"), queries.get("verified_total", "?")

    out = [
        f"# A/B of the read path: {ab.get('before_short')} → {ab.get('after_short')}",
        "",
        f"- **before** `{ab.get('before_short')}` ({ab.get('before_ref')}): {ab.get('before_subject')}",
        f"- **after** `{ab.get('after_short')}` ({ab.get('after_ref')}): {ab.get('after_subject')}",
        f"- machine: {machine.get('nproc')} cores, {machine.get('cpu_model')}, {machine.get('mem_total')} RAM, "
        f"{machine.get('kernel')}, .NET {machine.get('dotnet')}, Redis {machine.get('redis')}; "
        f"{machine.get('date')}; load average {machine.get('loadavg_start')} at the start, "
        f"{queries.get('loadavg_after_queries', 'n/a')} after the queries",
        f"- harness: `scripts/bench-ab.sh` at {machine.get('commit', '')[:7]}",
        f"- dataset: {_f(int(dataset.get('livechat_rooms') or 0))} livechat rooms, "
        f"{_f(int(dataset.get('message_lines') or 0))} messages (seed {dataset.get('seed')}, "
        f"{dataset.get('departments')} departments, {dataset.get('months')} months from {dataset.get('first_day')}); "
        f"replayed by the after Projector: {_f(events)} events in {_f(seconds, 1)} s = **{_f(eps)} events/s** "
        f"(applied {_f(replay['applied'])}, failed {_f(replay['failed'])})",
        f"- answers: **{same} of {total}** requests byte-identical (body and status) between before and after "
        f"(7 charts × 1/31/365 days × all rooms/department `{queries.get('department')}`)",
        f"- load: `wrk -t1 --latency`, {dataset.get('duration')} s per cell, chart {queries.get('chart')}, "
        f"{ab.get('rounds')} round(s) interleaved (each cell on both sides back to back, order swapped every round); "
        "every figure is the **median of the rounds**, ratios are of those medians, with the lowest–highest ratio of "
        "a single round in parentheses when there are several; latencies in ms; CPU ms per request = CPU time of the "
        "process during the cell / requests served; Redis commands per request from `INFO commandstats` (Redis is the "
        "whole shared server: its CPU and commands include anything else using it during the cell)",
        "",
    ]
    flagged = []
    for rng in (1, 31, 365):
        text, bad = table(found, rng, connections)
        out += [f"## {rng} day{'s' if rng > 1 else ''}", "", text, ""]
        flagged += bad
    if flagged:
        out += ["## Warnings", ""] + [f"- {line}" for line in flagged] + [""]
    verify = os.path.join(raw, "verify.txt")
    if os.path.exists(verify) and os.path.getsize(verify):
        blocks = open(verify, encoding="utf-8").read().rstrip().split("\nDIFF ")
        shown = "\nDIFF ".join(blocks[:8]) + (f"\n… and {len(blocks) - 8} more in raw/verify.txt" if len(blocks) > 8 else "")
        out += [f"## Answers that differ ({len(blocks)} requests)", "", "```", shown, "```", ""]
    with open(os.path.join(results, "ab.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
