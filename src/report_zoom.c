/* The viewport and its script (report_zoom.h). The script is plain
 * JavaScript with no library and nothing fetched: it reads the SVG's
 * viewBox (in points), starts fitted to the box, and zooms by setting the
 * SVG's CSS size and scrolling the box to keep the point under the pointer
 * (or the middle) in place, between a quarter of the fitted size and
 * eight times the natural one. */
#include "report_zoom.h"

#include "svg_decorate.h"

bool fg_report_zooms(const fg_view *v, const fg_strbuf *svg)
{
    double w, h;
    if (v->is_index)
        return true;
    /* Points to CSS pixels: 4/3. */
    return svg->data && fg_svg_view_box(svg->data, &w, &h) == 0 && w * 4 / 3 > 2 * FG_REPORT_COLUMN_PX;
}

/* Ids end in "---NAME", as the page's own (report.c). */
void fg_report_zoom_open(fg_strbuf *out, const fg_view *v)
{
    const char *n = v->name;
    fg_strbuf_printf(out, "<div class=\"fg-zoom-bar\" id=\"%s---zoom\" role=\"group\" aria-label=\"Zoom: ", n);
    fg_strbuf_put_xml(out, v->title->str);
    fg_strbuf_printf(out, "\" data-fg-hint=\"%s---zoom-hint\" hidden>\n"
                          "<button type=\"button\" data-fg-zoom=\"in\">Zoom in</button>\n"
                          "<button type=\"button\" data-fg-zoom=\"out\">Zoom out</button>\n"
                          "<button type=\"button\" data-fg-zoom=\"reset\">Fit</button>\n"
                          "<span class=\"fg-zoom-hint\" id=\"%s---zoom-hint\">Drag to pan, Ctrl + wheel or pinch "
                          "to zoom; in the diagram, + and - zoom, 0 fits, the arrows pan.</span>\n</div>\n",
                     n, n);
    /* Without the script, a box that scrolls over the drawing at its
     * natural size, which a keyboard reaches (tabindex) and a screen
     * reader names. */
    fg_strbuf_printf(out, "<div class=\"fg-viewport\" id=\"%s---viewport\" role=\"region\" tabindex=\"0\" "
                          "data-fg-controls=\"%s---zoom\" aria-label=\"Diagram: ",
                     n, n);
    fg_strbuf_put_xml(out, v->title->str);
    fg_strbuf_puts(out, "\">\n");
}

void fg_report_zoom_close(fg_strbuf *out)
{
    fg_strbuf_puts(out, "</div>\n");
}

const char fg_report_zoom_style[] =
    ".fg-zoom-bar{display:flex;flex-wrap:wrap;gap:.4em;align-items:center;margin:.3em 0}\n"
    ".fg-zoom-bar[hidden]{display:none}.fg-zoom-bar button{font:inherit;padding:.2em .8em}\n"
    ".fg-zoom-hint{color:#555;font-size:.85em}\n"
    ".fg-viewport{overflow:auto;max-height:80vh;border:1px solid #ccc;touch-action:pan-x pan-y}\n"
    ".fg-viewport svg{max-width:none;display:block;margin:0 auto}.fg-zoomable{cursor:grab}\n"
    ".fg-panning{cursor:grabbing;user-select:none}\n"
    /* Inside: the figure around it clips what lies outside. */
    ".fg-viewport:focus-visible{outline-offset:-3px}\n"
    /* On paper, the whole drawing at the column's width. */
    "@media print{.fg-zoom-bar{display:none}.fg-viewport{height:auto!important;max-height:none;overflow:visible;"
    "border:0}.fg-viewport svg{width:100%!important;height:auto!important}}\n";

/* In lines: C99 promises string literals of 4,095 bytes only. */
static const char *const script[] = {
    "(function () {\n",
    "  \"use strict\";\n",
    "  var STEP = 1.25, MAX = 8, KEY_PAN = 60;\n",
    "  function setup(box) {\n",
    "    var svg = box.querySelector(\"svg\"), bar = document.getElementById(box.getAttribute(\"data-fg-controls\"));\n",
    "    var vb = svg && svg.viewBox && svg.viewBox.baseVal;\n",
    "    if (!vb || !(vb.width > 0 && vb.height > 0) || !bar)\n",
    "      return;\n",
    "    /* The viewBox is in points; its natural size in CSS pixels. */\n",
    "    var w = vb.width * 4 / 3, h = vb.height * 4 / 3, fit = 1, scale = 1;\n",
    "    function fitScale() {\n",
    "      var room = Math.max(120, Math.round(window.innerHeight * 0.8));\n",
    "      /* Not nothing, should the box not be laid out yet. */\n",
    "      return Math.max(0.01, Math.min(1, box.clientWidth / w, room / h));\n",
    "    }\n",
    "    function apply(s, px, py) {\n",
    "      s = Math.max(Math.min(fit, 1) / 4, Math.min(MAX, s));\n",
    "      if (px === undefined) {\n",
    "        px = box.clientWidth / 2;\n",
    "        py = box.clientHeight / 2;\n",
    "      }\n",
    "      /* The drawing's point under (px, py), kept there: the SVG may be\n",
    "       * centred in the box, so measured, not assumed at the origin. */\n",
    "      var b = box.getBoundingClientRect(), r = svg.getBoundingClientRect();\n",
    "      var x = (b.left + px - r.left) / scale, y = (b.top + py - r.top) / scale;\n",
    "      scale = s;\n",
    "      svg.style.width = (w * s).toFixed(1) + \"px\";\n",
    "      svg.style.height = (h * s).toFixed(1) + \"px\";\n",
    "      r = svg.getBoundingClientRect();\n",
    "      box.scrollLeft += r.left + x * s - (b.left + px);\n",
    "      box.scrollTop += r.top + y * s - (b.top + py);\n",
    "      box.setAttribute(\"data-fg-scale\", s.toFixed(3));\n",
    "    }\n",
    "    function reset() {\n",
    "      fit = fitScale();\n",
    "      apply(fit, 0, 0);\n",
    "      box.scrollLeft = box.scrollTop = 0;\n",
    "    }\n",
    "    svg.style.maxWidth = \"none\";\n",
    "    fit = fitScale();\n",
    "    box.style.height = Math.ceil(h * fit) + \"px\";\n",
    "    box.classList.add(\"fg-zoomable\");\n",
    "    box.setAttribute(\"aria-describedby\", bar.getAttribute(\"data-fg-hint\"));\n",
    "    bar.hidden = false;\n",
    "    reset();\n",
    "    bar.addEventListener(\"click\", function (e) {\n",
    "      var b = e.target.closest(\"button[data-fg-zoom]\"), what = b && b.getAttribute(\"data-fg-zoom\");\n",
    "      if (what === \"in\")\n",
    "        apply(scale * STEP);\n",
    "      else if (what === \"out\")\n",
    "        apply(scale / STEP);\n",
    "      else if (what === \"reset\")\n",
    "        reset();\n",
    "    });\n",
    "    box.addEventListener(\"keydown\", function (e) {\n",
    "      if (e.ctrlKey || e.metaKey || e.altKey)\n",
    "        return;\n",
    "      var k = e.key;\n",
    "      if (k === \"+\" || k === \"=\")\n",
    "        apply(scale * STEP);\n",
    "      else if (k === \"-\" || k === \"_\")\n",
    "        apply(scale / STEP);\n",
    "      else if (k === \"0\")\n",
    "        reset();\n",
    "      else if (k === \"ArrowLeft\" || k === \"ArrowRight\")\n",
    "        box.scrollLeft += k === \"ArrowLeft\" ? -KEY_PAN : KEY_PAN;\n",
    "      else if (k === \"ArrowUp\" || k === \"ArrowDown\")\n",
    "        box.scrollTop += k === \"ArrowUp\" ? -KEY_PAN : KEY_PAN;\n",
    "      else\n",
    "        return;\n",
    "      e.preventDefault();\n",
    "    });\n",
    "    /* Ctrl + wheel, and a touchpad's pinch (which browsers send as one),\n",
    "     * zoom about the pointer; the wheel alone scrolls, so that the page\n",
    "     * does not stop scrolling under a diagram. */\n",
    "    box.addEventListener(\"wheel\", function (e) {\n",
    "      if (!e.ctrlKey && !e.metaKey)\n",
    "        return;\n",
    "      e.preventDefault();\n",
    "      var r = box.getBoundingClientRect();\n",
    "      apply(scale * Math.exp(-Math.max(-100, Math.min(100, e.deltaY)) * 0.005), e.clientX - r.left, e.clientY - r.top);\n",
    "    }, {passive: false});\n",
    "    /* A mouse or pen drags to pan, once it has moved a few pixels, so that a\n",
    "     * click still reaches a link; touch scrolls natively, two fingers pinch. */\n",
    "    var drag = null, dragged = false, touches = {}, pinch = null;\n",
    "    function touchList() {\n",
    "      return Object.keys(touches).map(function (id) { return touches[id]; });\n",
    "    }\n",
    "    function spread(t) {\n",
    "      return Math.hypot(t[0].x - t[1].x, t[0].y - t[1].y) || 1;\n",
    "    }\n",
    "    box.addEventListener(\"pointerdown\", function (e) {\n",
    "      if (e.pointerType === \"touch\") {\n",
    "        touches[e.pointerId] = {x: e.clientX, y: e.clientY};\n",
    "        var t = touchList();\n",
    "        pinch = t.length === 2 ? {d: spread(t), s: scale} : null;\n",
    "        return;\n",
    "      }\n",
    "      if (e.button !== 0)\n",
    "        return;\n",
    "      drag = {id: e.pointerId, x: e.clientX, y: e.clientY, left: box.scrollLeft, top: box.scrollTop};\n",
    "      dragged = false;\n",
    "    });\n",
    "    box.addEventListener(\"pointermove\", function (e) {\n",
    "      if (e.pointerType === \"touch\" && touches[e.pointerId]) {\n",
    "        touches[e.pointerId] = {x: e.clientX, y: e.clientY};\n",
    "        var t = touchList(), r = box.getBoundingClientRect();\n",
    "        if (pinch && t.length === 2) {\n",
    "          apply(pinch.s * spread(t) / pinch.d, (t[0].x + t[1].x) / 2 - r.left, (t[0].y + t[1].y) / 2 - r.top);\n",
    "          e.preventDefault();\n",
    "        }\n",
    "        return;\n",
    "      }\n",
    "      if (!drag || e.pointerId !== drag.id)\n",
    "        return;\n",
    "      var dx = e.clientX - drag.x, dy = e.clientY - drag.y;\n",
    "      if (!dragged && dx * dx + dy * dy < 16)\n",
    "        return;\n",
    "      if (!dragged) {\n",
    "        dragged = true;\n",
    "        try {\n",
    "          box.setPointerCapture(e.pointerId);\n",
    "        } catch (err) {\n",
    "          /* a pointer the browser no longer tracks: pan without capture */\n",
    "        }\n",
    "        box.classList.add(\"fg-panning\");\n",
    "        window.getSelection().removeAllRanges();\n",
    "      }\n",
    "      box.scrollLeft = drag.left - dx;\n",
    "      box.scrollTop = drag.top - dy;\n",
    "      e.preventDefault();\n",
    "    });\n",
    "    function end(e) {\n",
    "      delete touches[e.pointerId];\n",
    "      if (touchList().length < 2)\n",
    "        pinch = null;\n",
    "      if (drag && e.pointerId === drag.id) {\n",
    "        drag = null;\n",
    "        box.classList.remove(\"fg-panning\");\n",
    "      }\n",
    "    }\n",
    "    /* A link dragged would start the browser's drag and drop instead. */\n",
    "    box.addEventListener(\"dragstart\", function (e) {\n",
    "      e.preventDefault();\n",
    "    });\n",
    "    box.addEventListener(\"pointerup\", end);\n",
    "    box.addEventListener(\"pointercancel\", end);\n",
    "    box.addEventListener(\"click\", function (e) {\n",
    "      if (dragged) {\n",
    "        e.preventDefault();\n",
    "        e.stopPropagation();\n",
    "        dragged = false;\n",
    "      }\n",
    "    }, true);\n",
    "    window.addEventListener(\"resize\", function () {\n",
    "      fit = fitScale();\n",
    "    });\n",
    "  }\n",
    "  Array.prototype.forEach.call(document.querySelectorAll(\".fg-viewport\"), setup);\n",
    "})();\n",
};

void fg_report_zoom_script(fg_strbuf *out)
{
    for (size_t i = 0; i < sizeof script / sizeof script[0]; i++)
        fg_strbuf_puts(out, script[i]);
}
