#!/usr/bin/env bash
# Benchmark of POST /api/messages: the full bot (auth ON against a local issuer, SQLite, a card
# reply to a fake connector) side by side with a floor (parse + one reply), in the same run.
# Method: /work/shared/docs/benchmarking.md — wrk and the fake connector on core 0, the app on
# core 1, warm-up in steps until two agree within 10 %, rounds interleaved (floor, bot, floor,
# bot), a paced run at half of each one's peak for p99, peak RSS (VmHWM) from /proc.
# Usage: bench/run.sh   (env: ROUNDS, STEP_SECONDS, MIN_WARMUP_STEPS, MAX_WARMUP_STEPS, MEASURE_SECONDS,
#        PACED_SECONDS, CONNECTIONS; RSS_TRACE=file writes the bot's memory every second and the phases)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROUNDS="${ROUNDS:-2}"
STEP_SECONDS="${STEP_SECONDS:-10}"
MIN_WARMUP_STEPS="${MIN_WARMUP_STEPS:-9}"
MAX_WARMUP_STEPS="${MAX_WARMUP_STEPS:-18}"
MEASURE_SECONDS="${MEASURE_SECONDS:-15}"
PACED_SECONDS="${PACED_SECONDS:-15}"
CONNECTIONS="${CONNECTIONS:-16}"
FAKE_PORT=5901 FLOOR_PORT=5902 BOT_PORT=5903
FAKE="http://127.0.0.1:$FAKE_PORT"
APP_ID="6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"  # any GUID: production start-up requires one
WORK="$(mktemp -d)"
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  # A fresh machine has no package lists yet: read them once, then install.
  $SUDO apt-get install -y wrk >/dev/null 2>&1 || { $SUDO apt-get update -qq && $SUDO apt-get install -y wrk >/dev/null; }
fi

echo "== build (Release)"
for project in bench/FakeConnector bench/Floor bench/Pacer src/Bot; do
  dotnet build -c Release "$ROOT/$project" -v q -nologo | grep -E 'error|Warn|warn' || true
done

wait_ready() { # url
  for _ in $(seq 1 300); do
    if curl -s -o /dev/null "$1"; then return 0; fi
    sleep 0.2
  done
  echo "not ready: $1" >&2
  tail -n 20 "$WORK"/*.log >&2 || true
  exit 1
}

# Start each as `(cd dir && exec taskset …) &` so the PID kept is the app's own.
(cd "$ROOT/bench/FakeConnector/bin/Release/net10.0" && exec taskset -c 0 dotnet FakeConnector.dll --urls "$FAKE") >"$WORK/fake.log" 2>&1 &
PIDS+=($!)
wait_ready "$FAKE/count"

# Both apps run with the runtime environment infra/main.bicep gives the bot in production.
RUNTIME_ENV=(MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=65536)
(cd "$ROOT/bench/Floor/bin/Release/net10.0" && exec env "${RUNTIME_ENV[@]}" taskset -c 1 dotnet Floor.dll --urls "http://127.0.0.1:$FLOOR_PORT") >"$WORK/floor.log" 2>&1 &
FLOOR_PID=$!; PIDS+=($FLOOR_PID)

# The bot as in production (auth on, outbound token from a managed identity), except that its
# issuer, identity endpoint and connector are local, and the per-tenant outbound limit (Teams:
# 50/s) is lifted: the fake connector is not Teams, and every request here is one tenant.
REGISTERS_ENV=(
  Registers__Provider=Sqlite
  ConnectionStrings__Registers="Data Source=$WORK/bench.db"
  Registers__IdentityEncryptionKey="$(head -c 32 /dev/urandom | base64)"
)
# The register exists before the measured start, as for every start of an instance but the
# very first (in production the deployment applies the SQL Server migrations): `officers list`
# creates and migrates it, then the bot starts on it (decision 111).
(cd "$ROOT/src/Bot/bin/Release/net10.0" && env ASPNETCORE_ENVIRONMENT="${BOT_ENVIRONMENT:-Development}" Logging__LogLevel__Default=Warning \
  "${REGISTERS_ENV[@]}" dotnet ComplianceBot.Bot.dll officers list >/dev/null)
# Development, because the fake connector is a loopback http address and the issuer's metadata comes
# over plain http: outside Development the bot refuses both (decision 112). Every development
# shortcut is switched off explicitly, so authentication, the real Graph mode and a random identity
# key are as in production, and so is the container's scope checking, which Development turns on
# and which costs about a fifth of the throughput (decision 116).
(cd "$ROOT/src/Bot/bin/Release/net10.0" && exec env \
  ASPNETCORE_ENVIRONMENT="${BOT_ENVIRONMENT:-Development}" \
  "${RUNTIME_ENV[@]}" \
  Logging__LogLevel__Default=Warning \
  Teams__DangerouslyAllowUnauthenticatedRequests=false \
  Hosting__ValidateScopes=false \
  Teams__AppId="$APP_ID" \
  Teams__UseManagedIdentity=true \
  IDENTITY_ENDPOINT="$FAKE/msi/token" IDENTITY_HEADER=bench \
  Teams__BotFrameworkMetadataUrl="$FAKE/v1/.well-known/openidconfiguration" \
  Teams__RequireHttpsMetadata=false \
  Teams__TenantRequestsPerSecond=100000 \
  "${REGISTERS_ENV[@]}" \
  Graph__Mode=Graph Graph__UseManagedIdentity=true Graph__ComplianceMailbox=compliance@bench.test \
  Graph__BaseUrl="$FAKE/v1.0" \
  taskset -c 1 dotnet ComplianceBot.Bot.dll --urls "http://127.0.0.1:$BOT_PORT") >"$WORK/bot.log" 2>&1 &
BOT_PID=$!; PIDS+=($BOT_PID)

# Optional: where the bot's peak happens. One line a second (time, VmRSS, RssAnon, RssFile,
# RssShmem in kB) and a line at the start of each phase.
mark() { if [ -n "${RSS_TRACE:-}" ]; then echo "$(date +%s) mark $*" >>"$RSS_TRACE"; fi; }
if [ -n "${RSS_TRACE:-}" ]; then
  : >"$RSS_TRACE"
  (while kill -0 "$BOT_PID" 2>/dev/null; do
    echo "$(date +%s) $(awk '/^(VmRSS|RssAnon|RssFile|RssShmem):/ { printf "%s ", $2 }' "/proc/$BOT_PID/status" 2>/dev/null)" >>"$RSS_TRACE"
    sleep 1
  done) &
  PIDS+=($!)
fi

export BENCH_SERVICE_URL="$FAKE/"
export BENCH_TOKEN="$(curl -sf "$FAKE/token?appId=$APP_ID&serviceUrl=$FAKE/")"
wait_ready "http://127.0.0.1:$FLOOR_PORT/"
wait_ready "http://127.0.0.1:$BOT_PORT/"

replies() { curl -sf "$FAKE/count"; }

# wrk at saturation; prints "req_per_s p50_ms p99_ms requests"
run_wrk() { # url seconds
  local out
  out="$(taskset -c 0 wrk -t1 -c"$CONNECTIONS" -d"$2"s --latency -s "$ROOT/bench/message.lua" "$1")"
  echo "$out" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 }
    /^ +50%/ { p50=ms($2) }
    /^ +99%/ { p99=ms($2) }
    /requests in/ { n=$1 }
    /Non-2xx/ { bad=$NF }
    END { printf "%.0f %.2f %.2f %d %d\n", rps, p50, p99, n, bad+0 }'
}

# At least MIN_WARMUP_STEPS steps (90 s by default: tiered JIT needs that long on one
# saturated core, and two early steps can agree while the app is still at a third of its rate),
# then until two steps in a row agree within 10 %.
warm_up() { # name url
  local previous=0 step rps curve=""
  echo "== warm-up $1 (${STEP_SECONDS}s steps, at least $MIN_WARMUP_STEPS)"
  mark "warm-up $1"
  for step in $(seq 1 "$MAX_WARMUP_STEPS"); do
    rps="$(run_wrk "$2" "$STEP_SECONDS" | cut -d' ' -f1)"
    curve+="$rps "
    echo "   step $step: $rps req/s"
    if [ "$step" -ge "$MIN_WARMUP_STEPS" ] && [ "$previous" -gt 0 ] \
      && awk -v a="$rps" -v b="$previous" 'BEGIN { d=(a-b)/b; exit !(d<0.10 && d>-0.10) }'; then
      CURVE[$1]="$curve"
      return 0
    fi
    previous="$rps"
  done
  CURVE[$1]="$curve(not settled)"
  echo "   (did not settle within $MAX_WARMUP_STEPS steps)"
}

peak_mb() { awk '/VmHWM/ { printf "%.0f", $2/1024 }' "/proc/$1/status"; }

declare -A CURVE
echo "== machine: $(nproc) cores; uptime: $(uptime)"
warm_up floor "http://127.0.0.1:$FLOOR_PORT/api/messages"
warm_up bot "http://127.0.0.1:$BOT_PORT/api/messages"

declare -A RPS P50 P99 PACED REPLIED SENT BAD
for round in $(seq 1 "$ROUNDS"); do
  for name in floor bot; do
    port=$FLOOR_PORT; [ "$name" = bot ] && port=$BOT_PORT
    url="http://127.0.0.1:$port/api/messages"
    mark "round $round $name"
    before="$(replies)"
    read -r rps p50 p99 n bad <<<"$(run_wrk "$url" "$MEASURE_SECONDS")"
    sleep 1
    replied=$(( $(replies) - before ))
    half=$(( rps / 2 ))
    mark "paced $round $name"
    paced="$(cd "$ROOT/bench/Pacer/bin/Release/net10.0" && taskset -c 0 dotnet Pacer.dll "$url" "$half" "$PACED_SECONDS" "$BENCH_TOKEN" || true)"
    echo "   round $round $name: $rps req/s, p50 $p50 ms, p99 $p99 ms (saturated); $n requests, $bad non-2xx, $replied replies; paced: $paced"
    RPS[$name]+="$rps "; P50[$name]+="$p50 "; P99[$name]+="$p99 "; PACED[$name]+="$(echo "$paced" | sed -n 's/.* p99_ms=\([0-9.]*\).*/\1/p') "
    REPLIED[$name]+="$replied "; SENT[$name]+="$n "; BAD[$name]+="$bad "
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR]=$1 } END { if (NR==0) print 0; else if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2 }'; }

echo
echo "== result (medians of $ROUNDS rounds; logging Warning; wrk -t1 -c$CONNECTIONS on core 0, app on core 1)"
printf "%-6s %10s %9s %9s %14s %8s %14s %14s\n" app "req/s" "p50 ms" "p99 ms" "p99@half ms" "peak MB" "requests" "replies"
for name in floor bot; do
  pid=$FLOOR_PID; [ "$name" = bot ] && pid=$BOT_PID
  printf "%-6s %10s %9s %9s %14s %8s %14s %14s\n" "$name" \
    "$(echo "${RPS[$name]}" | median)" "$(echo "${P50[$name]}" | median)" "$(echo "${P99[$name]}" | median)" \
    "$(echo "${PACED[$name]}" | median)" "$(peak_mb "$pid")" \
    "$(echo "${SENT[$name]}" | tr ' ' '+' | sed 's/+$//' | bc)" "$(echo "${REPLIED[$name]}" | tr ' ' '+' | sed 's/+$//' | bc)"
done
ratio="$(awk -v b="$(echo "${RPS[bot]}" | median)" -v f="$(echo "${RPS[floor]}" | median)" 'BEGIN { printf "%.3f", b/f }')"
echo "bot/floor req/s ratio: $ratio   (targets: ratio >= 0.25, bot p99 at half its peak <= 25 ms, peak <= 256 MB)"
echo "warm-up curves (req/s per ${STEP_SECONDS}s step): floor ${CURVE[floor]}; bot ${CURVE[bot]}"
echo "uptime at the end: $(uptime)"
if [ "$(echo "${REPLIED[bot]}" | tr ' ' '+' | sed 's/+$//' | bc)" -eq 0 ]; then
  echo "NOTE: the bot sent no replies: no IActivityHandler is registered in this build (see bot log below)."
  grep -m3 -E 'warn|fail' "$WORK/bot.log" || true
fi
