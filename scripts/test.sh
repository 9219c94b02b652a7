#!/usr/bin/env bash
# The README's test command: from a fresh clone, installs what the tests need, builds the
# solution once (Release), runs every test project of ComplianceBot.sln, and ends with one
# line "N passed, N failed[, N skipped]" computed from the TRX files. Exit code 0 only when
# tests ran and none failed. Unattended: no stdin, CI=true is fine.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
configuration=Release
results="$root/TestResults"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Playwright's own browser download cannot work here; the browser tests use Debian's chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export E2E_ARTIFACTS_DIR="$results"

step() { printf '\n== %s\n' "$*"; }

if [ ! -x /usr/bin/chromium ]; then
  step "Installing Debian's chromium for the browser tests"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo -n); fi
  "${sudo_cmd[@]}" apt-get update -qq </dev/null
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends chromium </dev/null >/dev/null
fi

step "Node tools (tools/node_modules)"
(cd tools && npm ci --no-audit --no-fund </dev/null)

step "dotnet tools and restore"
dotnet tool restore </dev/null
dotnet restore ComplianceBot.sln </dev/null

step "Build ($configuration)"
dotnet build ComplianceBot.sln -c "$configuration" --no-restore -nologo </dev/null

rm -rf "$results"
mkdir -p "$results"

# Every test project the solution lists, one `dotnet test` each: one TRX and one console log
# per project, and the end-to-end tests never compete for the two cores with the others.
mapfile -t projects < <(dotnet sln ComplianceBot.sln list | tr '\\' '/' | grep -E '^tests/.*\.csproj$' | sort)
if [ "${#projects[@]}" -eq 0 ]; then
  echo "No test project in ComplianceBot.sln" >&2
  exit 1
fi

status=0
for project in "${projects[@]}"; do
  name="$(basename "$project" .csproj)"
  step "Test $name"
  if ! dotnet test "$project" -c "$configuration" --no-build --nologo \
      --results-directory "$results" \
      --logger "trx;LogFileName=$name.trx" \
      --logger "console;verbosity=normal" </dev/null 2>&1 | tee "$results/$name.log"; then
    status=1
  fi
  if [ ! -f "$results/$name.trx" ]; then
    echo "$name produced no TRX file" >&2
    status=1
  fi
done

# Sum the <Counters> of every TRX file.
read -r passed failed skipped < <(
  for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    grep -o '<Counters [^>]*>' "$trx"
  done | awk '
    function attr(name,   m) { return match($0, name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 2, RLENGTH - length(name) - 3) + 0 : 0 }
    { p += attr("passed"); f += attr("failed") + attr("error") + attr("timeout") + attr("aborted"); s += attr("notExecuted") }
    END { print p + 0, f + 0, s + 0 }')

echo
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi

if [ "$failed" -gt 0 ] || [ $((passed + failed)) -eq 0 ]; then
  status=1
fi
exit "$status"
