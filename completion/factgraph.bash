# bash completion for factgraph(1). Installed as
# share/bash-completion/completions/factgraph, where bash-completion loads it
# on first use; it needs nothing from bash-completion itself, so it can be
# sourced alone (tests/cli/completion.sh does).
#
# Keep the commands and options in step with the help texts of src/cli.c:
# tests/cli/completion.sh compares them with `factgraph help COMMAND`.

_factgraph_commands="check build export report render diff show help"
_factgraph_global_opts="-C -j --jobs -h --help -V --version"

# The options a command accepts after its name.
_factgraph_command_opts() {
    case $1 in
    check) echo "--strict --format --no-excerpt -q --quiet -h --help" ;;
    build) echo "--check --view --timeout --strict --format --no-excerpt -v --verbose -q --quiet -h --help" ;;
    export) echo "--format --view -o --output -h --help" ;;
    report) echo "--timeout --strict --format -q --quiet -h --help" ;;
    render) echo "--svg --timeout --format --no-excerpt -h --help" ;;
    diff) echo "--format --exit-code --view -o --output --timeout -h --help" ;;
    show) echo "--format -h --help" ;;
    esac
}

# The views of the project in $1: graphs/NAME.yaml with NAME kebab-case, the
# only names factgraph builds.
_factgraph_views() {
    local f name
    for f in "$1"/graphs/*.yaml; do
        [[ -f $f ]] || continue
        name=${f##*/}
        name=${name%.yaml}
        [[ $name =~ ^[a-z0-9]+(-[a-z0-9]+)*$ ]] && printf '%s\n' "$name"
    done
}

# The branches and tags of the git repository that holds the project in
# $1 (none outside one), for diff's revisions.
_factgraph_revisions() {
    command -v git > /dev/null || return 0
    git -C "$1" for-each-ref --format='%(refname:short)' refs/heads refs/tags 2> /dev/null
}

# The fact files of the project in $1 whose names start with $2, as check
# takes them (relative to the project: facts/NAME.yaml), into COMPREPLY.
_factgraph_fact_files() {
    local f
    COMPREPLY=()
    while IFS= read -r f; do
        f=${f#"$1"/}
        [[ $f == "$2"* ]] && COMPREPLY+=("$f")
    done < <(find "$1/facts" -name '*.yaml' -type f 2> /dev/null | LC_ALL=C sort)
}

# The ids of the sources, entities and events of the project in $1, sorted:
# every `id:` key of facts/**/*.yaml, in block (`- id: x`) or flow
# (`- {id: x, ...}`) style, quoted or not: what `show ID` takes. It reads
# text, not YAML, so an `id:` line inside a block scalar would count too.
_factgraph_ids() {
    [[ -d $1/facts ]] || return 0
    find "$1/facts" -type f -name '*.yaml' ! -path "$1/facts/schema.yaml" -exec sed -n -E \
        "s/^[[:space:]]*(-[[:space:]]+)?(\\{[[:space:]]*)?id:[[:space:]]*[\"']?([a-z0-9]+(-[a-z0-9]+)*)[\"']?[[:space:]]*([,}#].*)?$/\\3/p" \
        {} + 2> /dev/null | LC_ALL=C sort -u
}

# A word as typed, without the quotes or backslashes the shell would remove
# (simple cases only: the whole word quoted once, escaped spaces), and with
# a leading ~ expanded.
_factgraph_dequote() {
    local w=$1
    if [[ $w == \"*\" || $w == \'*\' ]]; then
        w=${w:1:${#w}-2}
    fi
    w=${w//\\ / }
    [[ $w == "~" || $w == "~/"* ]] && w=$HOME${w:1}
    printf '%s' "$w"
}

_factgraph() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev="" opt="" w i cmd="" cmd_at=0 dir=.
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    # bash splits --opt=value at '=' (COMP_WORDBREAKS): "--opt" "=" "value".
    if [[ $cur == "=" ]]; then
        opt=$prev cur=""
    elif [[ $prev == "=" ]] && ((COMP_CWORD > 1)); then
        opt=${COMP_WORDS[COMP_CWORD - 2]}
    else
        opt=$prev
    fi

    # The global options before the command, and the command. factgraph
    # keeps the last -C.
    i=1
    while ((i < COMP_CWORD)); do
        w=${COMP_WORDS[i]}
        case $w in
        -C | -j | --jobs)
            [[ $w == -C ]] && ((i + 1 < COMP_CWORD)) && dir=$(_factgraph_dequote "${COMP_WORDS[i + 1]}")
            [[ ${COMP_WORDS[i + 1]-} == "=" ]] && ((i++))
            ((i += 2))
            continue
            ;;
        -C?*) dir=$(_factgraph_dequote "${w#-C}") ;;
        -*) ;;
        *)
            cmd=$w cmd_at=$i
            break
            ;;
        esac
        ((i++))
    done
    [[ -n $dir ]] || dir=.

    COMPREPLY=()
    if [[ -z $cmd ]]; then
        case $opt in
        -C)
            compopt -o filenames 2> /dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            return 0
            ;;
        -j | --jobs)
            mapfile -t COMPREPLY < <(compgen -W "1 2 3 4 5 6 7 8" -- "$cur")
            return 0
            ;;
        esac
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$_factgraph_global_opts" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$_factgraph_commands" -- "$cur")
        fi
        return 0
    fi

    local opts
    opts=$(_factgraph_command_opts "$cmd")
    if [[ $cmd == help ]]; then
        ((COMP_CWORD == cmd_at + 1)) &&
            mapfile -t COMPREPLY < <(compgen -W "check build export report render diff show" -- "$cur")
        return 0
    fi
    [[ -n $opts ]] || return 0
    # A value for an option of this command, after it or after '='.
    if ((COMP_CWORD > cmd_at + 1)) && [[ " $opts " == *" $opt "* ]]; then
        case $opt in
        --format)
            if [[ $cmd == export ]]; then
                mapfile -t COMPREPLY < <(compgen -W "json graphml ntriples turtle neo4j sqlite" -- "$cur")
            elif [[ $cmd == diff ]]; then
                mapfile -t COMPREPLY < <(compgen -W "human json markdown" -- "$cur")
            elif [[ $cmd == show ]]; then
                mapfile -t COMPREPLY < <(compgen -W "human json" -- "$cur")
            elif [[ $cmd == check ]]; then
                mapfile -t COMPREPLY < <(compgen -W "human json github sarif" -- "$cur")
            else
                mapfile -t COMPREPLY < <(compgen -W "human json github" -- "$cur")
            fi
            return 0
            ;;
        --view)
            mapfile -t COMPREPLY < <(compgen -W "$(_factgraph_views "$dir")" -- "$cur")
            return 0
            ;;
        --timeout) return 0 ;; # a number of seconds: nothing to offer
        -o | --output)
            compopt -o filenames 2> /dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return 0
            ;;
        esac
    fi
    # render takes a view's name, show an id, check fact files, diff git
    # revisions (once something is typed: HEAD, branches and tags of the
    # repository that holds the project); the other commands take no
    # argument, so their options are offered even before a '-' is typed.
    if [[ $cmd == diff && -n $cur && $cur != -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "HEAD $(_factgraph_revisions "$dir")" -- "$cur")
    elif [[ $cmd == render && $cur != -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_factgraph_views "$dir")" -- "$cur")
    elif [[ $cmd == show && $cur != -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_factgraph_ids "$dir")" -- "$cur")
    elif [[ $cmd == check && $cur != -* ]]; then
        _factgraph_fact_files "$dir" "$cur"
    else
        mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
    fi
    return 0
}

complete -F _factgraph factgraph
