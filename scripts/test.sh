#!/usr/bin/env bash
# Runs every test from a fresh clone: installs what the tests need, then the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd tools && npm ci --no-audit --no-fund)
dotnet tool restore
dotnet test ComplianceBot.sln
