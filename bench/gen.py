#!/usr/bin/env python3
"""Generate a synthetic factgraph project of a given number of relations.

    bench/gen.py RELATIONS OUTDIR [--seed N]

The project looks like a real repository, only bigger:

  facts/schema.yaml            a vocabulary shaped like the real one (19 types,
                               31 predicates with domain and range, symmetric
                               predicates, contradictions, required fields)
  facts/sources/NNN.yaml       sources, 50 per file, one per seed document
  facts/topics/NNNNN.yaml      1,000 relations per file, with the entities and
                               events first named in that topic (about 250 and
                               25); relations refer to items of any file
  seeds/doc-NNNN.txt           generated documents (a few KB each, wrapped at
                               72 columns, some CRLF, typographic quotes, dashes,
                               apostrophes, non-breaking spaces, double spaces)
  graphs/focus.yaml            a focus view (one hub, depth 1): small enough to lay out
  graphs/all.yaml              the whole graph (measured without layout only)

Every quote is a word-aligned fragment of one sentence of the cited document;
the fragment is written as the normalisation sees it (single spaces where the
document breaks lines or has double or non-breaking spaces), and about half of
the quotes swap typographic quotes and dashes for ASCII ones or the other way
round, so quote normalisation is exercised on both sides.

The result is valid: `factgraph check` reports 0 errors and 0 warnings
(no duplicate or contradictory relations, every item and source used, dated
relations inside the dates of their events). Output is deterministic for a
given size and seed.
"""

import argparse
import os
import random
import sys

GEN_VERSION = "3"  # bump when the output changes, to invalidate caches

# ---- vocabulary ---------------------------------------------------------------

ENTITY_TYPES = [  # name, label, weight, style
    ("country", "Country", 4, '{shape: box, style: "rounded,filled", fillcolor: "#cfe3f3", color: "#0072B2"}'),
    ("bloc", "Bloc", 1, '{shape: box, style: "rounded,filled", fillcolor: "#cfe3f3", color: "#0072B2", peripheries: "2"}'),
    ("person", "Person", 20, '{shape: ellipse, style: filled, fillcolor: "#fbe6c2", color: "#E69F00"}'),
    ("government-body", "Government body", 8, '{shape: box, style: filled, fillcolor: "#cdeee3", color: "#009E73"}'),
    ("organisation", "Organisation", 10, '{shape: box, style: filled, fillcolor: "#e6e6e6", color: "#666666"}'),
    ("company", "Company", 12, '{shape: box, style: filled, fillcolor: "#f3dcea", color: "#CC79A7"}'),
    ("university", "University", 4, '{shape: tab, style: filled, fillcolor: "#dcf0fb", color: "#56B4E9"}'),
    ("research-centre", "Research centre", 4, '{shape: tab, style: "filled,dashed", fillcolor: "#dcf0fb", color: "#56B4E9"}'),
    ("ai-model", "AI model", 5, '{shape: component, style: filled, fillcolor: "#f3dcea", color: "#CC79A7"}'),
    ("document", "Document", 8, '{shape: note, style: filled, fillcolor: "#fbf7cf", color: "#666666"}'),
    ("place", "Place", 4, '{shape: house, style: filled, fillcolor: "#f2f2f2", color: "#666666"}'),
    ("concept", "Concept", 12, '{shape: ellipse, style: dashed, color: "#666666"}'),
    ("technology", "Technology", 5, '{shape: hexagon, style: filled, fillcolor: "#dcf0fb", color: "#56B4E9"}'),
    ("media-outlet", "Media outlet", 3, '{shape: cylinder, style: filled, fillcolor: "#e6e6e6", color: "#666666"}'),
]
EVENT_TYPES = [
    ("summit", "Summit", 2, '{shape: doubleoctagon, style: filled, fillcolor: "#f7d9c4", color: "#D55E00"}'),
    ("conference", "Conference", 4, '{shape: octagon, style: filled, fillcolor: "#f7d9c4", color: "#D55E00"}'),
    ("meeting", "Meeting", 6, '{shape: hexagon, style: "filled,dashed", fillcolor: "#f7d9c4", color: "#D55E00"}'),
    ("visit", "Visit", 3, '{shape: cds, style: filled, fillcolor: "#f7d9c4", color: "#D55E00"}'),
    ("press-conference", "Press conference", 3, '{shape: parallelogram, style: filled, fillcolor: "#f7d9c4", color: "#D55E00"}'),
]

ACTORS = ["country", "bloc", "government-body", "organisation", "company", "person"]
STATES = ["country", "bloc", "government-body"]
INSTITUTIONS = ["country", "bloc", "government-body", "organisation", "company", "university", "research-centre"]

# name, label, subject types, object types, extra: symmetric, contradicts, requires, style
PREDICATES = [
    ("attended", "attended", ACTORS, ["event"], {}),
    ("hosted", "hosted", STATES + ["organisation", "university"], ["event"], {}),
    ("spoke-at", "spoke at", ["person", "government-body", "organisation", "country"], ["event"], {}),
    ("undertook", "undertook", ["person"], ["visit"], {}),
    ("held-on-sidelines-of", "on the sidelines of", ["meeting", "press-conference"], ["summit", "conference"], {}),
    ("issued-at", "issued at", ["document"], ["event"], {}),
    ("focused-on", "focused on", ["event"], ["concept"], {}),
    ("signed", "signed", ACTORS, ["document"], {"contradicts": ["declined-to-sign"]}),
    ("declined-to-sign", "did not sign", ACTORS, ["document"], {"contradicts": ["signed"]}),
    ("released", "released", INSTITUTIONS, ["document", "ai-model"], {}),
    ("proposed", "proposed", ["person", "country", "bloc", "government-body", "organisation"], ["document", "concept"], {}),
    ("advocated", "advocates", ["entity"], ["concept", "document"], {"contradicts": ["opposed", "warned-against"]}),
    ("supported", "supports", ["entity"], ["concept", "document"], {"contradicts": ["opposed"]}),
    ("opposed", "opposes", ["entity"], ["concept", "document"], {"contradicts": ["advocated", "supported"]}),
    ("warned-against", "warned against", ["entity"], ["concept"], {"contradicts": ["advocated"]}),
    ("highlighted", "highlighted", ["person", "country", "government-body", "organisation", "media-outlet"], ["concept"], {}),
    ("exemplifies", "exemplifies", ["ai-model", "company", "technology", "document"], ["concept", "document"], {}),
    ("criticized", "criticized", ["entity"], ["entity"], {}),
    ("praised", "praised", ["person", "country", "government-body", "organisation", "media-outlet"], ["entity"], {}),
    ("responded-to", "responded to", STATES + ["person", "organisation"], ["person", "country", "government-body", "organisation"], {}),
    ("met", "met", ["person"], ["person"], {"symmetric": True}),
    ("cooperated-with", "cooperated with", INSTITUTIONS, INSTITUTIONS, {"symmetric": True}),
    ("rivals", "rivalry with", ["country", "bloc", "company"], ["country", "bloc", "company"], {"symmetric": True}),
    ("restricted", "restricted", STATES, ["country", "company", "technology", "ai-model"], {}),
    ("invested", "invested in", ["country", "bloc", "government-body", "company", "organisation"], ["concept", "company", "technology", "research-centre"], {"requires": ["amount"]}),
    ("holds-position", "holds position in", ["person"], INSTITUTIONS + ["media-outlet"], {"requires": ["role"]}),
    ("member-of", "member of", ["person", "country", "government-body", "organisation"], ["bloc", "organisation", "government-body"], {}),
    ("affiliated-with", "affiliated with", ["person"], ["university", "research-centre", "organisation", "company"], {}),
    ("originates-from", "from", ["company", "ai-model", "organisation", "technology"], ["country", "bloc"], {}),
    ("located-in", "in", ["place", "event", "organisation", "research-centre", "university", "company"], ["place", "country"], {}),
    ("quoted-by", "quoted by", ["person"], ["media-outlet"], {}),
]
PRED_STYLES = ['{color: "#009E73", style: solid}', '{color: "#0072B2", style: dashed}',
               '{color: "#D55E00", style: bold, arrowhead: tee}', '{color: "#666666", style: dotted}',
               '{color: "#E69F00", style: bold}', '{color: "#CC79A7", style: dashed}']

SYL = ["ka", "ren", "to", "li", "mar", "ven", "sa", "do", "rin", "qu", "zel", "ha", "mo", "tan", "vi", "ler",
       "bo", "an", "cor", "dis", "el", "fa", "gor", "is", "jun", "kel", "lu", "nor", "or", "pel", "ri", "su",
       "tor", "ul", "wen", "xia", "yan", "zhu", "ber", "chi"]
NOUNS = {
    "person": ["{} " + w for w in ("Liang", "Marchetti", "Okafor", "Tanaka", "Dubois", "Singh", "Weber", "Zhang")],
    "country": ["Republic of {}", "{}", "Kingdom of {}", "{} Federation"],
    "bloc": ["{} Union", "{} Economic Community", "{} Alliance"],
    "government-body": ["{} Ministry of Science", "{} Cyberspace Administration", "{} Digital Agency",
                        "{} Foreign Ministry", "{} Office of Technology Policy"],
    "organisation": ["{} Foundation", "{} Forum", "{} Council", "{} Institute for AI Policy"],
    "company": ["{} AI", "{} Technologies", "{} Labs", "{} Systems Group"],
    "university": ["University of {}", "{} Institute of Technology", "{} Normal University"],
    "research-centre": ["{} Centre for Machine Intelligence", "{} AI Lab", "{} Computing Institute"],
    "ai-model": ["{}-7B", "{} Chat", "{}-R2", "{} Vision"],
    "document": ["{} Declaration", "{} Statement on AI", "{} Action Plan", "{} Charter"],
    "place": ["{} Palace", "{} Convention Centre", "{} City Hall", "{}"],
    "concept": ["{} governance", "open {} models", "{} safety", "{} sovereignty", "inclusive {}"],
    "technology": ["{} chips", "{} lithography", "{} data centres", "{} accelerators"],
    "media-outlet": ["{} Daily", "{} Times", "{} News Agency", "{} Post"],
    "summit": ["{} AI Summit", "{} Action Summit"],
    "conference": ["World {} Conference", "{} AI Conference"],
    "meeting": ["{} bilateral meeting", "{} ministerial meeting"],
    "visit": ["state visit to {}", "official visit to {}"],
    "press-conference": ["{} regular press conference", "{} press briefing"],
}
ROLES = ["President", "Vice Premier", "special envoy", "spokesperson", "chief executive", "director",
         "minister", "deputy director", "founder", "professor", "senior fellow"]
CJK = "中国人工智能发展合作国际科技安全治理开放创新数据模型研究中心大学部委员会峰会论坛计划宣言"
PUBLISHERS = ["Harbour Free Press (AFP)", "The Morning Post", "Embassy Spokesperson's Office", "Reuters Wire",
              "Global Observer", "Xinhua Digest", "Le Journal", "Tech Policy Review"]
CURRENCIES = ["EUR", "USD", "CNY", "GBP", "JPY", "INR"]
SCALES = ["million", "billion", "billion", "trillion", "thousand"]

WORDS = ("the government said it would invest in artificial intelligence infrastructure and open research "
         "while officials warned that cooperation must respect sovereignty and security concerns raised by "
         "several delegations during the talks on governance standards for frontier models data centres chips "
         "talent export controls energy supply climate commitments and public trust in new technologies across "
         "regions companies universities ministries analysts experts leaders agreed noted stressed announced "
         "described welcomed criticised rejected proposed a an of to for with on at by from under between "
         "despite after before amid within its their new global national regional open shared ethical safe "
         "inclusive sustainable rapid strategic joint technical legal economic digital statement declaration "
         "plan framework initiative agreement summit meeting conference visit week month year today yesterday "
         "spokesperson minister president delegation council agency partners allies rivals").split()
CAPS = ("Beijing Paris Washington Brussels Delhi Tokyo London Seoul Berlin Ottawa Nairobi Brasilia "
        "Geneva Singapore Canberra").split()


SUBJECTS = ["the ministry", "officials in {C}", "the {C} delegation", "analysts", "the spokesperson",
            "leaders", "the company", "experts at the forum", "the foreign minister", "{C}", "the commission",
            "researchers", "the summit chair", "a senior diplomat", "the agency"]
VERBS = ["said", "announced", "warned", "stressed", "noted", "argued", "confirmed", "insisted", "told reporters"]
ADJS = ["open", "shared", "ethical", "safe", "inclusive", "sustainable", "strategic", "joint", "global",
        "national", "regional", "frontier", "critical", "digital", "new"]
NOUNS_ = ["infrastructure", "research", "cooperation", "governance", "standards", "models", "data centres",
          "chips", "talent", "export controls", "energy supply", "public trust", "technologies", "security",
          "sovereignty", "investment", "partnership", "framework", "declaration", "regulation", "innovation"]
VPS = ["would invest in", "must respect", "should support", "will expand", "had restricted", "could undermine",
       "was committed to", "would not accept", "plans to build", "called for", "would strengthen",
       "remained open to", "opposed", "welcomed"]
PPS = ["during the talks in {C}", "at the summit", "on the sidelines of the conference", "by the end of the year",
       "in {C}", "after the meeting", "within the next five years", "despite concerns in {C}",
       "amid rising tensions", "for developing countries", "across the region", "with its partners"]
TAILS = ["according to a statement", "officials said", "the report added", "without giving details",
         "a move welcomed by {C}", "as rivalry with {C} grows"]


def np_(rnd):
    s = rnd.choice(["the ", "", "its ", "their ", "a "]) if rnd.random() < 0.8 else ""
    if rnd.random() < 0.6:
        s += rnd.choice(ADJS) + " "
    s += rnd.choice(NOUNS_)
    if s.startswith("a ") and s[2] in "aeiou":
        s = "an " + s[2:]
    if rnd.random() < 0.25:
        s += " of " + rnd.choice(["AI", "artificial intelligence", "the sector", rnd.choice(NOUNS_)])
    return s


def clause(rnd):
    c = rnd.choice(CAPS)
    s = rnd.choice(SUBJECTS).replace("{C}", c) + " " + rnd.choice(VERBS) + " that " + np_(rnd) + " " + \
        rnd.choice(VPS) + " " + np_(rnd)
    if rnd.random() < 0.6:
        s += " " + rnd.choice(PPS).replace("{C}", rnd.choice(CAPS))
    if rnd.random() < 0.3:
        s += ", " + rnd.choice(TAILS).replace("{C}", rnd.choice(CAPS))
    return s



def name_word(rnd):
    w = "".join(rnd.choice(SYL) for _ in range(rnd.randint(2, 3)))
    return w.capitalize()


def kebab(s):
    out, dash = [], False
    for ch in s.lower():
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def b36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = digits[r] + s
        if n == 0:
            return s


# ---- YAML output --------------------------------------------------------------

_PLAIN_OK = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.()-/'")
_RESERVED = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}


def ys(s, flow=False):
    """A YAML scalar for s: plain when that is safe, else double-quoted.
    In flow context ([...] and {...}) a comma ends a plain scalar."""
    if (s and s[0] not in " -'(" and s[-1] != " " and all(c in _PLAIN_OK for c in s)
            and not (flow and "," in s)
            and s.lower() not in _RESERVED and not s[0].isdigit()):
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---- seed documents ------------------------------------------------------------

NBSP = "\u00a0"


def make_sentence(rnd, typo):
    """A sentence as (tokens, separators): separators[i] follows tokens[i]."""
    toks = clause(rnd).split()
    toks[0] = toks[0][0].upper() + toks[0][1:]
    n = len(toks)
    seps = [" "] * n
    r = rnd.random()
    lq, rq = ("\u201c", "\u201d") if typo else ('"', '"')
    ls, rs = ("\u2018", "\u2019") if typo else ("'", "'")
    if r < 0.18 and n > 8:  # a quoted phrase
        a = rnd.randint(1, n - 5)
        b = a + rnd.randint(1, 3)
        toks[a] = lq + toks[a]
        toks[b] = toks[b] + rq
    elif r < 0.28 and n > 8:
        a = rnd.randint(1, n - 5)
        b = a + rnd.randint(0, 2)
        toks[a] = ls + toks[a]
        toks[b] = toks[b] + rs
    if rnd.random() < 0.15 and n > 10:  # a dash aside
        a = rnd.randint(2, n - 6)
        toks.insert(a, rnd.choice(["\u2014", "\u2013"]) if typo else "-")
        seps.insert(a, " ")
    the = [k for k, t in enumerate(toks) if t == "the"]
    if the and rnd.random() < 0.3:  # an apostrophe: "the ministry" -> "Paris’s ministry"
        toks[rnd.choice(the)] = rnd.choice(CAPS) + ("\u2019s" if typo else "'s")
    if rnd.random() < 0.12:  # an amount with a non-breaking space
        k = rnd.randint(1, len(toks) - 3)
        toks[k:k] = ["\u20ac" + str(rnd.randint(2, 400)), "billion"]
        seps[k:k] = [NBSP, " "]
    elif rnd.random() < 0.08:
        k = rnd.randint(1, len(toks) - 3)
        toks[k:k] = ["10", "February", "2025"]
        seps[k:k] = [NBSP, NBSP, " "]
    toks[-1] = toks[-1] + "."
    return toks, seps


def render_doc(rnd, title, paragraphs, crlf):
    """Wrap at 72 columns; returns the text."""
    lines = [title, ""]
    for para in paragraphs:
        line = ""
        for si, (toks, seps) in enumerate(para):
            for i, t in enumerate(toks):
                sep = seps[i - 1] if i > 0 else ("  " if si > 0 and rnd.random() < 0.3 else " ")
                if not line:
                    line = t
                elif sep == NBSP:
                    line += NBSP + t  # never broken at a non-breaking space
                elif len(line) + len(sep) + len(t) > 72:
                    lines.append(line)
                    line = t
                else:
                    line += sep + t
        lines.append(line)
        lines.append("")
    nl = "\r\n" if crlf else "\n"
    return nl.join(lines)


def make_docs(rnd, ndocs, outdir):
    """Write the seed documents; return for each its sentences."""
    os.makedirs(os.path.join(outdir, "seeds"), exist_ok=True)
    docs = []
    for d in range(ndocs):
        typo = rnd.random() < 0.7
        paragraphs = []
        for _ in range(rnd.randint(6, 12)):
            paragraphs.append([make_sentence(rnd, typo) for _ in range(rnd.randint(3, 7))])
        title = "%s %s report %d" % (rnd.choice(CAPS), rnd.choice(["AI", "technology", "summit"]), d)
        text = render_doc(rnd, title, paragraphs, crlf=rnd.random() < 0.1)
        with open(os.path.join(outdir, "seeds", "doc-%04d.txt" % d), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        docs.append([s for p in paragraphs for s in p])
    return docs


SWAP_TO_ASCII = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                               "\u2014": "-", "\u2013": "-"})
SWAP_TO_TYPO = str.maketrans({'"': "\u201d", "'": "\u2019", "-": "\u2013"})


def make_quote(rnd, sentences):
    toks, _ = rnd.choice(sentences)
    n = len(toks)
    k = rnd.randint(min(5, n), min(18, n))
    a = rnd.randint(0, n - k)
    q = " ".join(toks[a:a + k])
    r = rnd.random()
    if r < 0.35:
        q = q.translate(SWAP_TO_ASCII)
    elif r < 0.42:
        q = q.translate(SWAP_TO_TYPO)
    if rnd.random() < 0.05 and " " in q:  # a curator's double space
        i = q.index(" ")
        q = q[:i] + "  " + q[i + 1:]
    return q


# ---- the project ---------------------------------------------------------------

def write_schema(path):
    out = ["# Synthetic vocabulary for benchmarks (bench/gen.py), shaped like facts/schema.yaml.", "",
           "entity_types:"]
    for name, label, _, style in ENTITY_TYPES:
        out += ["  %s:" % name, "    label: %s" % label, "    style: %s" % style]
    out += ["", "event_types:"]
    for name, label, _, style in EVENT_TYPES:
        out += ["  %s:" % name, "    label: %s" % label, "    style: %s" % style]
    out += ["", "predicates:"]
    for i, (name, label, subj, obj, extra) in enumerate(PREDICATES):
        out += ["  %s:" % name, "    label: %s" % label, "    subject: [%s]" % ", ".join(subj),
                "    object: [%s]" % ", ".join(obj)]
        if extra.get("contradicts"):
            out.append("    contradicts: [%s]" % ", ".join(extra["contradicts"]))
        if extra.get("requires"):
            out.append("    requires: [%s]" % ", ".join(extra["requires"]))
        if extra.get("symmetric"):
            out.append('    symmetric: "true"')
        out.append("    style: %s" % PRED_STYLES[i % len(PRED_STYLES)])
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def expand(types):
    ent = [t[0] for t in ENTITY_TYPES]
    ev = [t[0] for t in EVENT_TYPES]
    out = []
    for t in types:
        out += ent if t == "entity" else ev if t == "event" else ent + ev if t == "any" else [t]
    return sorted(set(out))


def date_str(rnd):
    y = rnd.randint(2015, 2025)
    r = rnd.random()
    if r < 0.2:
        return "%d" % y
    m = rnd.randint(1, 12)
    if r < 0.5:
        return "%d-%02d" % (y, m)
    return "%d-%02d-%02d" % (y, m, rnd.randint(1, 28))


def generate(nrels, outdir, seed):
    rnd = random.Random(seed * 1000003 + nrels)
    for sub in ("facts/sources", "facts/topics", "graphs"):
        os.makedirs(os.path.join(outdir, sub), exist_ok=True)
    write_schema(os.path.join(outdir, "facts", "schema.yaml"))

    ndocs = max(10, min(500, nrels // 40)) if nrels < 20000 else min(500, 250 + nrels // 4000)
    nents = nrels // 4 + 20
    nevs = nrels // 40 + 5
    nfiles = max(1, (nrels + 999) // 1000)

    # -- documents and sources
    docs = make_docs(rnd, ndocs, outdir)
    src_ids = []
    per_file = 50
    for f0 in range(0, ndocs, per_file):
        out = ["# Sources %d-%d (generated)." % (f0, min(ndocs, f0 + per_file) - 1), "", "sources:"]
        for d in range(f0, min(ndocs, f0 + per_file)):
            sid = "src-%s-%d" % (kebab(rnd.choice(PUBLISHERS))[:24].strip("-"), d)
            src_ids.append(sid)
            out += ["  - id: %s" % sid, "    file: seeds/doc-%04d.txt" % d,
                    "    title: %s" % ys("%s report %d on AI diplomacy" % (rnd.choice(CAPS), d)),
                    "    publisher: %s" % ys(rnd.choice(PUBLISHERS)),
                    "    date: 2025-%02d-%02d" % (rnd.randint(1, 12), rnd.randint(1, 28))]
            if rnd.random() < 0.8:
                out.append("    url: https://news.example.org/%d/%s" % (2025, sid))
            if rnd.random() < 0.5:
                out.append("    language: en")
        with open(os.path.join(outdir, "facts", "sources", "%03d.yaml" % (f0 // per_file)), "w",
                  encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")

    # -- items: entities and events, with their types
    etypes = [t[0] for t in ENTITY_TYPES]
    ewts = [t[2] for t in ENTITY_TYPES]
    vtypes = [t[0] for t in EVENT_TYPES]
    vwts = [t[2] for t in EVENT_TYPES]
    items = []   # (id, type, is_event, when) ; when = (first, last) as 'YYYY-MM-DD' strings for events
    pools = {}
    # the focus: a hub country, first of all items
    types = ["country"] + rnd.choices(etypes, ewts, k=nents - 1) + rnd.choices(vtypes, vwts, k=nevs)
    for i, t in enumerate(types):
        is_event = i >= nents
        items.append([None, t, is_event, None])
        pools.setdefault(t, []).append(i)
    # every type must have at least a few items
    for t in etypes + vtypes:
        if t not in pools:
            i = len(items)
            items.append([None, t, t in vtypes, None])
            types.append(t)
            pools[t] = [i]
    nitems = len(items)

    # -- which predicates each type can take part in
    pred_sides = []
    for p in PREDICATES:
        pred_sides.append((expand(p[2]), expand(p[3])))
    roles_of = {t: [] for t in etypes + vtypes}
    for pi, (subj, obj) in enumerate(pred_sides):
        for t in subj:
            roles_of[t].append((pi, 0))
        for t in obj:
            roles_of[t].append((pi, 1))
    side_pick = {}

    def pick_from(side_types):
        key = tuple(side_types)
        if key not in side_pick:
            ts = [t for t in side_types if t in pools]
            side_pick[key] = (ts, [len(pools[t]) for t in ts])
        ts, wts = side_pick[key]
        t = rnd.choices(ts, wts)[0]
        pool = pools[t]
        if rnd.random() < 0.2:  # hubs: a few percent of each type get a fifth of the mentions
            return pool[rnd.randrange(max(3, len(pool) // 50))] if len(pool) > 3 else rnd.choice(pool)
        return rnd.choice(pool)

    # -- relations, planned before writing so every item is used
    order = list(range(nitems))
    rnd.shuffle(order)
    pairs = {}  # (min, max) -> list of predicate indices
    contra = {}
    for pi, p in enumerate(PREDICATES):
        contra[pi] = set(PREDICATES.index(q) for q in PREDICATES if q[0] in p[4].get("contradicts", []))
    rels = []
    anchor_i = 0
    attempts = 0
    while len(rels) < nrels:
        attempts += 1
        if attempts > nrels * 50:
            sys.exit("gen.py: cannot place relations (schema too narrow)")
        anchor = order[anchor_i % nitems] if anchor_i < nitems else rnd.randrange(nitems)
        roles = roles_of[items[anchor][1]]
        pi, side = rnd.choice(roles)
        other = pick_from(pred_sides[pi][1 - side])
        if other == anchor:
            continue
        s, o = (anchor, other) if side == 0 else (other, anchor)
        key = (s, o) if s < o else (o, s)
        have = pairs.get(key)
        if have is not None and (pi in have or any(q in contra[pi] for q in have)):
            continue
        if have is None:
            pairs[key] = [pi]
        else:
            have.append(pi)
        rels.append((s, pi, o))
        anchor_i += 1
    del pairs

    # -- names and ids (assigned now that types are known)
    for i, it in enumerate(items):
        base = rnd.choice(NOUNS[it[1]]).format(name_word(rnd))
        it[0] = (kebab(base)[:40].strip("-") or "item") + "-" + b36(i)
        it.append(base)
    # event dates
    for it in items:
        if it[2]:
            y, m, d = rnd.randint(2016, 2025), rnd.randint(1, 12), rnd.randint(1, 25)
            if rnd.random() < 0.5:
                it[3] = ("%d-%02d-%02d" % (y, m, d), None)
            else:
                it[3] = ("%d-%02d-%02d" % (y, m, d), "%d-%02d-%02d" % (y, m, d + rnd.randint(1, 3)))

    # -- where each item is first written: the file of its first relation
    home = [None] * nitems
    for ri, (s, _, o) in enumerate(rels):
        f = ri // 1000
        if home[s] is None:
            home[s] = f
        if home[o] is None:
            home[o] = f
    by_file = [[] for _ in range(nfiles)]
    for i in range(nitems):
        by_file[home[i] if home[i] is not None else 0].append(i)

    places = pools.get("place", []) + pools.get("country", [])

    def entity_lines(i):
        iid, t, _, _, name = items[i]
        if rnd.random() < 0.3:
            return ["  - {id: %s, type: %s, name: %s}" % (iid, t, ys(name, True))]
        out = ["  - id: %s" % iid, "    type: %s" % t, "    name: %s" % ys(name)]
        if rnd.random() < 0.3:
            out.append("    aliases: [%s]" % ", ".join(ys(name_word(rnd), True) for _ in range(rnd.randint(1, 2))))
        if rnd.random() < 0.1:
            out.append("    labels: {zh: %s}" % "".join(rnd.choice(CJK) for _ in range(rnd.randint(2, 5))))
        if rnd.random() < 0.4:
            out.append("    description: %s" % ys(" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(5, 16))).capitalize() + "."))
        if rnd.random() < 0.1:
            out.append("    url: https://example.org/%s" % iid)
        if rnd.random() < 0.05:
            out.append("    note: %s" % ys("named as in the " + rnd.choice(CAPS) + " report"))
        return out

    def event_lines(i):
        iid, t, _, (start, end), name = items[i]
        out = ["  - id: %s" % iid, "    type: %s" % t, "    name: %s" % ys(name)]
        if end is None:
            out.append("    date: %s" % start)
        else:
            out += ["    start: %s" % start, "    end: %s" % end]
        if rnd.random() < 0.3 and places:
            out.append("    location: %s" % items[rnd.choice(places)][0])
        if rnd.random() < 0.3:
            out.append("    description: %s" % ys(" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(5, 12))).capitalize() + "."))
        return out

    def cite(d, flow=False):
        return src_ids[d], ys(make_quote(rnd, docs[d]), flow)

    used_docs = list(range(ndocs))
    rnd.shuffle(used_docs)
    ri_doc = 0

    def relation_lines(ri, s, pi, o):
        nonlocal ri_doc
        pname, _, _, _, extra = PREDICATES[pi]
        si, oi = items[s], items[o]
        out = ["  - subject: %s" % si[0], "    predicate: %s" % pname, "    object: %s" % oi[0]]
        ev = si if si[2] else oi if oi[2] else None
        if ev is not None and si[2] and oi[2]:
            pass  # between two events: undated
        elif ev is not None:
            if rnd.random() < 0.3:
                out.append("    date: %s" % ev[3][0][:7])
        elif rnd.random() < 0.25:
            out.append("    date: %s" % date_str(rnd))
        req = extra.get("requires", [])
        if "role" in req or rnd.random() < 0.03:
            out.append("    role: %s" % ys(rnd.choice(ROLES)))
        if "amount" in req:
            val = str(rnd.randint(1, 500)) if rnd.random() < 0.7 else "%d.%d" % (rnd.randint(1, 99), rnd.randint(1, 9))
            out.append('    amount: {value: "%s", scale: %s, currency: %s}'
                       % (val, rnd.choice(SCALES), rnd.choice(CURRENCIES)))
        if rnd.random() < 0.08:
            out.append("    note: %s" % ys("reported by " + rnd.choice(PUBLISHERS)))
        # the first ndocs relations cite every document once, so no source is unused
        if ri_doc < ndocs:
            d = used_docs[ri_doc]
            ri_doc += 1
        else:
            d = rnd.randrange(ndocs)
        if rnd.random() < 0.15:
            out.append("    evidence:")
            ds = [d] + [x for x in rnd.sample(range(ndocs), min(ndocs, 2)) if x != d][:rnd.randint(1, 2)]
            for k, dd in enumerate(ds):
                flow = k % 2 == 1
                sid, q = cite(dd, flow)
                if flow:
                    out.append("      - {source: %s, quote: %s}" % (sid, q))
                else:
                    out += ["      - source: %s" % sid, "        quote: %s" % q]
        else:
            sid, q = cite(d)
            out += ["    source: %s" % sid, "    quote: %s" % q]
        return out

    for f in range(nfiles):
        out = ["# Topic %d: generated facts (bench/gen.py)." % f, ""]
        ents = [i for i in by_file[f] if not items[i][2]]
        evs = [i for i in by_file[f] if items[i][2]]
        if ents:
            out.append("entities:")
            for i in ents:
                out += entity_lines(i)
            out.append("")
        if evs:
            out.append("events:")
            for i in evs:
                out += event_lines(i)
            out.append("")
        out.append("relations:")
        for ri in range(f * 1000, min(nrels, (f + 1) * 1000)):
            if ri % 100 == 0:
                out.append("  # ---- %d ----" % ri)
            out += relation_lines(ri, *rels[ri])
        with open(os.path.join(outdir, "facts", "topics", "%05d.yaml" % f), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")

    with open(os.path.join(outdir, "graphs", "focus.yaml"), "w", encoding="utf-8") as f:
        f.write("title: %s and its neighbours\ndescription: A hub and everything one relation away.\n"
                "focus: [%s]\ndepth: 1\nlayout: dot\nrankdir: LR\n" % (ys(items[0][4]), items[0][0]))
    with open(os.path.join(outdir, "graphs", "all.yaml"), "w", encoding="utf-8") as f:
        f.write("title: Everything (%d relations)\nlayout: sfdp\n" % nrels)


def parse_size(s):
    s = s.lower()
    mult = {"k": 1000, "m": 1000000}.get(s[-1], 1)
    return int(s[:-1] if s[-1] in "km" else s) * mult


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("relations", help="number of relations (1000, 10k, 1m, ...)")
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    generate(parse_size(a.relations), a.outdir, a.seed)


if __name__ == "__main__":
    main()
