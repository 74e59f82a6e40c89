"""The write-path sections: replay and Redis memory."""
from figures import FULL_EVENTS, FULL_ROOMS, _f, _mib, _ratio, _rooms, _events_per_second, _memory_delta, _wrk  # noqa: F401


def replay(data):
    r, env, t = data["replay"], data["replay_env"], data["ingestor_time"]
    seconds = float(env.get("replay_seconds") or 0)
    eps = _events_per_second(data)
    cpu = [("Projector", env.get("cpu_projector")), ("Redis", env.get("cpu_redis")), ("RabbitMQ (beam.smp)", env.get("cpu_rabbitmq"))]
    if len(t) >= 3:
        cpu.append(("Ingestor (replay + wait)", str(float(t[1]) + float(t[2]))))
    events = r["published"] or 0
    cpu_rows = "\n".join(
        f"| {name} | {_f(float(v or 0), 1)} s | {_f(100 * float(v or 0) / seconds if seconds else None, 0)} % of one core "
        f"| {_f(1e6 * float(v or 0) / events if events else None)} µs |" for name, v in cpu)
    total_cpu = sum(float(v or 0) for _, v in cpu)
    per_event = 1e6 * total_cpu / events if events else None
    ceiling = int(data["machine"].get("nproc", 2)) * 1e6 / per_event if per_event else None
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
= {_f(2 * seconds, 0)} core-seconds available; Redis and RabbitMQ serve any other client of this machine too, whose
work is counted in their lines):

| process | CPU | | CPU per event |
|---|---|---|---|
{cpu_rows}
| **all four** | {_f(total_cpu, 1)} s | | **{_f(per_event)} µs** |

At {_f(per_event)} CPU-µs per event, {data['machine'].get('nproc')} cores fully given to the pipeline would sustain at most
**{_f(ceiling)} events/s**: the throughput target needs less work per event, not only more concurrency.

Time Redis spent per command during the replay (`INFO commandstats` before and after; commands run inside the
Lua scripts are counted both in their own line and in `evalsha`; other prefixes on this shared server included):

| command | calls | time | per call |
|---|---|---|---|
{stat_rows}
"""


def memory(data):
    rooms, delta, kinds = _rooms(data), _memory_delta(data), data["keyspace"]
    # room:overview-fields is an estimate of part of the room hashes, not keys of its own.
    total_usage = sum(b for k, (_, b) in kinds.items() if k != "room:overview-fields")
    # Layout v2: one `n` slot hash per department-day with rooms (v1 had one slot hash per department-day).
    dep_days = kinds.get("dep:slot:n", kinds.get("dep:slot", (0, 0)))[0]
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
* linear extrapolation to 1M rooms: {_f(_mib(delta * FULL_ROOMS / rooms) if delta and rooms else None, 0, ' MiB')} — an estimate, not a bound:
  bucket keys grow with department-days rather than rooms; `room:`/`msgs:` alone would be {_f(_mib(room_bytes * FULL_ROOMS / rooms) if rooms else None, 0, ' MiB')}.
"""
