/*
 * export_json.c - the JSON export, built as a jansson tree and dumped by
 * jansson (sorted keys off, two-space indent, UTF-8 kept as is).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timeline/error.h"
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

#define JSON_FLAGS (JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6))

static json_t *article_json(const tl_article_row *r) {
  json_t *a = json_object();
  if (!a)
    return NULL;
  json_object_set_new(a, "id", str_or_null(r->id));
  json_object_set_new(a, "title", str_or_null(r->title));
  json_object_set_new(a, "source", str_or_null(r->source));
  json_object_set_new(a, "url", str_or_null(r->url));
  json_object_set_new(a, "published", str_or_null(r->published));
  json_object_set_new(a, "published_from", str_or_null(r->pub_origin));
  return a;
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
    json_t *a = article_json(&art[i]);
    if (a)
      json_array_append_new(articles, a);
  }
  json_object_set_new(root, "events", events);
  json_object_set_new(root, "articles", articles);
  out = json_dumps(root, JSON_FLAGS);
done:
  json_decref(root);
  return out;
}

/* ---- streaming ------------------------------------------------------------
 * Every value is encoded by jansson.  The document's head and tail are
 * jansson's dump of {"events": [], "articles": [...]} cut at the empty
 * array; each event is jansson's dump of the event object, indented to its
 * depth in the array (whitespace added after line breaks only: jansson
 * escapes line breaks inside strings) and separated by commas.  The bytes
 * are those of tl_export_json; one event is in memory at a time. */

struct tl_json_writer {
  FILE *out;
  size_t n;       /* events written */
  int failed;
  char **ids;     /* article ids the events cite */
  size_t nids, cap;
};

static const char events_key[] = "\"events\": [";

tl_json_writer *tl_json_begin(FILE *out) {
  tl_json_writer *w = calloc(1, sizeof *w);
  json_t *root = json_object();
  char *s = NULL;
  if (w && root && json_object_set_new(root, "events", json_array()) == 0)
    s = json_dumps(root, JSON_FLAGS);
  const char *at = s ? strstr(s, events_key) : NULL;
  if (!at) {
    free(w);
    w = NULL;
  } else {
    size_t head = (size_t)(at - s) + sizeof events_key - 1;
    w->out = out;
    w->failed = fwrite(s, 1, head, out) != head;
  }
  free(s);
  json_decref(root);
  return w;
}

static int cite(tl_json_writer *w, const char *id) {
  if (w->nids == w->cap) {
    size_t nc = w->cap ? w->cap * 2 : 256;
    char **nv = realloc(w->ids, nc * sizeof *nv);
    if (!nv)
      return TL_ENOMEM;
    w->ids = nv;
    w->cap = nc;
  }
  if (!(w->ids[w->nids] = tl_strdup(id)))
    return TL_ENOMEM;
  w->nids++;
  return 0;
}

int tl_json_write(tl_json_writer *w, const tl_event_row *ev, size_t n) {
  for (size_t i = 0; i < n && !w->failed; i++) {
    for (size_t k = 0; k < ev[i].nmentions; k++)
      if (ev[i].mentions[k].article && cite(w, ev[i].mentions[k].article))
        return TL_ENOMEM;
    json_t *o = event_json(&ev[i]);
    char *s = o ? json_dumps(o, JSON_FLAGS) : NULL;
    json_decref(o);
    if (!s)
      return TL_ENOMEM;
    FILE *f = w->out;
    int bad = fputs(w->n ? ",\n    " : "\n    ", f) == EOF;
    for (const char *p = s; *p && !bad; p++)
      bad = *p == '\n' ? fputs("\n    ", f) == EOF : putc(*p, f) == EOF;
    free(s);
    w->failed = bad;
    w->n++;
  }
  return w->failed ? TL_EIO : 0;
}

static int cmp_id(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int tl_json_end(tl_json_writer *w, const tl_article_row *art, size_t na, int cited_only) {
  if (!w)
    return TL_EIO;
  int rc = w->failed ? TL_EIO : 0;
  json_t *root = json_object(), *articles = json_array();
  if (!root || !articles)
    rc = TL_ENOMEM;
  if (w->nids > 1)
    qsort(w->ids, w->nids, sizeof *w->ids, cmp_id);
  for (size_t i = 0; !rc && i < na; i++) {
    const char *id = art[i].id;
    if (cited_only && (!id || !w->nids || !bsearch(&id, w->ids, w->nids, sizeof *w->ids, cmp_id)))
      continue;
    json_t *a = article_json(&art[i]);
    if (a)
      json_array_append_new(articles, a);
  }
  char *s = NULL;
  if (!rc) {
    json_object_set_new(root, "events", json_array());
    json_object_set_new(root, "articles", articles);
    articles = NULL;
    s = json_dumps(root, JSON_FLAGS);
    if (!s)
      rc = TL_ENOMEM;
  }
  const char *at = s ? strstr(s, events_key) : NULL;
  if (!rc && !at)
    rc = TL_ENOMEM;
  if (!rc) {
    /* the tail of the dump begins right after the empty array's "]" */
    const char *tail = at + sizeof events_key; /* past "[" and "]" */
    if (fputs(w->n ? "\n  ]" : "]", w->out) == EOF || fputs(tail, w->out) == EOF)
      rc = TL_EIO;
  }
  free(s);
  json_decref(articles);
  json_decref(root);
  for (size_t i = 0; i < w->nids; i++)
    free(w->ids[i]);
  free(w->ids);
  free(w);
  return rc;
}
