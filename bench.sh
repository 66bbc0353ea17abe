#!/usr/bin/env bash
# Reruns the speed benchmarks of the pipeline engine against the plain ImageMagick/ffmpeg commands.
# ./bench.sh [web-images|transcode-web|cache|dispatch|jobs-query|all] [--count N] [--seconds S] [--rows N]
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
ensure_dotnet
ensure_packages "${RUNTIME_PACKAGES[@]}" imagemagick
build Release benchmarks/MediaEngine.Benchmarks
exec dotnet benchmarks/MediaEngine.Benchmarks/bin/Release/net10.0/MediaEngine.Benchmarks.dll "$@"
