"""The read-path sections: load tests against the baseline, read cost, micro-benchmarks."""
from figures import FULL_EVENTS, FULL_ROOMS, _f, _mib, _ratio, _rooms, _events_per_second, _memory_delta, _wrk  # noqa: F401


def _baseline_load(data):
    line = data.get("baseline_log", "")
    return f"Baseline start-up: `{line}`.\n" if line else ""


def _row(data, rng, scope, conn, base="baseline"):
    a, b = _wrk(data, "api", rng, scope, conn), _wrk(data, base, rng, scope, conn)
    errors = (a.get("non2xx", 0) or 0) + (a.get("errors", 0) or 0) + (b.get("non2xx", 0) or 0) + (b.get("errors", 0) or 0)
    label = "1 day (hourly)" if rng == 1 else f"{rng} days"
    return (f"| {label} | {'department' if scope == 'dep' else 'all'} | {conn} | {_f(a.get('rps'))} | {_f(a.get('p50'), 2)} | {_f(a.get('p99'), 2)} "
            f"| {_f(b.get('rps'))} | {_f(b.get('p50'), 2)} | {_f(b.get('p99'), 2)} "
            f"| {_ratio(a.get('rps'), b.get('rps'))} | {_ratio(a.get('p50'), b.get('p50'), False)} | {_ratio(a.get('p99'), b.get('p99'), False)} | {errors} |")


def queries(data, plotted):
    q, conns = data["queries"], data["connections"]
    rows = [_row(data, r, s, c) for r in (1, 31, 365) for s in ("all", "dep") for c in conns]
    plot_c = int(q.get("plot_connections", 16))
    extra = [_row(data, r, "all", plot_c) for r in (7, 90, 180, 730)]
    db_rows = [_row(data, r, s, c, "db") for r in (1, 31, 365) for s in ("all", "dep") for c in conns]
    db_extra = [_row(data, r, "all", plot_c, "db") for r in (7, 90, 180, 730)]
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

**The database baseline** (`bench/Benchmarks/DatabaseBaseline`): the same algorithm the way Rocket.Chat runs it,
against a database holding the raw documents. The export's rooms and messages are loaded into PostgreSQL
({data['dataset'].get('pg_bytes') and _f(_mib(int(data['dataset'].get('pg_bytes'))), 0, ' MiB') or '?'}, `doc jsonb` per document, loaded in {data['dataset'].get('pg_load_seconds', '?')} s), indexed like a well-tuned
Rocket.Chat database (`{{t, ts}}`, `{{t, departmentId, ts}}`, messages by `rid`), on a private cluster tuned to
be generous (2 GB shared buffers, everything cached, no JIT). Each request runs one indexed query per bucket,
in sequence, projecting only the metric the chart reads out of each stored document, and reduces the rows in
the application; Total_messages counts each room's messages through the `rid` index. MongoDB is not
installable on our machines; PostgreSQL with `jsonb` stands in for it, and the report does not claim MongoDB
figures.

Before loading, the three servers were asked the same {q.get('verified_total')} requests (7 charts × 1/31/365 days × all/department):
**{q.get('verified_same')} of {q.get('verified_total')} answers were byte-identical across all three** (status and body).

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

Against the database baseline (the same load; ratios ours ÷ database baseline):

| range | scope | conns | ours req/s | ours p50 ms | ours p99 ms | database req/s | database p50 ms | database p99 ms | × req/s | × p50 | × p99 | errors |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
{chr(10).join(db_rows)}
{chr(10).join(db_extra)}

{'![latency against range length](latency-vs-range.png)' if plotted else '(no plot: neither matplotlib nor gnuplot was available)'}

{_baseline_load(data)}Resident memory at the end: QueryApi {_f(int(q.get('api_rss_kb', 0)) / 1024, 0, ' MiB')}, baseline {_f(int(q.get('baseline_rss_kb', 0)) / 1024, 0, ' MiB')}
(the baseline holds the parsed export).
"""


def read_cost(data):
    """CPU per request of the server and of Redis, and Redis time per request by command, from the load runs."""
    plot_c = int(data["queries"].get("plot_connections", 16))
    rows, command_rows = [], []
    for rng in (1, 31, 365):
        for system in ("api", "baseline", "db"):
            key = (system, rng, "all", plot_c)
            w, cost = data["wrk"].get(key) or {}, data["cost"].get(key) or {}
            n = w.get("requests") or 0
            if not n or not cost.get("cpu"):
                continue
            server, redis = float(cost["cpu"].get("server_cpu", 0)), float(cost["cpu"].get("redis_cpu", 0))
            name = {"api": "OmniCharts", "baseline": "baseline", "db": "database baseline"}[system]
            rows.append(f"| {rng} | {name} | {n:,} | {1000 * server / n:,.3f} | {1000 * redis / n:,.3f} | {1000 * (server + redis) / n:,.3f} |")
            if system == "api":
                top = ", ".join(f"`{k}` {c / n:,.1f}× {u / n:,.0f} µs" for k, c, u in cost["stats"][:4])
                command_rows.append(f"| {rng} | {top} |")
    if not rows:
        return ""
    return f"""## Where the read time goes

CPU used during each load run (`/proc/<pid>/stat` of the server and of redis-server), divided by the requests
served ({plot_c} connections, all rooms). wrk itself and other processes on the machine are not counted.

| range (days) | server | requests | server CPU ms / request | store CPU ms / request (Redis; PostgreSQL for the database baseline) | total CPU ms / request |
|---|---|---|---|---|---|
{chr(10).join(rows)}

Redis commands per OmniCharts request (`INFO commandstats` around the run: calls per request and Redis time
per request; other prefixes on this shared server included):

| range (days) | top commands |
|---|---|
{chr(10).join(command_rows)}
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


def experiment(data):
    variants = data.get("experiment", {})
    if not variants:
        return ""
    a, b = variants.get("listpack-512", {}), variants.get("listpack-128", {})
    methods = list(dict.fromkeys(list(a.get("means", {})) + list(b.get("means", {}))))
    rows = "\n".join(f"| {m} | {a.get('means', {}).get(m, 'n/a')} | {b.get('means', {}).get(m, 'n/a')} |" for m in methods)
    kinds = sorted(set(a.get("keyspace", {})) | set(b.get("keyspace", {})))
    memory_rows = "\n".join(
        f"| `{k}` | {_f(_mib(a.get('keyspace', {}).get(k, (0, 0))[1]), 2)} MiB | {_f(_mib(b.get('keyspace', {}).get(k, (0, 0))[1]), 2)} MiB |" for k in kinds)
    total_a = sum(v[1] for v in a.get("keyspace", {}).values())
    total_b = sum(v[1] for v in b.get("keyspace", {}).values())
    return f"""## Experiment: hash encoding (private Redis servers, same code, same contents)

Two private `redis-server`s started by the bench, identical except `hash-max-listpack-entries`: 512 (Redis 7's
default: a hash of up to 512 fields is a listpack, which HMGET and HINCRBY search linearly) and 128 (room and
message hashes, about a dozen fields, stay compact listpacks; bucket hashes past 128 fields become hashtables).
A month hash holds at most 31 × 11 = 341 fields, so with the default it is always a listpack; a slot hash
(up to 96 × 11 fields) is one until it passes 512 fields. Same micro-benchmarks (no other client on these servers), then 20,000 synthetic
rooms written through `ReadModelWriter` and measured with `MEMORY USAGE`.

| micro-benchmark (mean) | 512 (default) | 128 |
|---|---|---|
{rows}

| key kind | 512 (default) | 128 |
|---|---|---|
{memory_rows}
| **total** | **{_f(_mib(total_a), 1)} MiB** | **{_f(_mib(total_b), 1)} MiB** |
"""


OVERVIEW_KINDS = ("all:day:ov", "all:slot:ov", "dep:day:ov", "dep:slot:ov", "all:agday", "all:agslot",
                  "dep:agday", "dep:agslot", "all:slotver", "dep:slotver", "room:overview-fields")
AGENT_KINDS = ("all:agday", "all:agslot", "dep:agday", "dep:agslot")


def overview(data):
    """The analytics overview's load runs against both baselines, their cost, and the memory its buckets take per room."""
    q, conn = data["queries"], 16
    rows, cost_rows = [], []
    for kind, label in (("ov", "overview Conversations"), ("ag", f"agent-overview {q.get('agent_chart', '?')}")):
        for rng in (31, 365):
            for scope in ("all", "dep"):
                a, b, d = (_wrk(data, kind + system, rng, scope, conn) for system in ("api", "baseline", "db"))
                errors = sum((w.get("non2xx", 0) or 0) + (w.get("errors", 0) or 0) for w in (a, b, d))
                rows.append(f"| {label} | {rng} | {'department' if scope == 'dep' else 'all'} | {_f(a.get('rps'))} | {_f(a.get('p50'), 2)} | {_f(a.get('p99'), 2)} "
                            f"| {_f(b.get('rps'))} | {_f(b.get('p99'), 2)} | {_ratio(a.get('rps'), b.get('rps'))} | {_ratio(a.get('p99'), b.get('p99'), False)} "
                            f"| {_f(d.get('rps'), 1)} | {_f(d.get('p99'), 0)} | {_ratio(a.get('rps'), d.get('rps'))} | {_ratio(a.get('p99'), d.get('p99'), False)} | {errors} |")
                key = (kind + "api", rng, scope, conn)
                w, c = data["wrk"].get(key) or {}, data["cost"].get(key) or {}
                n = w.get("requests") or 0
                if n and c.get("cpu"):
                    server, redis = float(c["cpu"].get("server_cpu", 0)), float(c["cpu"].get("redis_cpu", 0))
                    top = ", ".join(f"`{k}` {calls / n:,.1f}×" for k, calls, _ in c["stats"][:3])
                    cost_rows.append(f"| {label} | {rng} | {scope} | {1000 * server / n:,.3f} | {1000 * redis / n:,.3f} | {top} |")
    rooms, kinds = _rooms(data), data["keyspace"]
    memory_rows = [f"| `{k}` | {kinds[k][0]:,} | {_f(_mib(kinds[k][1]), 2)} MiB | {_f(kinds[k][1] / rooms if rooms else None, 1)} B |" for k in OVERVIEW_KINDS if k in kinds]
    extra = sum(kinds[k][1] for k in OVERVIEW_KINDS if k in kinds)
    year = [_wrk(data, "ovapi", 365, s, conn).get("p99") for s in ("all", "dep")]
    kept_rows = []
    for kind, label in (("", f"charts-data {q.get('chart', '')}"), ("ov", "overview Conversations"), ("ag", "agent-overview")):
        for system, data_label in (("api", "unchanged"), ("computed", "unchanged"), ("apichurn20", "20 writes/s"), ("computedchurn20", "20 writes/s"),
                                   ("apichurn200", "200 writes/s"), ("computedchurn200", "200 writes/s")):
            key = (kind + system, 365, "all", conn)
            w, c = data["wrk"].get(key) or {}, data["cost"].get(key) or {}
            if not w:
                continue
            n, cpu, k = w.get("requests") or 0, c.get("cpu") or {}, c.get("kept") or {}
            server = 1000 * float(cpu.get("server_cpu", 0)) / n if n and cpu else None
            server_label = "computes every answer" if system.startswith("computed") or not kind else "kept answers"
            outcomes = f"{k.get('kept')} / {k.get('read')} / {k.get('second_read')}" if k and server_label == "kept answers" else ""
            kept_rows.append(f"| {label} | {data_label} | {server_label} "
                             f"| {_f(w.get('rps'))} | {_f(w.get('p50'), 2)} | {_f(w.get('p99'), 2)} | {_f(server, 3)} | {outcomes} |")
    computed_year = _wrk(data, "ovcomputed", 365, "all", conn).get("p99")
    churn_year = [_wrk(data, f"ovapichurn{r}", 365, "all", conn).get("p99") for r in (20, 200)]
    return f"""## Read path: the analytics overview

Both endpoints of `analytics-overview.md` on the same servers: the QueryApi (bucket sums), the in-process baseline
and the database baseline, which find the range's rooms through the `ts` index on every request (one query for
the range, each room's messages counted through `rid` when a card needs them) and reduce them, printing with the
QueryApi's own body builders. Before loading, every server was asked every name of both endpoints × 1/31/365 days ×
all/department (the QueryApi twice, its second answer kept; a second QueryApi that keeps no answers once):
**{q.get('overview_verified_same', '?')} of {q.get('overview_verified_total', '?')} answers were byte-identical across all of them**.
`wrk -t1 -c{conn}`, {data['dataset'].get('duration')} s per cell, after 15 s of warm-up per endpoint and system (the JIT settles its tiers under load); ratios as above (ours ÷ theirs for req/s, theirs ÷ ours for p99).
365-day overview p99 at {conn} connections: **{_f(year[0], 2)} ms** (all rooms), {_f(year[1], 2)} ms (one department); target < 10 ms.
The data does not change during these cells, so after the first request the QueryApi answers from its kept answers
(a version read per request); the next table shows what it costs when the data changes.

| endpoint | days | scope | ours req/s | ours p50 ms | ours p99 ms | baseline req/s | baseline p99 ms | × req/s | × p99 | database req/s | database p99 ms | × req/s | × p99 | errors |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

**Kept answers, and what happens when the data changes.** The same 365-day cells (all rooms) on the QueryApi and on a
second QueryApi on the same keys that keeps no answers (`Overview__KeptAnswerBytes=0`), first on unchanged data,
then while `churn` writes 20 or 200 room changes a second into the range's last day through the real writer (each
one moves the version the answers are kept under; 200/s is a very busy workspace); the 365-day chart, which keeps
no answers, under the same writes for comparison. Outcomes count the kept QueryApi's
answers during the cell: kept (from memory or from another request's computation of the same versions) / read /
second read (the kept answer it bet on was out of date). 365-day overview p99: **{_f(year[0], 2)} ms** kept,
{_f(computed_year, 2)} ms computing every answer; with 20 and 200 writes a second {_f(churn_year[0], 2)} and {_f(churn_year[1], 2)} ms.
On 2 cores the writer and Redis' write scripts share the machine with the load, so every row's tail grows under writes,
the chart's too: compare rows within one rate. A write costs one computation however many requests are waiting for
it (the second-read count is close to the number of writes); those requests wait for it, which is the tail.

| endpoint | data | QueryApi | req/s | p50 ms | p99 ms | QueryApi CPU ms/request | kept / read / second read |
|---|---|---|---|---|---|---|---|
{chr(10).join(kept_rows)}

CPU per OmniCharts request during those runs, and its most frequent Redis commands (calls per request):

| endpoint | days | scope | QueryApi CPU ms | Redis CPU ms | top commands |
|---|---|---|---|---|---|
{chr(10).join(cost_rows)}

What the overview's buckets take (`MEMORY USAGE`, per Omnichannel room of the data set): **{_f(extra / rooms if rooms else None, 0)} B per room** in all.
`…:ov` are the overview's metric hashes (open, held, the message weights, Productivity's differences), `ag*` the
per-agent families, `…:slotver` the day versions under which the QueryApi keeps the open month's days of
the message weights, `room:overview-fields` the fields the overview adds to the room hashes (estimated
from a sample of rooms copied without them).

| key kind | keys | bytes | per room |
|---|---|---|---|
{chr(10).join(memory_rows)}
"""
