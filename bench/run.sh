#!/usr/bin/env bash
# Times check, estimate, reconcile and total as whole processes on generated portfolios,
# beside a parse-only baseline (the same files read by the same parsers, nothing else).
# Usage: bench/run.sh [SIZE…]   (default sizes: 1000 10000 50000; RUNS=5 by default)
# Prints a Markdown table; portfolios are generated once under bench/out/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 50000)
runs=${RUNS:-5}
jar=$(ls target/force-totaliser-*-all.jar 2>/dev/null | head -n 1)
if [ -z "$jar" ]; then
  ./mvnw -B -q package -DskipTests
  jar=$(ls target/force-totaliser-*-all.jar | head -n 1)
fi
java=(java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto)
asof="2027-28 Q4"

# one timed run: prints "wall cpu rss_kib"
measure() {
  local f; f=$(mktemp)
  /usr/bin/time -f "%e %U %S %M" -o "$f" "$@" >/dev/null 2>&1 || true
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$f"
  rm -f "$f"
}

# median of RUNS timed runs after one warm-up: prints "wall cpu rss_mib"
median() {
  "$@" >/dev/null 2>&1 || true
  local rows=()
  for _ in $(seq "$runs"); do rows+=("$(measure "$@")"); done
  printf '%s\n' "${rows[@]}" | sort -n -k1 | awk -v n="$runs" 'NR == int((n + 1) / 2) {
    printf "%.2f %.2f %.0f\n", $1, $2, $3 / 1024 }'
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1)"
echo "date: $(date -u +%Y-%m-%d)"
echo
echo "| projects | actual rows | command | wall s | CPU s | peak RSS MiB | × baseline |"
echo "|---:|---:|---|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  dir=bench/out/$n
  if [ ! -d "$dir" ]; then
    java bench/GeneratePortfolio.java "$dir" "$n" >/dev/null
  fi
  rows=$(cat "$dir"/actuals/*.csv | wc -l)
  base=$(median "${java[@]}" -cp "$jar" org.forcetotaliser.load.ParseBaseline "$dir")
  base_wall=${base%% *}
  echo "| $n | $rows | parse only | ${base// / | } | 1.00 |"
  for cmd in check estimate reconcile total; do
    args=("$cmd" "$dir")
    case "$cmd" in reconcile|total) args+=(--as-of "$asof" --format json) ;;
      estimate) args+=(--format json) ;; esac
    r=$(median "${java[@]}" -jar "$jar" "${args[@]}")
    wall=${r%% *}
    ratio=$(awk -v a="$wall" -v b="$base_wall" 'BEGIN { printf "%.2f", a / b }')
    echo "| $n | $rows | $cmd | ${r// / | } | $ratio |"
  done
done

# start-up: a whole process on the examples against the JVM's own start
jv=$(median java -version)
ck=$(median bin/totaliser check examples)
echo
echo "start-up: java -version ${jv%% *} s; bin/totaliser check examples ${ck%% *} s" \
  "($(awk -v a="${ck%% *}" -v b="${jv%% *}" 'BEGIN { printf "%.1f", a / b }')×)"
