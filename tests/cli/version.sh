# --version names factgraph's version and the Graphviz and libyaml it runs
# with, in one line of a fixed form; the library versions are the ones the
# system's own tools report (dot -V, pkg-config), not made up.
. "$(dirname "$0")/lib.inc"
for tool in dot pkg-config; do
    command -v "$tool" > /dev/null || fail "$tool is not installed (README set-up)"
done
for flag in --version -V; do
    status=0
    "$bin" "$flag" > "$work/out" 2> "$work/err" || status=$?
    [ "$status" -eq 0 ] || fail "$flag exited $status"
    [ -s "$work/err" ] && fail "$flag wrote to stderr: $(cat "$work/err")"
    [ "$(wc -l < "$work/out")" -eq 1 ] || fail "$flag printed $(wc -l < "$work/out") lines"
    grep -Eqx 'factgraph [0-9]+\.[0-9]+\.[0-9]+ \(Graphviz [0-9][0-9.]*, libyaml [0-9][0-9.]*\)' "$work/out" \
        || fail "$flag printed '$(cat "$work/out")'"
done
project=$(sed -n 's/^project(factgraph VERSION \([0-9.]*\) .*/\1/p' "$src/CMakeLists.txt")
graphviz=$(dot -V 2>&1 | sed -n 's/^dot - graphviz version \([0-9.]*\).*/\1/p')
libyaml=$(pkg-config --modversion yaml-0.1)
expected="factgraph $project (Graphviz $graphviz, libyaml $libyaml)"
[ "$(cat "$work/out")" = "$expected" ] || fail "--version printed '$(cat "$work/out")', expected '$expected'"
echo "ok: $expected"
