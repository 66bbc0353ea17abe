#!/usr/bin/env bash
# Shared set-up for run.sh, test.sh and mediaengine: installs what is missing, restores and builds.
# Sourced, not executed.

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# ensure_packages PACKAGE... : installs the Debian packages that are not installed yet.
ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "missing packages (${missing[*]}) and no apt-get to install them; install them yourself."
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "missing packages (${missing[*]}); run as root or install sudo."
    sudo="sudo"
  fi
  log "Installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_dotnet() {
  command -v dotnet >/dev/null || die "the .NET 10 SDK is required (dotnet not found on PATH)."
  dotnet --list-sdks | grep -q '^10\.' || die "the .NET 10 SDK is required; found: $(dotnet --list-sdks | tr '\n' ' ')"
}

# Front-end dependencies from npm, exactly as package-lock.json pins them.
restore_front_end() {
  command -v npm >/dev/null || ensure_packages nodejs npm
  local lock=wwwroot-assets/package-lock.json stamp=wwwroot-assets/node_modules/.package-lock.json
  if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ]; then
    log "npm ci (wwwroot-assets)"
    (cd wwwroot-assets && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# build CONFIGURATION [PROJECT]: an incremental build of the solution or of one project and what it references.
build() {
  local configuration=$1 target=${2:-MediaEngine.sln}
  log "dotnet build $target ($configuration)"
  dotnet tool restore >/dev/null
  dotnet build "$target" -c "$configuration" -nologo -v quiet -clp:"ErrorsOnly;NoSummary" >&2
}

# The system tools the media nodes use, and fonts for rendered text.
RUNTIME_PACKAGES=(ffmpeg espeak-ng fonts-dejavu-core)
