#!/usr/bin/env python3
"""Turns a fault suite's raw/ (scripts/faults.sh) into report.md; prints the summary table."""
import os
import re
import shlex
import sys

NAMES = {
    0: "none (reference run)",
    1: "SIGKILL Projector mid-replay, restart",
    2: "RabbitMQ stopped and started mid-replay",
    3: "SIGKILL Redis (AOF everysec) mid-replay, restart",
    4: "Redis restarted without persistence, then replay",
    5: "poison event mid-replay",
    6: "SIGKILL Ingestor mid-replay, replay again",
}


def env(path):
    values = {}
    if not os.path.exists(path):
        return values
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "=" not in line:
                continue
            key, value = line.split("=", 1)
            try:
                parsed = shlex.split(value)
                values[key] = parsed[0] if parsed else ""
            except ValueError:
                values[key] = value
    return values


def main(results):
    raw = os.path.join(results, "raw")
    machine, dataset, suite = env(f"{raw}/machine.env"), env(f"{raw}/dataset.env"), env(f"{raw}/suite.env")
    rounds = {r: env(f"{raw}/r{r}.env") for r in range(7) if os.path.exists(f"{raw}/r{r}.env")}
    requests = suite.get("requests", "?")
    reference = rounds.get(0, {}).get("replay_seconds", "")

    def replay_seconds(r, v):
        keys = [k for k in v if k.endswith("_seconds") and k.startswith("replay")]  # in the order they ran
        return " + ".join(f"{float(v[k]):.1f}" for k in keys) or "–"

    def lost(v):
        if not v.get("published"):
            return "? (no final count)"
        return f"{v['lost']} ({v['applied']} applied, {v['failed']} failed of {v['published']})"

    header = ("| round | fault | answers differing from the reference | wrong rather than 503 during the fault "
              "(watcher / wrk) | events lost | time to recover | replay s (reference " + f"{float(reference or 0):.1f})"
              + " |\n|---|---|---|---|---|---|---|\n")
    rows = ""
    for r, v in sorted(rounds.items()):
        recover = f"{v.get('recover_seconds')} s" if v.get("recovered") == "yes" else "not recovered"
        if r == 0:
            recover = f"(ready {v.get('recover_seconds')} s after the replay's start)"
        rows += (f"| {r} | {NAMES[r]} | {v.get('differing', '?')} of {requests} | "
                 f"{v.get('fault_wrong', '?')} / {v.get('wrk_wrong', '?')} | {lost(v)} | {recover} | "
                 f"{replay_seconds(r, v)} |\n")
    table = header + rows

    lines = [f"# Fault suite — {machine.get('date', '')}", ""]
    lines += [
        "`scripts/faults.sh` (issue 11 item 7): the Release builds of the Ingestor, the Projector and the QueryApi on a "
        "generated export, against a **private** Redis (`appendonly yes`, `appendfsync everysec`, `maxmemory-policy "
        "noeviction`) and a **private** RabbitMQ node (own name, ports and data directory), one fault per round, with "
        "the QueryApi under load the whole round. Every round starts from an empty read model and its own key and "
        "entity prefix.", "",
        "## Machine and data", "",
        f"* commit `{machine.get('commit', '?')}` (branch `{machine.get('branch', '?')}`, "
        f"{machine.get('dirty', '?')} uncommitted files under src/tools/bench/scripts)",
        f"* {machine.get('nproc', '?')} cores, {machine.get('cpu_model', '?')}, {machine.get('mem_total', '?')} RAM, "
        f"{machine.get('kernel', '?')}; .NET {machine.get('dotnet', '?')}; redis-server {suite.get('private_redis', '?')}; "
        f"{suite.get('rabbitmq_node_version', 'RabbitMQ ?')} (private node `{suite.get('rabbit_node', '?')}`); "
        f"{machine.get('wrk', '?')}",
        f"* load average at the start {machine.get('loadavg_start', '?')}, at the end "
        f"{machine.get('loadavg_end', '?')}: **other work ran on the machine at the same time**, so durations are "
        "indicative; counts are exact",
        f"* export: {dataset.get('rooms_requested', '?')} rooms requested (seed {dataset.get('seed', '?')}), "
        f"{dataset.get('room_lines', '?')} room lines, {dataset.get('message_lines', '?')} message lines, "
        f"{dataset.get('departments', '?')} departments, {dataset.get('months', '?')} months from "
        f"{dataset.get('first_day', '?')}",
        f"* request set: {requests} requests (7 chart names × 1/31/365 days × all rooms and the two busiest "
        "departments, a 730-day chart, the overview's Conversations and Productivity, four agent-overview names, "
        "31/365 days × all rooms and one department), compared byte for byte with status",
        f"* load: `wrk -t1 -c{suite.get('wrk_connections', '?')}` on `{suite.get('wrk_path', '?')}` "
        "(bench/wrk/faults.lua: the demo manager's headers, statuses and every distinct 200 body tallied) and a "
        "watcher passing over the request set again and again, both from before the replay until the answers are "
        "exact again",
        f"* mid-replay faults (rounds 1, 2, 3, 5) strike once the read model holds {suite.get('fault_at', '?')} × the "
        f"{suite.get('reference_keys', '?')} keys the reference run ended with (`keys_at_fault`); round 6 kills the "
        "Ingestor once its rooms are published, while it reads the messages", "",
        "## What is measured", "",
        "* **answers differing**: once the round is over (answers exact again, or 240 s after the last replay "
        "ended), how many of the request set differ from the reference run's answers (status or body).",
        "* **wrong rather than 503**: every answer of the watcher and of wrk during the round, classified: *exact* "
        "(200, byte-identical to the reference), *unavailable* (503, by the reason in its text), *wrong* (a 401, or a "
        "200 that is not byte-identical to the reference), *failed* (another status, or no answer). Why any other 200 "
        "is wrong: every fault here strikes while the read model is being **built** (a first replay, or the replay "
        "that rebuilds a lost read model), and a build is marked complete only once every event of its run was "
        "applied; until then the gate answers 503 `[read-model-building]`. A 200 is therefore only ever legitimate "
        "with the final numbers. (A replay on top of a *complete* read model is different: it answers 200 while it "
        "applies, and an answer between the old and the new data is legitimate, so only the statuses and the final "
        "answers would be checkable there; no round does that.) The table gives the count between the fault and "
        "the recovery for the watcher, and over the whole round for wrk (which cannot time its answers).",
        "* **events lost**: published − applied − failed from the last replay's own run counters "
        "(`projector: applied N, failed M of P`, which count each event number once however often it was "
        "delivered), with the final comparison as the check that nothing applied was lost afterwards.",
        "* **time to recover**: from the fault to the first watcher pass after the last answer that was not exact "
        "(each pass takes about the `pass_seconds` given below); for builds this includes the rest of the replay.",
        "",
        "## Results", "",
        table,
        "## Rounds in detail", "",
    ]
    for r, v in sorted(rounds.items()):
        lines += [f"### Round {r}: {NAMES[r]}", "", "| figure | value |", "|---|---|"]
        for key, value in v.items():
            if not str(value).strip():
                continue
            lines.append(f"| `{key}` | {str(value).replace('|', '/')} |")
        lines.append("")
    if os.path.exists(f"{raw}/r5-error-queue.txt"):
        lines += ["### The poison event's error queue entry", "", "```"]
        lines += open(f"{raw}/r5-error-queue.txt", encoding="utf-8").read().splitlines()
        lines += ["```", ""]
    lines += ["## Raw files", "", "`raw/`: `rN.env` (the figures above), `rN-watch.tsv` (every watcher answer: time, "
              "pass, request, status, 503 reason, body hash), `rN-wrk.txt` and `rN-wrk-bodies.tsv`, the replays' "
              "stamped output `rN-replay*.txt`, each program's log `rN-*.log`, `expected.json` (the reference "
              "answers) and `rN-final.json(.diff)`, the private servers' logs.", ""]
    with open(os.path.join(results, "report.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(table)


if __name__ == "__main__":
    main(sys.argv[1])
