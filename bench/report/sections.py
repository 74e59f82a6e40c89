"""The sections of report.md. Every figure is computed from the raw files; nothing is typed in by hand."""

FULL_ROOMS, FULL_EVENTS = 1_000_000, 11_000_000


def _f(value, digits=0, unit=""):
    if value is None:
        return "n/a"
    return f"{value:,.{digits}f}{unit}"


def _ratio(ours, theirs, higher_is_better=True):
    if not ours or not theirs:
        return "n/a"
    return f"{(ours / theirs if higher_is_better else theirs / ours):,.1f}×"


def _mib(b):
    return None if b is None else b / 2**20


def _rooms(data):
    return int(data["dataset"].get("livechat_rooms") or 0)


def _events_per_second(data):
    seconds = float(data["replay_env"].get("replay_seconds") or 0)
    published = data["replay"]["published"]
    return published / seconds if published and seconds else None


def _memory_delta(data):
    env = data["replay_env"]
    if "memory_after" not in env:
        return None
    return int(env["memory_after"]) - int(env["memory_before"])


def header(data):
    m, d = data["machine"], data["dataset"]
    return f"""# OmniCharts benchmark — {d.get('size', '?')} size, {_rooms(data):,} rooms

Produced by `./scripts/bench.sh --size {d.get('size', '?')} --rooms {d.get('rooms_requested', '?')} --duration {d.get('duration')} --connections "{d.get('connections')}"`
(every figure below is computed by
`bench/report/report.py` from the raw files in `raw/`).

| machine | |
|---|---|
| date | {m.get('date')} |
| commit | `{m.get('commit')}` ({m.get('branch')}{', uncommitted changes' if m.get('dirty', '0') != '0' else ''}) |
| CPU | {m.get('cpu_model')}, `nproc` = {m.get('nproc')} |
| memory | {m.get('mem_total')} (`free -h` below) |
| software | .NET SDK {m.get('dotnet')}, Redis {m.get('redis')}, RabbitMQ {m.get('rabbitmq')}, {m.get('wrk')}, {m.get('kernel')} |
| load average | {m.get('loadavg_start')} at start, {data['replay_env'].get('loadavg_after_replay', '?')} after the replay, {data['queries'].get('loadavg_after_queries', '?')} after the load tests |

```
{data['free'].rstrip()}
```

| data set (tools/ExportGenerator, seed {d.get('seed')}) | |
|---|---|
| Omnichannel rooms | {_rooms(data):,} (plus {int(d.get('room_lines', 0)) - _rooms(data):,} team rooms) |
| messages | {int(d.get('message_lines', 0)):,} |
| departments | {d.get('departments')} |
| period | {d.get('months')} months from {d.get('first_day')} |
| export size | {_f(_mib(int(d.get('export_bytes', 0))), 0, ' MiB')} |
"""


def _wrk(data, system, rng, scope, conn):
    return data["wrk"].get((system, rng, scope, conn)) or {}


def targets(data):
    rooms, eps, delta = _rooms(data), _events_per_second(data), _memory_delta(data)
    conns = data["connections"]
    plot_c = int(data["queries"].get("plot_connections", 16))
    month = [(c, _wrk(data, "api", 31, "all", c)) for c in conns]
    best = max(month, key=lambda cw: cw[1].get("rps") or 0)
    ok_month = any((w.get("rps") or 0) >= 10_000 and (w.get("p99") or 1e9) < 5 for _, w in month)
    year = _wrk(data, "api", 365, "all", plot_c)
    year_worst = max((_wrk(data, "api", 365, s, c).get("p99") or 0) for s in ("all", "dep") for c in conns)
    year_base = _wrk(data, "baseline", 365, "all", plot_c)
    speedup = (year.get("rps") or 0) / year_base["rps"] if year_base.get("rps") else None
    full_minutes = FULL_EVENTS / eps / 60 if eps else None
    full_memory = delta * FULL_ROOMS / rooms if delta and rooms else None

    def met(flag):
        return "**met**" if flag else "**missed**"

    rows = [
        ("31-day chart ≥ 10,000 req/s with p99 < 5 ms", f"best {_f(best[1].get('rps'))} req/s at {best[0]} connections, p99 {_f(best[1].get('p99'), 2)} ms", met(ok_month)),
        ("365-day chart p99 < 5 ms", f"p99 {_f(year.get('p99'), 2)} ms at {plot_c} connections (worst of all cells: {_f(year_worst, 2)} ms)", met((year.get("p99") or 1e9) < 5)),
        ("≥ 100× the baseline at 1M rooms, 365-day chart", f"{_f(speedup, 1)}× req/s at {rooms:,} rooms ({plot_c} connections); not measured at 1M rooms", "not measured" if rooms < FULL_ROOMS else met((speedup or 0) >= 100)),
        ("projector ≥ 20,000 events/s", f"{_f(eps)} events/s end to end", met((eps or 0) >= 20_000)),
        ("1M rooms + 10M messages replayed in < 10 min", f"{_f(full_minutes, 1)} min extrapolated at the measured rate" if rooms < FULL_ROOMS else f"{_f(full_minutes, 1)} min", met((full_minutes or 1e9) < 10) + ("" if rooms >= FULL_ROOMS else " (extrapolated)")),
        ("Redis ≤ 1.5 GB for that set", f"{_f(_mib(full_memory), 0, ' MiB')} extrapolated linearly from {_f(_mib(delta), 1, ' MiB')} at {rooms:,} rooms" if rooms < FULL_ROOMS else _f(_mib(delta), 0, " MiB"), met((full_memory or 1e12) <= 1.5e9) + ("" if rooms >= FULL_ROOMS else " (extrapolated)")),
    ]
    table = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows)
    return f"""## Targets

| target (issue #5) | measured | verdict |
|---|---|---|
{table}
"""


def replay(data):
    r, env, t = data["replay"], data["replay_env"], data["ingestor_time"]
    seconds = float(env.get("replay_seconds") or 0)
    eps = _events_per_second(data)
    cpu = [("Projector", env.get("cpu_projector")), ("Redis", env.get("cpu_redis")), ("RabbitMQ (beam.smp)", env.get("cpu_rabbitmq"))]
    if len(t) >= 3:
        cpu.append(("Ingestor (replay + wait)", str(float(t[1]) + float(t[2]))))
    cpu_rows = "\n".join(f"| {name} | {_f(float(v or 0), 1)} s | {_f(100 * float(v or 0) / seconds if seconds else None, 0)} % of one core |" for name, v in cpu)
    stats = data.get("commandstats", [])[:10]
    stat_rows = "\n".join(f"| `{k}` | {c:,} | {u / 1e6:,.1f} s | {u / c:,.1f} µs |" for k, c, u in stats)
    return f"""## Write path: replay end to end

`replay --from <export> --wait` (file → RabbitMQ → Projector → Redis applied, counted by the Projector's
`run:{{runId}}` counters), with a dedicated key prefix, entity prefix and RabbitMQ vhost (`{data['namespace'].get('key_prefix')}`).

| figure | value |
|---|---|
| events published | {_f(r['published'])} |
| events applied / failed | {_f(r['applied'])} / {_f(r['failed'])} |
| publishing finished after | {_f(r['publish_seconds'], 1, ' s')} |
| total time (start of replay → last event applied) | {_f(seconds, 1, ' s')} |
| **throughput end to end** | **{_f(eps)} events/s** |
| exit code | {env.get('replay_exit')} |

CPU time used by each process during the replay (from `/proc/<pid>/stat`; the machine has {data['machine'].get('nproc')} cores
= {_f(2 * seconds, 0)} core-seconds available):

| process | CPU | |
|---|---|---|
{cpu_rows}

Time Redis spent per command during the replay (`INFO commandstats` before and after; commands run inside the
Lua scripts are counted both in their own line and in `evalsha`; other prefixes on this shared server included):

| command | calls | time | per call |
|---|---|---|---|
{stat_rows}
"""


def memory(data):
    rooms, delta, kinds = _rooms(data), _memory_delta(data), data["keyspace"]
    total_usage = sum(b for _, b in kinds.values())
    dep_days = kinds.get("dep:slot", (0, 0))[0]
    dep_bytes = sum(b for k, (_, b) in kinds.items() if k.startswith("dep:"))
    room_bytes = sum(kinds.get(k, (0, 0))[1] for k in ("room", "msgs"))
    rows = "\n".join(f"| `{k}` | {n:,} | {_f(_mib(b), 2)} MiB | {_f(b / n if n else None)} B |" for k, (n, b) in kinds.items())
    return f"""## Redis memory

`INFO memory` `used_memory` grew by **{_f(_mib(delta), 1, ' MiB')}** during the replay (other prefixes on this shared
server may move it a little): **{_f(delta / rooms if delta and rooms else None)} B per room** (messages included).
`MEMORY USAGE` of every key under the bench prefix adds up to {_f(_mib(total_usage), 1, ' MiB')}:

| key kind | keys | bytes | per key |
|---|---|---|---|
{rows}

* per room (`room:` + `msgs:` hashes): {_f(room_bytes / rooms if rooms else None)} B;
* per department-day (`dep:*` day, slot and ftidx keys over {dep_days:,} department-days with rooms): {_f(dep_bytes / dep_days if dep_days else None)} B;
* linear extrapolation to 1M rooms: {_f(_mib(delta * FULL_ROOMS / rooms) if delta and rooms else None, 0, ' MiB')} (an upper estimate:
  bucket keys grow with department-days, not rooms; `room:`/`msgs:` alone would be {_f(_mib(room_bytes * FULL_ROOMS / rooms) if rooms else None, 0, ' MiB')}).
"""


def _row(data, rng, scope, conn):
    a, b = _wrk(data, "api", rng, scope, conn), _wrk(data, "baseline", rng, scope, conn)
    errors = (a.get("non2xx", 0) or 0) + (a.get("errors", 0) or 0) + (b.get("non2xx", 0) or 0) + (b.get("errors", 0) or 0)
    label = "1 day (hourly)" if rng == 1 else f"{rng} days"
    return (f"| {label} | {'department' if scope == 'dep' else 'all'} | {conn} | {_f(a.get('rps'))} | {_f(a.get('p50'), 2)} | {_f(a.get('p99'), 2)} "
            f"| {_f(b.get('rps'))} | {_f(b.get('p50'), 2)} | {_f(b.get('p99'), 2)} "
            f"| {_ratio(a.get('rps'), b.get('rps'))} | {_ratio(a.get('p50'), b.get('p50'), False)} | {_ratio(a.get('p99'), b.get('p99'), False)} | {errors} |")


def _baseline_load(data):
    line = data.get("baseline_log", "")
    return f"Baseline start-up: `{line}`.\n" if line else ""


def queries(data, plotted):
    q, conns = data["queries"], data["connections"]
    rows = [_row(data, r, s, c) for r in (1, 31, 365) for s in ("all", "dep") for c in conns]
    plot_c = int(q.get("plot_connections", 16))
    extra = [_row(data, r, "all", plot_c) for r in (7, 90, 180, 730)]
    dates = ", ".join(f"{r} = {q.get('range_' + str(r), '?')}" for r in (1, 7, 31, 90, 180, 365, 730))
    return f"""## Read path: QueryApi against the compute-on-request baseline

**The baseline** (`bench/Benchmarks/Baseline`): the spec's algorithm computed on request from the raw room and
message documents, as Rocket.Chat does it — one query per bucket over that bucket's rooms — with the best index
an honest baseline would have: the `t: 'l'` rooms held in memory sorted by `ts` with a binary search per
bucket (MongoDB with a `{{t, ts}}` index), and messages pre-grouped by `rid` (an index on `rid`), joined and
counted per room for Total_messages. It runs in-process, with documents already parsed into structs, no
database round trip, no BSON decoding and the same ASP.NET server and JSON writer as the QueryApi: **a generous
baseline**, faster than Rocket.Chat on MongoDB can be. It serves the same route on another port, so wrk
measures both identically.

Before loading, the two servers were asked the same {q.get('verified_total')} requests (7 charts × 1/31/365 days × all/department):
**{q.get('verified_same')} of {q.get('verified_total')} answers were byte-identical** (status and body).

Load: `wrk -t1 -c<connections> -d{data['dataset'].get('duration')}s --latency` over loopback with the demo manager's
`X-User-Id`/`X-Auth-Token` headers (`bench/wrk/auth.lua`), chart `{q.get('chart')}`, department `{q.get('department')}` (the
largest), ranges {dates}. wrk, the server and Redis share the {data['machine'].get('nproc')} cores. Ratios: req/s ours ÷
baseline; latency baseline ÷ ours (higher is better for us in every ratio column).

| range | scope | conns | ours req/s | ours p50 ms | ours p99 ms | baseline req/s | baseline p50 ms | baseline p99 ms | × req/s | × p50 | × p99 | errors |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

Latency against range length (all rooms, {plot_c} connections):

| range | scope | conns | ours req/s | ours p50 ms | ours p99 ms | baseline req/s | baseline p50 ms | baseline p99 ms | × req/s | × p50 | × p99 | errors |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
{chr(10).join(extra)}

{'![latency against range length](latency-vs-range.png)' if plotted else '(no plot: neither matplotlib nor gnuplot was available)'}

{_baseline_load(data)}Resident memory at the end: QueryApi {_f(int(q.get('api_rss_kb', 0)) / 1024, 0, ' MiB')}, baseline {_f(int(q.get('baseline_rss_kb', 0)) / 1024, 0, ' MiB')}
(the baseline holds the parsed export).
"""


def micro(data):
    if not data["micro"]:
        return "## Micro-benchmarks\n\nNot run (`--skip-micro`) or BenchmarkDotNet wrote no report: see `raw/micro.txt`.\n"
    tables = "\n\n".join(f"### {name}\n\n{table}" for name, table in data["micro"])
    return f"""## Micro-benchmarks (BenchmarkDotNet, in-process, 1 launch × 8 iterations of 250 ms)

Against the real Redis on loopback for the writer and the reader (each class in its own key prefix, removed
afterwards). `Update_100_rooms_pipelined` reports the time per room with 100 updates in flight.

{tables}
"""


def notes(data):
    return """## How to read this

* All servers (Redis, RabbitMQ, the Projector, the QueryApi, the baseline) and wrk run on this one machine,
  so every figure includes their competition for its cores.
* Extrapolations to 1M rooms are linear in rooms or events and say so; only a run with `--size full`
  measures them.
"""


def read_cost(data):
    """CPU per request of the server and of Redis, and Redis time per request by command, from the load runs."""
    plot_c = int(data["queries"].get("plot_connections", 16))
    rows, command_rows = [], []
    for rng in (1, 31, 365):
        for system in ("api", "baseline"):
            key = (system, rng, "all", plot_c)
            w, cost = data["wrk"].get(key) or {}, data["cost"].get(key) or {}
            n = w.get("requests") or 0
            if not n or not cost.get("cpu"):
                continue
            server, redis = float(cost["cpu"].get("server_cpu", 0)), float(cost["cpu"].get("redis_cpu", 0))
            name = "OmniCharts" if system == "api" else "baseline"
            rows.append(f"| {rng} | {name} | {n:,} | {1000 * server / n:,.3f} | {1000 * redis / n:,.3f} | {1000 * (server + redis) / n:,.3f} |")
            if system == "api":
                top = ", ".join(f"`{k}` {c / n:,.1f}× {u / n:,.0f} µs" for k, c, u in cost["stats"][:4])
                command_rows.append(f"| {rng} | {top} |")
    if not rows:
        return ""
    return f"""## Where the read time goes

CPU used during each load run (`/proc/<pid>/stat` of the server and of redis-server), divided by the requests
served ({plot_c} connections, all rooms). wrk itself and other processes on the machine are not counted.

| range (days) | server | requests | server CPU ms / request | Redis CPU ms / request | total CPU ms / request |
|---|---|---|---|---|---|
{chr(10).join(rows)}

Redis commands per OmniCharts request (`INFO commandstats` around the run: calls per request and Redis time
per request; other prefixes on this shared server included):

| range (days) | top commands |
|---|---|
{chr(10).join(command_rows)}
"""
