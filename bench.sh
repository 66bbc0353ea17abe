#!/usr/bin/env bash
# Reruns the speed benchmarks: the pipeline engine against the plain ImageMagick/ffmpeg commands, job dispatch,
# the Jobs page query at scale, event-to-screen latency and workbench frame times in Chromium.
# ./bench.sh [web-images|transcode-web|cache|dispatch|jobs-query|gallery-query|event-latency|workbench-drag|all] [--count N] [--seconds S] [--rows N] [--runs N] [--nodes N]
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
ensure_dotnet
ensure_packages "${RUNTIME_PACKAGES[@]}" imagemagick chromium
restore_front_end
build Release benchmarks/MediaEngine.Benchmarks
exec dotnet benchmarks/MediaEngine.Benchmarks/bin/Release/net10.0/MediaEngine.Benchmarks.dll "$@"
