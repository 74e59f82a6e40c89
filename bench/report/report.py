#!/usr/bin/env python3
"""Writes <results>/report.md and <results>/latency-vs-range.png from the raw files of scripts/bench.sh."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import parse  # noqa: E402
import plot  # noqa: E402
import sections  # noqa: E402
import sections_read  # noqa: E402
import sections_write  # noqa: E402


def main(results):
    raw = os.path.join(results, "raw")
    data = {
        "machine": parse.env(os.path.join(raw, "machine.env")),
        "dataset": parse.env(os.path.join(raw, "dataset.env")),
        "namespace": parse.env(os.path.join(raw, "namespace.env")),
        "replay_env": parse.env(os.path.join(raw, "replay.env")),
        "replay": parse.replay(os.path.join(raw, "replay.txt")),
        "ingestor_time": open(os.path.join(raw, "ingestor-time.txt")).read().split() if os.path.exists(os.path.join(raw, "ingestor-time.txt")) else [],
        "commandstats": parse.commandstats_delta(os.path.join(raw, "redis-commandstats-before.txt"), os.path.join(raw, "redis-commandstats-after.txt")),
        "keyspace": parse.keyspace(os.path.join(raw, "keyspace.tsv")),
        "queries": parse.env(os.path.join(raw, "queries.env")),
        "free": open(os.path.join(raw, "free.txt")).read() if os.path.exists(os.path.join(raw, "free.txt")) else "",
        "baseline_log": next((l.strip() for l in open(os.path.join(raw, "Baseline.log"), errors="replace") if l.startswith("baseline: loaded")), "") if os.path.exists(os.path.join(raw, "Baseline.log")) else "",
        "micro": parse.micro_tables(os.path.join(results, "micro")),
    }
    data["experiment"] = {}
    for variant in ("listpack-512", "listpack-128"):
        if os.path.isdir(os.path.join(results, "experiment-" + variant)):
            data["experiment"][variant] = {
                "means": parse.micro_means(os.path.join(results, "experiment-" + variant)),
                "keyspace": parse.keyspace(os.path.join(raw, f"experiment-{variant}-keyspace.tsv")),
            }
    connections = [int(c) for c in data["dataset"].get("connections", "1 16 64").split()]
    data["connections"] = connections
    data["wrk"] = {}
    data["cost"] = {}
    for path in sorted(os.listdir(os.path.join(raw, "wrk"))) if os.path.isdir(os.path.join(raw, "wrk")) else []:
        if not path.endswith(".txt"):
            continue
        name = path[:-4]
        system, rng, scope, conn = name.split("-")
        key = (system, int(rng), scope, int(conn[1:]))
        data["wrk"][key] = parse.wrk(os.path.join(raw, "wrk", path))
        during = os.path.join(raw, "redis-during", name)
        data["cost"][key] = {
            "cpu": parse.env_words(during + ".cpu"),
            "stats": parse.commandstats_delta(during + ".before", during + ".after"),
            "kept": parse.env_words(during + ".kept"),
        }

    png = os.path.join(results, "latency-vs-range.png")
    plotted = plot.latency_vs_range(data, png)
    text = "\n".join([
        sections.header(data),
        sections.targets(data),
        sections_write.replay(data),
        sections_write.memory(data),
        sections_read.queries(data, plotted),
        sections_read.read_cost(data),
        sections_read.overview(data),
        sections_read.micro(data),
        sections_read.experiment(data),
        sections.notes(data),
    ])
    with open(os.path.join(results, "report.md"), "w", encoding="utf-8") as out:
        out.write(text)
    print(f"report: {os.path.join(results, 'report.md')}")


if __name__ == "__main__":
    main(sys.argv[1])
