/*
 * ingest.h - readers for every input format, streaming articles to a
 * callback one at a time (a 100,000-line feed is never held in memory).
 *
 *   .txt .md          text with optional front matter (YAML, via libyaml)
 *   .json             one object or an array of objects (jansson)
 *   .jsonl .ndjson    one object per line (jansson)
 *   .html .htm        libxml2's HTML parser
 *   -                 stdin, format sniffed from the first bytes
 *
 * Errors in one input are reported through on_error and counted; the
 * reader goes on with the next record or file.
 */
#ifndef TIMELINE_INGEST_H
#define TIMELINE_INGEST_H

#include <stddef.h>

#include "timeline/article.h"

/* Articles longer than this are reported and skipped: no news article is
 * 50 MB long, and the rest of the input must go on.  A text or HTML file
 * above it is not even read. */
#define TL_MAX_ARTICLE (50u * 1024 * 1024)

typedef enum { TL_FMT_AUTO, TL_FMT_TEXT, TL_FMT_JSON, TL_FMT_JSONL, TL_FMT_HTML } tl_format;

/* Called for each article; the article is cleared by the reader after
 * the callback returns, so copy what you keep.  Return non-zero to stop. */
typedef int (*tl_article_fn)(tl_article *a, void *ud);
/* where: "file", "file:line" or "file@byte"; msg: what went wrong. */
typedef void (*tl_diag_fn)(const char *where, const char *msg, void *ud);

typedef struct {
  tl_article_fn on_article;
  tl_diag_fn on_error;
  void *ud;
  int nerrors;   /* inputs or records that failed */
  int stopped;   /* callback asked to stop */
  /* set by the path reader (zero otherwise): */
  long line_base;        /* lines before the buffer (a stream read in parts) */
  const char *map;       /* the mapped file being read, */
  size_t map_len, map_done; /* its length and the pages already given back */
  const char *root;      /* the directory being walked, */
  size_t root_len;       /* and its length */
} tl_ingest;

/* A reader is done with data[0..upto): when data is the mapped file, its
 * pages are given back, so a large feed does not stay resident. */
void tl_ingest_consumed(tl_ingest *in, const char *data, size_t upto);

/* A file, a directory (recursive, sorted, symlink loops skipped) or "-". */
int tl_ingest_path(tl_ingest *in, const char *path);

/* Parse a buffer of the given format; name labels messages and gives the
 * default article id. */
int tl_ingest_buffer(tl_ingest *in, const char *name, const char *data, size_t len, tl_format fmt);

tl_format tl_format_from_path(const char *path);

/* Readers (one per format), used by tl_ingest_buffer. */
int tl_read_text(tl_ingest *in, const char *name, const char *data, size_t len);
int tl_read_json(tl_ingest *in, const char *name, const char *data, size_t len);
int tl_read_jsonl(tl_ingest *in, const char *name, const char *data, size_t len);
int tl_read_html(tl_ingest *in, const char *name, const char *data, size_t len);

/* Shared by readers: report an error (counts it) and emit an article. */
void tl_ingest_error(tl_ingest *in, const char *where, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
int tl_ingest_emit(tl_ingest *in, tl_article *a);

/* Sets a->published from a metadata value; an invalid date is reported
 * (where names the input) and leaves the article undated. */
void tl_ingest_set_published(tl_ingest *in, tl_article *a, const char *raw, const char *where);

/* "dir/002_x.txt" -> "002_x" (malloc'd). */
char *tl_path_stem(const char *path);

/* The default id of an article read from the file at path (malloc'd): its
 * name without the extension, or, for a file in a subdirectory of the
 * directory being walked, its path from that directory without the
 * extension ("2024/05/index" for 2024/05/index.html), so that files of one
 * name in different folders are different articles. */
char *tl_ingest_file_id(const tl_ingest *in, const char *path);

#endif
