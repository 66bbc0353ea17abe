#!/usr/bin/env bash
# Starts MediaEngine on its embedded defaults: installs what is missing, builds, migrates the database
# and prints the admin sign-in link. Extra arguments go to the app (for example --urls http://0.0.0.0:8080).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh

ensure_dotnet
ensure_packages "${RUNTIME_PACKAGES[@]}"
restore_front_end
build Release MediaEngine.Web

export MediaEngine__DataPath="${MediaEngine__DataPath:-$PWD/data}"
web=MediaEngine.Web/bin/Release/net10.0
log "Starting MediaEngine (data in $MediaEngine__DataPath)"
exec dotnet "$web/MediaEngine.Web.dll" --contentRoot "$PWD/$web" "$@"
