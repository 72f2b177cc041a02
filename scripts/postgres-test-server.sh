#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on 127.0.0.1 and a free port, trusting local connections.
#
#   scripts/postgres-test-server.sh start        starts one in a new temp folder; prints two lines:
#                                                the folder (give it to stop) and the connection string
#   scripts/postgres-test-server.sh stop FOLDER  stops that cluster by its process id and removes the folder
#
# e.g.  read -r dir conn < <(scripts/postgres-test-server.sh start | paste -sd' ')
#       BHARATBRIEF_TEST_POSTGRES="$conn" dotnet test tests/BharatBrief.Data.Tests
#       scripts/postgres-test-server.sh stop "$dir"
#
# Installs Debian's postgresql when initdb is missing. initdb refuses root, so as root the cluster runs as the
# postgres user.
set -euo pipefail

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "Cannot run '$*' without root or sudo." >&2; return 1; fi
}

find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

# Runs a server program as the cluster's owner: postgres when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  local bin
  if ! bin=$(find_bin); then
    echo "Installing PostgreSQL for the store tests (apt-get)..." >&2
    as_root apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get -o DPkg::Lock::Timeout=300 install -y -qq postgresql >/dev/null
    bin=$(find_bin) || { echo "PostgreSQL's initdb and pg_ctl are still missing after installing postgresql." >&2; exit 1; }
  fi
  local dir user port
  dir=$(mktemp -d "${TMPDIR:-/tmp}/bharatbrief-postgres.XXXXXX")
  user=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; user=postgres; fi
  chmod 700 "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
  # A free port can be taken between the check and the start: try a few.
  for _ in 1 2 3 4 5; do
    port=$(free_port)
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null; then
      echo "$bin" >"$dir/bin"
      echo "$dir"
      echo "Host=127.0.0.1;Port=$port;Username=$user;Database=postgres"
      return 0
    fi
  done
  cat "$dir/server.log" >&2
  rm -rf "$dir"
  exit 1
}

stop() {
  local dir=${1:?usage: $0 stop FOLDER}
  [ -d "$dir/data" ] || { echo "No cluster in '$dir'." >&2; exit 1; }
  local pid
  pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
  if [ -n "$pid" ]; then
    as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
    # pg_ctl returns once the server removed its pid file, a moment before the process itself is gone.
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start | stop FOLDER" >&2; exit 2 ;;
esac
