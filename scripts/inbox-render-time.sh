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
set -euo pipefail
count=${2:-200}
email=${PARLEY_EMAIL:-seller@parley.test}
password=${PARLEY_PASSWORD:-parley-demo}
bases=("${1:-http://localhost:8080}")
[ -n "${3:-}" ] && bases+=("$3")
work=$(mktemp -d)
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
done

for _ in $(seq "$count"); do
  for i in "${!bases[@]}"; do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$work/jar$i" "${bases[$i]}/seller/inbox" >> "$work/times$i"
  done
done

for i in "${!bases[@]}"; do
  sort -n "$work/times$i" | awk -v who="$email" -v base="${bases[$i]}" '{ t[NR] = $1 * 1000 } END {
      printf "GET %s/seller/inbox as %s: n=%d median=%.1f ms p95=%.1f ms max=%.1f ms\n",
        base, who, NR, t[int((NR + 1) / 2)], t[int(NR * 0.95)], t[NR] }'
done
