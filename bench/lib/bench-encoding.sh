# Experiment: the same micro-benchmarks and the same synthetic contents on two private Redis servers that differ
# only in hash-max-listpack-entries: 512 (Redis 7's default: hashes up to 512 fields are listpacks, searched
# linearly by HMGET and HINCRBY) and 128 (room and message hashes stay listpacks, full bucket hashes become
# hashtables). Private servers on $experiment_port, so the shared Redis
# keeps its configuration and other users are not disturbed.

readonly experiment_port=6391

run_encoding_experiment() {
  local variant entries dir
  for variant in listpack-512 listpack-128; do
    entries=512
    [[ "$variant" == listpack-128 ]] && entries=128
    dir="$(mktemp -d "${TMPDIR:-/tmp}/omnicharts-bench-redis.XXXXXX")"
    log "encoding experiment: private redis-server :$experiment_port with hash-max-listpack-entries $entries"
    redis-server --port "$experiment_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" \
      --hash-max-listpack-entries "$entries" --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
    wait_for "the private redis-server" 30 "redis-cli -p $experiment_port PING >/dev/null 2>&1"
    ConnectionStrings__redis="127.0.0.1:$experiment_port" dotnet "bench/Benchmarks/$release/OmniCharts.Benchmarks.dll" \
      synthetic-fill --prefix bench-exp --rooms 20000 >"$raw/experiment-$variant-fill.txt" 2>&1 || true
    ConnectionStrings__redis="127.0.0.1:$experiment_port" dotnet "bench/Benchmarks/$release/OmniCharts.Benchmarks.dll" \
      keyspace-memory --prefix bench-exp >"$raw/experiment-$variant-keyspace.tsv" 2>&1 || true
    ConnectionStrings__redis="127.0.0.1:$experiment_port" dotnet "bench/Benchmarks/$release/OmniCharts.Benchmarks.dll" \
      micro --artifacts "$results/experiment-$variant" --filter '*BucketRead*' '*RoomWrite*' >"$raw/experiment-$variant-micro.txt" 2>&1 || true
    redis-cli -p "$experiment_port" SHUTDOWN NOSAVE >/dev/null 2>&1 || true
    rm -rf "$dir"
  done
}
