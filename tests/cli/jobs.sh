# Fact files are parsed on several threads (-j): the model, the diagnostics,
# their order and which of them are kept past the limit of 1,000 must not
# depend on the number of threads.
. "$(dirname "$0")/lib.inc"

# run_all NAME ARGS...: the command's exit code, stdout and stderr with
# -j1, -j2 and -j8; the three must be identical.
run_all() {
    name=$1
    shift
    for j in 1 2 8; do
        status=0
        "$bin" -j "$j" "$@" >"$work/$name.$j.out" 2>"$work/$name.$j.err" || status=$?
        echo "$status" >"$work/$name.$j.exit"
    done
    for j in 2 8; do
        for part in exit out err; do
            cmp -s "$work/$name.1.$part" "$work/$name.$j.$part" ||
                fail "$name: $part with -j $j differs from -j 1"
        done
    done
}

copy_project "$work/repo"
run_all repo-export -C "$work/repo" export --format json
run_all repo-check -C "$work/repo" check --strict
[ "$(cat "$work/repo-check.1.exit")" = 0 ] || fail "the repository does not check clean"

# A project of 60 fact files with errors in each: quotes not in their
# document, an unknown field, a duplicate key, and one file that is not
# valid YAML. 60 x 20 wrong quotes pass the limit of 1,000 kept diagnostics.
proj=$work/many
cp -R "$src/tests/golden/base" "$proj"
i=0
while [ $i -lt 60 ]; do
    f=$proj/facts/part-$(printf '%02d' $i).yaml
    echo "relations:" >"$f"
    k=0
    while [ $k -lt 20 ]; do
        printf '  - {subject: france, predicate: attended, object: paris-summit, source: doc, quote: "not said %d %d"}\n' $i $k >>"$f"
        k=$((k + 1))
    done
    printf '  - {subject: france, predicate: hosted, object: paris-summit, source: doc, quote: x, colour: red}\n' >>"$f"
    printf 'entities:\n  - {id: e%d, type: country, name: A, name: B}\n' $i >>"$f"
    i=$((i + 1))
done
printf 'relations:\n  - [unclosed\n' >"$proj/facts/part-30b.yaml"
run_all many-human -C "$proj" check
run_all many-json -C "$proj" check --format json
[ "$(cat "$work/many-human.1.exit")" = 1 ] || fail "the broken project does not exit 1"
n=$(wc -l <"$work/many-json.1.out")
[ "$n" -eq 1000 ] || fail "$n diagnostics kept, expected the limit of 1000"
# A number of threads out of range is a usage error.
for bad in 0 9 x -1; do
    status=0
    "$bin" -j "$bad" -C "$work/repo" check >"$work/bad.out" 2>"$work/bad.err" || status=$?
    [ "$status" = 2 ] || fail "-j $bad exited $status, expected 2"
    grep -q "^factgraph: -j takes a number of threads from 1 to 8, not '$bad'\$" "$work/bad.err" ||
        fail "-j $bad: unexpected message: $(cat "$work/bad.err")"
done
echo "ok: the same output with 1, 2 and 8 threads"
