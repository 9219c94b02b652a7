#!/usr/bin/env bash
# The README's run command: builds the bot and starts it on http://localhost:3978 in the
# Development environment (no channel auth, SQLite, the local mailbox folder instead of
# Graph), then Microsoft 365 Agents Playground pointed at it, and prints the address to open
# in a browser. Ctrl+C stops both. Works from any directory on a fresh clone.
#   BOT_PORT (3978), PLAYGROUND_PORT (56150), COMPLIANCEBOT_DATA (<repo>/.data) override the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
bot_port="${BOT_PORT:-3978}"
playground_port="${PLAYGROUND_PORT:-56150}"
data="${COMPLIANCEBOT_DATA:-$root/.data}"
configuration=Debug
bot_dir="$root/src/Bot/bin/$configuration/net10.0"
playground_cli="$root/tools/node_modules/@microsoft/m365agentsplayground/cli.js"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
http_ok() { node -e "fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))" "$1"; }

command -v node >/dev/null || fail "node is not installed (Node 20 or later is needed for the Playground)."
command -v dotnet >/dev/null || fail "dotnet is not installed (the .NET 10 SDK is needed)."
port_in_use "$bot_port" && fail "port $bot_port is in use: stop what listens there or set BOT_PORT."
port_in_use "$playground_port" && fail "port $playground_port is in use: stop what listens there or set PLAYGROUND_PORT."

say "Installing the Playground (tools/node_modules)"
(cd tools && npm ci --no-audit --no-fund)

say "Building the bot ($configuration)"
dotnet restore src/Bot
dotnet build src/Bot -c "$configuration" --no-restore -nologo -v quiet

mkdir -p "$data/App_Data" "$data/mailbox"
bot_pid=""
playground_pid=""
stop() {
  trap - INT TERM EXIT
  printf '\n== Stopping\n'
  for pid in $playground_pid $bot_pid; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in $playground_pid $bot_pid; do
    wait "$pid" 2>/dev/null || true
  done
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "Starting the bot on http://localhost:$bot_port (Development, SQLite in $data/App_Data, mail in $data/mailbox)"
(
  cd "$bot_dir"
  ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development \
  ASPNETCORE_URLS="http://localhost:$bot_port" \
  Registers__DataDirectory="$data/App_Data" Graph__LocalMailboxPath="$data/mailbox" \
  exec dotnet ComplianceBot.Bot.dll
) &
bot_pid=$!

for _ in $(seq 1 120); do
  http_ok "http://localhost:$bot_port/health/live" && break
  kill -0 "$bot_pid" 2>/dev/null || fail "the bot exited during start-up (see its output above)."
  sleep 0.5
done
http_ok "http://localhost:$bot_port/health/live" || fail "the bot did not answer /health/live within 60 s."

say "Starting Microsoft 365 Agents Playground"
playground_log="$data/playground.out"
: >"$playground_log"
(
  cd "$root/tools"
  TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$data/playground.log" \
  exec node "$playground_cli" -e "http://localhost:$bot_port/api/messages" -c msteams --dt -p "$playground_port"
) >"$playground_log" 2>&1 &
playground_pid=$!

# It moves silently to another port when its own is taken: believe what it prints.
listening=""
for _ in $(seq 1 60); do
  listening="$(sed -n 's/.*Listening on \([0-9][0-9]*\).*/\1/p' "$playground_log" | head -n 1)"
  [ -n "$listening" ] && break
  kill -0 "$playground_pid" 2>/dev/null || { cat "$playground_log" >&2; fail "the Playground exited."; }
  sleep 0.5
done
[ -n "$listening" ] || { cat "$playground_log" >&2; fail "the Playground did not report its port within 30 s."; }
for _ in $(seq 1 40); do
  http_ok "http://localhost:$listening/_debug/ping" && break
  sleep 0.25
done

cat <<EOF

ComplianceBot is running.
  Open http://localhost:$listening in a browser (the Teams-like Playground, chatting with the bot).
  Workspace: http://localhost:$bot_port/workspace (the officer's, director's and employee's pages; Development's
  local sign-in lets you choose whom to be among the people in the registers).
  Bot: http://localhost:$bot_port/api/messages   Playground log: $data/playground.log
  Press Ctrl+C to stop both.
EOF

# Stop everything as soon as either one ends, or on Ctrl+C.
set +e
wait -n "$bot_pid" "$playground_pid"
code=$?
set -e
echo "run.sh: a process ended (exit code $code); stopping the other." >&2
exit "$code"
