#!/usr/bin/env python3
"""A Python reference for the benchmark: the checks of `factgraph check` with
PyYAML's C loader, and the DOT of the whole graph.

    bench/pyref.py DIR [--dot FILE]

Reads DIR/facts/**/*.yaml (sorted), DIR/graphs/*.yaml and the cited seed
documents; checks what factgraph checks on the hot path: YAML syntax, one
document per file, duplicate keys, sections and fields (unknown, missing,
wrong kind), id syntax and global uniqueness, types against the schema,
references with domain and range, dates (syntax, real days, event order,
relations inside their events), amounts and currencies, required fields,
citations with every quote found verbatim after the normalisation of
docs/fact-format.md, duplicate (and symmetric) relations, contradictions,
unused facts, seed paths, and the ids, types and predicates views name.
Not reproduced: anchors and aliases, control characters and invalid
UTF-8 as their own rules (PyYAML reports them as syntax errors), nesting
depth, symbolic links out of seeds/ as their own rule, the finer view
rules (as_of, group_by, date windows), cascades after a missing field,
did-you-mean suggestions and source excerpts under each diagnostic.

With --dot it also writes the DOT of the whole graph (nodes sorted by id,
edges by subject, predicate, object and date, with labels, tooltips and
styles, as factgraph's views do). Prints `file:line: severity: message
[rule]` lines sorted, then a summary; exit status 0, 1 on errors, 2 on I/O
failure. Scalars are all strings (the implicit resolvers are removed), as
in factgraph.
"""

import os
import re
import sys

import yaml

if not hasattr(yaml, "CSafeLoader"):
    sys.exit("pyref.py: PyYAML without libyaml (yaml.CSafeLoader) - install python3-yaml")


class Loader(yaml.CSafeLoader):
    """The C loader with every plain scalar left a string, as factgraph reads them."""


Loader.yaml_implicit_resolvers = {}

NULLS = {"", "~", "null", "Null", "NULL"}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DECIMAL_RE = re.compile(r"^\d+(\.\d+)?$")
LANG_RE = re.compile(r"^[A-Za-z][A-Za-z-]{1,7}$")
WS_RE = re.compile("[ \t\n\r\f\v\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
FOLD = str.maketrans({**{c: "'" for c in "\u2018\u2019\u201a\u201b\u2032"},
                      **{c: '"' for c in "\u201c\u201d\u201e\u201f\u2033"},
                      **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"}})
CURRENCIES = set("""AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP
BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD
KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD
OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP
SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB
XBC XBD XCD XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWL""".split())
SYMBOLS = {"CNY": "¥", "EUR": "€", "GBP": "£", "JPY": "¥", "USD": "$"}
SCALES = {"unit": "", "thousand": "k", "million": "m", "billion": "bn", "trillion": "tn"}
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

S, L, M, SM = "string", "list of strings", "mapping", "mapping of strings"
LIST = "list"
SOURCE_FIELDS = {"id": S, "file": S, "title": S, "publisher": S, "date": S, "url": S, "language": S}
SOURCE_REQ = ("id", "file", "title", "publisher", "date")
ENTITY_FIELDS = {"id": S, "type": S, "name": S, "aliases": L, "labels": SM, "description": S, "url": S, "note": S}
EVENT_FIELDS = dict(ENTITY_FIELDS, date=S, start=S, end=S, location=S)
ITEM_REQ = ("id", "type", "name")
RELATION_FIELDS = {"subject": S, "predicate": S, "object": S, "source": S, "quote": S, "evidence": LIST,
                   "date": S, "role": S, "amount": M, "note": S}
RELATION_REQ = ("subject", "predicate", "object")
TYPE_FIELDS = {"label": S, "style": SM}
PRED_FIELDS = {"label": S, "subject": L, "object": L, "symmetric": S, "contradicts": L, "requires": L,
               "style": SM}
VIEW_FIELDS = {"title": S, "description": S, "focus": L, "depth": S, "types": L, "predicates": L,
               "exclude": L, "from": S, "until": S, "layout": S, "rankdir": S, "as_of": S, "group_by": S}
LAYOUTS = {"dot", "neato", "fdp", "sfdp", "circo", "twopi", "timeline"}
NODE_STYLE = {"shape", "style", "color", "fillcolor", "fontcolor", "penwidth", "peripheries"}
EDGE_STYLE = {"color", "style", "penwidth", "arrowhead", "arrowtail", "dir", "fontcolor"}
STYLE_VALUE_RE = re.compile(r"^[A-Za-z0-9#,._ -]*$")
LINE = "@line"  # the line of a mapping, kept in its dict (no field can be named so)


class Diags:
    def __init__(self):
        self.items = []
        self.errors = self.warnings = 0

    def error(self, f, line, rule, msg):
        self.items.append((f, line, "error", msg, rule))
        self.errors += 1

    def warning(self, f, line, rule, msg):
        self.items.append((f, line, "warning", msg, rule))
        self.warnings += 1


def convert(node, f, d):
    """Node tree -> str / list / dict (with LINE), reporting duplicate keys."""
    nid = node.id
    if nid == "scalar":
        v = node.value
        return None if node.style is None and v in NULLS else v
    if nid == "sequence":
        return [convert(k, f, d) for k in node.value]
    out = {LINE: node.start_mark.line + 1}
    for kn, vn in node.value:
        if kn.id != "scalar":
            d.error(f, kn.start_mark.line + 1, "wrong-kind", "a key must be a string")
            continue
        k = kn.value
        if k in out:
            d.error(f, kn.start_mark.line + 1, "duplicate-key", "duplicate key '%s'" % k)
            continue
        out[k] = convert(vn, f, d)
    return out


def load(root, rel, d):
    try:
        with open(os.path.join(root, rel), "rb") as fh:
            data = fh.read()
    except OSError as e:
        d.error(rel, 0, "io", "cannot read '%s': %s" % (rel, e.strerror))
        return None, False
    try:
        node = yaml.compose(data, Loader=Loader)
    except yaml.composer.ComposerError as e:
        d.error(rel, e.problem_mark.line + 1 if e.problem_mark else 0, "multiple-documents",
                "a file must hold one YAML document")
        return None, True
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        d.error(rel, mark.line + 1 if mark else 0, "yaml-syntax", str(getattr(e, "problem", e)))
        return None, True
    return (convert(node, rel, d) if node is not None else None), True


def kind_ok(v, kind):
    if kind == S:
        return isinstance(v, str)
    if kind == L:
        return isinstance(v, list) and all(isinstance(x, str) for x in v)
    if kind == LIST:
        return isinstance(v, list)
    if kind == SM:
        return isinstance(v, dict) and all(isinstance(x, str) for k, x in v.items() if k != LINE)
    return isinstance(v, dict)


def record(v, what, fields, required, f, d, line):
    """The dict of a record with its fields checked, or None (reported)."""
    if not isinstance(v, dict):
        d.error(f, line, "wrong-kind", "%s must be a mapping" % what)
        return None
    line = v[LINE]
    ok = True
    for k, x in v.items():
        if k == LINE or x is None:
            continue
        kind = fields.get(k)
        if kind is None:
            d.error(f, line, "unknown-field", "unknown field '%s' in %s" % (k, what))
        elif not kind_ok(x, kind):
            d.error(f, line, "wrong-kind", "'%s' must be a %s" % (k, kind))
            ok = False
    for k in required:
        if v.get(k) is None:
            d.error(f, line, "missing-field", "%s needs '%s'" % (what, k))
            ok = False
    return v if ok else None


def parse_date(s):
    """(first, last) as yyyymmdd integers, or None."""
    m = DATE_RE.match(s) if isinstance(s, str) else None
    if not m:
        return None
    y = int(m.group(1))
    if y < 1:
        return None
    if m.group(2) is None:
        return (y * 10000 + 101, y * 10000 + 1231)
    mo = int(m.group(2))
    if not 1 <= mo <= 12:
        return None
    dim = 29 if mo == 2 and (y % 4 == 0 and y % 100 != 0 or y % 400 == 0) else DAYS[mo - 1]
    if m.group(3) is None:
        return (y * 10000 + mo * 100 + 1, y * 10000 + mo * 100 + dim)
    day = int(m.group(3))
    if not 1 <= day <= dim:
        return None
    v = y * 10000 + mo * 100 + day
    return (v, v)


def url_ok(s):
    if not (s.startswith("https://") or s.startswith("http://")):
        return False
    host = s.split("//", 1)[1]
    return bool(host) and host[0] != "/" and not any(c <= " " or c == "\x7f" or c in "\"'<>\\`{}|^" for c in s)


def normalise(s):
    return WS_RE.sub(" ", s.translate(FOLD)).strip(" ")


class Project:
    def __init__(self, root):
        self.root = root
        self.d = Diags()
        self.etypes, self.vtypes, self.preds = {}, {}, {}
        self.sources, self.items, self.rels = [], [], []  # records with "@file"
        self.views = []
        self.ids = {}  # id -> ("source"|"item", index)
        self.seeds = {}  # seed path -> normalised text, or None when unreadable
        self.nfiles = 0

    # ---- loading ----
    def yaml_files(self, rel, recurse):
        out = []
        base = os.path.join(self.root, rel)
        for name in os.listdir(base):
            if name.startswith("."):
                continue
            path = os.path.join(base, name)
            if os.path.isdir(path):
                if recurse:
                    out += self.yaml_files(rel + "/" + name, True)
            elif name.endswith(".yaml"):
                out.append(rel + "/" + name)
        return out

    def load(self):
        d = self.d
        if not os.path.isdir(os.path.join(self.root, "facts")):
            d.error("", 0, "io", "no facts/ directory")
            return False
        have_schema = False
        for rel in sorted(self.yaml_files("facts", True)):
            doc, ok = load(self.root, rel, d)
            if not ok:
                continue
            self.nfiles += 1
            if rel == "facts/schema.yaml":
                have_schema = True
                self.load_schema(doc, rel)
            elif doc is not None:
                self.load_facts(doc, rel)
        if not have_schema:
            d.error("", 0, "missing-schema", "no facts/schema.yaml")
        if os.path.isdir(os.path.join(self.root, "graphs")):
            for rel in sorted(self.yaml_files("graphs", False)):
                doc, ok = load(self.root, rel, d)
                if ok:
                    self.nfiles += 1
                    v = record(doc, "view", VIEW_FIELDS, ("title",), rel, d, 1)
                    if v is not None:
                        v["@file"] = rel
                        self.views.append(v)
        return True

    def load_schema(self, doc, f):
        d = self.d
        if not isinstance(doc, dict):
            d.error(f, 1, "wrong-kind", "the schema must be a mapping")
            return
        def check_style(st, allowed, line):
            for k, x in (st or {}).items():
                if k != LINE and (k not in allowed or not STYLE_VALUE_RE.match(x)):
                    d.error(f, line, "bad-style", "style attribute '%s: %s' is not allowed" % (k, x))

        for sec, table in (("entity_types", self.etypes), ("event_types", self.vtypes)):
            for name, t in (doc.get(sec) or {}).items():
                if name != LINE and record(t, "type", TYPE_FIELDS, ("label",), f, d, doc[LINE]) is not None:
                    table[name] = t
                    check_style(t.get("style"), NODE_STYLE, t[LINE])
        for name, p in (doc.get("predicates") or {}).items():
            if name == LINE or record(p, "predicate", PRED_FIELDS, ("label", "subject", "object"), f, d,
                                      doc[LINE]) is None:
                continue
            check_style(p.get("style"), EDGE_STYLE, p[LINE])
            p["@sym"] = p.get("symmetric") == "true"
            p["@contra"] = set(p.get("contradicts") or [])
            self.preds[name] = p
        for name, p in self.preds.items():
            for c in p["@contra"]:
                if c not in self.preds:
                    d.error(f, p[LINE], "unknown-predicate", "unknown predicate '%s' in 'contradicts'" % c)

    def load_facts(self, doc, f):
        d = self.d
        if not isinstance(doc, dict):
            d.error(f, 1, "wrong-kind", "a fact file must be a mapping")
            return
        for sec, v in doc.items():
            if sec == LINE or v is None:
                continue
            if sec not in ("sources", "entities", "events", "relations"):
                d.error(f, doc[LINE], "unknown-section", "unknown section '%s'" % sec)
                continue
            if not isinstance(v, list):
                d.error(f, doc[LINE], "wrong-kind", "'%s' must be a list" % sec)
                continue
            for r in v:
                if sec == "sources":
                    r = record(r, "source", SOURCE_FIELDS, SOURCE_REQ, f, d, doc[LINE])
                    out = self.sources
                elif sec == "entities":
                    r = record(r, "entity", ENTITY_FIELDS, ITEM_REQ, f, d, doc[LINE])
                    out = self.items
                    if r is not None:
                        r["@event"] = False
                elif sec == "events":
                    r = record(r, "event", EVENT_FIELDS, ITEM_REQ, f, d, doc[LINE])
                    out = self.items
                    if r is not None:
                        r["@event"] = True
                else:
                    r = self.load_relation(r, f, doc[LINE])
                    out = self.rels
                if r is not None:
                    r["@file"] = f
                    out.append(r)

    def load_relation(self, r, f, line):
        d = self.d
        r = record(r, "relation", RELATION_FIELDS, RELATION_REQ, f, d, line)
        if r is None:
            return None
        cites = []
        ev = r.get("evidence")
        if ev is not None and (r.get("source") is not None or r.get("quote") is not None):
            d.error(f, r[LINE], "missing-citation", "a relation cites either 'source' and 'quote' or 'evidence'")
        elif ev is not None:
            for c in ev:
                c = record(c, "evidence", {"source": S, "quote": S}, ("source", "quote"), f, d, r[LINE])
                if c is not None:
                    cites.append((c["source"], c["quote"], c[LINE]))
            if not ev:
                d.error(f, r[LINE], "missing-citation", "'evidence' is empty")
        elif r.get("source") is not None and r.get("quote") is not None:
            cites.append((r["source"], r["quote"], r[LINE]))
        else:
            d.error(f, r[LINE], "missing-citation", "a relation must cite a source with a quote")
        r["@cites"] = cites
        a = r.get("amount")
        if a is not None:
            record(a, "amount", {"value": S, "scale": S, "currency": S}, ("value", "currency"), f, d, r[LINE])
        return r

    # ---- validation ----
    def type_of(self, name, is_event):
        return (self.vtypes if is_event else self.etypes).get(name)

    def allowed(self, lst, tname, is_event):
        for a in lst:
            if a == "any" or a == tname or (a == "event" and is_event) or (a == "entity" and not is_event):
                return True
        return False

    def seed(self, path):
        if path in self.seeds:
            return self.seeds[path]
        full = os.path.join(self.root, path)
        text = None
        seeds_dir = os.path.realpath(os.path.join(self.root, "seeds"))
        if os.path.realpath(full).startswith(seeds_dir + os.sep):
            try:
                with open(full, "rb") as fh:
                    text = normalise(fh.read().decode("utf-8", "surrogateescape"))
            except OSError:
                text = None
        self.seeds[path] = text
        return text

    def register(self, r, kind, i):
        d = self.d
        rid = r["id"]
        if not ID_RE.match(rid):
            d.error(r["@file"], r[LINE], "bad-id", "id '%s' is not kebab-case" % rid)
        if rid in self.ids:
            d.error(r["@file"], r[LINE], "duplicate-id", "duplicate id '%s'" % rid)
        else:
            self.ids[rid] = (kind, i)

    def item_ref(self, ref, f, line, role):
        e = self.ids.get(ref)
        if e is None or e[0] != "item":
            self.d.error(f, line, "unknown-ref", "unknown entity or event '%s' in %s" % (ref, role))
            return None
        return e[1]

    def validate(self):
        d = self.d
        for i, s in enumerate(self.sources):
            self.register(s, "source", i)
        for i, it in enumerate(self.items):
            self.register(it, "item", i)
        # sources
        for s in self.sources:
            f, line = s["@file"], s[LINE]
            s["@cited"] = 0
            s["@doc"] = None
            if parse_date(s["date"]) is None:
                d.error(f, line, "invalid-date", "invalid date '%s'" % s["date"])
            if s.get("url") is not None and not url_ok(s["url"]):
                d.error(f, line, "bad-url", "bad url '%s'" % s["url"])
            p = s["file"]
            parts = p.split("/")
            if not p.startswith("seeds/") or len(p) == 6 or any(x in ("", ".", "..") for x in parts):
                d.error(f, line, "file-outside-seeds", "source file '%s' must lie under seeds/" % p)
                continue
            s["@doc"] = self.seed(p)
            if s["@doc"] is None:
                d.error(f, line, "missing-file", "cannot read source file '%s'" % p)
        # entities and events
        for it in self.items:
            it["@deg"] = 0
            it["@when"] = None
        for it in self.items:
            f, line, ev = it["@file"], it[LINE], it["@event"]
            t = self.type_of(it["type"], ev)
            it["@type"] = t
            if t is None:
                d.error(f, line, "unknown-type", "unknown %s type '%s'" % ("event" if ev else "entity", it["type"]))
            if it.get("url") is not None and not url_ok(it["url"]):
                d.error(f, line, "bad-url", "bad url '%s'" % it["url"])
            for k in (it.get("labels") or {}):
                if k != LINE and not LANG_RE.match(k):
                    d.error(f, line, "bad-language", "label key '%s' must be a language code" % k)
            if not ev:
                continue
            if it.get("date") is not None:
                if it.get("start") is not None or it.get("end") is not None:
                    d.error(f, line, "wrong-kind", "event '%s' has both 'date' and 'start'/'end'" % it["id"])
                else:
                    it["@when"] = parse_date(it["date"])
                    if it["@when"] is None:
                        d.error(f, line, "invalid-date", "invalid date '%s'" % it["date"])
            elif it.get("start") is None or it.get("end") is None:
                d.error(f, line, "missing-field", "event '%s' needs 'date', or 'start' and 'end'" % it["id"])
            else:
                a, b = parse_date(it["start"]), parse_date(it["end"])
                if a is None or b is None:
                    d.error(f, line, "invalid-date", "invalid date in event '%s'" % it["id"])
                elif b[1] < a[0]:
                    d.error(f, line, "date-order", "event '%s' ends before it starts" % it["id"])
                else:
                    it["@when"] = (a[0], b[1])
            loc = it.get("location")
            if loc is not None:
                e = self.ids.get(loc)
                if e is None or e[0] != "item" or self.items[e[1]]["@event"]:
                    d.error(f, line, "unknown-ref", "unknown entity '%s' in location" % loc)
                else:
                    self.items[e[1]]["@deg"] += 1
        # relations
        items, preds = self.items, self.preds
        for r in self.rels:
            f, line = r["@file"], r[LINE]
            si = self.item_ref(r["subject"], f, line, "subject")
            oi = self.item_ref(r["object"], f, line, "object")
            p = preds.get(r["predicate"])
            r["@s"], r["@o"], r["@p"] = si, oi, p
            if p is None:
                d.error(f, line, "unknown-predicate", "unknown predicate '%s'" % r["predicate"])
            for end, side, rule in ((si, "subject", "predicate-domain"), (oi, "object", "predicate-range")):
                if end is None:
                    continue
                it = items[end]
                it["@deg"] += 1
                if p is not None and it["@type"] is not None and \
                        not self.allowed(p[side], it["type"], it["@event"]):
                    d.error(f, line, rule, "'%s' does not take %s '%s' of type %s"
                            % (r["predicate"], side, it["id"], it["type"]))
            r["@when"] = None
            if r.get("date") is not None:
                w = parse_date(r["date"])
                r["@when"] = w
                if w is None:
                    d.error(f, line, "invalid-date", "invalid date '%s'" % r["date"])
                else:
                    for end in (si, oi):
                        if end is None:
                            continue
                        ew = items[end]["@when"]
                        if items[end]["@event"] and ew is not None and not (w[0] <= ew[1] and ew[0] <= w[1]):
                            d.error(f, line, "date-outside-event", "relation dated %s, outside the dates of "
                                    "event '%s'" % (r["date"], items[end]["id"]))
            a = r.get("amount")
            if a is not None:
                if a.get("value") is not None and not DECIMAL_RE.match(a["value"]):
                    d.error(f, line, "bad-amount", "amount value '%s' must be a decimal number" % a["value"])
                if a.get("scale") is not None and a["scale"] not in SCALES:
                    d.error(f, line, "bad-amount", "bad amount scale '%s'" % a["scale"])
                if a.get("currency") is not None and a["currency"] not in CURRENCIES:
                    d.error(f, line, "bad-currency", "'%s' is not an ISO 4217 code" % a["currency"])
            if p is not None:
                for req in p.get("requires") or []:
                    if r.get(req) is None:
                        d.error(f, line, "predicate-requires", "predicate '%s' requires '%s'"
                                % (r["predicate"], req))
            for src, quote, qline in r["@cites"]:
                e = self.ids.get(src)
                if e is None or e[0] != "source":
                    d.error(f, qline, "unknown-ref", "unknown source '%s'" % src)
                    continue
                s = self.sources[e[1]]
                s["@cited"] += 1
                doc = s["@doc"]
                if doc is None:
                    continue
                q = normalise(quote)
                if not q or q not in doc:
                    d.error(f, qline, "quote-not-found", "quote not found in %s (%s)" % (s["file"], s["id"]))
        # duplicates and contradictions
        seen, pairs = {}, {}
        for r in self.rels:
            p = r["@p"]
            if r["@s"] is None or r["@o"] is None or p is None:
                continue
            a, b = r["subject"], r["object"]
            if p["@sym"] and a > b:
                a, b = b, a
            key = (a, b, r["predicate"], r.get("date"))
            prev = seen.get(key)
            if prev is not None:
                d.error(r["@file"], r[LINE], "duplicate-relation", "duplicate relation '%s %s %s'"
                        % (r["subject"], r["predicate"], r["object"]))
            else:
                seen[key] = r
            pk = (r["subject"], r["object"])
            lst = pairs.get(pk)
            if lst is None:
                pairs[pk] = [r]
                continue
            for o in lst:
                w1, w2 = r["@when"], o["@when"]
                if w1 is not None and w2 is not None and not (w1[0] <= w2[1] and w2[0] <= w1[1]):
                    continue
                if o["predicate"] in p["@contra"] or r["predicate"] in o["@p"]["@contra"]:
                    d.error(r["@file"], r[LINE], "contradiction", "'%s %s %s' contradicts '%s %s %s'"
                            % (r["subject"], r["predicate"], r["object"], o["subject"], o["predicate"],
                               o["object"]))
                    break
            lst.append(r)
        # unused
        for i, it in enumerate(self.items):
            if it["@deg"] == 0 and self.ids.get(it["id"]) == ("item", i):
                d.warning(it["@file"], it[LINE], "unused-event" if it["@event"] else "unused-entity",
                          "%s '%s' takes part in no relation" % ("event" if it["@event"] else "entity", it["id"]))
        for i, s in enumerate(self.sources):
            if s["@cited"] == 0 and self.ids.get(s["id"]) == ("source", i):
                d.warning(s["@file"], s[LINE], "unused-source", "source '%s' is never cited" % s["id"])
        # views
        for v in self.views:
            f, line = v["@file"], v[LINE]
            for x in (v.get("focus") or []) + (v.get("exclude") or []):
                if x not in self.ids or self.ids[x][0] != "item":
                    d.error(f, line, "unknown-ref", "unknown entity or event '%s'" % x)
            for t in v.get("types") or []:
                if t not in self.etypes and t not in self.vtypes and t not in ("entity", "event"):
                    d.error(f, line, "unknown-type", "unknown type '%s'" % t)
            for p in v.get("predicates") or []:
                if p not in self.preds:
                    d.error(f, line, "unknown-predicate", "unknown predicate '%s'" % p)
            if v.get("layout") is not None and v["layout"] not in LAYOUTS:
                d.error(f, line, "bad-value", "unknown layout '%s'" % v["layout"])
            if v.get("rankdir") is not None and v["rankdir"] not in ("TB", "LR", "BT", "RL"):
                d.error(f, line, "bad-value", "unknown rankdir '%s'" % v["rankdir"])

    # ---- the whole graph as DOT ----
    def write_dot(self, out):
        def q(s):
            return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

        def attrs(pairs):
            return "[" + ",\n\t\t".join("%s=%s" % (k, q(v)) for k, v in sorted(pairs.items())) + "\n\t]"

        items = self.items
        w = ["digraph all {", '\tgraph [fontname="Noto Sans CJK SC", layout=sfdp, overlap=false];',
             '\tnode [fontname="Noto Sans CJK SC", fontsize=11, shape=box, style="rounded,filled"];',
             '\tedge [fontname="Noto Sans CJK SC", fontsize=9];']
        used = set()
        rels = [r for r in self.rels if r["@s"] is not None and r["@o"] is not None and r["@p"] is not None]
        for r in rels:
            used.add(r["@s"])
            used.add(r["@o"])
        for i in sorted(used, key=lambda i: items[i]["id"]):
            it = items[i]
            label = it["name"]
            if it["@event"]:
                label += "\\n" + (it.get("date") or "%s – %s" % (it.get("start"), it.get("end")))
            tip = it["name"] + "".join(" (%s: %s)" % (k, x) for k, x in (it.get("labels") or {}).items()
                                       if k != LINE)
            if it["@type"] is not None:
                tip += "\n" + it["@type"]["label"]
            if it.get("description"):
                tip += "\n" + it["description"]
            a = {"label": label, "tooltip": tip}
            if it["@type"] is not None:
                a.update((k, x) for k, x in (it["@type"].get("style") or {}).items() if k != LINE)
            if it.get("url"):
                a["URL"] = it["url"]
            w.append("\t%s\t%s;" % (q(it["id"]), attrs(a)))
        rels.sort(key=lambda r: (r["subject"], r["predicate"], r["object"], r.get("date") or ""))
        for r in rels:
            p = r["@p"]
            label = p["label"]
            a = r.get("amount")
            if a is not None:
                sfx = SCALES.get(a.get("scale") or "unit", "")
                sym = SYMBOLS.get(a["currency"])
                label += " " + (sym + a["value"] + sfx if sym else "%s%s %s" % (a["value"], sfx, a["currency"]))
            tip = "%s %s %s" % (items[r["@s"]]["name"], p["label"], items[r["@o"]]["name"])
            if r.get("date"):
                tip += " (%s)" % r["date"]
            for src, quote, _ in r["@cites"]:
                s = self.sources[self.ids[src][1]]
                tip += "\n“%s”\n— %s, %s, %s" % (quote, s["title"], s["publisher"], s["date"])
            at = {"label": label, "tooltip": tip, "labeltooltip": tip}
            at.update((k, x) for k, x in (p.get("style") or {}).items() if k != LINE)
            if p["@sym"]:
                at["dir"] = "none"
            w.append("\t%s -> %s\t%s;" % (q(r["subject"]), q(r["object"]), attrs(at)))
        w.append("}")
        out.write("\n".join(w) + "\n")


def main():
    args = sys.argv[1:]
    dot = None
    if "--dot" in args:
        i = args.index("--dot")
        dot = args[i + 1]
        del args[i:i + 2]
    if len(args) != 1:
        sys.exit("usage: pyref.py DIR [--dot FILE]")
    p = Project(args[0])
    if not p.load():
        return 2
    p.validate()
    d = p.d
    d.items.sort(key=lambda x: (x[0], x[1]))
    err = sys.stderr
    for f, line, sev, msg, rule in d.items[:1000]:
        err.write("%s:%d: %s: %s [%s]\n" % (f, line, sev, msg, rule))
    nev = sum(1 for it in p.items if it["@event"])
    err.write("pyref: %d errors, %d warnings in %d files (%d sources, %d entities, %d events, %d relations, "
              "%d views)\n" % (d.errors, d.warnings, p.nfiles, len(p.sources), len(p.items) - nev, nev,
                               len(p.rels), len(p.views)))
    if dot is not None and d.errors == 0:
        with open(dot, "w", encoding="utf-8", errors="surrogateescape") as fh:
            p.write_dot(fh)
    return 1 if d.errors else 0


if __name__ == "__main__":
    sys.exit(main())
