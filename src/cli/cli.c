#include "cli.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static const char main_help[] =
    "usage: factgraph [-C DIR] [-j N] <command> [options]\n"
    "\n"
    "Validate hand-curated YAML facts and render them as Graphviz diagrams.\n"
    "\n"
    "Commands:\n"
    "  check     validate facts/, the seed documents they quote, and the views in graphs/\n"
    "  build     validate, then write graphs/NAME.dot and graphs/NAME.svg for each view\n"
    "  export    print the validated model as JSON\n"
    "  report    build, then write graphs/report.html: every view with its evidence\n"
    "  render    print one view's DOT or SVG on stdout, writing no file\n"
    "  diff      show the facts and views a change adds, removes and alters\n"
    "  show      print an entity, event or source with its relations, quotes and views\n"
    "  help      show this help, or a command's: factgraph help build\n"
    "\n"
    "Options:\n"
    "  -C DIR         run in the project DIR instead of the current directory\n"
    "  -j, --jobs N   parse fact files on N threads, and run up to N layouts at once\n"
    "                 (default: one per processor, at most 8); the results do not\n"
    "                 depend on N\n"
    "  -h, --help     show this help\n"
    "  -V, --version  show the version\n"
    "\n"
    "Exit status: 0 no errors; 1 errors (or warnings with --strict, or stale\n"
    "outputs with build --check); 2 usage error or I/O failure.\n";

static const char check_help[] =
    "usage: factgraph [-C DIR] check [--strict] [--format human|json|github|sarif] [--no-excerpt] [FILE...]\n"
    "\n"
    "Validate every fact file under facts/ and every view in graphs/. Every problem\n"
    "is reported, sorted by file and line, as FILE:LINE:COL: error|warning: MESSAGE [rule].\n"
    "With FILE arguments (fact files, as facts/NAME.yaml relative to the project),\n"
    "the whole project is still loaded, but only problems in those files are\n"
    "reported, counted and make the exit status: for a pre-commit hook or an editor.\n"
    "\n"
    "  --strict       treat warnings as errors (exit 1)\n"
    "  --format F     human (default, on stderr), json (one object per line, on\n"
    "                 stdout), github (workflow annotations, on stdout) or sarif\n"
    "                 (SARIF 2.1.0 for code scanning, on stdout)\n"
    "  --no-excerpt   do not show the source line under each diagnostic\n"
    "  -q, --quiet    no summary line\n";

static const char build_help[] =
    "usage: factgraph [-C DIR] build [--check] [--view NAME]... [--timeout SECONDS] [--strict] [-v]\n"
    "\n"
    "Validate the facts, then write graphs/NAME.dot and graphs/NAME.svg for every\n"
    "view graphs/NAME.yaml. Nothing is rendered while the facts have errors. Files\n"
    "whose bytes would not change are left alone, and an SVG is laid out again only\n"
    "when its DOT or any of its own bytes changed.\n"
    "\n"
    "  --check          write nothing; exit 1 naming every output that is missing or\n"
    "                   stale (the CI gate that diagrams are in sync with facts);\n"
    "                   every SVG is rendered again and compared byte for byte\n"
    "  --view NAME      build only this view (repeatable)\n"
    "  --timeout S      stop a layout that runs longer than S seconds (default 120, 0: none)\n"
    "  --strict         treat warnings as errors\n"
    "  --format F       diagnostics format: human, json or github\n"
    "  --no-excerpt     do not show the source line under each diagnostic\n"
    "  -v, --verbose    for each view, its smallest text in px when the SVG is drawn\n"
    "                   1,200 px wide (the readability rule asks for 9 at least)\n"
    "  -q, --quiet      no summary line\n";

static const char export_help[] =
    "usage: factgraph [-C DIR] export [--format FORMAT] [--view NAME] [-o PATH]\n"
    "\n"
    "Print the validated model (sources, entities, events and relations) on stdout,\n"
    "or write it to PATH. Nothing is written while the facts have errors.\n"
    "\n"
    "  --view NAME      only what the view graphs/NAME.yaml selects: its entities,\n"
    "                   events and relations, and the sources they cite\n"
    "  -o, --output PATH\n"
    "                   write to PATH (through a temporary file and a rename)\n"
    "                   instead of stdout\n"
    "  --format F       the export format (default json), one of:\n";

static const char render_help[] =
    "usage: factgraph [-C DIR] render [--svg] [--timeout SECONDS] VIEW\n"
    "\n"
    "Print the DOT of the view graphs/VIEW.yaml (with --svg, its laid-out SVG) on\n"
    "stdout, byte for byte what build would write, and write no file: for an editor's\n"
    "preview, a pipe, or a look at a view without touching graphs/.\n"
    "\n"
    "  --svg            the SVG instead of the DOT\n"
    "  --timeout S      stop a layout that runs longer than S seconds (default 120, 0: none)\n"
    "  --format F       diagnostics format: human, json or github\n"
    "  --no-excerpt     do not show the source line under each diagnostic\n";

static const char show_help[] =
    "usage: factgraph [-C DIR] show [--format human|json] ID\n"
    "\n"
    "Print the entity, event or source ID: its names, labels, type and description,\n"
    "every relation out of it and into it (for a source, every relation citing it)\n"
    "grouped by predicate, with date, quote and source, and the views it appears in.\n"
    "It works on facts with errors too, showing what loaded (then it exits 1, and\n"
    "the views are not known); an ID that names nothing exits 1.\n"
    "\n"
    "  --format F       human (default) or json (one object)\n";

static const char report_help[] =
    "usage: factgraph [-C DIR] report [--timeout SECONDS] [--strict]\n"
    "\n"
    "Build every view (as factgraph build does), then write graphs/report.html: one\n"
    "self-contained page with every view's SVG inline and, under each, the table of\n"
    "the relations it shows with their quotes and sources.\n"
    "\n"
    "  --timeout S      stop a layout that runs longer than S seconds (default 120, 0: none)\n"
    "  --strict         treat warnings as errors\n"
    "  --format F       diagnostics format: human, json or github\n"
    "  -q, --quiet      no summary line\n";

static const char diff_help[] =
    "usage: factgraph [-C DIR] diff [--format human|json|markdown] [--exit-code] [REV [REV]]\n"
    "       factgraph [-C DIR] diff [REV [REV]] --view NAME -o FILE.svg\n"
    "\n"
    "Show what changed between two versions of the project: the types and\n"
    "predicates of the schema, the sources, entities, events and relations added,\n"
    "removed and changed (naming the fields that differ), and the views whose\n"
    "diagrams change. With no REV, HEAD is compared with the working tree; with\n"
    "one, REV with the working tree; with two, the first with the second.\n"
    "Revisions are read from git in-process; a revision whose facts have errors\n"
    "is reported (REV:FILE:LINE:COL) and compared as far as it loaded. A relation\n"
    "is known by its subject, predicate, object and date; a type or predicate by\n"
    "its name.\n"
    "\n"
    "  --format F       human (default: a summary line, then one line a change),\n"
    "                   json (one object a change, a line each) or markdown (for\n"
    "                   a pull-request comment)\n"
    "  --exit-code      exit 1 when there are changes, 0 when there are none\n"
    "  --view NAME      also draw the view graphs/NAME.yaml over both versions:\n"
    "                   added facts bold in green, removed ones faded and dashed,\n"
    "                   changed ones with their text in vermillion and the\n"
    "                   fields named (the newer side's definition; a view on\n"
    "                   one side only is drawn as that side defines it);\n"
    "                   nothing is drawn while either side's facts have errors\n"
    "  -o, --output F   where the picture goes: SVG, or DOT when F ends in .dot\n"
    "  --timeout S      stop the picture's layout after S seconds (default 120, 0: none)\n";

/* The options a command accepts, one bit each: the command table says
 * which, and the parser refuses the others by name. */
enum {
    TAKES_STRICT = 1 << 0,
    TAKES_CHECK = 1 << 1,
    TAKES_VIEW = 1 << 2,
    TAKES_TIMEOUT = 1 << 3,
    TAKES_NO_EXCERPT = 1 << 4,
    TAKES_DIAG_FORMAT = 1 << 5,   /* --format names the diagnostics' format */
    TAKES_EXPORT_FORMAT = 1 << 6, /* --format names an export format */
    TAKES_SVG = 1 << 7,
    TAKES_VIEW_NAME = 1 << 8,     /* one argument: the name of a view */
    TAKES_OUTPUT = 1 << 9,
    TAKES_DIFF_FORMAT = 1 << 10,  /* --format names a diff format */
    TAKES_EXIT_CODE = 1 << 11,
    TAKES_REVISIONS = 1 << 12,    /* up to two arguments: git revisions */
    TAKES_ID = 1 << 13,           /* one argument: the id of a record */
    TAKES_FILES = 1 << 14,        /* arguments: fact files */
    TAKES_SARIF = 1 << 15,        /* --format sarif */
    TAKES_VERBOSE = 1 << 16,
};

static const struct {
    const char *name;
    const char *help;
    fg_command command;
    unsigned takes;
} commands[] = {
    {"check", check_help, FG_CMD_CHECK,
     TAKES_STRICT | TAKES_NO_EXCERPT | TAKES_DIAG_FORMAT | TAKES_FILES | TAKES_SARIF},
    {"build", build_help, FG_CMD_BUILD,
     TAKES_STRICT | TAKES_CHECK | TAKES_VIEW | TAKES_TIMEOUT | TAKES_NO_EXCERPT | TAKES_DIAG_FORMAT | TAKES_VERBOSE},
    {"export", export_help, FG_CMD_EXPORT, TAKES_EXPORT_FORMAT | TAKES_VIEW | TAKES_OUTPUT},
    {"report", report_help, FG_CMD_REPORT, TAKES_STRICT | TAKES_TIMEOUT | TAKES_NO_EXCERPT | TAKES_DIAG_FORMAT},
    {"render", render_help, FG_CMD_RENDER,
     TAKES_SVG | TAKES_TIMEOUT | TAKES_NO_EXCERPT | TAKES_DIAG_FORMAT | TAKES_VIEW_NAME},
    {"diff", diff_help, FG_CMD_DIFF,
     TAKES_DIFF_FORMAT | TAKES_EXIT_CODE | TAKES_REVISIONS | TAKES_VIEW | TAKES_OUTPUT | TAKES_TIMEOUT},
    {"show", show_help, FG_CMD_SHOW, TAKES_DIAG_FORMAT | TAKES_ID},
};

/* The export formats: one entry each, the exporter named in factgraph.h. */
static const fg_exporter *const exporters[] = {
    &fg_export_json,
    &fg_export_graphml,
    &fg_export_neo4j,
    &fg_export_sqlite,
    &fg_export_ntriples,
    &fg_export_turtle,
};

enum { OPT_FORMAT = 256, OPT_STRICT, OPT_CHECK, OPT_VIEW, OPT_TIMEOUT, OPT_NO_EXCERPT, OPT_SVG, OPT_OUTPUT, OPT_EXIT_CODE };

__attribute__((format(printf, 2, 3))) static bool usage_error(fg_status *status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "factgraph: ");
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'factgraph --help' for more information.\n");
    *status = FG_STATUS_FAILURE;
    return false;
}

static bool print_help(const char *text, fg_status *status)
{
    fputs(text, stdout);
    *status = FG_STATUS_OK;
    return false;
}

static bool unknown_command(const char *name, const char *what, fg_status *status)
{
    const char *names[sizeof commands / sizeof commands[0] + 1];
    size_t n = 0;
    for (; n < sizeof commands / sizeof commands[0]; n++)
        names[n] = commands[n].name;
    names[n++] = "help";
    const char *hint = fg_closest(name, names, n);
    if (hint)
        return usage_error(status, "%s '%s' (did you mean '%s'?)", what, name, hint);
    return usage_error(status, "%s '%s' (use check, build, export, report, render, diff, show or help)", what, name);
}

/* A command's help; export's ends with its formats, from the table. */
static bool print_command_help(int cmd, fg_status *status)
{
    fputs(commands[cmd].help, stdout);
    for (size_t i = 0; commands[cmd].takes & TAKES_EXPORT_FORMAT && i < sizeof exporters / sizeof exporters[0]; i++)
        printf("                     %-8s %s\n", exporters[i]->name, exporters[i]->description);
    *status = FG_STATUS_OK;
    return false;
}

static int find_command(const char *name)
{
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(commands[i].name, name) == 0)
            return (int)i;
    return -1;
}

static bool parse_diag_format(const char *arg, int cmd, fg_options *o, fg_status *status)
{
    if (strcmp(arg, "sarif") == 0 && commands[cmd].takes & TAKES_SARIF)
        o->diag_format = FG_FORMAT_SARIF;
    else if (strcmp(arg, "sarif") == 0)
        return usage_error(status, "--format sarif is for 'check' (use human, json or github)");
    else if (strcmp(arg, "human") == 0)
        o->diag_format = FG_FORMAT_HUMAN;
    else if (strcmp(arg, "json") == 0)
        o->diag_format = FG_FORMAT_JSON;
    else if (strcmp(arg, "github") == 0)
        o->diag_format = FG_FORMAT_GITHUB;
    else
        return usage_error(status, "unknown format '%s' (use human, json, %s)", arg,
                           commands[cmd].takes & TAKES_SARIF ? "github or sarif" : "or github");
    return true;
}

static bool parse_diff_format(const char *arg, int cmd, fg_options *o, fg_status *status)
{
    (void)cmd;
    static const char *const names[] = {"human", "json", "markdown"};
    static const fg_diff_format formats[] = {FG_DIFF_HUMAN, FG_DIFF_JSON, FG_DIFF_MARKDOWN};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(arg, names[i]) == 0) {
            o->diff_format = formats[i];
            return true;
        }
    return usage_error(status, "unknown format '%s' (use human, json or markdown)", arg);
}

static bool parse_export_format(const char *arg, int cmd, fg_options *o, fg_status *status)
{
    (void)cmd;
    for (size_t i = 0; i < sizeof exporters / sizeof exporters[0]; i++)
        if (strcmp(arg, exporters[i]->name) == 0) {
            o->exporter = exporters[i];
            return true;
        }
    char names[256] = "";
    for (size_t i = 0; i < sizeof exporters / sizeof exporters[0]; i++) {
        strncat(names, i == 0 ? "" : i + 1 == sizeof exporters / sizeof exporters[0] ? " or " : ", ",
                sizeof names - strlen(names) - 1);
        strncat(names, exporters[i]->name, sizeof names - strlen(names) - 1);
    }
    return usage_error(status, "unknown export format '%s' (use %s)", arg, names);
}

/* The bit of the option c in a command's table entry, or 0 for the
 * options every command takes. */
static unsigned option_bit(int c, unsigned takes)
{
    switch (c) {
    case OPT_STRICT: return TAKES_STRICT;
    case OPT_CHECK: return TAKES_CHECK;
    case OPT_VIEW: return TAKES_VIEW;
    case OPT_TIMEOUT: return TAKES_TIMEOUT;
    case OPT_NO_EXCERPT: return TAKES_NO_EXCERPT;
    case OPT_SVG: return TAKES_SVG;
    case OPT_OUTPUT: return TAKES_OUTPUT;
    case OPT_EXIT_CODE: return TAKES_EXIT_CODE;
    case 'v': return TAKES_VERBOSE;
    case OPT_FORMAT:
        return takes & (TAKES_DIAG_FORMAT | TAKES_EXPORT_FORMAT | TAKES_DIFF_FORMAT) ? 0 : TAKES_DIAG_FORMAT;
    default: return 0;
    }
}

/* Whether arg is a decimal number from min to max (no sign, nothing after). */
static bool parse_count(const char *arg, unsigned min, unsigned max, unsigned *out)
{
    char *end;
    unsigned long n = strtoul(arg, &end, 10);
    if (*arg == '-' || *end || end == arg || n < min || n > max)
        return false;
    *out = (unsigned)n;
    return true;
}

static bool parse_timeout(const char *arg, fg_options *o, fg_status *status)
{
    if (!parse_count(arg, 0, 86400, &o->timeout_s))
        return usage_error(status, "--timeout takes a number of seconds from 0 to 86400, not '%s'", arg);
    return true;
}

static bool parse_jobs(const char *arg, fg_options *o, fg_status *status)
{
    if (!parse_count(arg, 1, 8, &o->jobs))
        return usage_error(status, "-j takes a number of threads from 1 to 8, not '%s'", arg);
    return true;
}

static void add_view(fg_options *o, char *name)
{
    char **views = realloc(o->views, (o->nviews + 1) * sizeof *o->views);
    if (!views) {
        fputs("factgraph: out of memory\n", stderr);
        abort();
    }
    o->views = views;
    o->views[o->nviews++] = name;
}

static const char *option_name(const struct option *opts, int c)
{
    for (; opts->name; opts++)
        if (opts->val == c)
            return opts->name;
    return "?";
}

/* An option the command does not know: perhaps a global option put after
 * the command, perhaps a typo of one of its own. */
static bool unknown_command_option(const char *arg, int cmd, const struct option *longopts, fg_status *status)
{
    static const struct {
        const char *name, *value;
    } globals[] = {{"-C", " DIR"}, {"-j", " N"}, {"--jobs", " N"}};
    size_t n = strcspn(arg, "=");
    for (size_t i = 0; i < sizeof globals / sizeof globals[0]; i++) {
        size_t len = strlen(globals[i].name);
        /* -j2 and -C. are short options with their value attached. */
        if (strncmp(arg, globals[i].name, len) == 0 && (arg[1] != '-' || n == len))
            return usage_error(status, "'%s' is an option of factgraph itself: put it before the command, as in "
                                       "'factgraph %s%s %s'",
                               globals[i].name, globals[i].name, globals[i].value, commands[cmd].name);
    }
    const char *names[16];
    size_t k = 0;
    for (; k < 16 && longopts[k].name; k++)
        names[k] = longopts[k].name;
    const char *hint = strncmp(arg, "--", 2) == 0 ? fg_closest(arg + 2, names, k) : NULL;
    if (hint)
        return usage_error(status, "unknown option '%s' for '%s' (did you mean '--%s'?)", arg, commands[cmd].name,
                           hint);
    return usage_error(status, "unknown option '%s' for '%s'", arg, commands[cmd].name);
}

/* diff draws one view's picture, and only into a file. */
static bool diff_picture_options_ok(const fg_options *o, fg_status *status)
{
    if (o->nviews > 1)
        return usage_error(status, "diff draws one --view, not %zu", o->nviews);
    if (o->nviews && !o->output)
        return usage_error(status, "diff --view draws a picture: name its file with -o FILE.svg (or FILE.dot)");
    if (o->output && !o->nviews)
        return usage_error(status, "diff -o writes the picture of a view: name it with --view NAME");
    return true;
}

/* The options after the command name. */
static bool parse_command(int argc, char **argv, int cmd, fg_options *o, fg_status *status)
{
    static const struct option longopts[] = {
        {"help", no_argument, NULL, 'h'},         {"quiet", no_argument, NULL, 'q'},
        {"verbose", no_argument, NULL, 'v'},
        {"format", required_argument, NULL, OPT_FORMAT}, {"strict", no_argument, NULL, OPT_STRICT},
        {"check", no_argument, NULL, OPT_CHECK},  {"view", required_argument, NULL, OPT_VIEW},
        {"timeout", required_argument, NULL, OPT_TIMEOUT},
        {"no-excerpt", no_argument, NULL, OPT_NO_EXCERPT}, {"svg", no_argument, NULL, OPT_SVG},
        {"output", required_argument, NULL, OPT_OUTPUT}, {"exit-code", no_argument, NULL, OPT_EXIT_CODE},
        {NULL, 0, NULL, 0},
    };
    o->command = commands[cmd].command;
    optind = 0; /* glibc: 0 starts a fresh scan of a new argument vector */
    opterr = 0;
    int c;
    unsigned takes = commands[cmd].takes;
    /* ':' first: a missing value is told apart from an unknown option.
     * diff's revisions and show's id may come before their options (diff
     * HEAD~1 --exit-code, show ID --format json): their arguments are
     * permuted, as git's are (neither a revision nor an id starts with '-'). */
    const char *optstring = takes & (TAKES_REVISIONS | TAKES_ID) ? ":hqvo:" : "+:hqvo:";
    while ((c = getopt_long(argc, argv, optstring, longopts, NULL)) != -1) {
        if (c == 'o') /* -o is --output */
            c = OPT_OUTPUT;
        unsigned bit = option_bit(c, takes);
        if (bit && !(takes & bit))
            return usage_error(status, "option '--%s' is not for '%s'", option_name(longopts, c),
                               commands[cmd].name);
        switch (c) {
        case 'h': return print_command_help(cmd, status);
        case 'q': o->quiet = true; break;
        case 'v': o->verbose = true; break;
        case OPT_FORMAT:
            if (!(takes & TAKES_EXPORT_FORMAT ? parse_export_format
                  : takes & TAKES_DIFF_FORMAT ? parse_diff_format
                                              : parse_diag_format)(optarg, cmd, o, status))
                return false;
            break;
        case OPT_STRICT: o->strict = true; break;
        case OPT_CHECK: o->check = true; break;
        case OPT_VIEW:
            add_view(o, optarg);
            break;
        case OPT_TIMEOUT:
            if (!parse_timeout(optarg, o, status))
                return false;
            break;
        case OPT_NO_EXCERPT: o->excerpts = false; break;
        case OPT_SVG: o->render_svg = true; break;
        case OPT_OUTPUT: o->output = optarg; break;
        case OPT_EXIT_CODE: o->exit_code = true; break;
        case ':': return usage_error(status, "option '%s' needs a value", argv[optind - 1]);
        default: return unknown_command_option(argv[optind - 1], cmd, longopts, status);
        }
    }
    if (o->command == FG_CMD_EXPORT && o->nviews > 1)
        return usage_error(status, "export takes one --view, not %zu", o->nviews);
    if (o->command == FG_CMD_DIFF && !diff_picture_options_ok(o, status))
        return false;
    if (o->exporter->needs_output && !o->output)
        return usage_error(status, "export --format %s writes files: name where with --output PATH",
                           o->exporter->name);
    if (takes & TAKES_VIEW_NAME) {
        if (optind >= argc)
            return usage_error(status, "'%s' needs the name of a view", commands[cmd].name);
        o->render_view = argv[optind++];
    }
    while (takes & TAKES_REVISIONS && optind < argc && o->nrevs < 2)
        o->revs[o->nrevs++] = argv[optind++];
    if (takes & TAKES_ID) {
        if (optind >= argc)
            return usage_error(status, "'%s' needs the id of an entity, event or source", commands[cmd].name);
        o->show_id = argv[optind++];
        if (o->diag_format == FG_FORMAT_GITHUB)
            return usage_error(status, "show --format takes human or json, not github");
    }
    if (takes & TAKES_FILES && optind < argc) {
        o->files = argv + optind;
        o->nfiles = (size_t)(argc - optind);
        optind = argc;
    }
    if (optind < argc)
        return usage_error(status, "unexpected argument '%s'", argv[optind]);
    return true;
}

bool fg_cli_parse(int argc, char **argv, fg_options *o, fg_status *status)
{
    static const struct option longopts[] = {
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {"jobs", required_argument, NULL, 'j'},
        {NULL, 0, NULL, 0},
    };
    memset(o, 0, sizeof *o);
    o->root = ".";
    o->excerpts = true;
    o->timeout_s = 120;
    o->exporter = exporters[0];
    opterr = 0;
    int c;
    /* '+': stop at the command name; its options are parsed next. */
    while ((c = getopt_long(argc, argv, "+:C:hVj:", longopts, NULL)) != -1) {
        switch (c) {
        case 'C':
            if (!*optarg)
                return usage_error(status, "-C needs a directory, not an empty string");
            o->root = optarg;
            break;
        case 'j':
            if (!parse_jobs(optarg, o, status))
                return false;
            break;
        case 'h': return print_help(main_help, status);
        case 'V':
            fg_versions_print(stdout);
            *status = FG_STATUS_OK;
            return false;
        case ':': return usage_error(status, "option '%s' needs a value", argv[optind - 1]);
        default: return usage_error(status, "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return usage_error(status, "no command given (check, build, export, report, render, diff, show or help)");
    const char *name = argv[optind];
    if (strcmp(name, "help") == 0) {
        /* help on help is the general help: it lists every command. */
        if (optind + 1 >= argc || strcmp(argv[optind + 1], "help") == 0)
            return print_help(main_help, status);
        int cmd = find_command(argv[optind + 1]);
        if (cmd < 0)
            return unknown_command(argv[optind + 1], "no help for unknown command", status);
        return print_command_help(cmd, status);
    }
    int cmd = find_command(name);
    if (cmd < 0)
        return unknown_command(name, "unknown command", status);
    return parse_command(argc - optind, argv + optind, cmd, o, status);
}

void fg_options_release(fg_options *o)
{
    free(o->views);
    o->views = NULL;
    o->nviews = 0;
}
