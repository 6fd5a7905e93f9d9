# Layouts run in up to -j children at once (build, build --check, report):
# the files written, stdout, stderr and the exit code must not depend on
# the number, for the repository and for a project whose views fail (a
# layout past its time budget, a view too large), and no child may outlive
# factgraph.
. "$(dirname "$0")/lib.inc"

# run_j NAME J DIR ARGS...: factgraph -j J -C DIR ARGS, its exit code,
# stdout and stderr in $work/NAME.J.{exit,out,err}.
run_j() {
    name=$1 j=$2 dir=$3
    shift 3
    status=0
    "$bin" -j "$j" -C "$dir" "$@" >"$work/$name.$j.out" 2>"$work/$name.$j.err" || status=$?
    echo "$status" >"$work/$name.$j.exit"
}

# same_run NAME J: the run with -j J printed and exited as with -j 1.
same_run() {
    for part in exit out err; do
        cmp -s "$work/$1.1.$part" "$work/$1.$2.$part" ||
            fail "$1: $part with -j $2 differs from -j 1: $(diff "$work/$1.1.$part" "$work/$1.$2.$part" | head -5)"
    done
}

# same_files A B: the same files in A/graphs and B/graphs, byte for byte.
same_files() {
    diff -r "$1/graphs" "$2/graphs" >"$work/diff.out" || fail "$1 and $2 differ: $(head -5 "$work/diff.out")"
}

# 1. The repository, built from scratch, then checked, then reported.
for j in 1 2 4; do
    copy_project "$work/repo$j"
    run_j build "$j" "$work/repo$j" build
    run_j check "$j" "$work/repo$j" build --check
done
[ "$(cat "$work/build.1.exit")" = 0 ] || fail "build -j1 exited $(cat "$work/build.1.exit"): $(cat "$work/build.1.err")"
[ "$(cat "$work/check.1.exit")" = 0 ] || fail "build --check -j1 after build exited $(cat "$work/check.1.exit")"
n=$(ls "$work"/repo1/graphs/*.svg | wc -l)
[ "$n" -ge 10 ] || fail "only $n SVGs built"
ls "$work"/repo1/graphs/*.png >/dev/null 2>&1 || fail "no PNG built: the raster children are not exercised"
for j in 2 4; do
    same_run build "$j"
    same_run check "$j"
    same_files "$work/repo1" "$work/repo$j"
done
# The committed outputs, as -j 1 and -j 2 check them, agree too (and are
# clean: what -j 1 wrote is what the repository holds).
for j in 1 2; do
    run_j committed "$j" "$src" build --check
done
same_run committed 2
for j in 1 2; do
    run_j report "$j" "$work/repo$j" report
done
same_run report 2
same_files "$work/repo1" "$work/repo2"

# 2. build --check of stale outputs: a hand-edited SVG, a deleted PNG, a
# DOT of other facts; reported the same, in the same order, for any -j.
for j in 1 2 4; do
    echo '<svg/>' >>"$work/repo$j/graphs/landscape.svg"
    rm "$work/repo$j/graphs/paris-summit.png"
    echo '// edited' >>"$work/repo$j/graphs/timeline.dot"
    run_j stale "$j" "$work/repo$j" build --check
done
[ "$(cat "$work/stale.1.exit")" = 1 ] || fail "build --check of stale outputs exited $(cat "$work/stale.1.exit")"
grep -q "paris-summit.png.*missing" "$work/stale.1.err" || fail "the missing PNG was not reported: $(cat "$work/stale.1.err")"
same_run stale 2
same_run stale 4

# 3. A project whose views fail: between two views that build, a neato
# layout of 480 nodes that runs for minutes (stopped by --timeout 1), one
# too large for its layout, and another slow one.
k=$work/fails
mkdir -p "$k/graphs"
cp -R "$src/tests/golden/base/." "$k/"
# 30 countries more (c480 to c509, cited by one relation each) make
# "every country" too large for circo (500 nodes); the slow views leave
# them out.
awk 'BEGIN {
    print "entities:"
    for (i = 0; i < 510; i++) printf "  - {id: c%d, type: country, name: C%d}\n", i, i
    print "relations:"
    for (i = 1; i < 480; i++) printf "  - {subject: c%d, predicate: cooperated-with, object: c%d, source: doc, quote: cooperate closely}\n", i - 1, i
    for (i = 7; i < 480; i++) printf "  - {subject: c%d, predicate: cooperated-with, object: c%d, source: doc, quote: cooperate closely}\n", i - 7, i
    for (i = 480; i < 510; i++) printf "  - {subject: c%d, predicate: cooperated-with, object: france, source: doc, quote: cooperate closely}\n", i
}' >"$k/facts/chain.yaml"
extra=$(seq -s ', ' -f 'c%g' 480 509)
printf 'title: First\nfocus: [india]\ndepth: 1\n' >"$k/graphs/a-first.yaml"
printf 'title: Slow\ntypes: [country]\nexclude: [%s]\nlayout: neato\n' "$extra" >"$k/graphs/b-slow.yaml"
printf 'title: Too large\ntypes: [country]\nlayout: circo\n' >"$k/graphs/c-large.yaml"
printf 'title: Slow again\ntypes: [country]\nexclude: [%s]\nlayout: neato\nformats: [svg, png]\n' "$extra" \
    >"$k/graphs/d-slow.yaml"
printf 'title: Last\nfocus: [paris-summit]\ndepth: 1\nformats: [svg, pdf]\n' >"$k/graphs/e-last.yaml"
for j in 1 2 4; do
    rm -rf "$k$j"
    cp -R "$k" "$k$j"
    run_j fails "$j" "$k$j" build --timeout 1
done
grep -q "b-slow.yaml:1:8: error: view 'b-slow': neato layout ran past its time budget of 1 s \[layout-failed\]" \
    "$work/fails.1.err" || fail "no time-budget message for b-slow: $(cat "$work/fails.1.err")"
grep -q "view 'd-slow': neato layout ran past its time budget of 1 s" "$work/fails.1.err" ||
    fail "no time-budget message for d-slow: $(cat "$work/fails.1.err")"
grep -q "view 'c-large' has 512 nodes.*\[view-too-large\]" "$work/fails.1.err" ||
    fail "no view-too-large message: $(cat "$work/fails.1.err")"
[ -f "$k""1/graphs/e-last.pdf" ] || fail "the view after the failures was not built"
for j in 2 4; do
    same_run fails "$j"
    same_files "$k""1" "$k$j"
done

# The pids of parent's children once there are two of them (up to 10 s).
two_children() {
    for _ in $(seq 100); do
        found=$(pgrep -P "$1" | tr '\n' ' ' || true)
        [ "$(echo $found | wc -w)" -ge 2 ] && break
        sleep 0.1
    done
    echo $found
}

# 4. Children that crash (SIGABRT, as from a failed assertion in Graphviz;
# not SIGSEGV, which AddressSanitizer would catch and turn into an exit
# status): each gives its own message, in view order.
rm -rf "$k""c" && cp -R "$k" "$k""c"
"$bin" -j 2 -C "$k""c" build --timeout 0 --view b-slow --view d-slow >"$work/crash.out" 2>"$work/crash.err" &
parent=$!
children=$(two_children "$parent")
[ "$(echo $children | wc -w)" -ge 2 ] || { kill -9 "$parent"; fail "two layout children did not appear with -j 2"; }
for c in $children; do kill -ABRT "$c"; done
status=0
wait "$parent" || status=$?
[ "$status" = 2 ] || fail "build with crashed layouts exited $status, expected 2: $(cat "$work/crash.err")"
grep "layout crashed" "$work/crash.err" | cut -d: -f1 >"$work/crash.lines"
printf '%s\n' graphs/b-slow.yaml graphs/d-slow.yaml | cmp -s - "$work/crash.lines" ||
    fail "the crashes were not reported one a view, in view order: $(cat "$work/crash.err")"
grep -q "view 'b-slow': neato layout crashed (signal 6) \[layout-failed\]" "$work/crash.err" ||
    fail "unexpected crash message: $(cat "$work/crash.err")"

# 5. factgraph killed with several layouts running: every child dies with it.
rm -rf "$k""k" && cp -R "$k" "$k""k"
"$bin" -j 4 -C "$k""k" build --timeout 0 -q 2>/dev/null &
parent=$!
children=$(two_children "$parent")
[ "$(echo $children | wc -w)" -ge 2 ] || { kill -9 "$parent"; fail "two layout children did not appear with -j 4"; }
kill -9 "$parent"
wait "$parent" 2>/dev/null
for c in $children; do
    for _ in $(seq 20); do
        kill -0 "$c" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$c" 2>/dev/null; then
        kill -9 "$c"
        fail "a layout child outlived factgraph"
    fi
done
# 6. Graphviz's warnings (colours it does not know: the style check
# accepts any alphanumeric value) come back from the children and are
# printed with their view, in view order, for any -j: a slow chain of 400
# countries first, then a small view that a second child ends first.
g=$work/warn
mkdir -p "$g/graphs"
cp -R "$src/tests/golden/base/." "$g/"
sed -i 's/fillcolor: "#dbe9f6"/fillcolor: reddd/; s/style: {shape: note}/style: {shape: note, fillcolor: greenn}/' \
    "$g/facts/schema.yaml"
grep -q 'fillcolor: greenn' "$g/facts/schema.yaml" || fail "the golden schema changed: no document style to break"
awk 'BEGIN {
    print "entities:"
    for (i = 0; i < 400; i++) printf "  - {id: c%d, type: country, name: C%d}\n", i, i
    print "relations:"
    for (i = 1; i < 400; i++) printf "  - {subject: c%d, predicate: cooperated-with, object: c%d, source: doc, quote: cooperate closely}\n", i - 1, i
}' >"$g/facts/chain.yaml"
printf 'title: Slow\ntypes: [country]\n' >"$g/graphs/a-slow.yaml"
printf 'title: Docs\nfocus: [paris-statement]\ndepth: 1\nformats: [svg, png]\n' >"$g/graphs/b-docs.yaml"
for j in 1 2 4; do
    rm -rf "$g$j"
    cp -R "$g" "$g$j"
    run_j warn "$j" "$g$j" build
done
[ "$(cat "$work/warn.1.exit")" = 0 ] || fail "a build with Graphviz warnings exited $(cat "$work/warn.1.exit"): $(cat "$work/warn.1.err")"
grep 'Graphviz' "$work/warn.1.err" >"$work/warn.lines"
printf '%s\n' \
    "graphs/a-slow.yaml:1:8: warning: view 'a-slow': Graphviz: Warning: reddd is not a known color. [layout-warning]" \
    "graphs/b-docs.yaml:1:8: warning: view 'b-docs': Graphviz: Warning: greenn is not a known color. [layout-warning]" \
    "graphs/b-docs.yaml:1:8: warning: view 'b-docs': Graphviz: Warning: reddd is not a known color. [layout-warning]" |
    cmp -s - "$work/warn.lines" || fail "Graphviz's warnings not one a view, in view order: $(cat "$work/warn.1.err")"
! grep -v '^graphs/\|^    \|^      |\|^factgraph: ' "$work/warn.1.err" | grep -q . ||
    fail "something besides factgraph's diagnostics on stderr: $(cat "$work/warn.1.err")"
[ -f "$g""1/graphs/b-docs.png" ] || fail "no PNG of b-docs: the raster child is not exercised"
for j in 2 4; do
    same_run warn "$j"
    same_files "$g""1" "$g$j"
done
# The raster child keeps its copy of the SVG under TMPDIR, and removes it.
mkdir -p "$work/tmp"
rm "$g""1/graphs/b-docs.png"
TMPDIR=$work/tmp "$bin" -C "$g""1" build -q --view b-docs 2>/dev/null || fail "the PNG was not drawn with TMPDIR set"
[ -f "$g""1/graphs/b-docs.png" ] || fail "no PNG drawn with TMPDIR set"
[ -z "$(ls -A "$work/tmp")" ] || fail "the raster child left $(ls "$work/tmp") in TMPDIR"
rm "$g""1/graphs/b-docs.png"
status=0
TMPDIR=$work/no-such-dir "$bin" -C "$g""1" build --view b-docs >/dev/null 2>"$work/tmpdir.err" || status=$?
grep -q "view 'b-docs': cannot create a temporary file in $work/no-such-dir" "$work/tmpdir.err" ||
    fail "the raster child did not use TMPDIR (exit $status): $(cat "$work/tmpdir.err")"
# --strict counts the layout's warnings: build --check --strict (every SVG
# laid out again) fails on them, and plain build --check does not.
"$bin" -C "$g""1" build -q 2>/dev/null || fail "the build after the TMPDIR checks failed"
"$bin" -C "$g""1" build --check -q 2>/dev/null || fail "build --check failed on Graphviz's warnings alone"
status=0
"$bin" -C "$g""1" build --check --strict -q 2>/dev/null || status=$?
[ "$status" -eq 1 ] || fail "build --check --strict exited $status on Graphviz's warnings, expected 1"

echo "ok: build, build --check and report the same with -j 1, 2 and 4 ($n views); time budgets, crashes and a killed build; Graphviz warnings in view order"
