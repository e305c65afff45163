#!/usr/bin/env bash
# Runs every test of CareNet: codegen drift, build, typecheck, lint, unit + integration (SQLite and a real
# PostgreSQL), Playwright e2e on Debian's Chromium.  Usage: npm run test:all
#
# - Installs the Debian packages postgresql and chromium with apt-get when missing
#   (needs root, or sudo).
# - Starts a throwaway PostgreSQL cluster on 127.0.0.1:${PG_PORT:-5433} and removes it on
#   exit.  If TEST_PG_URL is already exported, that server is used instead and no cluster
#   is started.
# - Exports TEST_PG_URL, CHROMIUM_PATH and TZ=Asia/Shanghai for the turbo tasks.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/pg.sh
source "$ROOT/scripts/pg.sh"

export DEBIAN_FRONTEND=noninteractive
export TZ=Asia/Shanghai
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export TURBO_TELEMETRY_DISABLED=1
export TURBO_NO_UPDATE_NOTIFIER=1

START_TS=$(date +%s)
CURRENT_STAGE="setup"
stage() {
  CURRENT_STAGE="$*"
  printf '\n======================================================================\n'
  printf '== [%s +%ss] %s\n' "$(date +%H:%M:%S)" "$(( $(date +%s) - START_TS ))" "$*"
  printf '======================================================================\n'
}

USER_PG_URL="${TEST_PG_URL:-}"

cleanup() {
  local rc=$?
  trap - EXIT
  pg_stop_throwaway || true
  if [ "$rc" -eq 0 ]; then
    stage "ALL STAGES PASSED"
  else
    stage "FAILED (exit $rc) in stage: $CURRENT_STAGE"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------
stage "1/6 system packages (postgresql, chromium)"
missing=()
if [ -z "$USER_PG_URL" ] && [ -z "$(pg_find_bin)" ]; then
  missing+=(postgresql)
fi
if [ ! -x "$CHROMIUM_PATH" ]; then
  if [ "$CHROMIUM_PATH" != /usr/bin/chromium ]; then
    echo "CHROMIUM_PATH=$CHROMIUM_PATH is not executable" >&2
    exit 1
  fi
  missing+=(chromium)
fi
if [ ! -e /usr/share/zoneinfo/Asia/Shanghai ]; then
  missing+=(tzdata)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo -E)
  else
    echo "Missing Debian packages (${missing[*]}) and not root: install them first." >&2
    exit 1
  fi
  echo "installing: ${missing[*]}"
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq -o Dpkg::Use-Pty=0 "${missing[@]}"
else
  echo "already installed: nothing to do"
fi

if [ ! -d node_modules ]; then
  echo "node_modules is missing: run 'npm ci' first (or use 'npm ci && npm run test:all')." >&2
  exit 1
fi

# ---------------------------------------------------------------------------------------
stage "2/6 PostgreSQL"
if [ -n "$USER_PG_URL" ]; then
  export TEST_PG_URL="$USER_PG_URL"
  echo "using the exported TEST_PG_URL (no throwaway cluster started)"
else
  pg_start_throwaway
fi
echo "TEST_PG_URL=$(printf '%s' "$TEST_PG_URL" | sed -E 's#//([^:/@]+):[^@]*@#//\1:***@#')"
echo "CHROMIUM_PATH=$CHROMIUM_PATH  TZ=$TZ"

# ---------------------------------------------------------------------------------------
stage "3/6 codegen drift check and build (npm run codegen:check, npx turbo run build)"
# Before the build: its codegen task rewrites apps/dashboard/src/gql, which would hide drift.
# The checked-in client types must match schema.graphql and the operations.
npm run codegen:check -w @carenet/dashboard
npx --no-install turbo run build

stage "4/6 typecheck and lint (npx turbo run typecheck, npm run lint)"
npx --no-install turbo run typecheck
# ESLint, including the layer rules (domain, schema, dashboard, features): see eslint.config.mjs.
npm run lint

stage "5/6 unit + integration tests, SQLite and PostgreSQL (npx turbo run test)"
npx --no-install turbo run test

stage "6/6 browser e2e, Playwright + Chromium (npx turbo run e2e)"
npx --no-install turbo run e2e
