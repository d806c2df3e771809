/*
 * export_timelinejs.c - the timeline in Knight Lab's TimelineJS3 JSON format
 * (jansson): {"title": {...}, "events": [{"start_date": {"year", "month",
 * "day"}, "end_date": {...}, "text": {"headline", "text"}, "group",
 * "unique_id"}]}.  The slide text is plain HTML built from escaped strings
 * (libxml2 escapes them), listing the sources.
 */
#include <jansson.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timeline/export.h"
#include "util.h"

static json_t *tl_date_obj(const char *ymd) {
  int y = 0, m = 0, d = 0;
  if (!ymd || sscanf(ymd, "%d-%d-%d", &y, &m, &d) != 3)
    return json_null();
  json_t *o = json_object();
  json_object_set_new(o, "year", json_integer(y));
  json_object_set_new(o, "month", json_integer(m));
  json_object_set_new(o, "day", json_integer(d));
  return o;
}

/* text escaped for HTML content by libxml2 */
static void put_escaped(tl_buf *b, const char *s) {
  xmlChar *e = xmlEncodeSpecialChars(NULL, (const xmlChar *)(s ? s : ""));
  if (e) {
    tl_buf_puts(b, (const char *)e);
    xmlFree(e);
  }
}

char *tl_export_timelinejs(const tl_event_row *ev, size_t n, const char *name) {
  json_t *root = json_object();
  json_t *title = json_object(), *ttext = json_object(), *events = json_array();
  if (!root || !title || !ttext || !events) {
    json_decref(root);
    json_decref(title);
    json_decref(ttext);
    json_decref(events);
    return NULL;
  }
  json_object_set_new(ttext, "headline", json_string(name ? name : "timeline"));
  char sub[64];
  snprintf(sub, sizeof sub, "%zu event%s", n, n == 1 ? "" : "s");
  json_object_set_new(ttext, "text", json_string(sub));
  json_object_set_new(title, "text", ttext);
  json_object_set_new(root, "title", title);
  for (size_t i = 0; i < n; i++) {
    const tl_event_row *e = &ev[i];
    json_t *o = json_object(), *text = json_object();
    tl_buf b = {0};
    if (e->place) {
      tl_buf_puts(&b, "<p>");
      put_escaped(&b, e->place);
      tl_buf_puts(&b, "</p>");
    }
    tl_buf_printf(&b, "<p>%d source%s, %d mention%s</p><ul>", e->source_count, e->source_count == 1 ? "" : "s",
                  e->mention_count, e->mention_count == 1 ? "" : "s");
    for (size_t k = 0; k < e->nmentions; k++) {
      const tl_ev_mention *m = &e->mentions[k];
      tl_buf_puts(&b, "<li>");
      put_escaped(&b, m->source ? m->source : m->article);
      tl_buf_puts(&b, ", ");
      put_escaped(&b, m->published ? m->published : "undated");
      tl_buf_puts(&b, ": ");
      put_escaped(&b, m->sentence);
      tl_buf_puts(&b, "</li>");
    }
    tl_buf_puts(&b, "</ul>");
    json_object_set_new(text, "headline", json_string(e->title ? e->title : ""));
    json_object_set_new(text, "text", json_string(b.ptr ? b.ptr : ""));
    tl_buf_free(&b);
    json_object_set_new(o, "start_date", tl_date_obj(e->start));
    if (e->end && e->start && strcmp(e->end, e->start) != 0)
      json_object_set_new(o, "end_date", tl_date_obj(e->end));
    json_object_set_new(o, "text", text);
    json_object_set_new(o, "group", json_string(e->type ? e->type : "event"));
    json_object_set_new(o, "unique_id", json_string(e->uid));
    json_array_append_new(events, o);
  }
  json_object_set_new(root, "events", events);
  char *out = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  json_decref(root);
  return out;
}
