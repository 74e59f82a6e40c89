#!/usr/bin/env python3
"""Sums the TRX files of scripts/test.sh and prints the closing line "N passed, N failed[, N skipped]".

usage: summarize-trx.py RESULTS_DIR PROJECT... -- [PROJECT WHOSE dotnet test EXITED NON-ZERO...]
Exit code 1 when a test failed, a project did not run to completion, or no test ran at all.
A project that exited non-zero without a failed test in its TRX (a crash, a hang, a missing TRX) is
counted as one failure, so that the closing line never says "0 failed" for a run that failed.
"""
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
FAILED_COUNTERS = ("failed", "error", "timeout", "aborted")


def read_trx(path):
    root = ElementTree.parse(path).getroot()
    counters = root.find("t:ResultSummary/t:Counters", NS)
    count = (lambda name: int(counters.get(name, "0"))) if counters is not None else (lambda name: 0)
    failures, not_executed = [], 0
    for result in root.iterfind("t:Results/t:UnitTestResult", NS):
        not_executed += result.get("outcome") == "NotExecuted"
        if result.get("outcome") in ("Failed", "Error", "Timeout", "Aborted"):
            message = result.findtext("t:Output/t:ErrorInfo/t:Message", default="", namespaces=NS).strip()
            failures.append((result.get("testName"), message.splitlines()[0] if message else ""))
    passed = count("passed")
    failed = sum(count(name) for name in FAILED_COUNTERS)
    # Runners disagree on whether "executed" includes skipped tests; the results themselves tell.
    skipped = max(not_executed, count("total") - count("executed"))
    return passed, failed, skipped, failures


def main(argv):
    separator = argv.index("--")
    results_dir, projects, crashed = Path(argv[1]), argv[2:separator], set(argv[separator + 1:])
    totals = {"passed": 0, "failed": 0, "skipped": 0}
    problems = []
    print(f"== summary (TRX files in {results_dir})")
    for project in projects:
        trx = results_dir / f"{project}.trx"
        passed, failed, skipped, failures = read_trx(trx) if trx.is_file() else (0, 0, 0, [])
        if project in crashed and failed == 0:
            problems.append(f"{project} did not run to completion (dotnet test failed; see its output above)")
            failed = 1
        totals["passed"] += passed
        totals["failed"] += failed
        totals["skipped"] += skipped
        print(f"{project:18} {passed} passed, {failed} failed, {skipped} skipped")
        for name, message in failures:
            print(f"  FAILED {name}: {message}")
    if sum(totals.values()) == 0:
        problems.append("no test ran")
    for problem in problems:
        print(f"ERROR: {problem}")
    line = f"{totals['passed']} passed, {totals['failed']} failed"
    if totals["skipped"]:
        line += f", {totals['skipped']} skipped"
    print(line)
    return 1 if totals["failed"] or problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
