#!/usr/bin/env bash
# The benchmark: generates a deterministic Rocket.Chat export, replays it end to end (file → RabbitMQ →
# Projector → Redis), loads the QueryApi and the two compute-on-request baselines (in-process, and
# PostgreSQL holding the raw documents) with wrk, runs the
# BenchmarkDotNet micro-benchmarks and writes bench/results/<stamp>-<size>/report.md with a latency plot.
#   ./scripts/bench.sh [--size small|medium|full] [--rooms N] [--seed 42] [--duration SECONDS]
#                      [--connections "1 16 64"] [--skip-micro] [--encoding-experiment] [--out DIR]
# Sizes: small = 20,000 rooms, medium = 100,000, full = 1,000,000 (10 messages per room on average,
# 50 departments, 24 months). Everything runs under its own Redis key prefix, RabbitMQ vhost and entity
# prefix, which are removed at the end.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 PATH="$PATH:/usr/sbin:/sbin"

size=full rooms="" seed=42 duration=5 connections="1 16 64" skip_micro=false experiment=false out=""
while (($#)); do
  case "$1" in
    --size) size=$2; shift 2 ;;
    --rooms) rooms=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --skip-micro) skip_micro=true; shift ;;
    --encoding-experiment) experiment=true; shift ;;
    --out) out=$2; shift 2 ;;
    -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$size" in
  small) rooms=${rooms:-20000} ;;
  medium) rooms=${rooms:-100000} ;;
  full) rooms=${rooms:-1000000} ;;
  *) echo "bench: --size is small, medium or full" >&2; exit 2 ;;
esac

readonly stamp="$(date -u +%Y%m%d-%H%M%S)"
readonly tag="bench-${stamp//-/}"
readonly api_port=5180 computed_port=5181 baseline_port=5190 db_baseline_port=5191
results="${out:-bench/results/$(date -u +%Y-%m-%d-%H%M)-$size}"
raw="$results/raw"
export_dir="bench/.data/export-r$rooms-s$seed"
mkdir -p "$raw"

# shellcheck source=bench/lib/bench-lib.sh
source bench/lib/bench-lib.sh

log "prerequisites"
./deploy/start-services.sh
ensure_tools
build_programs
write_machine "$raw/machine.env"

prepare_export "tools/ExportGenerator/$release/OmniCharts.ExportGenerator.dll"

trap cleanup EXIT
trap 'exit 130' INT TERM
setup_namespace
measure_replay
start_postgres
load_postgres
measure_queries
stop_servers
cleanup_namespace
$skip_micro || run_micro
# The listpack experiment argued for layout v2 (bench/DESIGN-CHANGES.md); v2 made it moot, so it is opt-in.
! $experiment || run_encoding_experiment
log "report"
python3 bench/report/report.py "$results"
log "done: $results/report.md"
