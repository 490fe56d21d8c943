#!/usr/bin/env bash
# setup.sh - install what rasd needs from Debian's packages, when missing.
#
#   scripts/setup.sh          build dependencies
#   scripts/setup.sh --test   also what the test suite needs (cmocka, clang,
#                             PostgreSQL server, Chromium, Node.js)
#
# Runs apt-get only as root and only for packages that are not installed;
# as another user it lists what is missing and stops.
set -euo pipefail

pkgs=(build-essential cmake ninja-build pkg-config libsqlite3-dev libpq-dev
      libjson-c-dev libcurl4-openssl-dev libmicrohttpd-dev libgumbo-dev
      libxml2-dev libssl-dev)
if [[ "${1:-}" == "--test" ]]; then
	pkgs+=(libcmocka-dev clang libclang-rt-14-dev postgresql chromium nodejs npm
	       curl python3 sqlite3 valgrind)
fi

missing=()
for p in "${pkgs[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing+=("$p")
	fi
done
# Node's npm may come from elsewhere than Debian's package: accept any npm.
if command -v npm >/dev/null 2>&1; then
	keep=()
	for p in "${missing[@]}"; do [[ "$p" == npm || "$p" == nodejs ]] || keep+=("$p"); done
	missing=("${keep[@]+"${keep[@]}"}")
fi
if ((${#missing[@]} == 0)); then
	exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
	echo "rasd: missing Debian packages: ${missing[*]}" >&2
	echo "rasd: run as root, or: sudo apt-get install ${missing[*]}" >&2
	exit 1
fi
echo "rasd: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
