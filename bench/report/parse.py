"""Readers of the raw files scripts/bench.sh leaves in <results>/raw."""
import glob
import os
import re


def env(path):
    values = {}
    if not os.path.exists(path):
        return values
    for line in open(path, encoding="utf-8"):
        if "=" in line:
            key, value = line.rstrip("\n").split("=", 1)
            values[key] = value.strip('"')
    return values


def _ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(path):
    """Requests/s, p50, p90, p99 (ms), request count, non-2xx and socket errors of one wrk --latency run."""
    if not os.path.exists(path):
        return None
    text = open(path, encoding="utf-8").read()
    result = {"rps": None, "p50": None, "p90": None, "p99": None, "requests": 0, "non2xx": 0, "errors": 0}
    if m := re.search(r"Requests/sec:\s+([\d.]+)", text):
        result["rps"] = float(m.group(1))
    for pct, key in (("50", "p50"), ("90", "p90"), ("99", "p99")):
        if m := re.search(rf"^\s+{pct}%\s+([\d.]+(?:us|ms|s|m))\s*$", text, re.M):
            result[key] = _ms(m.group(1))
    if m := re.search(r"(\d+) requests in", text):
        result["requests"] = int(m.group(1))
    if m := re.search(r"Non-2xx or 3xx responses: (\d+)", text):
        result["non2xx"] = int(m.group(1))
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text):
        result["errors"] = sum(int(g) for g in m.groups())
    return result


def keyspace(path):
    kinds = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            parts = line.split("\t")
            if len(parts) == 3:
                kinds[parts[0]] = (int(parts[1]), int(parts[2]))
    return kinds


def replay(path):
    """Published events, the second publishing ended and the projector's final counters."""
    result = {"published": None, "publish_seconds": None, "applied": None, "failed": None}
    if not os.path.exists(path):
        return result
    for line in open(path, encoding="utf-8"):
        stamp, _, text = line.rstrip("\n").partition(" ")
        if m := re.match(r"total: read \d+, published (\d+)", text):
            result["published"] = int(m.group(1))
            result["publish_seconds"] = float(stamp)
        if m := re.match(r"projector: applied (\d+), failed (\d+) of (\d+)", text):
            result["applied"], result["failed"] = int(m.group(1)), int(m.group(2))
            result["published"] = result["published"] or int(m.group(3))
    return result


def micro_tables(directory):
    tables = []
    for path in sorted(glob.glob(os.path.join(directory, "results", "*-report-github.md"))):
        name = os.path.basename(path).replace("-report-github.md", "").split(".")[-1]
        body = open(path, encoding="utf-8").read()
        # Keep the table only: the environment block is in the report's machine section.
        table = "\n".join(line for line in body.splitlines() if line.startswith("|"))
        tables.append((name, table))
    return tables


def commandstats_delta(before, after):
    """Per command: (calls, usec) executed between two INFO commandstats snapshots, most time first."""
    def read(path):
        stats = {}
        if os.path.exists(path):
            for line in open(path, encoding="utf-8"):
                if m := re.match(r"cmdstat_([^:]+):calls=(\d+),usec=(\d+)", line):
                    stats[m.group(1)] = (int(m.group(2)), int(m.group(3)))
        return stats
    a, b = read(before), read(after)
    delta = {k: (v[0] - a.get(k, (0, 0))[0], v[1] - a.get(k, (0, 0))[1]) for k, v in b.items()}
    return sorted(((k, c, u) for k, (c, u) in delta.items() if c > 0), key=lambda t: -t[2])


def env_words(path):
    """key=value words on one line (the .cpu files)."""
    if not os.path.exists(path):
        return {}
    return dict(word.split("=", 1) for word in open(path, encoding="utf-8").read().split())


def micro_means(directory):
    """Method → Mean (text, with its unit) from every BenchmarkDotNet GitHub report under <directory>/results."""
    means = {}
    for _, table in micro_tables(directory):
        rows = [[c.strip() for c in line.strip("|").split("|")] for line in table.splitlines()]
        if not rows or "Mean" not in rows[0]:
            continue
        column = rows[0].index("Mean")
        for row in rows[2:]:
            means[row[0]] = row[column]
    return means
