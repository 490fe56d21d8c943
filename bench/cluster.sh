#!/usr/bin/env bash
# Build and run the clustering benchmark against a built librasd.a.
# usage: bench/cluster.sh [BUILD_DIR] [N] [SUBSET] [INC]  (environment: see bench_cluster.c)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$(ls -d "$src"/build* 2>/dev/null | head -n 1)}
[ -f "$build/librasd.a" ] || { echo "cluster.sh: no librasd.a in '$build'; build first" >&2; exit 1; }
out="$build/bench_cluster"
cc -std=c11 -O2 -Wall -Wextra -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
	-I"$src/include" -I"$src/src" "$src/bench/bench_cluster.c" "$build/librasd.a" \
	$(pkg-config --libs json-c libcrypto) -lpthread -lm -o "$out"
"$out" "${2:-1000000}" "${3:-5000}" "${4:-10000}"
