#!/usr/bin/env bash
# Replaces both providers' migrations with one clean "Initial" each, matching the current model.
# For use before the first production deployment only: once a database exists, add migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
rm -f src/Domain/Persistence/Migrations/Sqlite/*.cs src/Domain/Persistence/Migrations/SqlServer/*.cs
dotnet build src/Domain -nologo -v q >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add Initial --no-build --project src/Domain --startup-project src/Domain \
    --context "${provider}RegistersDbContext" --output-dir "Persistence/Migrations/$provider"
done
