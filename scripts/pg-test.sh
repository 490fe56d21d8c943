#!/usr/bin/env bash
# pg-test.sh - a throwaway local PostgreSQL cluster for the store tests.
#
#   scripts/pg-test.sh start      initdb + start + createdb; prints the URL
#   scripts/pg-test.sh stop       stop the cluster and delete its folder
#   scripts/pg-test.sh run CMD..  start, run CMD with RASD_TEST_PG_URL set, stop
#
# The cluster lives in $RASD_PG_DIR (default /tmp/rasd-pg-test), listens only
# on a unix socket in that folder, on port $RASD_PG_PORT (default 55432).
# PostgreSQL refuses to run as root, so as root the server runs as the
# "postgres" user.  Binaries: $PG_BIN, else /usr/lib/postgresql/15/bin, else PATH.
set -euo pipefail

dir=${RASD_PG_DIR:-/tmp/rasd-pg-test}
port=${RASD_PG_PORT:-55432}
db=rasd_test
bin=${PG_BIN:-}
if [ -z "$bin" ]; then
	for b in /usr/lib/postgresql/*/bin; do [ -x "$b/initdb" ] && bin=$b; done
fi
pg() {
	local tool=$1; shift
	local exe=${bin:+$bin/}$tool
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$exe" "$@"
	else
		"$exe" "$@"
	fi
}
user=$( [ "$(id -u)" = 0 ] && echo postgres || id -un )
url="postgresql:///$db?host=$dir&port=$port&user=$user"

start() {
	if [ -f "$dir/data/postmaster.pid" ]; then
		echo "$url"
		return 0
	fi
	rm -rf "$dir"
	mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown postgres "$dir"
	pg initdb -D "$dir/data" -A trust -U "$user" -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; exit 1; }
	pg pg_ctl -D "$dir/data" -l "$dir/server.log" -w -t 60 \
		-o "-k $dir -p $port -c listen_addresses='' -c fsync=off" start >/dev/null ||
		{ cat "$dir/server.log" >&2; exit 1; }
	pg createdb -h "$dir" -p "$port" -U "$user" "$db"
	echo "$url"
}

stop() {
	if [ -f "$dir/data/postmaster.pid" ]; then
		pg pg_ctl -D "$dir/data" -m fast -w stop >/dev/null || true
	fi
	rm -rf "$dir"
}

case ${1:-} in
start) start ;;
stop) stop ;;
run)
	shift
	u=$(start)
	trap stop EXIT
	RASD_TEST_PG_URL=$u "$@"
	;;
*) echo "usage: $0 start|stop|run CMD..." >&2; exit 2 ;;
esac
