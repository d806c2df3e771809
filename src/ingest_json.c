/*
 * ingest_json.c - JSON (one object or an array) and JSON Lines feeds, via
 * jansson.  Field names follow the common feed conventions: id, title,
 * source (a string or {"name": ...}), url/link, published/publishedAt/
 * date/pubDate/datePublished, text/content/body.  A record with a field of
 * the wrong type is reported and skipped; the others still load.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timeline/error.h"
#include "timeline/ingest.h"
#include "util.h"

static const char *const text_keys[] = {"text", "content", "body", "article", "description", NULL};
static const char *const date_keys[] = {"published", "publishedAt", "published_at", "date", "pubDate",
                                        "datePublished", NULL};
static const char *const url_keys[] = {"url", "link", NULL};

/* Fetches the first present key as a string.  Returns -1 (and reports)
 * when present with a wrong type, 0 when absent, 1 when found. */
static int get_str(tl_ingest *in, const char *where, json_t *obj, const char *const *keys, const char **out) {
  *out = NULL;
  for (int i = 0; keys[i]; i++) {
    json_t *v = json_object_get(obj, keys[i]);
    if (!v || json_is_null(v))
      continue;
    if (!json_is_string(v)) {
      tl_ingest_error(in, where, "field \"%s\" must be a string; record skipped", keys[i]);
      return -1;
    }
    *out = json_string_value(v);
    return 1;
  }
  return 0;
}

/* One record -> one article.  index >= 0 labels array elements / lines. */
static int record(tl_ingest *in, const char *name, const char *where, json_t *obj, long index) {
  if (!json_is_object(obj)) {
    tl_ingest_error(in, where, "expected a JSON object, got %s; skipped",
                    json_is_array(obj) ? "an array" : json_is_string(obj) ? "a string" : "a scalar");
    return TL_EPARSE;
  }
  tl_article a;
  tl_article_init(&a);
  const char *text = NULL, *title = NULL, *date = NULL, *url = NULL, *source = NULL;
  static const char *const title_keys[] = {"title", "headline", NULL};
  if (get_str(in, where, obj, text_keys, &text) < 0 || get_str(in, where, obj, title_keys, &title) < 0 ||
      get_str(in, where, obj, date_keys, &date) < 0 || get_str(in, where, obj, url_keys, &url) < 0)
    return TL_EPARSE;
  json_t *src = json_object_get(obj, "source");
  if (json_is_string(src))
    source = json_string_value(src);
  else if (json_is_object(src) && json_is_string(json_object_get(src, "name")))
    source = json_string_value(json_object_get(src, "name"));
  else if (src && !json_is_null(src)) {
    tl_ingest_error(in, where, "field \"source\" must be a string or {\"name\": ...}; record skipped");
    return TL_EPARSE;
  }
  if (!text) {
    tl_ingest_error(in, where, "record has no text (expected \"text\", \"content\" or \"body\"); skipped");
    return TL_EPARSE;
  }
  json_t *id = json_object_get(obj, "id");
  char idbuf[64];
  if (json_is_string(id) && *json_string_value(id))
    a.id = tl_strdup(json_string_value(id));
  else if (json_is_integer(id)) {
    snprintf(idbuf, sizeof idbuf, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
    a.id = tl_strdup(idbuf);
  } else {
    char *stem = tl_ingest_file_id(in, name);
    tl_buf b = {0};
    if (stem && index >= 0)
      tl_buf_printf(&b, "%s-%ld", stem, index);
    else if (stem)
      tl_buf_puts(&b, stem);
    free(stem);
    a.id = tl_buf_detach(&b);
  }
  a.title = tl_strdup(title);
  a.source = tl_strdup(source);
  a.url = tl_strdup(url);
  a.path = tl_strdup(where);
  a.text = tl_strdup(text);
  a.text_len = a.text ? strlen(a.text) : 0;
  if (date)
    tl_ingest_set_published(in, &a, date, where);
  if (!a.id || !a.text || !a.path) {
    tl_article_clear(&a);
    return TL_ENOMEM;
  }
  tl_ingest_emit(in, &a);
  return 0;
}

int tl_read_json(tl_ingest *in, const char *name, const char *data, size_t len) {
  json_error_t err;
  json_t *root = json_loadb(data, len, JSON_ALLOW_NUL, &err);
  if (!root) {
    char where[512];
    snprintf(where, sizeof where, "%s:%d:%d", name, err.line, err.column);
    tl_ingest_error(in, where, "invalid JSON: %s", err.text);
    return TL_EPARSE;
  }
  int rc = 0;
  if (json_is_array(root)) {
    size_t i;
    json_t *v;
    json_array_foreach(root, i, v) {
      if (in->stopped)
        break;
      char where[512];
      snprintf(where, sizeof where, "%s[%zu]", name, i);
      if (record(in, name, where, v, (long)i) == TL_ENOMEM) {
        rc = TL_ENOMEM;
        break;
      }
    }
  } else {
    rc = record(in, name, name, root, -1);
  }
  json_decref(root);
  return rc == TL_ENOMEM ? rc : 0;
}

int tl_read_jsonl(tl_ingest *in, const char *name, const char *data, size_t len) {
  size_t pos = 0, given_back = 0;
  long line = in->line_base;
  while (pos < len && !in->stopped) {
    if (pos - given_back >= (8u << 20)) {
      tl_ingest_consumed(in, data, pos);
      given_back = pos;
    }
    const char *l = data + pos;
    const char *nl = memchr(l, '\n', len - pos);
    size_t n = nl ? (size_t)(nl - l) : len - pos;
    pos += n + 1;
    line++;
    size_t k = 0;
    while (k < n && (l[k] == ' ' || l[k] == '\t' || l[k] == '\r'))
      k++;
    if (k == n)
      continue;
    char where[512];
    snprintf(where, sizeof where, "%s:%ld", name, line);
    json_error_t err;
    json_t *obj = json_loadb(l, n, 0, &err);
    if (!obj) {
      tl_ingest_error(in, where, "invalid JSON at column %d: %s; line skipped", err.column, err.text);
      continue;
    }
    int rc = record(in, name, where, obj, line);
    json_decref(obj);
    if (rc == TL_ENOMEM)
      return rc;
  }
  return 0;
}
