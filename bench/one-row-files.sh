#!/usr/bin/env bash
# Writes DIR: a generated portfolio whose actuals are COUNT files of one row each (the first
# COUNT rows of the generated actuals, each in a file of its own, with the header).
# Usage: bench/one-row-files.sh DIR COUNT
set -euo pipefail
dir=$1
count=$2
here=$(cd "$(dirname "$0")" && pwd)
# about 95 actual rows per generated project: enough rows for COUNT files
java "$here/GeneratePortfolio.java" "$dir" $(( count / 90 + 1 )) >/dev/null
awk -v n="$count" 'FNR > 1 && kept < n { print; kept++ }' "$dir"/actuals/*.csv > "$dir/rows"
header=$(head -n 1 "$(ls "$dir"/actuals/*.csv | head -n 1)")
rm "$dir"/actuals/*.csv
awk -v h="$header" -v d="$dir/actuals" '{
  f = sprintf("%s/%07d.csv", d, NR); print h > f; print $0 > f; close(f) }' "$dir/rows"
rm "$dir/rows"
