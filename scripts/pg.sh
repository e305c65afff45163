# shellcheck shell=bash
# Throwaway PostgreSQL cluster helpers. Source this file, then:
#
#   pg_find_bin                  # prints the newest /usr/lib/postgresql/*/bin with initdb+pg_ctl
#   pg_start_throwaway           # initdb + pg_ctl start; exports TEST_PG_URL; sets PG_TMP_DATA
#   pg_stop_throwaway            # stops the cluster and removes its directory (safe to call twice)
#
# The cluster is started as in the TOOLCHAIN notes: data dir from mktemp owned by the
# postgres user, pg_ctl run as postgres (it refuses to run as root), listening only on
# 127.0.0.1:${PG_PORT:-5433}, Unix socket inside the data dir, trust auth for user postgres.
# Standalone use (for a shell session of manual testing):
#   bash scripts/pg.sh            # starts a cluster, prints TEST_PG_URL, stops it on Ctrl+C

PG_TMP_DATA="${PG_TMP_DATA:-}"
PG_BIN="${PG_BIN:-}"

pg_log() { printf '[pg] %s\n' "$*" >&2; }

# Run a command as the postgres user when we are root; as ourselves otherwise.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# Newest /usr/lib/postgresql/<ver>/bin that has both initdb and pg_ctl, or empty.
pg_find_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
      printf '%s\n' "$d"
      return 0
    fi
  done
  return 0
}

pg_start_throwaway() {
  local port="${PG_PORT:-5433}"
  PG_BIN="${PG_BIN:-$(pg_find_bin)}"
  if [ -z "$PG_BIN" ]; then
    pg_log "no PostgreSQL binaries under /usr/lib/postgresql/*/bin (install the 'postgresql' package)"
    return 1
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    pg_log "user 'postgres' does not exist (it comes with the Debian 'postgresql' package)"
    return 1
  fi

  # Refuse to start on a busy port rather than testing against someone else's server.
  local rc=0
  "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2 || rc=$?
  if [ "$rc" -ne 2 ]; then
    pg_log "port $port on 127.0.0.1 is already in use (a leftover cluster from an interrupted run?)."
    pg_log "Stop it, or set PG_PORT to a free port, or export TEST_PG_URL to use an existing server."
    return 1
  fi

  # Under /tmp explicitly: the postgres user must be able to reach the directory, and a
  # root TMPDIR (e.g. under /root) would not be traversable. Short path keeps the socket
  # path well under the 107-byte limit.
  PG_TMP_DATA="$(mktemp -d /tmp/carenet-pg.XXXXXX)"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$PG_TMP_DATA"
  fi

  pg_log "initdb in $PG_TMP_DATA ($PG_BIN)"
  if ! pg_as_owner "$PG_BIN/initdb" -D "$PG_TMP_DATA" -U postgres --auth=trust \
      --encoding=UTF8 --locale=C.UTF-8 >"$PG_TMP_DATA.initdb.log" 2>&1; then
    cat "$PG_TMP_DATA.initdb.log" >&2
    rm -f "$PG_TMP_DATA.initdb.log"
    return 1
  fi
  rm -f "$PG_TMP_DATA.initdb.log"

  pg_log "starting on 127.0.0.1:$port"
  # fsync & co. off: the cluster is thrown away after the run, durability buys nothing.
  if ! pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP_DATA" -w -t 60 -l "$PG_TMP_DATA/server.log" \
      -o "-p $port -k $PG_TMP_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null; then
    pg_log "pg_ctl start failed; server.log:"
    cat "$PG_TMP_DATA/server.log" >&2 || true
    return 1
  fi

  export TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
  pg_log "up: TEST_PG_URL=$TEST_PG_URL"
}

pg_stop_throwaway() {
  if [ -n "$PG_TMP_DATA" ] && [ -d "$PG_TMP_DATA" ]; then
    if [ -f "$PG_TMP_DATA/postmaster.pid" ]; then
      pg_log "stopping cluster in $PG_TMP_DATA"
      pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP_DATA" -m fast -w -t 60 stop >/dev/null 2>&1 \
        || pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP_DATA" -m immediate -w stop >/dev/null 2>&1 \
        || pg_log "warning: could not stop the cluster in $PG_TMP_DATA"
    fi
    rm -rf "$PG_TMP_DATA"
  fi
  PG_TMP_DATA=""
}

# Executed directly: start a cluster for manual use and keep it until interrupted.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  _pg_sleep_pid=""
  trap 'if [ -n "$_pg_sleep_pid" ]; then kill "$_pg_sleep_pid" 2>/dev/null || true; fi; pg_stop_throwaway' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  pg_start_throwaway
  echo "export TEST_PG_URL=$TEST_PG_URL"
  echo "Cluster running; press Ctrl+C to stop and delete it."
  while :; do sleep 3600 & _pg_sleep_pid=$!; wait "$_pg_sleep_pid"; done
fi
