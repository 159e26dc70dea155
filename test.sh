#!/usr/bin/env bash
# Runs every test of ThongSuot on this machine: installs what the tests need (PostgreSQL, Chromium,
# fonts, poppler, an SMTP server, node), starts a throwaway PostgreSQL, builds, runs all test projects,
# and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '\n== %s\n' "$*"; }
finish() { printf '%s passed, %s failed\n' "$1" "$2"; exit "$3"; }

# --- 1. Debian packages the tests use -------------------------------------------------------
need=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
[ -f /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation)
[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation2)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || need+=(python3-aiosmtpd)
# The duty tests read the .ics back with ical.js (vendored) under node.
command -v node >/dev/null 2>&1 || need+=(nodejs)
# The two-node tests put Debian's nginx in front of two app processes.
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || { echo "apt-get install failed"; finish 0 1 1; }
fi

# --- 2. A throwaway PostgreSQL on a free loopback port --------------------------------------
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/thongsuot-pg.XXXXXX)
pgport=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
as_pg() { if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$pgdir"; runuser -u postgres -- "$@"; else "$@"; fi; }
say "starting PostgreSQL on 127.0.0.1:$pgport"
as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pgdir/initdb.log" 2>&1 \
  || { cat "$pgdir/initdb.log"; finish 0 1 1; }
as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 start \
  -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" >/dev/null \
  || { cat "$pgdir/server.log"; finish 0 1 1; }
stop_pg() { as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdir"; }
trap stop_pg EXIT
export THONGSUOT_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Password=postgres"
# Each test app would watch its settings files; a run holds many apps and the kernel allows 128 watchers per user.
export DOTNET_hostBuilder__reloadConfigOnChange=false
# Pages version their static files and watch them; polling keeps the test apps off the kernel's inotify limit.
export DOTNET_USE_POLLING_FILE_WATCHER=true

# --- 3. Build once, then run every test project -----------------------------------------------
say "building"
if ! dotnet build ThongSuot.slnx -c Release -nologo -clp:ErrorsOnly > "$pgdir/build.log" 2>&1; then
  cat "$pgdir/build.log"; finish 0 1 1
fi
say "checking package licences"
# Every package the build restored, with its licence; fails on one outside the allow-list (AGPL, GPL, unknown…).
if bash tools/check-licences.sh > "$pgdir/licences.log" 2>&1; then tail -n 1 "$pgdir/licences.log"
else cat "$pgdir/licences.log"; finish 0 1 1; fi

# The test projects run side by side: the browser tests wait on Chromium much of the time, and each `dotnet test`
# spends seconds starting up alone. Their logs are summed up one project after another below.
projects=(tests/*/*.csproj)
say "testing ${#projects[@]} projects side by side"
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  ( dotnet test "$project" -c Release --no-build -nologo --results-directory "$pgdir/results" \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" > "$pgdir/$name.log" 2>&1
    echo $? > "$pgdir/$name.rc" ) &
done
wait

passed=0; failed=0; skipped=0; status=0
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  say "$name"
  log="$pgdir/$name.log"
  rc=$(cat "$pgdir/$name.rc" 2>/dev/null || echo 1)
  grep -E '^\s+Failed |Error Message|^\s+at ThongSuot|Passed!|Failed!' -A2 "$log" | head -n 400
  trx="$pgdir/results/$name.trx"
  counters=$(grep -o '<Counters [^>]*>' "$trx" 2>/dev/null)
  if [ -z "$counters" ]; then
    tail -n 40 "$log"; echo "no test results from $name (exit $rc)"; failed=$((failed + 1)); status=1; continue
  fi
  count() { sed -nE "s/.* $1=\"([0-9]+)\".*/\1/p" <<<"$counters"; }
  p=$(count passed); f=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
  s=$(( $(count total) - $(count executed) ))
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  [ "$rc" -eq 0 ] || status=1
done

[ "$failed" -eq 0 ] || status=1
if [ "$skipped" -gt 0 ]; then
  printf '%s passed, %s failed, %s skipped\n' "$passed" "$failed" "$skipped"; exit "$status"
fi
finish "$passed" "$failed" "$status"
