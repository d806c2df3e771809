/*
 * ingest.c - input dispatch: paths, directories, stdin, format detection.
 * Files are mapped read-only (the OS pages them in as the readers go), so
 * a large feed costs address space, not heap; the JSONL reader gives the
 * pages it has passed back (tl_ingest_consumed), and a JSONL feed on
 * standard input is parsed a block at a time.  Directories are walked in
 * sorted order; each directory's (device, inode) is remembered so that a
 * symlink loop is reported once instead of recursing forever.
 */
#include "timeline/ingest.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "timeline/error.h"
#include "util.h"

void tl_ingest_error(tl_ingest *in, const char *where, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  in->nerrors++;
  if (in->on_error)
    in->on_error(where, msg, in->ud);
}

int tl_ingest_emit(tl_ingest *in, tl_article *a) {
  int rc = 0;
  if (in->on_article)
    rc = in->on_article(a, in->ud);
  tl_article_clear(a);
  if (rc)
    in->stopped = 1;
  return rc;
}

void tl_ingest_set_published(tl_ingest *in, tl_article *a, const char *raw, const char *where) {
  tl_day d;
  if (!raw || !*raw)
    return;
  if (tl_date_parse(&d, raw) == 0) {
    a->published = d;
    a->pub_origin = TL_PUB_METADATA;
    return;
  }
  tl_ingest_error(in, where, "invalid publication date \"%.40s\"; article kept without it", raw);
}

char *tl_path_stem(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  const char *dot = strrchr(base, '.');
  size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
  return tl_strndup(base, n);
}

char *tl_ingest_file_id(const tl_ingest *in, const char *path) {
  if (in && in->root && strncmp(path, in->root, in->root_len) == 0 &&
      (path[in->root_len] == '/' || (in->root_len && in->root[in->root_len - 1] == '/'))) {
    const char *rel = path + in->root_len;
    while (*rel == '/')
      rel++;
    const char *slash = strrchr(rel, '/');
    if (slash) { /* in a subdirectory */
      const char *dot = strrchr(slash, '.');
      return tl_strndup(rel, dot && dot > slash + 1 ? (size_t)(dot - rel) : strlen(rel));
    }
  }
  return tl_path_stem(path);
}

tl_format tl_format_from_path(const char *path) {
  const char *dot = strrchr(path, '.');
  const char *slash = strrchr(path, '/');
  if (!dot || (slash && dot < slash))
    return TL_FMT_AUTO;
  dot++;
  if (!strcasecmp(dot, "txt") || !strcasecmp(dot, "md") || !strcasecmp(dot, "markdown") ||
      !strcasecmp(dot, "text"))
    return TL_FMT_TEXT;
  if (!strcasecmp(dot, "json"))
    return TL_FMT_JSON;
  if (!strcasecmp(dot, "jsonl") || !strcasecmp(dot, "ndjson"))
    return TL_FMT_JSONL;
  if (!strcasecmp(dot, "html") || !strcasecmp(dot, "htm") || !strcasecmp(dot, "xhtml"))
    return TL_FMT_HTML;
  return TL_FMT_AUTO;
}

static tl_format sniff(const char *data, size_t len) {
  size_t i = 0;
  if (len >= 3 && (unsigned char)data[0] == 0xEF && (unsigned char)data[1] == 0xBB)
    i = 3;
  while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
    i++;
  if (i >= len)
    return TL_FMT_TEXT;
  if (data[i] == '[')
    return TL_FMT_JSON;
  if (data[i] == '{') {
    /* several top-level objects on separate lines: JSONL */
    const char *nl = memchr(data + i, '\n', len - i);
    while (nl && nl + 1 < data + len && (nl[1] == '\n' || nl[1] == ' ' || nl[1] == '\r'))
      nl++;
    return nl && nl + 1 < data + len && nl[1] == '{' ? TL_FMT_JSONL : TL_FMT_JSON;
  }
  if (data[i] == '<')
    return TL_FMT_HTML;
  return TL_FMT_TEXT;
}

int tl_ingest_buffer(tl_ingest *in, const char *name, const char *data, size_t len, tl_format fmt) {
  if (len == 0) {
    tl_ingest_error(in, name, "empty input");
    return TL_EEMPTY;
  }
  /* UTF-16 is not read: say so instead of producing garbage */
  if (len >= 2 && (((unsigned char)data[0] == 0xFF && (unsigned char)data[1] == 0xFE) ||
                   ((unsigned char)data[0] == 0xFE && (unsigned char)data[1] == 0xFF))) {
    tl_ingest_error(in, name, "UTF-16 input is not supported; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)");
    return TL_EUNSUPPORTED;
  }
  /* NUL bytes in the first 4 KiB: a binary file */
  if (memchr(data, '\0', len < 4096 ? len : 4096)) {
    size_t at = (size_t)((const char *)memchr(data, '\0', len < 4096 ? len : 4096) - data);
    tl_ingest_error(in, name, "binary data (NUL byte at offset %zu); not an article", at);
    return TL_EPARSE;
  }
  if (fmt == TL_FMT_AUTO)
    fmt = sniff(data, len);
  switch (fmt) {
  case TL_FMT_JSON:
    return tl_read_json(in, name, data, len);
  case TL_FMT_JSONL:
    return tl_read_jsonl(in, name, data, len);
  case TL_FMT_HTML:
    return tl_read_html(in, name, data, len);
  default:
    return tl_read_text(in, name, data, len);
  }
}

void tl_ingest_consumed(tl_ingest *in, const char *data, size_t upto) {
  if (!in->map || data != in->map || upto > in->map_len)
    return;
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  size_t end = upto / page * page;
  if (end > in->map_done) {
    madvise((char *)in->map + in->map_done, end - in->map_done, MADV_DONTNEED);
    in->map_done = end;
  }
}

/* Standard input.  A JSONL feed is read a block at a time, its complete
 * lines parsed as they come, so a feed of any size streams through; any
 * other input is read whole first. */
static int ingest_stdin(tl_ingest *in) {
  tl_buf b = {0};
  char chunk[65536];
  size_t n;
  int streaming = -1; /* unknown yet */
  long lines = 0;
  int rc = 0;
  while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0 && !in->stopped) {
    if (tl_buf_put(&b, chunk, n)) {
      tl_buf_free(&b);
      tl_ingest_error(in, "-", "out of memory reading stdin");
      return TL_ENOMEM;
    }
    if (streaming < 0 && b.len >= sizeof chunk)
      streaming = !memchr(b.ptr, '\0', b.len) && sniff(b.ptr, b.len) == TL_FMT_JSONL;
    const char *nl = streaming == 1 ? memrchr(b.ptr, '\n', b.len) : NULL;
    if (nl) {
      size_t upto = (size_t)(nl - b.ptr) + 1;
      in->line_base = lines;
      if ((rc = tl_read_jsonl(in, "stdin", b.ptr, upto)))
        break;
      for (const char *p = b.ptr; (p = memchr(p, '\n', (size_t)(b.ptr + upto - p))); p++)
        lines++;
      memmove(b.ptr, b.ptr + upto, b.len - upto);
      b.len -= upto;
    }
  }
  if (!rc && streaming == 1) {
    in->line_base = lines;
    if (b.len)
      rc = tl_read_jsonl(in, "stdin", b.ptr, b.len);
  } else if (!rc) {
    rc = tl_ingest_buffer(in, "stdin", b.ptr ? b.ptr : "", b.len, TL_FMT_AUTO);
  }
  in->line_base = 0;
  tl_buf_free(&b);
  return rc;
}

static int ingest_file(tl_ingest *in, const char *path, const struct stat *st) {
  if (st->st_size == 0) {
    tl_ingest_error(in, path, "empty file");
    return TL_EEMPTY;
  }
  tl_format fmt = tl_format_from_path(path);
  if ((fmt == TL_FMT_TEXT || fmt == TL_FMT_HTML) && (uint64_t)st->st_size > TL_MAX_ARTICLE) {
    tl_ingest_error(in, path, "file of %lld bytes is longer than the %u-byte limit for one article; skipped",
                    (long long)st->st_size, TL_MAX_ARTICLE);
    return TL_EINVALID;
  }
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    tl_ingest_error(in, path, "cannot open: %s", strerror(errno));
    return TL_EIO;
  }
  void *map = mmap(NULL, (size_t)st->st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (map == MAP_FAILED) {
    tl_ingest_error(in, path, "cannot read: %s", strerror(errno));
    return TL_EIO;
  }
  madvise(map, (size_t)st->st_size, MADV_SEQUENTIAL);
  in->map = map;
  in->map_len = (size_t)st->st_size;
  in->map_done = 0;
  int rc = tl_ingest_buffer(in, path, map, (size_t)st->st_size, fmt);
  in->map = NULL;
  munmap(map, (size_t)st->st_size);
  return rc;
}

typedef struct {
  dev_t dev;
  ino_t ino;
} dir_id;

typedef struct {
  dir_id *v;
  size_t n, cap;
} dir_stack;

static int known_format(const char *name) {
  return name[0] != '.' && tl_format_from_path(name) != TL_FMT_AUTO;
}

static int walk(tl_ingest *in, const char *path, dir_stack *seen);

static int walk_dir(tl_ingest *in, const char *path, const struct stat *st, dir_stack *seen) {
  for (size_t i = 0; i < seen->n; i++)
    if (seen->v[i].dev == st->st_dev && seen->v[i].ino == st->st_ino) {
      tl_ingest_error(in, path, "directory loop (symlink back to a parent); skipped");
      return TL_EINVALID;
    }
  if (seen->n == seen->cap) {
    size_t nc = seen->cap ? seen->cap * 2 : 16;
    dir_id *nv = realloc(seen->v, nc * sizeof *nv);
    if (!nv)
      return TL_ENOMEM;
    seen->v = nv;
    seen->cap = nc;
  }
  seen->v[seen->n++] = (dir_id){st->st_dev, st->st_ino};
  struct dirent **list = NULL;
  int n = scandir(path, &list, NULL, alphasort);
  if (n < 0) {
    tl_ingest_error(in, path, "cannot list directory: %s", strerror(errno));
    seen->n--;
    return TL_EIO;
  }
  int rc = 0;
  for (int i = 0; i < n; i++) {
    const char *name = list[i]->d_name;
    if (!in->stopped && strcmp(name, ".") && strcmp(name, "..") && name[0] != '.') {
      tl_buf child = {0};
      if (tl_buf_printf(&child, "%s/%s", path, name) == 0) {
        struct stat cst;
        if (stat(child.ptr, &cst) == 0 && S_ISDIR(cst.st_mode))
          walk(in, child.ptr, seen);
        else if (known_format(name) || stat(child.ptr, &cst) != 0)
          walk(in, child.ptr, seen);
      } else {
        rc = TL_ENOMEM;
      }
      tl_buf_free(&child);
    }
    free(list[i]);
  }
  free(list);
  seen->n--;
  return rc;
}

static int walk(tl_ingest *in, const char *path, dir_stack *seen) {
  struct stat st;
  if (stat(path, &st) != 0) {
    tl_ingest_error(in, path, "%s", strerror(errno));
    return TL_EIO;
  }
  if (S_ISDIR(st.st_mode))
    return walk_dir(in, path, &st, seen);
  if (!S_ISREG(st.st_mode)) {
    tl_ingest_error(in, path, "not a regular file");
    return TL_EINVALID;
  }
  return ingest_file(in, path, &st);
}

int tl_ingest_path(tl_ingest *in, const char *path) {
  if (strcmp(path, "-") == 0)
    return ingest_stdin(in);
  dir_stack seen = {0};
  in->root = path, in->root_len = strlen(path);
  int rc = walk(in, path, &seen);
  in->root = NULL, in->root_len = 0;
  free(seen.v);
  return rc;
}
