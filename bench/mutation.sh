#!/usr/bin/env bash
# Mutation testing of src/Domain's rule folders against tests/Domain.Tests with Stryker.NET
# (issue 17, decision 129). Not part of CI: the whole run takes tens of minutes on 2 cores.
#
#   bash bench/mutation.sh                 # every rule folder, one Stryker run
#   bash bench/mutation.sh Reports Gifts   # only these folders (use while iterating)
#   CONCURRENCY=2 bash bench/mutation.sh   # default 1: the machine is shared
#
# Prints, per folder and overall, killed (timeouts count as killed, as Stryker does), survived,
# no coverage and the score = killed / (killed + survived + no coverage). Compile errors and
# mutants ignored with a `// Stryker disable` comment are not counted. The HTML and JSON reports
# stay in bench/.mutation/<time>/reports/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

default_folders=(Reports Investigations Gifts Conflicts Declarations People Audit Notices Rules Choices)
folders=("$@")
if [ ${#folders[@]} -eq 0 ]; then
  folders=()
  for folder in "${default_folders[@]}"; do
    # The rule homes Notices, Rules and Choices are mutated only where they exist.
    [ -d "src/Domain/$folder" ] && folders+=("$folder")
  done
fi

mutate=()
for folder in "${folders[@]}"; do
  [ -d "src/Domain/$folder" ] || { echo "no folder src/Domain/$folder" >&2; exit 2; }
  mutate+=(--mutate "**/src/Domain/$folder/**/*.cs")
done

dotnet tool restore >/dev/null
out="$root/bench/.mutation/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
echo "Stryker over: ${folders[*]} (concurrency ${CONCURRENCY:-1}); output $out" >&2

(cd tests/Domain.Tests && dotnet stryker \
  --project ComplianceBot.Domain.csproj \
  --configuration Release \
  --concurrency "${CONCURRENCY:-1}" \
  --reporter json --reporter html --reporter progress \
  --skip-version-check \
  --output "$out" \
  "${mutate[@]}") >"$out/stryker.log" 2>&1 || {
  tail -40 "$out/stryker.log" >&2
  exit 1
}

report="$out/reports/mutation-report.json"
python3 - "$report" "${folders[@]}" <<'PY'
import json, sys
report, folders = sys.argv[1], sys.argv[2:]
files = json.load(open(report))["files"]
rows = {f: [0, 0, 0] for f in folders}
for path, data in files.items():
    norm = "/" + path.replace("\\", "/")
    folder = next((f for f in sorted(folders, key=len, reverse=True)
                   if f"/src/Domain/{f}/" in norm or norm.startswith(f"/{f}/")), None)
    if folder is None:
        continue
    for m in data["mutants"]:
        s = m["status"]
        if s in ("Killed", "Timeout"):
            rows[folder][0] += 1
        elif s == "Survived":
            rows[folder][1] += 1
        elif s == "NoCoverage":
            rows[folder][2] += 1
def line(name, k, s, n):
    total = k + s + n
    score = f"{100 * k / total:5.1f} %" if total else "    -"
    print(f"{name:<16}{k:>8}{s:>10}{n:>13}{total:>8}   {score}")
print(f"{'folder':<16}{'killed':>8}{'survived':>10}{'no coverage':>13}{'total':>8}   score")
for f in folders:
    line(f, *rows[f])
line("overall", *[sum(r[i] for r in rows.values()) for i in range(3)])
PY
