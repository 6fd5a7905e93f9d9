# No memory error and no definite leak from factgraph's own code while it
# checks, builds (with layouts, in forked children) and exports the
# repository. Graphviz's own leaks are suppressed in graphviz.supp.
. "$(dirname "$0")/lib.inc"
command -v valgrind >/dev/null || fail "valgrind is needed by this test"
copy_project "$work/p"
vg="valgrind -q --num-callers=40 --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite --suppressions=$(dirname "$0")/graphviz.supp"
$vg "$bin" -C "$work/p" check --strict -q || fail "check under valgrind exited $?"
$vg "$bin" -C "$work/p" build -q || fail "build under valgrind exited $?"
$vg "$bin" -C "$work/p" build --check -q || fail "build --check under valgrind exited $?"
$vg "$bin" -C "$work/p" export > /dev/null || fail "export under valgrind exited $?"
echo "ok: check, build, build --check and export are clean under valgrind"
