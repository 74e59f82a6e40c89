"""Formatting helpers and figures shared by the report sections."""

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

def _wrk(data, system, rng, scope, conn):
    return data["wrk"].get((system, rng, scope, conn)) or {}
