# The man pages built from docs/man/*.scd: groff formats them without a
# warning, man(1) renders them, and they agree with the program: every
# command and option of the help texts is in factgraph(1), in the synopsis
# of its command, and every rule of docs/fact-format.md is in
# factgraph-facts(5).
. "$(dirname "$0")/lib.inc"
build=${4:?the build directory is the fourth argument (tests/CMakeLists.txt)}
for tool in groff man; do
    command -v "$tool" > /dev/null || fail "$tool is not installed (README set-up: groff-base, man-db)"
done
pages="$build/docs/man/factgraph.1 $build/docs/man/factgraph-facts.5"
for page in $pages; do
    [ -s "$page" ] || fail "$page was not built (is FG_MAN off, or scdoc missing?)"
    # -k: through preconv, as man does, for the page's UTF-8 examples.
    groff -k -man -Tutf8 -ww -z "$page" > "$work/groff" 2>&1 || fail "groff failed on $page: $(cat "$work/groff")"
    [ -s "$work/groff" ] && fail "groff warns on $page: $(head -5 "$work/groff")"
    MANPAGER=cat MANWIDTH=80 man -l "$page" > "$work/rendered" 2> "$work/man-err" \
        || fail "man -l $page exited $?: $(cat "$work/man-err")"
    [ -s "$work/man-err" ] && fail "man -l $page wrote to stderr: $(head -5 "$work/man-err")"
    for section in NAME DESCRIPTION "SEE ALSO"; do
        grep -qx "$section" "$work/rendered" || fail "$page has no $section section"
    done
    grep -q "@" "$page" && fail "$page has an unreplaced @VARIABLE@: $(grep -m1 @ "$page")"
done

# The page's text, one roff line a paragraph, without font escapes.
text() { sed -e 's/\\f[BIRP]//g' -e 's/\\&//g' -e 's/\\-/-/g' "$1"; }
text "$build/docs/man/factgraph.1" > "$work/man1"
text "$build/docs/man/factgraph-facts.5" > "$work/man5"
version=$("$bin" --version | sed -n 's/^factgraph \([0-9.]*\) .*/\1/p')
grep -q "^\.TH \"factgraph\" \"1\" \"[0-9-]*\" \"factgraph $version\"" "$work/man1" || fail "factgraph(1) does not name version $version"

# The commands of `factgraph --help`, each with its own section entry.
"$bin" --help > "$work/help" || fail "--help exited $?"
commands=$(sed -n '/^Commands:/,/^$/s/^  \([a-z]*\) .*/\1/p' "$work/help")
[ -n "$commands" ] || fail "no command found in --help"
for cmd in $commands; do
    grep -Eq "^$cmd( |\$)" "$work/man1" || fail "factgraph(1) does not describe the command '$cmd'"
done
# Global options.
for opt in $(sed -n '/^Options:/,/^$/p' "$work/help" | grep -oE '(^|[ ,])--?[a-zA-Z][a-z-]*' | tr -d ' ,'); do
    grep -Eq -- "^(-[a-zA-Z], )?$opt(,| |\$)" "$work/man1" || fail "factgraph(1) does not list the global option $opt"
done
# Each command's options: in its synopsis (the short form when there is
# one), and with an entry of their own; and no option in a synopsis that
# the help text lacks.
for cmd in $commands; do
    [ "$cmd" = help ] && continue
    "$bin" help "$cmd" > "$work/help-$cmd" || fail "help $cmd exited $?"
    synopsis=$(grep -E "^factgraph \[-C DIR\] \[-j N\] $cmd( |\$)" "$work/man1") \
        || fail "factgraph(1) has no synopsis line for '$cmd'"
    grep -E '^  -' "$work/help-$cmd" | sed 's/^  //; s/  .*//' > "$work/opts-$cmd"
    while read -r first second rest; do
        opt=${first%,}
        echo "$synopsis" | grep -Eq -- "\[$opt( |\])" || fail "the synopsis of '$cmd' lacks $opt (help: $first $second)"
        for o in "$opt" "$second"; do
            case $o in --*) grep -Eq -- "^(-[a-z], )?$o( |\$)" "$work/man1" || fail "factgraph(1) has no entry for $o" ;; esac
        done
    done < "$work/opts-$cmd"
    for opt in $(echo "${synopsis#* $cmd}" | grep -oE '\[--?[a-z][a-z-]*' | tr -d '['); do
        grep -Eq -- "(^|[ ,])$opt( |,|\$)" "$work/opts-$cmd" || fail "the synopsis of '$cmd' has $opt, its help does not"
    done
done
for code in 0 1 2; do
    sed -n '/^\.SH EXIT STATUS/,/^\.SH/p' "$work/man1" | grep -qx "$code" || fail "factgraph(1) does not explain exit status $code"
done

# factgraph-facts(5): every rule of the reference's table, every section.
rules=$(sed -n 's/^| `\([a-z-]*\)`.*/\1/p; s/^| `[a-z-]*`, `\([a-z-]*\)`.*/\1/p' "$src/docs/fact-format.md"; \
        grep -oE '^\| (`[a-z0-9-]+`(, )?)+' "$src/docs/fact-format.md" | grep -oE '[a-z0-9-]+' )
[ "$(echo "$rules" | sort -u | wc -l)" -gt 40 ] || fail "found too few rules in docs/fact-format.md"
for rule in $(echo "$rules" | sort -u); do
    grep -q -- "$rule" "$work/man5" || fail "factgraph-facts(5) does not name the rule $rule"
done
for word in sources entities events relations entity_types event_types predicates speaker_types \
            focus depth types exclude from until as_of group_by layout speakers rankdir evidence speaker; do
    grep -Eq "(^| )$word:" "$work/man5" || fail "factgraph-facts(5) has no example of '$word:'"
done
echo "ok: 2 man pages render without warnings and agree with the help texts ($(echo "$commands" | wc -w) commands) and docs/fact-format.md ($(echo "$rules" | sort -u | wc -l) rules)"
