#!/usr/bin/env bash
# Compiles and lints every Bicep file and checks main.parameters.json against main.bicep.
# The Bicep CLI comes from the NuGet package Azure.Bicep.CommandLine.linux-x64 (no Azure CLI
# needed); it is restored once into infra/.bicep/ (ignored by git).
#   bash infra/check.sh
set -euo pipefail
cd "$(dirname "$0")"
version=0.49.2
cache="$PWD/.bicep"
bicep="$cache/azure.bicep.commandline.linux-x64/$version/tools/bicep"
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
rm -rf "$out"
