#!/usr/bin/env bash
# Load test of the web server with wrk (Debian's), on loopback only, bounded in time:
# builds (once) a store of N generated articles, serves it, and measures requests per second and
# latency percentiles for the home page, a story page, the most named entity's page and a search.
#   scripts/loadtest.sh [N] [SECONDS]      default N=100000, SECONDS=15
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
n=${1:-100000}
seconds=${2:-15}
work="$root/target/loadtest"
store="$work/store-$n"
port=18089
command -v wrk >/dev/null || { echo "loadtest: needs wrk (apt-get install wrk)" >&2; exit 1; }
mkdir -p "$work"
if [ ! -f "$store/parallax.db" ]; then
  echo "loadtest: building a store of $n generated articles (once)" >&2
  PARALLAX_JAVA_OPTS="-Xmx6g" "$root/parallax" bench --sizes "$n" --work "$work" >/dev/null
fi
"$root/parallax" serve --store "$store" --port "$port" --rate-limit 0 >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/stories?limit=1" >/dev/null && break; sleep 1; done
story=$(curl -sf "http://127.0.0.1:$port/api/stories?limit=1" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -n 1)
title=$(curl -sf "http://127.0.0.1:$port/api/articles?limit=1" | sed -n 's/.*"title":"\([^"]*\)".*/\1/p')
entity=$(curl -sf "http://127.0.0.1:$port/api/entities?limit=1" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -n 1)
rare=$(echo "$title" | awk '{w=$1; for (i=1;i<=NF;i++) if (length($i) > length(w)) w=$i; print tolower(w)}')
for path in "/" "/stories/$story" "/entities/$entity" "/entities" "/search?q=$rare" "/search?q=the"; do
  echo "== GET $path"
  wrk -t2 -c16 -d"${seconds}s" --latency "http://127.0.0.1:$port$path" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
done
