#!/usr/bin/env bash
# Compiles and lints every Bicep file, checks main.parameters.json against main.bicep, and
# evaluates the template (bicep snapshot, offline) with additionalAppSettings that try to replace
# the environment and the safety settings: the template's values must win (decision 115).
# The Bicep CLI comes from the NuGet package Azure.Bicep.CommandLine.linux-x64 (no Azure CLI
# needed); it is restored once into infra/.bicep/ (ignored by git).
#   bash infra/check.sh
set -euo pipefail
cd "$(dirname "$0")"
version=0.49.2
cache="$PWD/.bicep"
bicep="$cache/azure.bicep.commandline.linux-x64/$version/tools/bicep"
work=""
if [[ ! -x "$bicep" ]]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # A throwaway project outside the repository, so the repo's build settings do not apply.
  cat > "$work/download.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup><PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[$version]" /></ItemGroup>
</Project>
XML
  echo '<Project />' > "$work/Directory.Build.props"
  echo '<Project />' > "$work/Directory.Packages.props"
  dotnet restore "$work/download.csproj" --packages "$cache" > /dev/null
  chmod +x "$bicep"
fi

out=$(mktemp -d)
# A .bicepparam names its template by a relative path, so the snapshot's folder is inside infra/.
snapshot=$(mktemp -d "$cache/snapshot.XXXXXX")
trap 'rm -rf "$out" "$snapshot" ${work:+"$work"}' EXIT
# Warnings fail the check too (an unknown property is only a warning, BCP037).
diagnostics=""
for file in main.bicep modules/*.bicep; do
  diagnostics+=$("$bicep" lint "$file" 2>&1 || true)
done
diagnostics+=$("$bicep" build main.bicep --outfile "$out/main.json" 2>&1 || true)
if [[ -n "$diagnostics" || ! -f "$out/main.json" ]]; then
  echo "$diagnostics"
  exit 1
fi

node - "$out/main.json" main.parameters.json <<'JS'
const fs = require('node:fs');
const [template, parameters] = process.argv.slice(2).map(f => JSON.parse(fs.readFileSync(f, 'utf8')));
const declared = template.parameters;
const given = parameters.parameters;
const unknown = Object.keys(given).filter(name => !(name in declared));
const missing = Object.keys(declared).filter(name => !('defaultValue' in declared[name]) && !(name in given));
if (unknown.length || missing.length) {
  console.error(`main.parameters.json: unknown ${JSON.stringify(unknown)}, missing ${JSON.stringify(missing)}`);
  process.exit(1);
}
console.log(`infra: main.bicep and ${Object.keys(given).length} parameters check out`);
JS

# Names in other cases too: ARM's union and .NET's configuration both ignore case.
cat > "$snapshot/override.bicepparam" <<'BICEPPARAM'
using '../../main.bicep'
param baseName = 'compliancebot'
param botAppId = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f'
param tenantId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'
param sqlAdminLogin = 'compliancebot-sql-admins'
param sqlAdminObjectId = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'
param complianceMailbox = 'compliance@example.test'
param additionalAppSettings = {
  aspnetcore_environment: 'Development'
  DOTNET_ENVIRONMENT: 'Development'
  Teams__DangerouslyAllowUnauthenticatedRequests: 'true'
  graph__mode: 'Local'
  Registers__Provider: 'Sqlite'
  Registers__IdentityEncryptionKey: ''
  Audit__ChainKey: ''
  Audit__HeadContainerUrl: ''
  Reports__FollowUpKey: ''
  Organization__DefaultLanguage: 'ru'
}
BICEPPARAM
diagnostics=$("$bicep" snapshot "$snapshot/override.bicepparam" --mode overwrite \
  --subscription-id 00000000-0000-0000-0000-000000000001 --resource-group rg-check --location westeurope 2>&1 || true)
if [[ -n "$diagnostics" || ! -f "$snapshot/override.snapshot.json" ]]; then
  echo "$diagnostics"
  exit 1
fi

node - "$snapshot/override.snapshot.json" <<'JS'
const fs = require('node:fs');
const snapshot = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const site = snapshot.predictedResources.find(r => r.type === 'Microsoft.Web/sites');
const settings = site.properties.siteConfig.appSettings;
const expected = {
  ASPNETCORE_ENVIRONMENT: v => v === 'Production',
  DOTNET_ENVIRONMENT: v => v === 'Production',
  Teams__DangerouslyAllowUnauthenticatedRequests: v => v === 'false',
  Graph__Mode: v => v === 'Graph',
  Registers__Provider: v => v === 'SqlServer',
  Registers__IdentityEncryptionKey: v => v.startsWith('@Microsoft.KeyVault('),
  Audit__ChainKey: v => v.startsWith('@Microsoft.KeyVault('),
  // An ARM expression over the cloud's storage suffix, not a literal, in the snapshot.
  Audit__HeadContainerUrl: v => v.includes('https://') && v.includes('/audit-heads'),
  Reports__FollowUpKey: v => v.startsWith('@Microsoft.KeyVault('),
  // An added setting still arrives.
  Organization__DefaultLanguage: v => v === 'ru',
};
const wrong = Object.entries(expected).flatMap(([name, ok]) => {
  const found = settings.filter(s => s.name.toLowerCase() === name.toLowerCase());
  return found.length === 1 && ok(found[0].value) ? [] : [`${name}: ${JSON.stringify(found)}`];
});
if (wrong.length) {
  console.error(`main.bicep: additionalAppSettings replaced a template setting:\n  ${wrong.join('\n  ')}`);
  process.exit(1);
}
console.log('infra: additionalAppSettings cannot replace the environment or a safety setting');
JS
