# The bash completion of completion/factgraph.bash, sourced alone in bash:
# commands, options (the same as each command's help text), --format
# values, view names of the project (with -C DIR), and the ids of a
# project (the same as `factgraph export` lists).
. "$(dirname "$0")/lib.inc"
command -v bash > /dev/null || fail "bash is not installed"
command -v python3 > /dev/null || fail "python3 is not installed (README set-up)"
comp=$src/completion/factgraph.bash
p=$work/p
copy_project "$p"
printf 'title: An extra view\n' > "$p/graphs/extra-view.yaml"
printf 'title: not a view name\n' > "$p/graphs/Not_A_View.yaml"
mkdir -p "$p/facts/sub" "$work/with space"
printf 'entities:\n  - {id: flow-style-id, type: country, name: X}\n  - id: "quoted-id"   # a comment\n' \
    > "$p/facts/sub/extra.yaml"
copy_project "$work/with space/p"

# complete WORD... : the words of the command line, the last one being
# completed; prints COMPREPLY one a line, sorted.
complete_words() {
    bash -c '. "$1" || exit 9; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
             _factgraph || exit 8; printf "%s\n" "${COMPREPLY[@]}"' complete "$comp" "$@" | LC_ALL=C sort
}
# expect "EXPECTED" WORD...: EXPECTED is the sorted replies, space-separated.
expect() {
    want=$1
    shift
    got=$(cd "$work" && complete_words "$@" | tr '\n' ' ' | sed 's/ $//')
    [ "$got" = "$want" ] || fail "completing '$*': got '$got', expected '$want'"
}
bash -n "$comp" || fail "$comp does not parse"
bash -c '. "$1" && complete -p factgraph' x "$comp" | grep -q -- "-F _factgraph factgraph" \
    || fail "sourcing $comp does not register _factgraph for factgraph"

expect "build check diff export help render report show" factgraph ''
expect "check" factgraph ch
expect "--help --jobs --version -C -V -h -j" factgraph -
expect "1 2 3 4 5 6 7 8" factgraph -j ''
expect "build" factgraph --jobs = 3 b
expect "export" factgraph -j 2 -C p ex
expect "build check diff export render report show" factgraph help ''
expect "" factgraph help build ''
expect "--format" factgraph check --f
expect "github human json sarif" factgraph check --format ''
expect "github human json" factgraph build --format ''
expect "facts/base.yaml facts/schema.yaml" factgraph -C "$src/tests/golden/base" check ''
expect "github" factgraph check --format = g
expect "human json markdown" factgraph diff --format ''
# diff: the views after --view, files after -o, git branches and tags (and
# HEAD) once a revision is begun.
expect "ai-summits assessments" factgraph -C p diff HEAD --view a
git init -q "$work/g" && cp -R "$p/." "$work/g/" && git -C "$work/g" add -A . \
    && git -C "$work/g" -c user.name=t -c user.email=t@t commit -qm one && git -C "$work/g" branch -q feature-x \
    && git -C "$work/g" tag v1 || fail "making a repository failed"
expect "feature-x" factgraph -C g diff f
expect "HEAD" factgraph -C g diff H
expect "v1" factgraph -C g diff HEAD v
expect "graphml json neo4j ntriples sqlite turtle" factgraph export --format ''
expect "human json" factgraph show --format ''
expect "--timeout" factgraph build --check --tim
expect "" factgraph build --timeout ''
# --view belongs to build alone.
expect "" factgraph check --view
expect "" factgraph report --strict --view
expect "eu-china-ai europe-china experts extra-view" factgraph -C p build --view e
expect "extra-view" factgraph -C p build --view = extra
expect "extra-view" factgraph -Cp build --view ext
expect "" factgraph -C nowhere build --view e
expect "eu-china-ai europe-china experts" factgraph -C '"with space/p"' build --view e
expect "eu-china-ai europe-china experts" factgraph -C 'with\ space/p' build --view e
expect "with space" factgraph -C w
expect "timeline" factgraph -C p build --view money --view t
(cd "$p" && set -f && complete_words factgraph build --view who-) | tr '\n' ' ' | grep -qx "who-is-who who-said-what " \
    || fail "--view does not complete the views of the current directory"

# render's argument is a view of the project.
(cd "$p" && set -f && complete_words factgraph render who-) | tr '\n' ' ' | grep -qx "who-is-who who-said-what " \
    || fail "render does not complete the views of the current directory"

# show's argument is an id of the project.
(cd "$p" && set -f && complete_words factgraph show zhang-) | grep -qx "zhang-guoqing" \
    || fail "show does not complete the ids of the current directory"

# Each command's options are those of its help text, -h and --help included.
for cmd in check build export report render diff show; do
    help_opts=$("$bin" help "$cmd" | grep -E '^  -' | sed 's/^  //; s/  .*//; s/,//' | tr ' ' '\n' | grep -- '^-' | { cat; printf '%s\n' -h --help; } | LC_ALL=C sort | tr '\n' ' ')
    comp_opts=$(cd "$work" && complete_words factgraph "$cmd" - | tr '\n' ' ')
    [ "$help_opts" = "$comp_opts" ] || fail "the options completed for $cmd ($comp_opts) are not those of its help ($help_opts)"
done
# The commands are those of --help.
help_cmds=$("$bin" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z]*\) .*/\1/p' | LC_ALL=C sort | tr '\n' ' ')
comp_cmds=$(cd "$work" && complete_words factgraph '' | tr '\n' ' ')
[ "$help_cmds" = "$comp_cmds" ] || fail "the commands completed ($comp_cmds) are not those of --help ($help_cmds)"

# Ids: the grep of the completion finds what the loader finds.
bash -c '. "$1" && _factgraph_ids "$2"' x "$comp" "$src" > "$work/ids-grep" || fail "_factgraph_ids failed"
"$bin" -C "$src" export > "$work/export.json" || fail "export exited $?"
python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
print("\n".join(sorted(r["id"] for k in ("sources", "entities", "events") for r in d[k])))' "$work/export.json" \
    | LC_ALL=C sort > "$work/ids-export"
[ -s "$work/ids-export" ] || fail "export listed no id"
diff "$work/ids-export" "$work/ids-grep" > "$work/ids-diff" || fail "_factgraph_ids differs from export: $(head "$work/ids-diff")"
bash -c '. "$1" && _factgraph_ids "$2"' x "$comp" "$p" > "$work/ids-p"
grep -qx flow-style-id "$work/ids-p" || fail "_factgraph_ids misses an id in flow style"
grep -qx quoted-id "$work/ids-p" || fail "_factgraph_ids misses a quoted id"
[ "$(wc -l < "$work/ids-p")" -eq $(($(wc -l < "$work/ids-export") + 2)) ] || fail "_factgraph_ids found other ids in a subdirectory"
echo "ok: completion of commands, options, formats and views; $(wc -l < "$work/ids-export") ids as export lists them"
