#!/usr/bin/env bash
# The factgraph benchmark: one command, see bench/README.md.
#
#   bench/run.sh [SIZE...]        sizes in relations: 1k 10k 100k 1m (the default)
#
# Environment:
#   BENCH_RUNS=3          best of this many runs per measurement
#   BENCH_RUNS_1M=2       the same at 1M relations and more (the whole-graph
#                         DOT there: one run)
#   BENCH_BUILD=build     the CMake build directory (configured if needed)
#   BENCH_DATA=$BENCH_BUILD/bench-data   where generated projects are cached
#   BENCH_PYREF_MAX=100k  run the Python reference up to this size (it is slow)
#   BENCH_PYREF_RUNS=1    best of this many runs of the Python reference above
#                         10k relations (up to 10k: BENCH_RUNS)
#   BENCH_PYTHON=/usr/bin/python3   the Python of the reference (Debian's, with
#                         python3-yaml: PyYAML on libyaml)
#   BENCH_REPO=1          also measure `build` of the repository's own views (0: skip)
#
# Prints, for each size, wall time and peak RSS of the libyaml floor,
# factgraph check, export, build of a focus view and the whole-graph DOT, and
# of the Python reference; then the repository's own views; then the targets.
# The same tables go to $BENCH_DATA/results.md.
# The whole script is one block, read before it runs: editing this file
# while a benchmark runs cannot change what the running one does.
{
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
build=${BENCH_BUILD:-$repo/build}
case $build in /*) ;; *) build=$repo/$build ;; esac
data=${BENCH_DATA:-$build/bench-data}
case $data in /*) ;; *) data=$PWD/$data ;; esac
runs_small=${BENCH_RUNS:-3}
runs_large=${BENCH_RUNS_1M:-2}
runs=$runs_small
pyref_runs=${BENCH_PYREF_RUNS:-1}
do_repo=${BENCH_REPO:-1}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1k 10k 100k 1m)

die() { echo "bench: $*" >&2; exit 2; }
to_n() { # 10k -> 10000
    local s=${1,,}
    case $s in
        *k) echo $(( ${s%k} * 1000 )) ;;
        *m) echo $(( ${s%m} * 1000000 )) ;;
        *[!0-9]*|'') die "not a size: $1 (use e.g. 1k, 100k, 1m)" ;;
        *) echo "$s" ;;
    esac
}
pyref_max=$(to_n "${BENCH_PYREF_MAX:-100k}")

py=${BENCH_PYTHON:-/usr/bin/python3}
command -v "$py" >/dev/null || py=python3
[ -x /usr/bin/time ] || die "needs GNU time (apt-get install time)"
"$py" -c 'import yaml; yaml.CSafeLoader' 2>/dev/null || die "needs PyYAML with libyaml (apt-get install python3-yaml)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ---- build ------------------------------------------------------------------
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$repo" -B "$build" -DFG_WERROR=ON >"$tmp/cmake.log" 2>&1 || { cat "$tmp/cmake.log"; die "cmake failed"; }
fi
cmake --build "$build" --target factgraph bench_floor -j2 >"$tmp/cmake.log" 2>&1 || { cat "$tmp/cmake.log"; die "build failed"; }
fg=$build/src/factgraph
floor=$build/bench/bench_floor
[ -x "$fg" ] && [ -x "$floor" ] || die "missing $fg or $floor"
build_flags=$(sed -n 's/^C_FLAGS = //p' "$build/src/CMakeFiles/libfactgraph.dir/flags.make" | grep -o -- '-O[0-9s]\|-g\b\|-DNDEBUG\|-fsanitize=[a-z,]*' | tr '\n' ' ')
mkdir -p "$data"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
results=$data/results.tsv
: >"$results"

# ---- measuring ----------------------------------------------------------------
# measure LABEL SIZE EXPECTED_EXIT PREP CMD...: best wall time of $runs runs
# (a nanosecond clock around /usr/bin/time, whose %e has 10 ms resolution)
# and the largest peak RSS (%M, KB) over the runs; PREP is a shell command
# run before each run and not timed ('' for none). Appends to results.tsv.
measure() {
    local label=$1 size=$2 want=$3 prep=$4 n=$runs
    shift 4
    case $label in
        pyref*) if [ "$size" -gt 10000 ]; then n=$pyref_runs; fi ;;
        dot_all) [ "$size" -lt 1000000 ] || n=1 ;;
    esac
    local best='' rss=0 i
    for ((i = 0; i < n; i++)); do
        [ -z "$prep" ] || sh -c "$prep"
        local t0 t1 rc=0
        t0=$(date +%s%N)
        /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
        t1=$(date +%s%N)
        if [ "$rc" != "$want" ]; then
            echo "bench: $label at $size exited $rc (expected $want):" >&2
            grep -v '^Command exited' "$tmp/err" | tail -5 >&2
            grep -v '^Command exited' "$tmp/time" >&2 || true
            printf '%s\t%s\tFAILED(exit %s)\t0\n' "$size" "$label" "$rc" >>"$results"
            return 0
        fi
        local ms=$(( (t1 - t0) / 1000000 )) kb
        kb=$(tail -1 "$tmp/time" | awk '{print $2}')
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
        if [ "$kb" -gt "$rss" ]; then rss=$kb; fi
    done
    printf '%s\t%s\t%s\t%s\n' "$size" "$label" "$best" "$rss" >>"$results"
    awk -v l="$label" -v t="$best" -v m="$rss" 'BEGIN { printf "  %-26s %9.3f s %9.1f MB\n", l, t / 1000, m / 1024 }'
}

note() { printf '%s\t%s\t%s\t0\n' "$1" "$2" "$3" >>"$results"; }

# ---- generated fact bases -------------------------------------------------------
echo "== the process alone (factgraph --version: libraries mapped, nothing read)"
measure baseline base 0 '' "$fg" --version
gen_stamp=$(cat "$here/gen.py" | sha256sum | cut -c1-16)
for s in "${sizes[@]}"; do
    n=$(to_n "$s")
    dir=$data/r$n
    if [ "$n" -ge 1000000 ]; then runs=$runs_large; else runs=$runs_small; fi
    if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$gen_stamp" ]; then
        echo "generating $n relations in $dir ..."
        rm -rf "$dir"
        "$py" "$here/gen.py" "$n" "$dir"
        echo "$gen_stamp" >"$dir/.stamp"
    fi
    bytes=$(find "$dir/facts" -name '*.yaml' -printf '%s\n' | awk '{t += $1} END {print t}')
    nfiles=$(find "$dir/facts" -name '*.yaml' | wc -l)
    seeds=$(find "$dir/seeds" -type f -printf '%s\n' | awk '{t += $1; n++} END {print n, t}')
    echo "== $n relations: $nfiles fact files, $bytes bytes; seeds: ${seeds% *} documents, ${seeds#* } bytes"
    note "$n" facts_bytes "$bytes"
    note "$n" fact_files "$nfiles"
    note "$n" seed_docs "${seeds% *}"
    "$fg" -C "$dir" check -q || die "the generated project at $dir does not check clean"
    measure floor "$n" 0 '' "$floor" "$dir"
    measure check "$n" 0 '' "$fg" -C "$dir" check
    measure check_j1 "$n" 0 '' "$fg" -j1 -C "$dir" check
    measure export "$n" 0 '' "$fg" -C "$dir" export --format json
    measure export_ntriples "$n" 0 '' "$fg" -C "$dir" export --format ntriples
    measure export_turtle "$n" 0 '' "$fg" -C "$dir" export --format turtle
    measure export_graphml "$n" 0 '' "$fg" -C "$dir" export --format graphml
    measure export_neo4j "$n" 0 "rm -rf '$tmp/neo4j'" "$fg" -C "$dir" export --format neo4j --output "$tmp/neo4j"
    measure export_sqlite "$n" 0 "rm -f '$tmp/facts.db'" "$fg" -C "$dir" export --format sqlite --output "$tmp/facts.db"
    measure build_focus "$n" 0 "rm -f '$dir/graphs/focus.dot' '$dir/graphs/focus.svg'" "$fg" -C "$dir" build --view focus
    note "$n" focus_edges "$(grep -c -- ' -> ' "$dir/graphs/focus.dot" || true)"
    # Past sfdp's node limit the whole graph is refused before its DOT is
    # made (view-too-large): there is nothing to time.
    # render prints the DOT and lays nothing out (build --check renders
    # every SVG again since the gate trusts no stamp).
    "$fg" -C "$dir" render all >/dev/null 2>"$tmp/all.out" || true
    if grep -q 'view-too-large' "$tmp/all.out"; then
        note "$n" dot_all "refused (view-too-large)"
        echo "  dot_all                    refused: over sfdp's node limit"
    else
        measure dot_all "$n" 0 '' "$fg" -C "$dir" render all
    fi
    if [ "$n" -le "$pyref_max" ]; then
        measure pyref_check "$n" 0 '' "$py" "$here/pyref.py" "$dir"
        measure pyref_dot "$n" 0 '' "$py" "$here/pyref.py" "$dir" --dot "$tmp/all.dot"
        rm -f "$tmp/all.dot"
    fi
done

# ---- the repository's own views ----------------------------------------------------
if [ "$do_repo" = 1 ]; then
    runs=$runs_small
    rdir=$data/repo
    rm -rf "$rdir"
    mkdir -p "$rdir/graphs"
    cp -R "$repo/facts" "$repo/seeds" "$rdir/"
    cp "$repo"/graphs/*.yaml "$rdir/graphs/"
    nviews=$(ls "$rdir"/graphs/*.yaml | wc -l)
    echo "== the repository's own facts and $nviews views (a copy in $rdir)"
    clean="rm -f '$rdir'/graphs/*.dot '$rdir'/graphs/*.svg"
    # A trial build first: a view whose layout fails is left out of the
    # measurements (and named), so that the others can still be measured.
    sh -c "$clean"
    viewargs=()
    if ! "$fg" -C "$rdir" build >"$tmp/out" 2>"$tmp/err"; then
        bad=$(sed -n "s/.*error: view '\([a-z0-9-]*\)'.*/\1/p" "$tmp/err" | sort -u | xargs)
        echo "  the full build fails: $(grep -c 'error:' "$tmp/err") errors; failing views: ${bad:-?}" >&2
        grep 'error:' "$tmp/err" | head -5 >&2
        note repo failing_views "${bad:-?}"
        for v in "$rdir"/graphs/*.yaml; do
            v=$(basename "$v" .yaml)
            case " $bad " in *" $v "*) ;; *) viewargs+=(--view "$v") ;; esac
        done
        nviews=$(( ${#viewargs[@]} / 2 ))
        echo "  measuring the other $nviews views"
    fi
    measure repo_check repo 0 '' "$fg" -C "$rdir" check
    measure repo_build_full repo 0 "$clean" "$fg" -C "$rdir" build "${viewargs[@]}"
    measure repo_build_check repo 0 '' "$fg" -C "$rdir" build --check "${viewargs[@]}"
    measure repo_build_nochange repo 0 '' "$fg" -C "$rdir" build "${viewargs[@]}"
    note repo views "$nviews"
fi

# ---- report ---------------------------------------------------------------------------
{
    echo "machine	$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(free -g | awk '/^Mem:/ {print $2}') GB"
    echo "load	$load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
    echo "factgraph	$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$repo" diff --quiet -- src 2>/dev/null || echo ' + uncommitted changes in src/'), compiled with ${build_flags:-?}"
    echo "python	$("$py" -c 'import sys, yaml; print("Python %s, PyYAML %s (libyaml: %s)" % (sys.version.split()[0], yaml.__version__, yaml.__with_libyaml__))')"
    echo "runs	best of $runs_small runs, $runs_large at 1M (whole-graph DOT at 1M: 1; Python reference: $pyref_runs)"
} >"$data/meta.tsv"
"$py" "$here/report.py" "$results" "$data/meta.tsv" | tee "$data/results.md"
exit
}
