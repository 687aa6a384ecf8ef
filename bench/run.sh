#!/usr/bin/env bash
# Times check, estimate, reconcile and total as whole processes on generated portfolios,
# beside a parse-only baseline (the same files read by the same parsers, nothing else), and
# bin/totaliser's start-up on the examples against `java -version`.
#
# Then `check` on portfolios whose actuals are many one-row files (bench/one-row-files.sh), to
# show that reading many files grows linearly with their number.
#
# Usage: bench/run.sh [SIZE…]        default sizes: 1000 10000 50000
#        bench/run.sh uncertainty    the uncertainty cases alone
# Then the uncertainty cases: one project with 2,000 and 10,000 ranged inputs (estimate
# --scenarios and the board pack, which always builds the tornado), and --simulate 1,000,000
# and 10,000,000 on the examples, each also under -Xmx512m.
# Environment: RUNS (timed runs per figure, default 5; the median is shown),
#              WARMUP (untimed runs first, default 1),
#              JAVA_OPTS (extra JVM options for every timed run, e.g. -Xmx1g),
#              FILES (numbers of one-row actuals files, default "10000 40000 70000";
#              empty: none),
#              RANGED (ranged inputs per case, default "2000 10000"), DRAWS (default
#              "1000000 10000000"), UNCERTAINTY_RUNS (timed runs per case, default 1).
# Prints a Markdown table on stdout (paste it into docs/performance.md); portfolios are
# generated once under bench/out/ (ignored by git) and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 50000)
only_uncertainty=false
if [ "${sizes[0]}" = uncertainty ]; then
  only_uncertainty=true
  sizes=()
fi
runs=${RUNS:-5}
warmup=${WARMUP:-1}
jar=$(ls target/force-totaliser-*-all.jar 2>/dev/null | head -n 1)
if [ -z "$jar" ]; then
  ./mvnw -B -q package -DskipTests
  jar=$(ls target/force-totaliser-*-all.jar | head -n 1)
fi
# the baseline runs on the JVM options bin/totaliser uses, so the ratio compares like with like
read -r -a java_opts <<< "$(sed -n 's/^jvm_opts="\(.*\)"$/\1/p' bin/totaliser)"
# shellcheck disable=SC2206
extra=(${JAVA_OPTS:-})
asof="2027-28 Q4"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# the parse-only baseline is not in the jar: it is compiled against it here, into the
# loader's package, whose parsers it uses
javac -nowarn -cp "$jar" -d "$out/baseline" bench/ParseBaseline.java
files=${FILES-10000 40000 70000}

# one timed run: prints "wall cpu rss_kib"; the command's output goes to $out
measure() {
  local f="$out/time"
  /usr/bin/time -f "%e %U %S %M" -o "$f" "$@" >"$out/stdout" 2>"$out/stderr" || true
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$f"
}

# median of RUNS timed runs after WARMUP untimed ones: prints "wall cpu rss_mib"
median() {
  for _ in $(seq "$warmup"); do "$@" >/dev/null 2>&1 || true; done
  local rows=()
  for _ in $(seq "$runs"); do rows+=("$(measure "$@")"); done
  printf '%s\n' "${rows[@]}" | sort -n -k1 | awk -v n="$runs" 'NR == int((n + 1) / 2) {
    printf "%.2f %.2f %.0f\n", $1, $2, $3 / 1024 }'
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB," \
  "$(java -version 2>&1 | head -n 1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs: median of $runs after $warmup warm-up; JVM options: ${java_opts[*]} ${extra[*]}"
if ! $only_uncertainty; then
echo
echo "| projects | actual rows | command | wall s | CPU s | peak RSS MiB | × baseline (wall) |"
echo "|---:|---:|---|---:|---:|---:|---:|"
fi
for n in ${sizes[@]+"${sizes[@]}"}; do
  dir=bench/out/$n
  if [ ! -f "$dir/force.yaml" ]; then
    java bench/GeneratePortfolio.java "$dir" "$n" >/dev/null
  fi
  rows=$(cat "$dir"/actuals/*.csv | grep -vc '^project,' || true)
  base=$(median java "${java_opts[@]}" "${extra[@]}" -cp "$jar" \
    -cp "$out/baseline:$jar" org.forcetotaliser.load.ParseBaseline "$dir")
  base_wall=${base%% *}
  echo "| $n | $rows | parse only | ${base// / | } | 1.00 |"
  for cmd in check estimate reconcile total; do
    args=("$cmd" "$dir")
    case "$cmd" in reconcile|total) args+=(--as-of "$asof" --format json) ;;
      estimate) args+=(--format json) ;; esac
    r=$(TOTALISER_JAVA_OPTS="${extra[*]}" median bin/totaliser "${args[@]}")
    wall=${r%% *}
    ratio=$(awk -v a="$wall" -v b="$base_wall" 'BEGIN { printf "%.2f", a / b }')
    echo "| $n | $rows | $cmd | ${r// / | } | $ratio |"
  done
done

# many small files: time per file should stay flat as their number grows
if [ -n "$files" ] && ! $only_uncertainty; then
  echo
  echo "| one-row actuals files | command | wall s | CPU s | peak RSS MiB | ms per file (wall) |"
  echo "|---:|---|---:|---:|---:|---:|"
  for n in $files; do
    dir=bench/out/files-$n
    [ -d "$dir/actuals" ] || bench/one-row-files.sh "$dir" "$n"
    r=$(TOTALISER_JAVA_OPTS="${extra[*]}" median bin/totaliser check "$dir")
    per=$(awk -v a="${r%% *}" -v n="$n" 'BEGIN { printf "%.3f", a * 1000 / n }')
    echo "| $n | check | ${r// / | } | $per |"
  done
fi

if ! $only_uncertainty; then
# start-up: a whole process on the examples against the JVM's own start
jv=$(median java -version)
ck=$(median bin/totaliser check examples)
echo
echo "start-up: java -version ${jv%% *} s; bin/totaliser check examples ${ck%% *} s" \
  "($(awk -v a="${ck%% *}" -v b="${jv%% *}" 'BEGIN { printf "%.1f", a / b }')×)"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

# uncertainty at scale: one project whose benefits each have a ranged amount and attribution
ranged_project() {
  local dir=$1 n=$2
  mkdir -p "$dir/projects"
  cp examples/force.yaml "$dir/"
  {
    printf 'id: ranged\nname: %s ranged inputs\nowner: Bench\n' "$n"
    printf 'building_block: projects-and-prevention\nstage: approved\narea: force-wide\n'
    printf 'start: 2025-26 Q1\nend: 2027-28 Q4\ncosts:\n  - id: staff\n    kind: revenue\n'
    printf '    profile: { per_year: %s }\nbenefits:\n' "$((n * 400))"
    for i in $(seq 1 $((n / 2))); do
      printf '  - id: saving-%s\n    type: cashable\n' "$i"
      printf '    profile: { per_year: 800..1200 }\n    attribution: 50%%..90%%\n'
    done
  } >"$dir/projects/ranged.yaml"
}

urun=${UNCERTAINTY_RUNS:-1}
read -r -a ranged_sizes <<< "${RANGED:-2000 10000}"
read -r -a draw_counts <<< "${DRAWS:-1000000 10000000}"
echo
echo "uncertainty cases: median of $urun run(s), no warm-up; load now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| case | command | heap | wall s | CPU s | peak RSS MiB | exit |"
echo "|---|---|---|---:|---:|---:|---:|"
# one timed run with its exit code: prints "wall cpu rss_mib exit"
umeasure() {
  local f="$out/time"
  /usr/bin/time -f "%e %U %S %M %x" -o "$f" "$@" >"$out/stdout" 2>"$out/stderr" || true
  awk '{printf "%.2f %.2f %.0f %s\n", $1, $2 + $3, $4 / 1024, $5}' "$f"
}
umedian() {
  local rows=()
  for _ in $(seq "$urun"); do rows+=("$(umeasure "$@")"); done
  printf '%s\n' "${rows[@]}" | sort -n -k1 | awk -v n="$urun" 'NR == int((n + 1) / 2)'
}
for n in "${ranged_sizes[@]}"; do
  dir=bench/out/ranged-$n
  [ -f "$dir/projects/ranged.yaml" ] || ranged_project "$dir" "$n"
  for heap in default -Xmx512m; do
    opts="${extra[*]}"
    [ "$heap" = default ] || opts="$opts $heap"
    r=$(TOTALISER_JAVA_OPTS="$opts" umedian bin/totaliser estimate "$dir" --scenarios \
      --format json)
    echo "| $n ranged inputs | estimate --scenarios | $heap | ${r// / | } |"
    r=$(TOTALISER_JAVA_OPTS="$opts" umedian bin/totaliser report "$dir" --as-of "$asof" \
      -o "$out/pack.html")
    echo "| $n ranged inputs | report (HTML pack) | $heap | ${r// / | } |"
  done
done
for draws in "${draw_counts[@]}"; do
  for heap in default -Xmx512m; do
    opts="${extra[*]}"
    [ "$heap" = default ] || opts="$opts $heap"
    r=$(TOTALISER_JAVA_OPTS="$opts" umedian bin/totaliser estimate examples --simulate \
      "$draws" --format json)
    echo "| examples | estimate --simulate $draws | $heap | ${r// / | } |"
  done
done
