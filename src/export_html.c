/*
 * export_html.c - one self-contained HTML page with the timeline: events
 * grouped by month, each with its dates, title, place, participants and
 * sources.  Built as a libxml2 HTML tree and serialised by libxml2 (which
 * escapes everything); the style sheet is the project's own, inline.
 */
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timeline/export.h"
#include "util.h"

static const char css[] =
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
    "h1{font-size:1.6rem}h2{font-size:1.1rem;color:#555;border-bottom:1px solid #ddd;margin-top:2rem}"
    "ol{list-style:none;padding:0}li.event{margin:.8rem 0;padding-left:8.5rem;position:relative}"
    ".when{position:absolute;left:0;width:8rem;color:#0a5;font-variant-numeric:tabular-nums}"
    ".title{font-weight:600}.meta{color:#666;font-size:.9rem}"
    "details{font-size:.9rem;color:#444}details li{margin:.3rem 0}.planned .title{color:#a60}";

static const char *const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};

static xmlNodePtr add(xmlNodePtr parent, const char *tag, const char *text) {
  return xmlNewTextChild(parent, NULL, BAD_CAST tag, text ? BAD_CAST text : NULL);
}

char *tl_export_html(const tl_event_row *ev, size_t n, const char *name) {
  htmlDocPtr doc = htmlNewDoc(BAD_CAST "about:legacy-compat", NULL);
  if (!doc)
    return NULL;
  xmlNodePtr html = xmlNewNode(NULL, BAD_CAST "html");
  xmlDocSetRootElement(doc, html);
  xmlNewProp(html, BAD_CAST "lang", BAD_CAST "en");
  xmlNodePtr head = add(html, "head", NULL);
  xmlNodePtr meta = add(head, "meta", NULL);
  xmlNewProp(meta, BAD_CAST "charset", BAD_CAST "utf-8");
  add(head, "title", name ? name : "timeline");
  add(head, "style", css);
  xmlNodePtr body = add(html, "body", NULL);
  add(body, "h1", name ? name : "timeline");
  char buf[160];
  snprintf(buf, sizeof buf, "%zu events", n);
  xmlNodePtr p = add(body, "p", buf);
  xmlNewProp(p, BAD_CAST "class", BAD_CAST "meta");
  xmlNodePtr list = NULL;
  char month[8] = "";
  for (size_t i = 0; i < n; i++) {
    const tl_event_row *e = &ev[i];
    if (!e->start || strncmp(e->start, month, 7) != 0) {
      int y = 0, m = 1;
      if (e->start)
        sscanf(e->start, "%d-%d", &y, &m);
      snprintf(month, sizeof month, "%.7s", e->start ? e->start : "");
      snprintf(buf, sizeof buf, "%s %d", months[(m >= 1 && m <= 12) ? m - 1 : 0], y);
      add(body, "h2", buf);
      list = add(body, "ol", NULL);
    }
    xmlNodePtr li = add(list, "li", NULL);
    xmlNewProp(li, BAD_CAST "class", BAD_CAST(e->planned ? "event planned" : "event"));
    xmlNewProp(li, BAD_CAST "id", BAD_CAST e->uid);
    if (e->end && strcmp(e->start, e->end) != 0)
      snprintf(buf, sizeof buf, "%s to %s", e->start, e->end);
    else
      snprintf(buf, sizeof buf, "%s", e->start ? e->start : "");
    xmlNodePtr when = add(li, "span", buf);
    xmlNewProp(when, BAD_CAST "class", BAD_CAST "when");
    xmlNodePtr t = add(li, "div", e->title);
    xmlNewProp(t, BAD_CAST "class", BAD_CAST "title");
    tl_buf m = {0};
    tl_buf_printf(&m, "%s", e->type ? e->type : "event");
    if (e->place)
      tl_buf_printf(&m, " · %s", e->place);
    tl_buf_printf(&m, " · %d source%s", e->source_count, e->source_count == 1 ? "" : "s");
    if (e->nparts) {
      tl_buf_puts(&m, " · ");
      for (size_t k = 0; k < e->nparts && k < 6; k++)
        tl_buf_printf(&m, "%s%s", k ? ", " : "", e->participants[k]);
    }
    xmlNodePtr md = add(li, "div", m.ptr);
    xmlNewProp(md, BAD_CAST "class", BAD_CAST "meta");
    tl_buf_free(&m);
    if (e->nmentions) {
      xmlNodePtr det = add(li, "details", NULL);
      add(det, "summary", "sources");
      xmlNodePtr ul = add(det, "ul", NULL);
      for (size_t k = 0; k < e->nmentions; k++) {
        const tl_ev_mention *mm = &e->mentions[k];
        tl_buf s = {0};
        tl_buf_printf(&s, "%s, %s: %s", mm->source ? mm->source : mm->article,
                      mm->published ? mm->published : "undated", mm->sentence ? mm->sentence : "");
        xmlNodePtr sl = add(ul, "li", NULL);
        if (mm->url) {
          xmlNodePtr a = add(sl, "a", s.ptr);
          xmlNewProp(a, BAD_CAST "href", BAD_CAST mm->url);
        } else {
          xmlNodeAddContent(sl, BAD_CAST(s.ptr ? s.ptr : ""));
        }
        tl_buf_free(&s);
      }
    }
  }
  xmlChar *mem = NULL;
  int size = 0;
  htmlDocDumpMemoryFormat(doc, &mem, &size, 1);
  char *out = mem ? tl_strndup((const char *)mem, (size_t)size) : NULL;
  xmlFree(mem);
  xmlFreeDoc(doc);
  return out;
}
