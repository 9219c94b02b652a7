#!/usr/bin/env bash
# Regenerates both providers' compiled EF Core models (decision 110) from the entity configuration.
# Run it after any change to the model; CompiledModelTests fail until the result is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
# The old models go first: one that no longer matches the entities may not even compile.
rm -rf src/Domain/Persistence/CompiledModels
dotnet build src/Domain -nologo -v q >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef dbcontext optimize --no-build --project src/Domain --startup-project src/Domain \
    --context "${provider}RegistersDbContext" --output-dir "Persistence/CompiledModels/$provider" \
    --namespace "ComplianceBot.Domain.Persistence.CompiledModels.$provider"
done
