#!/usr/bin/env python3
"""report.md of scripts/bench-teamchat.sh from the raw files in <results>/raw; prints the summary lines."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from parse import env, keyspace  # noqa: E402

GOAL = 1.05


def _f(value, digits=0, unit=""):
    return "n/a" if value is None else f"{value:,.{digits}f}{unit}"


def outside(path):
    keys = []
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            name, _, size = line.rstrip("\n").partition("\t")
            keys.append((name, int(size or 0)))
    return keys


def digest(path):
    kinds = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                kinds[parts[0]] = (int(parts[1]), parts[2])
    return kinds


def scenario(raw, name):
    path = os.path.join(raw, f"replay-{name}.env")
    if not os.path.exists(path):
        return None
    values = env(path)
    kinds = keyspace(os.path.join(raw, f"keyspace-{name}.tsv"))
    # room:overview-fields estimates part of the room hashes: not keys of its own.
    real = {k: v for k, v in kinds.items() if k != "room:overview-fields"}
    out = outside(os.path.join(raw, f"outside-{name}.tsv"))
    total_bytes = sum(b for _, b in real.values())
    outside_bytes = sum(b for _, b in out)
    published = 0
    for line in open(os.path.join(raw, f"replay-{name}.txt"), encoding="utf-8"):
        text = line.rstrip("\n").partition(" ")[2]
        if text.startswith("total: read "):
            published += int(text.split("published ")[1].split(",")[0])
    return {
        "env": values, "kinds": real, "digest": digest(os.path.join(raw, f"digest-{name}.tsv")), "outside": out, "published": published,
        "total_bytes": total_bytes, "total_keys": sum(k for k, _ in real.values()),
        "outside_bytes": outside_bytes, "model_bytes": total_bytes - outside_bytes,
        "model_keys": sum(k for k, _ in real.values()) - len(out),
        "cpu_projector": float(values.get("cpu_projector", 0)), "seconds": float(values.get("replay_seconds", 0)),
    }


def main(results):
    raw = os.path.join(results, "raw")
    m, d, q = env(os.path.join(raw, "machine.env")), env(os.path.join(raw, "dataset.env")), env(os.path.join(raw, "queries.env"))
    runs = {n: s for n in ("without", "with", "split") if (s := scenario(raw, n))}
    a, b = runs["without"], runs["with"]
    team_extra = int(d["with_team_messages"]) - int(d["without_team_messages"])
    all_with = int(d["with_livechat_messages"]) + int(d["with_team_messages"])
    share = int(d["with_team_messages"]) / all_with if all_with else None
    ratio_total = b["total_bytes"] / a["total_bytes"]
    ratio_model = b["model_bytes"] / a["model_bytes"]
    per_team_us = 1e6 * (b["cpu_projector"] - a["cpu_projector"]) / team_extra if team_extra else None
    per_event_us = 1e6 * a["cpu_projector"] / a["published"] if a["published"] else None

    rows = []
    for name, s in runs.items():
        e = s["env"]
        rows.append(f"| {name} | {_f(s['seconds'], 1)} | {s['published']:,} | {_f(s['cpu_projector'], 2)} | {_f(float(e.get('cpu_redis', 0)), 2)} "
                    f"| {_f(float(e.get('cpu_rabbitmq', 0)), 2)} | {_f(float(e.get('cpu_ingestor', 0)), 2)} | {s['total_keys']:,} | {s['total_bytes']:,} "
                    f"| {s['model_keys']:,} | {s['model_bytes']:,} | {e.get('rooms_pending', '?')} |")
    kinds = sorted(set().union(*(s["kinds"] for s in runs.values())))
    names = list(runs)
    kind_rows = []
    for k in kinds:
        cells = " | ".join(f"{runs[n]['kinds'].get(k, (0, 0))[0]:,} | {runs[n]['kinds'].get(k, (0, 0))[1]:,}" for n in names)
        delta = b["kinds"].get(k, (0, 0))[1] - a["kinds"].get(k, (0, 0))[1]
        kind_rows.append(f"| `{k}` | {cells} | {delta:+,} |")
    team_rooms_extra = int(d["with_team_rooms"]) - int(d["without_team_rooms"])
    room_delta = b["kinds"].get("room", (0, 0))[1] - a["kinds"].get("room", (0, 0))[1]
    outside_rows = [f"| {n} | {len(s['outside'])} | {s['outside_bytes']:,} | {', '.join(f'`{k}`' for k, _ in s['outside'][:6])}{' …' if len(s['outside']) > 6 else ''} |"
                    for n, s in runs.items()]

    # Contents compared kind by kind, whatever the encoding: the Omnichannel read model must be the same.
    content_rows, differing = [], []
    if a["digest"] and all(s["digest"] for s in runs.values()):
        for k in sorted(set().union(*(s["digest"] for s in runs.values()))):
            cells = [runs[n]["digest"].get(k) for n in names]
            same = None not in cells and all(c[1] == cells[0][1] for c in cells)
            if not same:
                differing.append(k)
            content_rows.append(f"| `{k}` | {' | '.join(f'{c[0]:,}' if c else '—' for c in cells)} | {'same' if same else '**differs**'} |")
    content_text = ("no digests in raw/" if not content_rows else
                    "identical in every kind" + ("" if not differing else " except " + ", ".join(f"`{k}`" for k in differing)))
    split_text = ""
    if "split" in runs:
        c = runs["split"]
        per_team_split = 1e6 * (c["cpu_projector"] - a["cpu_projector"]) / team_extra if team_extra else None
        split_text = f"""
**Split folders** (the team-chat export as an incremental export would deliver it: the rooms first, then a folder holding
only `rocketchat_message.json`, so the Ingestor cannot know which messages are team chat and publishes every one):
the Projector received {c['published'] - b['published']:,} more events than in the one-folder replay, and spent
**{_f(per_team_split, 1)} µs of CPU per team-chat message** ((split − without) ÷ {team_extra:,}); its read model is
{_f(c['model_bytes'] / a['model_bytes'], 4)}× the one without team chat ({_f(c['total_bytes'] / a['total_bytes'], 4)}× with the
bookkeeping).
"""
    verdict = "**met**" if ratio_total <= GOAL else "**missed**"
    answers = (f"{q.get('verified_same', '?')} of {q.get('verified_total', '?')} charts-data requests and "
               f"{q.get('overview_verified_same', '?')} of {q.get('overview_verified_total', '?')} overview / agent-overview requests")
    report = f"""# Team chat and the read model — {int(d['without_livechat_rooms']):,} Omnichannel rooms

Produced by `./scripts/bench-teamchat.sh --rooms {d.get('rooms_requested')} --team-rooms {d.get('team_rooms_requested')} --team-share {d.get('team_share_requested')}{' --split' if d.get('split') == 'true' else ''}`
(every figure computed by `bench/report/teamchat.py` from `raw/`).

| machine | |
|---|---|
| date | {m.get('date')} |
| commit | `{m.get('commit')}` ({m.get('branch')}{', uncommitted changes' if m.get('dirty', '0') != '0' else ''}) |
| CPU | {m.get('cpu_model')}, `nproc` = {m.get('nproc')} |
| software | .NET SDK {m.get('dotnet')}, Redis {m.get('redis')}, RabbitMQ {m.get('rabbitmq')} |
| load average | {m.get('loadavg_start')} at start; after each replay: {'; '.join(f"{n} {s['env'].get('loadavg_after', '?')}" for n, s in runs.items())} |

Two exports from `tools/ExportGenerator`, seed {d.get('seed')}, {d.get('departments')} departments, {d.get('months')} months from
{d.get('first_day')} (bench.sh's export of the same size): **without** team chat, and **with** it
(`--team-rooms {d.get('team_rooms_requested')} --team-share {d.get('team_share_requested')}`), whose Omnichannel lines are the same.

| export | Omnichannel rooms | team rooms | messages in Omnichannel rooms | messages in team rooms | team share |
|---|---|---|---|---|---|
| without | {int(d['without_livechat_rooms']):,} | {int(d['without_team_rooms']):,} | {int(d['without_livechat_messages']):,} | {int(d['without_team_messages']):,} | {_f(100 * int(d['without_team_messages']) / (int(d['without_livechat_messages']) + int(d['without_team_messages'])), 2, ' %')} |
| with | {int(d['with_livechat_rooms']):,} | {int(d['with_team_rooms']):,} | {int(d['with_livechat_messages']):,} | {int(d['with_team_messages']):,} | {_f(100 * share if share else None, 2, ' %')} |

Each export replayed into a key prefix of its own with the real programs (`Ingestor replay --from DIR --wait`, one
Projector process per replay, started before and stopped after it); CPU seconds from `/proc/<pid>/stat`
(utime + stime) over the replay; bytes are `MEMORY USAGE … SAMPLES 0` summed over every key of the prefix.

## Result

* **Redis bytes with team chat ÷ without: {_f(ratio_total, 4)}×** ({b['total_bytes']:,} B vs {a['total_bytes']:,} B, every key
  of the prefix); the read model alone (the generation's keys, without the replays' run counters):
  **{_f(ratio_model, 4)}×** ({b['model_bytes']:,} B vs {a['model_bytes']:,} B). Goal ≤ {GOAL:.2f}×: {verdict}.
* What team chat added: {team_rooms_extra:,} team rooms and {team_extra:,} team-chat messages; the room hashes grew by
  {room_delta:+,} B ({_f(room_delta / team_rooms_extra if team_rooms_extra else None, 1)} B per team room), `msgs` by
  {b['kinds'].get('msgs', (0, 0))[1] - a['kinds'].get('msgs', (0, 0))[1]:+,} B.
* **Projector CPU per team-chat message: {_f(per_team_us, 2)} µs** ((with − without) ÷ {team_extra:,} team-chat messages:
  {_f(b['cpu_projector'], 2)} s − {_f(a['cpu_projector'], 2)} s), against **{_f(per_event_us, 1)} µs per Omnichannel event**
  (without: {_f(a['cpu_projector'], 2)} s ÷ {a['published']:,} events published). In one folder the Ingestor publishes a team
  room as one small event and skips its messages, so they never reach the Projector: the difference is the team rooms'
  events plus whatever the shared machine's noise adds to either replay.
{split_text}* **Contents** (`bench/lib/readmodel-digest.py`: every key of the generation, its fields sorted, digested by kind):
  {content_text}{' — the team rooms themselves, `{v, l=0}` each' if differing == ['room:team'] else ''}.
* **Answers**: {answers} were byte-identical (and 200) across the read models{' (without, with, split)' if 'split' in runs else ' (without, with)'}.

## Replays

| replay | seconds | events published | Projector CPU s | Redis CPU s | RabbitMQ CPU s | Ingestor CPU s | keys | bytes | read-model keys | read-model bytes | rooms pending |
|---|---|---|---|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

Ingestor CPU is `/usr/bin/time`'s user + system of `Ingestor replay` (reading and mapping every line, team chat included).

## Keys by kind (`bench/Benchmarks keyspace-memory`)

| kind | {' | '.join(f'{n} keys | {n} bytes' for n in names)} | bytes with − without |
|---|{'---|---|' * len(names)}---|
{chr(10).join(kind_rows)}

A kind with the same keys but other bytes in both holds the same contents when the digests below agree: `MEMORY USAGE`
counts the allocator's size of each listpack, which depends on the order in which its fields were written (the
Projector's consumers apply events concurrently, and their interleaving differs from run to run).

## Contents by kind (`bench/lib/readmodel-digest.py`)

| kind | {' | '.join(f'{n} keys' for n in names)} | contents |
|---|{'---|' * len(names)}---|
{chr(10).join(content_rows)}

Keys outside the read model's generation (`state`, run counters and the Projector's marks of each event number):

| replay | keys | bytes | names |
|---|---|---|---|
{chr(10).join(outside_rows)}
"""
    with open(os.path.join(results, "report.md"), "w", encoding="utf-8") as f:
        f.write(report)
    print(f"redis bytes without team chat: {a['total_bytes']:,} ({a['total_keys']:,} keys; read model {a['model_bytes']:,})")
    print(f"redis bytes with team chat:    {b['total_bytes']:,} ({b['total_keys']:,} keys; read model {b['model_bytes']:,})")
    print(f"ratio with/without: {ratio_total:.4f} (read model {ratio_model:.4f}); goal <= {GOAL}: {'met' if ratio_total <= GOAL else 'MISSED'}")
    print(f"projector CPU per team-chat message: {_f(per_team_us, 2)} us; per Omnichannel event: {_f(per_event_us, 1)} us")
    if "split" in runs:
        c = runs["split"]
        print(f"split folders: projector CPU per team-chat message {_f(1e6 * (c['cpu_projector'] - a['cpu_projector']) / team_extra, 1)} us; "
              f"bytes ratio {c['total_bytes'] / a['total_bytes']:.4f}")
    print(f"answers identical: {answers}")


if __name__ == "__main__":
    main(sys.argv[1])
