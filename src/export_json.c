/*
 * export_json.c - the JSON export, built as a jansson tree and dumped by
 * jansson (sorted keys off, two-space indent, UTF-8 kept as is).
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "timeline/export.h"
#include "util.h"

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static json_t *event_json(const tl_event_row *e) {
  json_t *o = json_object();
  json_t *parts = json_array();
  json_t *ms = json_array();
  if (!o || !parts || !ms) {
    json_decref(o);
    json_decref(parts);
    json_decref(ms);
    return NULL;
  }
  json_object_set_new(o, "id", str_or_null(e->uid));
  json_object_set_new(o, "title", str_or_null(e->title));
  json_object_set_new(o, "type", str_or_null(e->type));
  json_object_set_new(o, "start", str_or_null(e->start));
  json_object_set_new(o, "end", str_or_null(e->end));
  json_object_set_new(o, "precision", str_or_null(e->precision));
  json_object_set_new(o, "place", str_or_null(e->place));
  json_object_set_new(o, "lat", e->has_geo ? json_real(e->lat) : json_null());
  json_object_set_new(o, "lon", e->has_geo ? json_real(e->lon) : json_null());
  for (size_t i = 0; i < e->nparts; i++)
    json_array_append_new(parts, json_string(e->participants[i]));
  json_object_set_new(o, "participants", parts);
  json_object_set_new(o, "planned", json_boolean(e->planned));
  json_object_set_new(o, "confidence", json_real((double)(long)(e->confidence * 1000 + 0.5) / 1000.0));
  json_object_set_new(o, "salience", json_real(e->salience));
  json_object_set_new(o, "date_conflict", str_or_null(e->conflict));
  json_t *rel = json_array();
  for (size_t i = 0; rel && i < e->nrelated; i++)
    json_array_append_new(rel, json_string(e->related[i]));
  json_object_set_new(o, "related", rel ? rel : json_array());
  json_object_set_new(o, "mention_count", json_integer(e->mention_count));
  json_object_set_new(o, "source_count", json_integer(e->source_count));
  json_object_set_new(o, "updated", str_or_null(e->updated_at));
  for (size_t i = 0; i < e->nmentions; i++) {
    const tl_ev_mention *m = &e->mentions[i];
    json_t *mo = json_object();
    if (!mo)
      continue;
    json_object_set_new(mo, "article", str_or_null(m->article));
    json_object_set_new(mo, "source", str_or_null(m->source));
    json_object_set_new(mo, "url", str_or_null(m->url));
    json_object_set_new(mo, "published", str_or_null(m->published));
    json_object_set_new(mo, "sentence", str_or_null(m->sentence));
    json_object_set_new(mo, "date_text", str_or_null(m->date_text));
    json_object_set_new(mo, "start", str_or_null(m->start));
    json_object_set_new(mo, "end", str_or_null(m->end));
    json_object_set_new(mo, "date_kind", str_or_null(m->date_kind));
    json_object_set_new(mo, "trigger", str_or_null(m->trigger));
    json_array_append_new(ms, mo);
  }
  json_object_set_new(o, "mentions", ms);
  return o;
}

char *tl_export_json(const tl_event_row *ev, size_t n, const tl_article_row *art, size_t na) {
  json_t *root = json_object();
  json_t *events = json_array();
  json_t *articles = json_array();
  char *out = NULL;
  if (!root || !events || !articles) {
    json_decref(events);
    json_decref(articles);
    goto done;
  }
  for (size_t i = 0; i < n; i++) {
    json_t *e = event_json(&ev[i]);
    if (!e || json_array_append_new(events, e)) {
      json_decref(events);
      json_decref(articles);
      goto done;
    }
  }
  for (size_t i = 0; i < na; i++) {
    json_t *a = json_object();
    if (!a)
      continue;
    json_object_set_new(a, "id", str_or_null(art[i].id));
    json_object_set_new(a, "title", str_or_null(art[i].title));
    json_object_set_new(a, "source", str_or_null(art[i].source));
    json_object_set_new(a, "url", str_or_null(art[i].url));
    json_object_set_new(a, "published", str_or_null(art[i].published));
    json_object_set_new(a, "published_from", str_or_null(art[i].pub_origin));
    json_array_append_new(articles, a);
  }
  json_object_set_new(root, "events", events);
  json_object_set_new(root, "articles", articles);
  out = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
done:
  json_decref(root);
  return out;
}
