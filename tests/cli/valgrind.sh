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
# diff: revisions read through libgit2, against the working tree.
git -C "$work/p" init -q && git -C "$work/p" add -A . && git -C "$work/p" -c user.name=t -c user.email=t@t commit -qm one \
    || fail "making a repository of the project failed"
printf 'entities:\n  - {id: valgrind-land, type: country, name: Valgrind}\n' > "$work/p/facts/zz-valgrind.yaml"
$vg "$bin" -C "$work/p" diff --format markdown > /dev/null || fail "diff under valgrind exited $?"
$vg "$bin" -C "$work/p" diff --format json HEAD no-such-rev > /dev/null 2>&1
[ $? -eq 2 ] || fail "diff of a revision that does not exist under valgrind did not exit 2"
echo "ok: check, build, build --check, export and diff are clean under valgrind"
