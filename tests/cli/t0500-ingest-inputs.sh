#!/usr/bin/env bash
# rasd ingest from every kind of input into a SQLite store: a folder with
# JSONL (one line not JSON), a plain-text report (title = first line), an
# HTML page (boilerplate dropped), an RSS feed file, a file that claims to
# be a feed but is not XML; then an Atom feed over HTTP from a local
# server.  Bad input is reported as "rasd: <file>:<line>: <what>" with exit
# 3 and the rest is stored; a second run changes nothing; every stored
# document has its extraction.
set -euo pipefail
tmp=$(mktemp -d)
srv=
cleanup() { [ -n "$srv" ] && kill "$srv" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
db="$tmp/s.db"
in="$tmp/in"
mkdir -p "$in/sub" "$in/.hidden"

head -n 5 "$RASD_SHARED/data/dev/articles.jsonl" >"$in/a.jsonl"
echo '{"id": "broken", "text": ' >>"$in/a.jsonl"
printf '%s\n' "Shelling kills three civilians in Idlib" \
	"Three civilians were killed on Sunday when regime forces shelled the town of Ariha in Idlib countryside, local sources said." >"$in/sub/report.txt"
cat >"$in/sub/page.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><title>Clashes in Jasim | Example</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-10-16T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><p>Local fighters clashed with Islamic State cells in the city of Jasim in the northern Daraa countryside on Friday, local sources said.</p>
<p>About ten people were killed in the clashes, including two leaders of the group.</p>
<p>Follow us on Twitter</p></article>
<footer><p>Copyright 2022 Example News</p></footer></body></html>
HTML
cat >"$in/feed.rss" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Feed</title>
<item><title>Airstrike on Maarat al-Numan</title><link>https://feed.example.org/1</link>
<pubDate>Tue, 08 Nov 2022 12:00:00 +0000</pubDate>
<description>&lt;p&gt;Russian warplanes struck the outskirts of Maarat al-Numan on Monday, killing four civilians, the Syrian Civil Defence said.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://feed.example.org/2</link></item>
</channel></rss>
XML
printf 'this is not xml <' >"$in/bad.xml"
echo 'ignored' >"$in/.hidden/x.txt"
echo 'ignored' >"$in/notes.md"

set +e
"$RASD" ingest --db "$db" "$in" >"$tmp/out" 2>"$tmp/err"
rc=$?
set -e
cat "$tmp/err" >&2
[ "$rc" = 3 ] || { echo "expected exit 3, got $rc"; exit 1; }
grep -q "^rasd: $in/a.jsonl:6: " "$tmp/err"
grep -q "^rasd: $in/bad.xml:1: not a feed" "$tmp/err"
grep -q "^rasd: $in/feed.rss:[0-9]*: feed item without text" "$tmp/err"
grep -q "ingested 8 new, 0 replaced, 0 unchanged, 3 skipped" "$tmp/out"

q() { sqlite3 "$db" "$1"; }
[ "$(q 'SELECT count(*) FROM documents')" = 8 ]
[ "$(q 'SELECT count(*) FROM documents d LEFT JOIN extractions x ON x.doc_id = d.id WHERE x.json IS NULL')" = 0 ]
[ "$(q "SELECT title FROM documents WHERE text LIKE 'Shelling kills%'")" = "Shelling kills three civilians in Idlib" ]
html=$(q "SELECT outlet || '|' || published || '|' || title FROM documents WHERE text LIKE 'Local fighters%'")
[ "$html" = "Example News|2022-10-16|Clashes in Jasim" ] || { echo "html doc: $html"; exit 1; }
[ "$(q "SELECT count(*) FROM documents WHERE text LIKE '%Follow us%' OR text LIKE '%Copyright%' OR text LIKE '%Home%'")" = 0 ]
[ "$(q "SELECT url || '|' || published FROM documents WHERE title LIKE 'Airstrike%'")" = "https://feed.example.org/1|2022-11-08" ]
[ "$(q 'SELECT count(*) FROM events')" -gt 0 ]
# every stored event belongs to one stored incident
[ "$(q 'SELECT count(*) FROM events')" = "$(q 'SELECT count(*) FROM incident_members')" ]
# full-text search over normalised text
[ "$(q "SELECT count(*) FROM docs_fts WHERE docs_fts MATCH '\"idlib\"'")" -ge 1 ]

# Idempotent: nothing new the second time (the bad inputs are reported again).
set +e
"$RASD" ingest --db "$db" "$in" >"$tmp/out2" 2>/dev/null
rc=$?
set -e
[ "$rc" = 3 ]
grep -q "ingested 0 new, 0 replaced, 8 unchanged, 3 skipped" "$tmp/out2"
[ "$(q 'SELECT count(*) FROM documents')" = 8 ]

# A feed over HTTP.
mkdir "$tmp/www"
cat >"$tmp/www/atom.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Agency</title>
<entry><title>Car bomb in Azaz</title><link href="https://agency.example.com/e/9"/>
<published>2022-12-01T09:00:00Z</published>
<content type="html">&lt;p&gt;A car bomb exploded in the market of Azaz in Aleppo countryside on Thursday, killing five people and wounding twelve, the civil defence said.&lt;/p&gt;</content></entry>
</feed>
XML
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$tmp/www" >/dev/null 2>&1 &
srv=$!
for _ in $(seq 50); do
	python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/atom.xml')" 2>/dev/null && break
	sleep 0.1
done
"$RASD" ingest --db "$db" "http://127.0.0.1:$port/atom.xml" >"$tmp/out3"
grep -q "ingested 1 new" "$tmp/out3"
[ "$(q "SELECT outlet || '|' || published FROM documents WHERE title = 'Car bomb in Azaz'")" = "agency.example.com|2022-12-01" ]
# a missing URL is reported, not fatal
set +e
"$RASD" ingest --db "$db" "http://127.0.0.1:$port/missing.xml" 2>"$tmp/err4" >/dev/null
rc=$?
set -e
[ "$rc" = 3 ]
grep -q "^rasd: http://127.0.0.1:$port/missing.xml: cannot fetch .*404" "$tmp/err4"
# only http(s)
set +e
"$RASD" ingest --db "$db" "file:///etc/passwd" 2>"$tmp/err5" >/dev/null
rc=$?
set -e
[ "$rc" = 3 ]
[ "$(q "SELECT count(*) FROM documents WHERE text LIKE 'root:%'")" = 0 ]

# Usage errors.
set +e
"$RASD" ingest --db "$db" >/dev/null 2>&1; [ $? = 2 ] || exit 1
"$RASD" ingest --db /nonexistent-dir/x.db "$in/a.jsonl" >/dev/null 2>"$tmp/err6"; [ $? = 1 ] || exit 1
set -e
grep -q "^rasd: cannot open '/nonexistent-dir/x.db'" "$tmp/err6"
echo ok
