/*
 * ingest_text.c - plain text and Markdown articles with an optional
 * front-matter block: a first line "---", YAML key: value lines parsed by
 * libyaml, a closing "---" (or "...") line.  Keys: id, title, source,
 * published (or date), url.  The body is everything after the block.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "timeline/error.h"
#include "timeline/ingest.h"
#include "util.h"

/* Byte offset just past the closing delimiter line, or 0 when the block
 * never closes.  *body_start receives the same. */
static size_t find_close(const char *d, size_t len, size_t from, size_t *block_end) {
  size_t pos = from;
  while (pos < len) {
    const char *nl = memchr(d + pos, '\n', len - pos);
    size_t n = nl ? (size_t)(nl - (d + pos)) : len - pos;
    size_t m = n;
    while (m && (d[pos + m - 1] == '\r' || d[pos + m - 1] == ' '))
      m--;
    if ((m == 3 && memcmp(d + pos, "---", 3) == 0) || (m == 3 && memcmp(d + pos, "...", 3) == 0)) {
      *block_end = pos;
      return pos + n + (nl ? 1 : 0);
    }
    pos += n + 1;
  }
  return 0;
}

static void take(char **dst, const char *v) {
  if (*dst || !v || !*v)
    return;
  *dst = tl_strdup(v);
}

static int parse_front(tl_ingest *in, tl_article *a, const char *name, const char *block, size_t n) {
  yaml_parser_t p;
  yaml_document_t doc;
  int rc = 0;
  if (!yaml_parser_initialize(&p))
    return TL_ENOMEM;
  yaml_parser_set_input_string(&p, (const unsigned char *)block, n);
  if (!yaml_parser_load(&p, &doc)) {
    char where[512];
    snprintf(where, sizeof where, "%s:%zu", name, p.problem_mark.line + 2);
    tl_ingest_error(in, where, "front matter is not valid YAML: %s", p.problem ? p.problem : "?");
    yaml_parser_delete(&p);
    return TL_EPARSE;
  }
  yaml_node_t *root = yaml_document_get_root_node(&doc);
  if (root && root->type == YAML_MAPPING_NODE) {
    for (yaml_node_pair_t *pr = root->data.mapping.pairs.start; pr < root->data.mapping.pairs.top; pr++) {
      yaml_node_t *k = yaml_document_get_node(&doc, pr->key);
      yaml_node_t *v = yaml_document_get_node(&doc, pr->value);
      if (!k || !v || k->type != YAML_SCALAR_NODE || v->type != YAML_SCALAR_NODE)
        continue;
      const char *key = (const char *)k->data.scalar.value;
      const char *val = (const char *)v->data.scalar.value;
      if (!strcasecmp(key, "title"))
        take(&a->title, val);
      else if (!strcasecmp(key, "source") || !strcasecmp(key, "site") || !strcasecmp(key, "outlet"))
        take(&a->source, val);
      else if (!strcasecmp(key, "url") || !strcasecmp(key, "link"))
        take(&a->url, val);
      else if (!strcasecmp(key, "id"))
        take(&a->id, val);
      else if ((!strcasecmp(key, "published") || !strcasecmp(key, "date") ||
                !strcasecmp(key, "publishedAt") || !strcasecmp(key, "pubDate")) &&
               a->published == TL_DAY_NONE)
        tl_ingest_set_published(in, a, val, name);
    }
  } else if (root) {
    tl_ingest_error(in, name, "front matter is not a key: value mapping; ignored");
  }
  yaml_document_delete(&doc);
  yaml_parser_delete(&p);
  return rc;
}

int tl_read_text(tl_ingest *in, const char *name, const char *data, size_t len) {
  tl_article a;
  tl_article_init(&a);
  size_t body = 0;
  size_t start = 0;
  if (len >= 3 && (unsigned char)data[0] == 0xEF && (unsigned char)data[1] == 0xBB &&
      (unsigned char)data[2] == 0xBF)
    start = 3;
  if (len - start >= 4 && memcmp(data + start, "---", 3) == 0 &&
      (data[start + 3] == '\n' || data[start + 3] == '\r')) {
    size_t open_end = start + 3 + (data[start + 3] == '\r' ? 2 : 1);
    size_t block_end = 0;
    body = find_close(data, len, open_end, &block_end);
    if (!body) {
      tl_ingest_error(in, name, "front matter opened on line 1 never closes (no closing '---' line); file skipped");
      return TL_EPARSE;
    }
    if (parse_front(in, &a, name, data + open_end, block_end - open_end) == TL_ENOMEM) {
      tl_article_clear(&a);
      return TL_ENOMEM;
    }
  } else {
    body = start;
  }
  if (!a.id)
    a.id = tl_ingest_file_id(in, name);
  a.path = tl_strdup(name);
  a.text = tl_strndup(data + body, len - body);
  a.text_len = len - body;
  if (!a.id || !a.path || !a.text) {
    tl_article_clear(&a);
    return TL_ENOMEM;
  }
  tl_ingest_emit(in, &a);
  return 0;
}
