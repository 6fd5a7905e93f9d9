# render prints one view's DOT or SVG, byte for byte what build writes,
# and writes nothing; a view that does not exist exits 2 with a
# suggestion, facts with errors exit 1 and print nothing on stdout.
. "$(dirname "$0")/lib.inc"
p=$work/p
copy_project "$p"
"$bin" -C "$p" build -q || fail "build exited $?"
(cd "$p/graphs" && cksum ./* > "$work/before")
"$bin" -C "$p" render money > "$work/money.dot" || fail "render exited $?"
cmp -s "$work/money.dot" "$p/graphs/money.dot" || fail "render's DOT is not build's"
"$bin" -C "$p" render --svg money > "$work/money.svg" || fail "render --svg exited $?"
cmp -s "$work/money.svg" "$p/graphs/money.svg" || fail "render's SVG is not build's"
(cd "$p/graphs" && cksum ./* > "$work/after")
cmp -s "$work/before" "$work/after" || fail "render wrote to graphs/"
status=0
"$bin" -C "$p" render mony > "$work/out" 2> "$work/err" || status=$?
[ "$status" -eq 2 ] || fail "render of a view that does not exist exited $status"
grep -qx "factgraph: no view named 'mony' in graphs/ (did you mean 'money'?)" "$work/err" || fail "$(cat "$work/err")"
[ -s "$work/out" ] && fail "render of a view that does not exist printed on stdout"
sed -i 's/^  - subject: france$/  - subject: frnace/' "$p"/facts/paris-summit.yaml
status=0
"$bin" -C "$p" render money > "$work/out" 2> "$work/err" || status=$?
[ "$status" -eq 1 ] || fail "render of facts with errors exited $status"
grep -q "^factgraph: nothing rendered: [1-9][0-9]* errors\?, " "$work/err" || fail "$(tail -2 "$work/err")"
[ -s "$work/out" ] && fail "render of facts with errors printed on stdout"
echo "ok: render prints what build writes, and writes nothing"
