#!/usr/bin/env bash
# Regenerates docs/workspace/*.png (decision 143): every workspace page in kk, ru and en as chromium shows it,
# taken by the end-to-end accessibility walk (WorkspaceEndToEndTests) with WORKSPACE_SCREENSHOTS_DIR set. The bot
# runs as the README runs it (Development, local sign-in) with the Playground's user filing a report in chat first,
# so the officer's pages have a case. Needs what scripts/test.sh installs: Debian's chromium and tools/node_modules.
# The walk includes the Teams tab's page (/workspace/tab) as Development shows it without Teams:AppId (decision 147).
#   CONFIGURATION (Release) and WORKSPACE_SCREENSHOTS_DIR (<repo>/docs/workspace) override the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
configuration="${CONFIGURATION:-Release}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export WORKSPACE_SCREENSHOTS_DIR="${WORKSPACE_SCREENSHOTS_DIR:-$root/docs/workspace}"

[ -x /usr/bin/chromium ] || { echo "workspace-screenshots.sh: /usr/bin/chromium is missing ('apt-get install chromium', or run scripts/test.sh once)." >&2; exit 1; }
[ -d tools/node_modules ] || (cd tools && npm ci --no-audit --no-fund </dev/null)

dotnet build tests/EndToEnd.Tests -c "$configuration" -nologo -v quiet </dev/null
mkdir -p "$WORKSPACE_SCREENSHOTS_DIR"
rm -f "$WORKSPACE_SCREENSHOTS_DIR"/*.png
dotnet test tests/EndToEnd.Tests -c "$configuration" --no-build \
  --filter "FullyQualifiedName~WorkspaceEndToEndTests.EveryPage_InKazakhRussianAndEnglish_NoSeriousOrCriticalAxeViolation" </dev/null
count=$(find "$WORKSPACE_SCREENSHOTS_DIR" -maxdepth 1 -name '*.png' | wc -l)
echo "workspace-screenshots.sh: $count screenshots in $WORKSPACE_SCREENSHOTS_DIR"
[ "$count" -gt 0 ]
