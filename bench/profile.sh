#!/usr/bin/env bash
# Profile `factgraph check` on the generated fact bases of bench/run.sh.
#
#   bench/profile.sh [SIZE]       default 100k for perf, 10k for callgrind
#
# perf: hardware counters are often missing in VMs (`perf stat -e
# instructions true` says "<not supported>"), so perf samples the cpu-clock
# software event instead: shares of time, with DWARF call graphs for the
# inclusive view. callgrind: exact instruction counts at 10k relations (it
# runs about 50x slower). Both need the data of `bench/run.sh 10k 100k`.
# check runs on one thread (-j1): the shares are of the work done, not of a
# main thread waiting for the files that other threads parse.
# Same environment variables as run.sh (BENCH_BUILD, BENCH_DATA).
set -eu  # no pipefail: `head` closes the pipes of perf report early

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
build=${BENCH_BUILD:-$repo/build}
case $build in /*) ;; *) build=$repo/$build ;; esac
data=${BENCH_DATA:-$build/bench-data}
case $data in /*) ;; *) data=$repo/$data ;; esac
fg=$build/src/factgraph
out=$data/profile
mkdir -p "$out"
size=${1:-100000}
[ -d "$data/r$size" ] || { echo "profile: no $data/r$size: run bench/run.sh first" >&2; exit 2; }
[ -d "$data/r10000" ] || { echo "profile: no $data/r10000: run bench/run.sh 10k first" >&2; exit 2; }

if command -v perf >/dev/null; then
    echo "== perf, cpu-clock sampling, check at $size relations"
    perf stat -e instructions true 2>&1 | grep -q 'not supported' && echo "(no hardware counters here: sampling cpu-clock)"
    perf record -q -e cpu-clock -F 2000 -o "$out/perf-flat.data" -- "$fg" -j1 -C "$data/r$size" check -q
    echo "-- self time, top 25 symbols"
    perf report -i "$out/perf-flat.data" --no-children --sort symbol --stdio 2>/dev/null |
        grep -v '^#' | grep -v '^$' | head -25
    echo "-- self time by library"
    perf report -i "$out/perf-flat.data" --no-children --sort dso --stdio 2>/dev/null |
        grep -v '^#' | grep -v '^$' | head -6
    perf record -q -e cpu-clock -F 1000 --call-graph dwarf,16384 -o "$out/perf-graph.data" -- \
        "$fg" -j1 -C "$data/r$size" check -q
    echo "-- inclusive time (children), top 45"
    perf report -i "$out/perf-graph.data" --children --sort symbol --stdio -g none 2>/dev/null |
        grep -v '^#' | grep -v '^$' | head -45
else
    echo "(perf is not installed: apt-get install linux-perf)"
fi

if command -v valgrind >/dev/null; then
    echo "== callgrind, instructions, check at 10000 relations"
    valgrind -q --tool=callgrind --callgrind-out-file="$out/callgrind.out" "$fg" -j1 -C "$data/r10000" check -q
    echo "-- self, top 25"
    callgrind_annotate --inclusive=no "$out/callgrind.out" 2>/dev/null | sed -n '/file:function/,$p' | sed -n '2,26p'
    echo "-- inclusive, top 35"
    callgrind_annotate --inclusive=yes "$out/callgrind.out" 2>/dev/null | sed -n '/file:function/,$p' |
        grep -E '^ *[0-9,]+ \(' | sed -n '1,35p'
fi
