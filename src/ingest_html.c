/*
 * ingest_html.c - HTML articles through libxml2's HTML parser (recovering
 * from broken markup, never touching the network).  Metadata comes from
 * <title>, <meta property|name|itemprop=...> and JSON-LD blocks (parsed by
 * jansson); the text comes from <article>, else <main>, else <body>, with
 * navigation, scripts, styles, headers, footers and asides left out and
 * block elements turned into line breaks.
 */
#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "timeline/error.h"
#include "timeline/ingest.h"
#include "util.h"

typedef struct {
  char *title, *og_title, *site, *url, *published;
  xmlNode *article, *main, *body;
} html_meta;

static int name_is(const xmlNode *n, const char *name) {
  return n->type == XML_ELEMENT_NODE && n->name && strcasecmp((const char *)n->name, name) == 0;
}

static char *attr(xmlNode *n, const char *name) {
  xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
  char *s = v ? tl_strdup((const char *)v) : NULL;
  xmlFree(v);
  return s;
}

static void keep(char **dst, char *v) {
  if (!*dst && v && *v)
    *dst = v;
  else
    free(v);
}

/* JSON-LD: datePublished, headline, publisher.name, anywhere in the tree. */
static void jsonld_walk(html_meta *m, json_t *j, int depth) {
  if (depth > 16 || !j)
    return;
  if (json_is_array(j)) {
    size_t i;
    json_t *v;
    json_array_foreach(j, i, v) jsonld_walk(m, v, depth + 1);
    return;
  }
  if (!json_is_object(j))
    return;
  json_t *dp = json_object_get(j, "datePublished");
  if (json_is_string(dp))
    keep(&m->published, tl_strdup(json_string_value(dp)));
  json_t *hl = json_object_get(j, "headline");
  if (json_is_string(hl))
    keep(&m->og_title, tl_strdup(json_string_value(hl)));
  json_t *pub = json_object_get(j, "publisher");
  if (json_is_object(pub) && json_is_string(json_object_get(pub, "name")))
    keep(&m->site, tl_strdup(json_string_value(json_object_get(pub, "name"))));
  jsonld_walk(m, json_object_get(j, "@graph"), depth + 1);
}

static void scan_meta(html_meta *m, xmlNode *n, int depth) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (name_is(n, "title") && !m->title) {
      xmlChar *t = xmlNodeGetContent(n);
      if (t)
        m->title = tl_str_trim(tl_strdup((const char *)t));
      xmlFree(t);
    } else if (name_is(n, "meta")) {
      char *key = attr(n, "property");
      if (!key)
        key = attr(n, "name");
      if (!key)
        key = attr(n, "itemprop");
      if (key) {
        if (!strcasecmp(key, "article:published_time") || !strcasecmp(key, "datePublished") ||
            !strcasecmp(key, "pubdate") || !strcasecmp(key, "date") || !strcasecmp(key, "dc.date"))
          keep(&m->published, attr(n, "content"));
        else if (!strcasecmp(key, "og:site_name"))
          keep(&m->site, attr(n, "content"));
        else if (!strcasecmp(key, "og:title"))
          keep(&m->og_title, attr(n, "content"));
        else if (!strcasecmp(key, "og:url"))
          keep(&m->url, attr(n, "content"));
        free(key);
      }
    } else if (name_is(n, "link")) {
      char *rel = attr(n, "rel");
      if (rel && !strcasecmp(rel, "canonical"))
        keep(&m->url, attr(n, "href"));
      free(rel);
    } else if (name_is(n, "script")) {
      char *type = attr(n, "type");
      if (type && !strcasecmp(type, "application/ld+json")) {
        xmlChar *t = xmlNodeGetContent(n);
        json_t *j = t ? json_loads((const char *)t, 0, NULL) : NULL;
        jsonld_walk(m, j, 0);
        json_decref(j);
        xmlFree(t);
      }
      free(type);
      continue;
    } else if (name_is(n, "time") && !m->published) {
      keep(&m->published, attr(n, "datetime"));
    }
    if (name_is(n, "article") && !m->article)
      m->article = n;
    else if (name_is(n, "main") && !m->main)
      m->main = n;
    else if (name_is(n, "body") && !m->body)
      m->body = n;
    if (depth < 256)
      scan_meta(m, n->children, depth + 1);
  }
}

static int skipped(const xmlNode *n) {
  static const char *const skip[] = {"script", "style", "nav", "header", "footer", "aside", "noscript",
                                     "form", "button", "iframe", "svg", "template", "select", "figure",
                                     NULL};
  for (int i = 0; skip[i]; i++)
    if (name_is(n, skip[i]))
      return 1;
  return 0;
}

static int block(const xmlNode *n) {
  static const char *const blk[] = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br",
                                    "section", "article", "blockquote", "tr", "pre", "ul", "ol",
                                    "table", "main", "dd", "dt", NULL};
  for (int i = 0; blk[i]; i++)
    if (name_is(n, blk[i]))
      return 1;
  return 0;
}

static int text_walk(tl_buf *b, xmlNode *n, int depth) {
  for (; n; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content && tl_buf_puts(b, (const char *)n->content))
        return TL_ENOMEM;
      continue;
    }
    if (n->type != XML_ELEMENT_NODE || skipped(n))
      continue;
    int blk = block(n);
    if (blk && b->len && b->ptr[b->len - 1] != '\n' && tl_buf_putc(b, '\n'))
      return TL_ENOMEM;
    if (depth < 256 && text_walk(b, n->children, depth + 1))
      return TL_ENOMEM;
    if (blk && b->len && b->ptr[b->len - 1] != '\n' && tl_buf_putc(b, '\n'))
      return TL_ENOMEM;
  }
  return 0;
}

int tl_read_html(tl_ingest *in, const char *name, const char *data, size_t len) {
  if (len > INT32_MAX) {
    tl_ingest_error(in, name, "HTML file larger than 2 GiB; skipped");
    return TL_EUNSUPPORTED;
  }
  htmlDocPtr doc = htmlReadMemory(data, (int)len, name, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET | HTML_PARSE_COMPACT);
  if (!doc) {
    tl_ingest_error(in, name, "HTML could not be parsed; skipped");
    return TL_EPARSE;
  }
  html_meta m = {0};
  tl_buf text = {0};
  tl_article a;
  tl_article_init(&a);
  int rc = 0;
  scan_meta(&m, xmlDocGetRootElement(doc), 0);
  xmlNode *root = m.article ? m.article : m.main ? m.main : m.body;
  if (root && (rc = text_walk(&text, root->children, 0)) != 0)
    goto cleanup;
  size_t nonspace = 0;
  for (size_t i = 0; i < text.len; i++)
    nonspace += text.ptr[i] != ' ' && text.ptr[i] != '\n' && text.ptr[i] != '\t';
  if (nonspace == 0) {
    tl_ingest_error(in, name, "HTML has no body text; skipped");
    rc = TL_EEMPTY;
    goto cleanup;
  }
  a.id = tl_ingest_file_id(in, name);
  a.path = tl_strdup(name);
  a.title = m.og_title ? tl_strdup(m.og_title) : tl_strdup(m.title);
  a.source = tl_strdup(m.site);
  a.url = tl_strdup(m.url);
  if (m.published)
    tl_ingest_set_published(in, &a, m.published, name);
  a.text_len = text.len;
  a.text = tl_buf_detach(&text);
  if (!a.id || !a.path || !a.text) {
    rc = TL_ENOMEM;
    goto cleanup;
  }
  tl_ingest_emit(in, &a);
cleanup:
  tl_article_clear(&a);
  tl_buf_free(&text);
  free(m.title);
  free(m.og_title);
  free(m.site);
  free(m.url);
  free(m.published);
  xmlFreeDoc(doc);
  return rc;
}
