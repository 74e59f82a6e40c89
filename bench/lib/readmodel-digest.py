#!/usr/bin/env python3
"""readmodel-digest.py PREFIX [PORT]: what a read model holds, independent of how Redis encodes it.

For every key of the live generation under PREFIX (`HGET PREFIX:state live`), its logical content: a hash's fields
sorted, a sorted set's members with scores in order, a set's members sorted, a string. Prints TSV `kind keys sha256`
with the digest over the sorted (key, content) pairs of each kind, so two read models can be compared kind by kind
whatever order their keys were written in (MEMORY USAGE depends on that order: a listpack grown field by field keeps
the allocator's slack). A room hash that is only a team room's `{v, l=0}` is the kind `room:team`; the `dayver` and
`slotver` hashes hold versions that are times, so only their field names go into the digest (`dayver:fields`).
Speaks RESP over a socket: no client library needed.
"""
import hashlib
import socket
import sys

BATCH = 2_000


class Redis:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.buf = self.sock.makefile("rb", buffering=1 << 20)

    def pipeline(self, commands):
        out = []
        for command in commands:
            out.append(b"*%d\r\n" % len(command))
            for arg in command:
                arg = arg if isinstance(arg, bytes) else str(arg).encode()
                out.append(b"$%d\r\n%s\r\n" % (len(arg), arg))
        self.sock.sendall(b"".join(out))
        return [self._read() for _ in commands]

    def _read(self):
        line = self.buf.readline()
        kind, rest = line[:1], line[1:-2]
        if kind == b"+":
            return rest
        if kind == b"-":
            raise RuntimeError(rest.decode())
        if kind == b":":
            return int(rest)
        if kind == b"$":
            n = int(rest)
            return None if n < 0 else self.buf.read(n + 2)[:-2]
        if kind == b"*":
            n = int(rest)
            return None if n < 0 else [self._read() for _ in range(n)]
        raise RuntimeError(f"unexpected reply {line!r}")


def kind_of(rest):
    parts = rest.split(":")
    if parts[0] in ("room", "msgs", "user", "perm", "setting", "checkpoint"):
        return parts[0]
    if parts[0] == "rooms":
        return rest
    if parts[0] == "all":
        return "all:" + parts[1]
    if parts[0] == "dep" and len(parts) > 2:
        return "dep:" + parts[2]
    return "other"


def main(prefix, port):
    redis = Redis(port)
    generation = redis.pipeline([["HGET", f"{prefix}:state", "live"]])[0].decode()
    root = f"{prefix}:{generation}:"
    keys, cursor = [], b"0"
    while True:
        cursor, batch = redis.pipeline([["SCAN", cursor, "MATCH", root + "*", "COUNT", 5000]])[0]
        keys.extend(batch)
        if cursor == b"0":
            break
    entries = {}
    for start in range(0, len(keys), BATCH):
        batch = keys[start:start + BATCH]
        types = redis.pipeline([["TYPE", k] for k in batch])
        commands = []
        for key, type_ in zip(batch, types):
            commands.append({b"hash": ["HGETALL", key], b"zset": ["ZRANGE", key, 0, -1, "WITHSCORES"],
                             b"set": ["SMEMBERS", key], b"string": ["GET", key]}.get(type_, ["TYPE", key]))
        for key, type_, value in zip(batch, types, redis.pipeline(commands)):
            rest = key.decode()[len(root):]
            kind = kind_of(rest)
            if type_ == b"hash":
                pairs = sorted(zip(value[0::2], value[1::2]))
                if kind == "room" and dict(pairs).get(b"l") == b"0" and set(dict(pairs)) <= {b"v", b"l"}:
                    kind = "room:team"
                if kind.endswith((":dayver", ":slotver")):
                    kind, pairs = kind + ":fields", [(f, b"") for f, _ in pairs]
                content = b"\x00".join(f + b"=" + v for f, v in pairs)
            elif type_ == b"set":
                content = b"\x00".join(sorted(value))
            elif type_ == b"zset":
                content = b"\x00".join(value)
            else:
                content = value if isinstance(value, bytes) else repr(value).encode()
            entries.setdefault(kind, []).append((rest.encode(), hashlib.sha256(type_ + b"\x01" + content).digest()))
    for kind in sorted(entries):
        digest = hashlib.sha256()
        for name, content in sorted(entries[kind]):
            digest.update(name + b"\x02" + content)
        print(f"{kind}\t{len(entries[kind])}\t{digest.hexdigest()}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 6379)
