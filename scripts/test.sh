#!/usr/bin/env bash
# Runs every test suite — unit, functional (real SQLite and a throwaway PostgreSQL, real HTTP) and browser
# (Chromium) — and ends with one line "N passed, N failed, N skipped". Installs what the tests need (Debian's
# Chromium and PostgreSQL) when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

results="artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "Cannot run '$*' without root or sudo." >&2; return 1; fi
}

chromium="${BHARATBRIEF_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "Installing Chromium for the browser tests (apt-get)..."
  # Another apt run (unattended upgrades on a fresh machine) holds dpkg's lock: wait up to 5 minutes for it.
  as_root apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get -o DPkg::Lock::Timeout=300 install -y -qq chromium >/dev/null
fi
export BHARATBRIEF_CHROMIUM="$chromium"

# The store tests run on both providers: a cluster of our own on 127.0.0.1 and a free port, stopped by its process
# id when this script ends however it ends (scripts/postgres-test-server.sh; a given BHARATBRIEF_TEST_POSTGRES wins).
if [ -z "${BHARATBRIEF_TEST_POSTGRES:-}" ]; then
  postgres_started=$(scripts/postgres-test-server.sh start)
  postgres_folder=$(echo "$postgres_started" | sed -n 1p)
  trap 'scripts/postgres-test-server.sh stop "$postgres_folder"' EXIT
  export BHARATBRIEF_TEST_POSTGRES=$(echo "$postgres_started" | sed -n 2p)
  echo "PostgreSQL for the store tests: $BHARATBRIEF_TEST_POSTGRES"
fi

dotnet build BharatBrief.sln -c Release -nologo -clp:ErrorsOnly

status=0
dotnet test BharatBrief.sln -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=false || status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { local v; v=$(echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"); echo "${v:-0}"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
