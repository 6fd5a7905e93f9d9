#!/bin/sh
# Run one golden case through the real binary.
#
#   run_case.sh FACTGRAPH CASE_DIR WORK_DIR
#
# The project is tests/golden/base/ with the case's files laid over it
# (unless the case has a file named `nobase`). Then:
#   fail cases: `args` (default: check) are passed to factgraph; its exit
#     code must equal `exit` and its stderr must equal `stderr` byte for
#     byte (and stdout `stdout`, when the case has that file).
#   ok cases: `factgraph build` must exit 0 and every expected/NAME.dot must
#     equal graphs/NAME.dot byte for byte.
# A case may hold `generate.sh`, run with sh inside the project before the
# binary: inputs too large or too odd to commit are made there. A case may
# hold `timeout` (seconds, default 60): the binary must answer within it.
# FG_WRAPPER, when set, is put before the binary (e.g. valgrind).
set -u
bin=$1 case=$(cd "$2" && pwd) work=$3
base=$(dirname "$0")/base
rm -rf "$work" && mkdir -p "$work/project" || exit 2
proj=$work/project
[ -e "$case/nobase" ] || cp -R "$base/." "$proj/"
for item in "$case"/*; do
    name=$(basename "$item")
    case $name in
        args|exit|stderr|stdout|nobase|expected|README|generate.sh|timeout) ;;
        *) cp -R "$item" "$proj/" ;;
    esac
done
if [ -f "$case/generate.sh" ]; then
    (cd "$proj" && sh "$case/generate.sh") || { echo "FAIL: generate.sh exited $?"; exit 1; }
fi
args=check
[ -f "$case/args" ] && args=$(cat "$case/args")
limit=60
[ -f "$case/timeout" ] && limit=$(cat "$case/timeout")
status=0
if [ -d "$case/expected" ]; then
    # shellcheck disable=SC2086
    ${FG_WRAPPER:-} "$bin" -C "$proj" build -q >"$work/stdout" 2>"$work/stderr" || status=$?
    if [ "$status" -ne 0 ]; then
        echo "build exited $status:"; cat "$work/stderr"; exit 1
    fi
    for want in "$case"/expected/*; do
        got=$proj/graphs/$(basename "$want")
        diff -u "$want" "$got" || { echo "FAIL: $(basename "$want") differs"; exit 1; }
    done
    echo "ok: $(basename "$case")"
    exit 0
fi
# shellcheck disable=SC2086
(cd "$proj" && timeout "$limit" ${FG_WRAPPER:-} "$bin" $args) >"$work/stdout" 2>"$work/stderr" || status=$?
[ "$status" -eq 124 ] && { echo "FAIL: no answer within $limit s"; exit 1; }
want_exit=$(cat "$case/exit")
fail=0
if [ "$status" != "$want_exit" ]; then
    echo "FAIL: exit code $status, expected $want_exit"; fail=1
fi
diff -u "$case/stderr" "$work/stderr" || { echo "FAIL: stderr differs"; fail=1; }
if [ -f "$case/stdout" ]; then
    diff -u "$case/stdout" "$work/stdout" || { echo "FAIL: stdout differs"; fail=1; }
fi
[ $fail -eq 0 ] && echo "ok: $(basename "$case")"
exit $fail
