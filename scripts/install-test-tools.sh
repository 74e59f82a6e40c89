#!/usr/bin/env bash
# The tools the deployment tests need besides Redis and RabbitMQ (those are deploy/start-services.sh's):
#   nginx  the binary only: each test starts its own nginx on a free port with the shipped template
#   node   runs tests/Deploy/k8s-validate, which validates deploy/k8s offline against the Kubernetes schemas
# Installs them from Debian packages when missing, then installs the validator's pinned npm packages
# (`npm ci`, only when package-lock.json changed since the last install). Idempotent and quick on a second run.
# On a host with systemd, Debian's nginx package also enables its default site on port 80; the tests never use it.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly validator_dir="$repo_root/tests/Deploy/k8s-validate"
readonly log_dir="${OMNICHARTS_SERVICES_LOG_DIR:-/tmp/omnicharts-services}"
# nginx lives in /usr/sbin, which a non-root PATH often lacks.
export PATH="$PATH:/usr/sbin:/sbin"

fail() {
  echo "install-test-tools: FAILED: $*" >&2
  exit 1
}

as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    fail "'$*' needs root and sudo is not available; run this script as root."
  fi
}

install_missing() {
  local packages=()
  command -v nginx >/dev/null 2>&1 || packages+=(nginx)
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
  ((${#packages[@]} == 0)) && return 0
  command -v apt-get >/dev/null 2>&1 ||
    fail "${packages[*]} missing and this is not a Debian/Ubuntu machine: install them yourself."
  mkdir -p "$log_dir"
  echo "install-test-tools: installing ${packages[*]} (log: $log_dir/apt-tools.log)"
  {
    as_root apt-get update &&
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}"
  } >"$log_dir/apt-tools.log" 2>&1 ||
    fail "apt-get could not install ${packages[*]}; see $log_dir/apt-tools.log"
}

# npm ci empties node_modules first, so it runs only when the lock file differs from the installed one.
install_validator() {
  local stamp="$validator_dir/node_modules/.installed-package-lock.json"
  if cmp -s "$validator_dir/package-lock.json" "$stamp" 2>/dev/null; then
    return 0
  fi
  echo "install-test-tools: npm ci in tests/Deploy/k8s-validate"
  (cd "$validator_dir" && npm ci --no-audit --no-fund --loglevel=error) >"$log_dir/npm-ci.log" 2>&1 ||
    fail "npm ci failed in $validator_dir; see $log_dir/npm-ci.log"
  cp "$validator_dir/package-lock.json" "$stamp"
}

main() {
  mkdir -p "$log_dir"
  install_missing
  install_validator
  echo "nginx     $(nginx -v 2>&1 | sed 's/^nginx version: //')"
  echo "node      $(node --version), validator packages installed"
}

main "$@"
