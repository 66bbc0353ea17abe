#!/usr/bin/env bash
# Installs what is missing, builds, runs every test project and ends with one line: "N passed, N failed".
# Arguments are passed to every `dotnet test` (for example --filter "FullyQualifiedName~Domain").
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh

ensure_dotnet
ensure_packages "${RUNTIME_PACKAGES[@]}" chromium
restore_front_end
build Debug

results=TestResults
rm -rf "$results"
status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  log "Testing $name"
  dotnet test "$project" --no-build -c Debug --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results/$name" "$@" || status=1
done

passed=0 failed=0 skipped=0
for trx in "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed)))
  skipped=$((skipped + $(get total) - $(get executed)))
done

[ "$failed" -gt 0 ] && status=1
[ "$passed" -eq 0 ] && { echo "no tests ran" >&2; status=1; }
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
