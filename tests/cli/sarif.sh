# check --format sarif through Microsoft's SARIF validator (the
# @microsoft/sarif-multitool npm package, which ships the .NET tool as a
# binary): a log with errors, warnings, a note and a problem of no file
# must validate with no error; its results carry the rule, the level and
# the place relative to the project; its rules are those of
# docs/fact-format.md's table. The validator is installed once under the
# build tree with npm; without npm the test fails, naming what is missing.
. "$(dirname "$0")/lib.inc"
version=5.7.0
tooldir=$(cd "$work/../../.." && pwd)/sarif-multitool
tool=$tooldir/node_modules/.bin/sarif-multitool
if [ ! -x "$tool" ] || ! "$tool" --version 2>/dev/null | grep -q "SARIF Multitool $version"; then
    command -v npm > /dev/null || fail "npm is not installed: the SARIF validator comes from the npm registry (.ci/run installs nodejs and npm)"
    npm install --silent --no-audit --no-fund --prefix "$tooldir" "@microsoft/sarif-multitool@$version" > "$work/npm.log" 2>&1 \
        || fail "npm install @microsoft/sarif-multitool@$version failed: $(tail -5 "$work/npm.log")"
fi
"$tool" --version > "$work/version.log" 2>&1 || fail "sarif-multitool does not run here: $(cat "$work/version.log")"

# validate FILE: no error from the validator (it exits 0 even then, so its
# report is read).
validate() {
    rm -f "$work/report.sarif"
    "$tool" validate "$1" -o "$work/report.sarif" > "$work/validate.log" 2>&1 \
        || fail "sarif-multitool validate failed on $1: $(cat "$work/validate.log")"
    grep -q "Analysis completed successfully" "$work/validate.log" || fail "the validator did not finish: $(cat "$work/validate.log")"
    if grep -q ": error " "$work/validate.log"; then
        fail "$1 is not valid SARIF 2.1.0: $(grep ": error " "$work/validate.log")"
    fi
}

p=$work/p
cp -R "$src/tests/golden/base" "$p"
mkdir -p "$p/facts/sub dir"
cat > "$p/facts/sub dir/case.yaml" <<'YAML'
entities:
  - {id: france, type: country, name: France again}
  - {id: nobody, type: person, name: Nobody}
relations:
  - {subject: frnace, predicate: hosted, object: paris-summit, source: doc, quote: which France hosted}
YAML
printf 'x\n' > "$p/facts/old.yml"
status=0
"$bin" -C "$p" check --format sarif > "$work/check.sarif" 2> "$work/stderr" || status=$?
[ "$status" -eq 1 ] || fail "check --format sarif exited $status, not 1: $(cat "$work/stderr")"
validate "$work/check.sarif"
for want in '"version":"2.1.0"' '"ruleId":"unknown-ref"' '"ruleId":"duplicate-id"' \
    '"ruleId":"unused-entity","ruleIndex":[0-9]*,"level":"warning"' '"ruleId":"ignored-file"' \
    '"uri":"facts/sub%20dir/case.yaml","uriBaseId":"PROJECTROOT"},"region":{"startLine":5,"startColumn":15}' \
    '"relatedLocations":\[{"id":1,"physicalLocation":{"artifactLocation":{"uri":"facts/base.yaml"'; do
    grep -q "$want" "$work/check.sarif" || fail "the SARIF log lacks $want: $(cat "$work/check.sarif")"
done
# ignored-file belongs to no file: a result without a location.
grep '"ruleId":"ignored-file"' "$work/check.sarif" | grep -q locations && fail "a problem of no file has a location"

# A clean project: an empty list of results, still valid.
"$bin" -C "$src/tests/golden/base" check --format sarif > "$work/clean.sarif" 2> "$work/stderr" \
    || fail "check --format sarif failed on clean facts: $(cat "$work/stderr")"
validate "$work/clean.sarif"
grep -q '"results":\[$' "$work/clean.sarif" && grep -q '^\]}\]}$' "$work/clean.sarif" || fail "results of a clean project: $(tail -3 "$work/clean.sarif")"

# The rules the log describes are the rules docs/fact-format.md lists.
grep -o '^{"id":"[a-z0-9-]*"' "$work/clean.sarif" | sed 's/.*:"//; s/"$//' | sort > "$work/rules.code"
sed -n '/^| rule | severity | what |$/,/^$/p' "$src/docs/fact-format.md" | sed -n '3,$p' | cut -d'|' -f2 \
    | grep -o '`[a-z0-9-]*`' | tr -d '`' | sort > "$work/rules.doc"
[ -s "$work/rules.code" ] || fail "no rules in the SARIF log"
diff -u "$work/rules.doc" "$work/rules.code" > "$work/rules.diff" \
    || fail "docs/fact-format.md's rules (-) and src/rules.c's (+) differ: $(cat "$work/rules.diff")"
echo "ok: check --format sarif validates with $(head -1 "$work/version.log"); its rules are the documented ones"
