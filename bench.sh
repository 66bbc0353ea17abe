#!/usr/bin/env bash
# Reruns the speed benchmarks: the pipeline engine against the plain ImageMagick/ffmpeg commands, job dispatch,
# the Jobs page query at scale and event-to-screen latency in Chromium.
# ./bench.sh [web-images|transcode-web|cache|dispatch|jobs-query|event-latency|all] [--count N] [--seconds S] [--rows N] [--runs N]
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
ensure_dotnet
ensure_packages "${RUNTIME_PACKAGES[@]}" imagemagick chromium
restore_front_end
build Release benchmarks/MediaEngine.Benchmarks
exec dotnet benchmarks/MediaEngine.Benchmarks/bin/Release/net10.0/MediaEngine.Benchmarks.dll "$@"
