# The database baseline's PostgreSQL: a private, throw-away cluster on loopback (port $pg_port), tuned to be
# generous to the baseline (everything cached, no JIT, no durability costs on the load).

readonly pg_port=5433
pg_dir="${TMPDIR:-/tmp}/omnicharts-bench-pg"
pg_connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Maximum Pool Size=200;No Reset On Close=true"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

start_postgres() {
  if [[ -z "$(pg_bin)" ]]; then
    log "installing postgresql from Debian (for the database baseline)"
    DEBIAN_FRONTEND=noninteractive apt_install postgresql ||
      { echo "bench: could not install postgresql, see $raw/apt.log" >&2; exit 1; }
  fi
  local bin
  bin=$(pg_bin)
  stop_postgres
  as_root rm -rf "$pg_dir"
  as_root install -d -o postgres -g postgres "$pg_dir"
  as_root su postgres -s /bin/sh -c "'$bin/initdb' -D '$pg_dir/data' --auth=trust -U postgres" >"$raw/postgres-init.log" 2>&1
  as_root su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/server.log' -w start -o \"-p $pg_port -k '$pg_dir' -c listen_addresses=127.0.0.1 -c max_connections=250 -c shared_buffers=2GB -c effective_cache_size=12GB -c work_mem=16MB -c maintenance_work_mem=1GB -c jit=off -c fsync=off -c synchronous_commit=off -c full_page_writes=off\"" >>"$raw/postgres-init.log" 2>&1 ||
    { cat "$raw/postgres-init.log" "$pg_dir/server.log" >&2; echo "bench: PostgreSQL did not start" >&2; exit 1; }
  echo "postgres=\"$("$bin/postgres" --version)\"" >>"$raw/machine.env"
}

# Stops the cluster and deletes it: at full size its data is about 6 GB.
stop_postgres() {
  [[ -d "$pg_dir/data" ]] || return 0
  as_root su postgres -s /bin/sh -c "'$(pg_bin)/pg_ctl' -D '$pg_dir/data' -m fast stop" >/dev/null 2>&1 || true
  as_root rm -rf "$pg_dir"
}

load_postgres() {
  log "database baseline: loading the export into PostgreSQL"
  local started=$SECONDS
  dotnet "bench/Benchmarks/$release/OmniCharts.Benchmarks.dll" baseline-db-load --from "$export_dir" --pg "$pg_connection" |
    tee "$raw/baseline-db-load.txt"
  echo "pg_load_seconds=$((SECONDS - started))" >>"$raw/dataset.env"
  echo "pg_bytes=$(psql -h 127.0.0.1 -p "$pg_port" -U postgres -At -c 'SELECT pg_database_size(current_database())')" >>"$raw/dataset.env"
}
