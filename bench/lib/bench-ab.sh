# Functions of scripts/bench-ab.sh (sourced after bench-lib.sh: it sets $raw, $tag, $before, $after, $rounds, ...).
# The two QueryApis are built from their own commits in temporary worktrees; everything else (namespace, export,
# replay, answers check, wrk cell) is bench-lib's.

ab_work=""
ab_worktrees=()

# ab_resolve SIDE REF: the full sha of REF, or exit before anything was started.
ab_resolve() {
  git rev-parse --verify --quiet "$2^{commit}" || { echo "bench-ab: --$1 $2 is not a commit" >&2; exit 2; }
}

# ab_build SIDE SHA PROJECT...: a detached worktree of SHA, each PROJECT built (Release) into $ab_work/SIDE/<name>.
ab_build() {
  local side=$1 sha=$2 project src
  shift 2
  src="$ab_work/src-$side"
  git worktree add --detach "$src" "$sha" >"$raw/worktree-$side.log" 2>&1 ||
    { cat "$raw/worktree-$side.log" >&2; exit 1; }
  ab_worktrees+=("$src")
  for project in "$@"; do
    log "build $side ($(git rev-parse --short "$sha")): $project"
    # No build server or node left running after the script (nor shut down: it may be someone else's).
    dotnet build "$src/$project" -c Release -o "$ab_work/$side/${project##*/}" --nologo -v quiet \
      -nodeReuse:false -p:UseSharedCompilation=false -clp:NoSummary\;ErrorsOnly >"$raw/build-$side-${project##*/}.log" 2>&1 ||
      { cat "$raw/build-$side-${project##*/}.log"; echo "bench-ab: build of $project at $side failed" >&2; exit 1; }
  done
}

ab_build_all() {
  ab_work="$(mktemp -d "${TMPDIR:-/tmp}/omnicharts-ab.XXXXXX")"
  ab_build before "$before_sha" src/QueryApi
  # The newer side writes the read model: its Projector and Ingestor, and both QueryApis read what they wrote.
  local after_projects=(src/QueryApi src/Projector src/Ingestor)
  export_ready || after_projects+=(tools/ExportGenerator)
  ab_build after "$after_sha" "${after_projects[@]}"
  projector_dir="$ab_work/after/Projector" ingestor_dir="$ab_work/after/Ingestor"
}

ab_write_refs() {
  local side sha
  for side in before after; do
    sha=${side}_sha
    echo "${side}_ref=\"${!side}\""
    echo "${side}_sha=${!sha}"
    echo "${side}_short=$(git rev-parse --short "${!sha}")"
    echo "${side}_subject=\"$(git log -1 --format=%s "${!sha}" | tr -d '"')\""
  done >"$raw/ab.env"
  { echo "rounds=$rounds"; echo "before_port=$before_port"; echo "after_port=$after_port"; } >>"$raw/ab.env"
}

# Run from another worktree, the export of the main checkout is used rather than generated again (GBs at full size).
ab_find_export() {
  local main_root
  main_root=$(dirname "$(git rev-parse --path-format=absolute --git-common-dir)")
  if ! export_ready && [[ -f "$main_root/$export_dir/.complete" ]]; then export_dir="$main_root/$export_dir"; fi
}

ab_check_ports() {
  local port
  for port in "$before_port" "$after_port"; do
    ! curl -s -o /dev/null "http://127.0.0.1:$port/" || { echo "bench-ab: port $port is already in use" >&2; exit 1; }
  done
}

ab_port() { if [[ "$1" == before ]]; then echo "$before_port"; else echo "$after_port"; fi; }

ab_start_readers() {
  local side
  for side in before after; do
    log "queries: QueryApi $side on :$(ab_port $side) (key prefix $tag)"
    start_server "QueryApi-$side" "$ab_work/$side/QueryApi" OmniCharts.QueryApi.dll --urls "http://127.0.0.1:$(ab_port $side)"
  done
  for side in before after; do wait_for "the QueryApi $side" 120 "ready $(ab_port $side)"; done
}

# Prints the requests whose answers differ; returns non-zero when there is one.
ab_verify() {
  department=$(pick_department)
  { echo "chart=$chart"; echo "department=$department"; } >"$raw/queries.env"
  verify_answers "before:$before_port" "after:$after_port"
  [[ -s "$raw/verify.txt" ]] || return 0
  echo "bench-ab: the two QueryApis answer differently for $(grep -c '^DIFF' "$raw/verify.txt") requests, the first:" >&2
  head -n 9 "$raw/verify.txt" >&2
  return 1
}

# ab_cell SIDE RANGE SCOPE CONNECTIONS NAME: one wrk run against one side's QueryApi (Redis as its store).
ab_cell() {
  wrk_cell "$5" "$(ab_port "$1")" "QueryApi-$1" redis_cpu_seconds "$2" "$3" "$4"
}

# Rounds outermost so that slow drift spreads over both sides; within a round each cell runs on both sides back
# to back, the order swapped every round (ABBA), so neither side always runs first. One QueryApi is loaded at a time.
ab_measure() {
  mkdir -p "$raw/wrk" "$raw/redis-during"
  local side range scope c round order
  log "queries: warm-up, 1 s per range and scope on each side"
  for side in before after; do
    for range in 1 31 365; do
      for scope in all dep; do duration=1 ab_cell "$side" "$range" "$scope" 4 "warmup-$side-$range-$scope-c4"; done
    done
  done
  for ((round = 1; round <= rounds; round++)); do
    order="before after"
    ((round % 2)) || order="after before"
    log "queries: round $round of $rounds ($order), wrk ${duration}s per cell: ranges 1/31/365 × all/dep × connections $connections"
    for range in 1 31 365; do
      for scope in all dep; do
        for c in $connections; do
          for side in $order; do ab_cell "$side" "$range" "$scope" "$c" "$side-$range-$scope-c$c-r$round"; done
        done
      done
    done
  done
  echo "loadavg_after_queries=\"$(cut -d' ' -f1-3 /proc/loadavg)\"" >>"$raw/queries.env"
  for side in before after; do
    ps -o rss= -p "$(cat "$pids_dir/QueryApi-$side.pid")" | awk -v s="$side" '{print s "_rss_kb=" $1}' >>"$raw/queries.env" || true
  done
}

ab_cleanup() {
  local name src
  for name in QueryApi-before QueryApi-after Projector; do stop_server "$name"; done
  cleanup_namespace
  [[ -n "$pids_dir" ]] && rm -rf "$pids_dir"
  for src in "${ab_worktrees[@]}"; do git worktree remove --force "$src" >/dev/null 2>&1 || true; done
  [[ -n "$ab_work" ]] && rm -rf "$ab_work"
  git worktree prune
}
