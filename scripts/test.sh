#!/usr/bin/env bash
# The test command: starts Redis and RabbitMQ, installs what the deployment tests need (nginx, the manifest
# validator: scripts/install-test-tools.sh), builds once, runs the unit and the integration tests,
# and ends with the line "N passed, N failed[, N skipped]". Exits non-zero when a test failed, a test
# project could not run, or no test ran at all.
#   ./scripts/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Charts]
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

readonly configuration=Release
readonly projects=(UnitTests IntegrationTests)
results_dir="${OMNICHARTS_TEST_RESULTS:-$(mktemp -d "${TMPDIR:-/tmp}/omnicharts-tests.XXXXXX")}"
mkdir -p "$results_dir"

./deploy/start-services.sh
./scripts/install-test-tools.sh

echo "== build ($configuration)"
if ! dotnet build OmniCharts.slnx -c "$configuration" --nologo -v quiet -clp:NoSummary\;ErrorsOnly; then
  echo "Build failed: no test ran."
  echo "0 passed, 1 failed"
  exit 1
fi

# A project whose test host could not start or crashed leaves a non-zero exit code and maybe no TRX file.
crashed=()
for project in "${projects[@]}"; do
  echo "== $project"
  rm -f "$results_dir/$project.trx"
  # The hang timeout turns a stuck test into a failure with a name instead of a CI run that never ends.
  if ! dotnet test "tests/$project" -c "$configuration" --no-build --nologo \
    --results-directory "$results_dir" --logger "trx;LogFileName=$project.trx" \
    --blame-hang-timeout 5min --blame-hang-dump-type none "$@"; then
    crashed+=("$project")
  fi
done

python3 "$repo_root/scripts/summarize-trx.py" "$results_dir" "${projects[@]}" -- "${crashed[@]}"
