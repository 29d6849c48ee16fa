#!/usr/bin/env bash
# Times the seller inbox page of a running Parley (demo profile) as the demo seller sees it:
# signs in with curl, warms up, then requests /seller/inbox N times and prints the median,
# p95 and max of the full response time (server render + loopback transfer).
#
#   java -jar messaging-web/target/messaging-web-*.jar --spring.profiles.active=demo &
#   scripts/inbox-render-time.sh [base-url] [requests] [other-base-url]
#
# With a second base URL (e.g. the previous build on another port) the two are requested
# alternately, one request each in turn, so that a busy machine slows both alike, and
# both are printed: a before/after comparison.
#
# LIVE_STREAMS=N (default 0) keeps N live-update streams (/live/events, what the inbox's live
# script opens) of the same seller open on every base URL that serves them while it measures,
# as N open inbox tabs would; a base URL without the endpoint (a build before live updates) is
# measured without them. The count of streams held open is printed with each result.
set -euo pipefail
count=${2:-200}
email=${PARLEY_EMAIL:-seller@parley.test}
password=${PARLEY_PASSWORD:-parley-demo}
bases=("${1:-http://localhost:8080}")
[ -n "${3:-}" ] && bases+=("$3")
work=$(mktemp -d)
stream_pids=()
streams=()
trap 'rm -rf "$work"' EXIT

for i in "${!bases[@]}"; do
  base=${bases[$i]}
  jar="$work/jar$i"
  csrf=$(curl -sf -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$email" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$csrf" "$base/login"
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base/seller/inbox")
  [ "$status" = 200 ] || { echo "signed-in GET $base/seller/inbox answered $status" >&2; exit 1; }
  for _ in $(seq 30); do curl -s -o /dev/null -b "$jar" "$base/seller/inbox"; done
  streams[$i]=0
  live=$(curl -s -o /dev/null -m 2 -w '%{http_code}' -b "$jar" "$base/live/events" || true)
  if [ "$live" = 200 ]; then
    for n in $(seq "${LIVE_STREAMS:-0}"); do
      curl -sN -b "$jar" "$base/live/events" > "$work/stream$i.$n" 2>/dev/null &
      stream_pids+=($!)
      streams[$i]=$n
    done
  fi
done
trap 'for p in "${stream_pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
sleep 1

for _ in $(seq "$count"); do
  for i in "${!bases[@]}"; do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$work/jar$i" "${bases[$i]}/seller/inbox" >> "$work/times$i"
  done
done

for i in "${!bases[@]}"; do
  sort -n "$work/times$i" | awk -v who="$email" -v base="${bases[$i]}" -v live="${streams[$i]}" '{ t[NR] = $1 * 1000 } END {
      printf "GET %s/seller/inbox as %s (%d live streams open): n=%d median=%.1f ms p95=%.1f ms max=%.1f ms\n",
        base, who, live, NR, t[int((NR + 1) / 2)], t[int(NR * 0.95)], t[NR] }'
done
