# check's work grows linearly with the fact base: the instructions that
# `factgraph check` executes (counted by callgrind, so no timing) for 8,000
# relations are about four times those for 2,000. A quadratic path in id
# lookup, duplicate or contradiction detection, quote lookup or suggestions
# would make it sixteen.
. "$(dirname "$0")/lib.inc"
command -v valgrind >/dev/null || fail "valgrind is needed by this test"
command -v python3 >/dev/null || fail "python3 is needed by this test"
count() {
    python3 "$src/bench/gen.py" "$1" "$work/r$1" > /dev/null || fail "bench/gen.py $1 failed"
    "$bin" -C "$work/r$1" check -q || fail "the generated base of $1 relations does not check clean"
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" -C "$work/r$1" check -q 2>&1 \
        | sed -n 's/.*I *refs: *//p' | tr -d ,
}
small=$(count 2000)
large=$(count 8000)
[ -n "$small" ] && [ -n "$large" ] || fail "no instruction count from callgrind"
python3 - "$small" "$large" <<'PY' || fail "check does not grow linearly"
import sys
small, large = int(sys.argv[1]), int(sys.argv[2])
ratio = large / small
print("instructions: %d for 2,000 relations, %d for 8,000: x%.2f (linear: 4, quadratic: 16)" % (small, large, ratio))
assert ratio < 4.6, ratio
PY
