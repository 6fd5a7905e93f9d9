# .pre-commit-hooks.yaml through the real pre-commit: a project whose
# .pre-commit-config.yaml names this repository's hook passes when its facts
# are clean, fails with the diagnostic when a staged fact is wrong, checks
# only the staged fact files (factgraph check FILE...), and skips the hook
# when a commit touches no fact file.
. "$(dirname "$0")/lib.inc"
for tool in pre-commit git; do
    command -v "$tool" > /dev/null || fail "$tool is not installed (README set-up)"
done
export PRE_COMMIT_HOME=$work/cache GIT_CONFIG_NOSYSTEM=1 HOME=$work/home
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.org GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.org
mkdir -p "$HOME"
# language: system runs the factgraph on PATH: the one under test.
mkdir -p "$work/bin" && ln -s "$bin" "$work/bin/factgraph"
export PATH=$work/bin:$PATH

# The hook repository: this repository's .pre-commit-hooks.yaml, committed.
hooks=$work/hooks
mkdir -p "$hooks" && cp "$src/.pre-commit-hooks.yaml" "$hooks/"
(cd "$hooks" && git init -q && git add .pre-commit-hooks.yaml && git commit -qm hooks) || fail "making the hook repository failed"
rev=$(git -C "$hooks" rev-parse HEAD)

p=$work/p
copy_project "$p"
cat > "$p/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: factgraph-check
YAML
(cd "$p" && git init -q && git add . && git commit -qm facts) || fail "making the project repository failed"

status=0
(cd "$p" && pre-commit run --all-files) > "$work/clean.log" 2>&1 || status=$?
[ "$status" -eq 0 ] || fail "the hook failed on clean facts ($status): $(tail -5 "$work/clean.log")"
grep -q "factgraph check --strict.*Passed" "$work/clean.log" || fail "the hook did not run: $(cat "$work/clean.log")"

# A misspelt subject, staged: the hook fails and shows where.
sed -i '0,/^  - subject: france$/s//  - subject: frnace/' "$p/facts/paris-summit.yaml"
grep -q "subject: frnace" "$p/facts/paris-summit.yaml" || fail "the test's fact edit did not apply"
git -C "$p" add facts/paris-summit.yaml
status=0
(cd "$p" && pre-commit run) > "$work/broken.log" 2>&1 || status=$?
[ "$status" -ne 0 ] || fail "the hook passed a fact with an unknown subject"
grep -q "facts/paris-summit.yaml:[0-9]*:[0-9]*: error: unknown entity or event 'frnace'.*\[unknown-ref\]" "$work/broken.log" \
    || fail "the hook did not show the diagnostic: $(cat "$work/broken.log")"

# A warning counts (--strict): an unused entity.
git -C "$p" checkout -q -- facts/paris-summit.yaml
git -C "$p" reset -q
printf 'entities:\n  - id: nobody-uses-me\n    type: country\n    name: Nowhere\n' > "$p/facts/unused.yaml"
git -C "$p" add facts/unused.yaml
status=0
(cd "$p" && pre-commit run) > "$work/warning.log" 2>&1 || status=$?
[ "$status" -ne 0 ] || fail "the hook passed a warning"
grep -q "unused-entity" "$work/warning.log" || fail "the hook did not show the warning: $(cat "$work/warning.log")"
git -C "$p" rm -q --cached facts/unused.yaml && rm "$p/facts/unused.yaml"

# Only the staged files count: a problem committed before (with
# --no-verify) in another file does not fail a commit of a clean one.
printf 'entities:\n  - id: nobody-uses-me\n    type: country\n    name: Nowhere\n' > "$p/facts/unused.yaml"
git -C "$p" add facts/unused.yaml && git -C "$p" commit -qm "an unused entity" --no-verify \
    || fail "committing with --no-verify failed"
git -C "$p" checkout -q HEAD -- facts/paris-summit.yaml
echo '# a comment, staged' >> "$p/facts/paris-summit.yaml"
git -C "$p" add facts/paris-summit.yaml
status=0
(cd "$p" && pre-commit run) > "$work/other.log" 2>&1 || status=$?
[ "$status" -eq 0 ] || fail "the hook failed on a clean staged file for a problem in another: $(cat "$work/other.log")"
grep -q "factgraph check --strict.*Passed" "$work/other.log" || fail "the hook did not run: $(cat "$work/other.log")"
git -C "$p" checkout -q HEAD -- facts/paris-summit.yaml
git -C "$p" reset -q

# A commit that touches no fact file does not run it.
echo notes > "$p/NOTES.md"
git -C "$p" add NOTES.md
(cd "$p" && pre-commit run) > "$work/skipped.log" 2>&1 || fail "the hook failed on a change to NOTES.md: $(cat "$work/skipped.log")"
grep -q "factgraph check --strict.*Skipped" "$work/skipped.log" || fail "the hook was not skipped: $(cat "$work/skipped.log")"
echo "ok: the pre-commit hook passes clean facts, fails on an error and on a warning, and skips other files"
