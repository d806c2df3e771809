/*
 * cmd_tag.c - `timeline tag [--dct DATE] [--format json|text] [FILE|-]`:
 * the temporal tagger on its own.
 */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "timeline/timeline.h"

static const char help[] =
    "usage: timeline tag [--dct DATE] [--format json|text|timeml] [--explain] [FILE|-]\n\n"
    "Find the temporal expressions of a text and normalise them to TimeML\n"
    "TIMEX3 values, anchored at the document creation time.\n\n"
    "  --dct DATE          document creation (publication) date, YYYY-MM-DD;\n"
    "                      without it relative expressions stay unresolved\n"
    "  --format FORMAT     json (default), text, or timeml (the text with inline\n"
    "                      TIMEX3 tags)\n"
    "  --explain           also say, for each expression, the rule that matched,\n"
    "                      the tense used and the anchor\n"
    "  FILE                text to tag (default stdin)\n"
    "  -h, --help          this help\n";

static char *slurp(FILE *f, size_t *len) {
  size_t cap = 65536, n = 0;
  char *b = malloc(cap);
  if (!b)
    return NULL;
  size_t r;
  while ((r = fread(b + n, 1, cap - n - 1, f)) > 0) {
    n += r;
    if (n + 1 == cap) {
      char *nb = realloc(b, cap * 2);
      if (!nb) {
        free(b);
        return NULL;
      }
      b = nb;
      cap *= 2;
    }
  }
  b[n] = '\0';
  *len = n;
  return b;
}

/* ---- a bump allocator for the JSON of one run (json_set_alloc_funcs) ---- */

typedef struct arena_block {
  struct arena_block *next;
  size_t used, cap;
  max_align_t data[]; /* cap bytes */
} arena_block;

static arena_block *arena_head;

static void *arena_alloc(size_t n) {
  n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
  if (!arena_head || arena_head->cap - arena_head->used < n) {
    size_t cap = n > (1u << 20) ? n : (1u << 20);
    arena_block *b = malloc(sizeof *b + cap);
    if (!b)
      return NULL;
    b->next = arena_head;
    b->used = 0;
    b->cap = cap;
    arena_head = b;
  }
  void *p = (char *)arena_head->data + arena_head->used;
  arena_head->used += n;
  return p;
}

static void arena_free(void *p) { (void)p; /* released with the arena */ }

static void arena_release(void) {
  while (arena_head) {
    arena_block *next = arena_head->next;
    free(arena_head);
    arena_head = next;
  }
}

/* JSON output in 64 KB writes (jansson hands over a few bytes at a time) */
typedef struct {
  char b[65536];
  size_t n;
} out_buf;

static int out_put(const char *p, size_t n, void *ud) {
  out_buf *o = ud;
  if (o->n + n > sizeof o->b) {
    if (fwrite(o->b, 1, o->n, stdout) != o->n)
      return -1;
    o->n = 0;
  }
  if (n > sizeof o->b)
    return fwrite(p, 1, n, stdout) == n ? 0 : -1;
  memcpy(o->b + o->n, p, n);
  o->n += n;
  return 0;
}

int cmd_tag(int argc, char **argv) {
  static const struct option opts[] = {{"dct", required_argument, NULL, 'D'},
                                       {"format", required_argument, NULL, 'F'},
                                       {"explain", no_argument, NULL, 'x'},
                                       {"help", no_argument, NULL, 'h'},
                                       {NULL, 0, NULL, 0}};
  const char *format = "json", *dcts = NULL;
  int c, explain = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "D:F:xh", opts, NULL)) != -1) {
    switch (c) {
    case 'x':
      explain = 1;
      break;
    case 'D':
      dcts = optarg;
      break;
    case 'F':
      format = optarg;
      break;
    case 'h':
      fputs(help, stdout);
      return TL_EXIT_OK;
    default:
      fputs(help, stderr);
      return TL_EXIT_USAGE;
    }
  }
  if (strcmp(format, "json") && strcmp(format, "text") && strcmp(format, "timeml")) {
    cli_error("tag: --format must be json, text or timeml");
    return TL_EXIT_USAGE;
  }
  tl_day dct = TL_DAY_NONE;
  if (dcts) {
    if (cli_date_arg("--dct", dcts))
      return TL_EXIT_USAGE;
    tl_date_parse(&dct, dcts);
  }
  if (argc - optind > 1) {
    cli_error("tag: give at most one FILE");
    return TL_EXIT_USAGE;
  }
  const char *path = optind < argc ? argv[optind] : "-";
  FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  if (!f) {
    cli_error("%s: %s", path, strerror(errno));
    return TL_EXIT_FAILED;
  }
  size_t len = 0;
  char *text = slurp(f, &len);
  if (f != stdin)
    fclose(f);
  if (!text) {
    cli_error("%s: out of memory", path);
    return TL_EXIT_FAILED;
  }
  size_t bad;
  if (!tl_utf8_valid(text, len, &bad)) {
    cli_error("%s: invalid UTF-8 at byte %zu", path, bad);
    free(text);
    return TL_EXIT_FAILED;
  }
  tl_timex_list tx = {0};
  int rc = tl_timex_tag(&tx, text, len, dct);
  if (rc) {
    cli_error("%s: tagging failed: %s", path, tl_strerror(rc));
    free(text);
    tl_timex_list_free(&tx);
    return TL_EXIT_FAILED;
  }
  if (strcmp(format, "timeml") == 0) {
    char *doc = tl_export_timeml(text, len, &tx, dct);
    if (doc)
      fputs(doc, stdout);
    else
      cli_error("%s: TimeML output failed", path);
    free(doc);
  } else if (strcmp(format, "text") == 0) {
    for (size_t i = 0; i < tx.count; i++) {
      const tl_timex *t = &tx.items[i];
      printf("%zu-%zu\t%s\t%s%s%s\t%.*s\t%s", t->start, t->end, tl_timex_type_name(t->type), t->value,
             *t->mod ? " mod=" : "", t->mod, (int)(t->end - t->start), text + t->start, t->rule);
      if (explain) {
        char at[11] = "";
        tl_day_format(at, t->anchor);
        printf("\t%s%s%s%s", t->relative ? "anchored at " : "absolute",
               t->relative ? (t->anchor == TL_DAY_NONE ? "nothing (no --dct)" : at) : "", t->tense ? ", tense " : "",
               t->tense ? tl_tense_name(t->tense) : "");
      }
      putchar('\n');
    }
  } else {
    /* tens of thousands of small JSON values, built, written and freed
     * at once: from an arena, released in one go */
    json_set_alloc_funcs(arena_alloc, arena_free);
    json_t *root = json_object();
    json_t *arr = json_array();
    char d[11] = "";
    tl_day_format(d, dct);
    json_object_set_new(root, "dct", dct == TL_DAY_NONE ? json_null() : json_string(d));
    for (size_t i = 0; i < tx.count; i++) {
      const tl_timex *t = &tx.items[i];
      json_t *o = json_object();
      json_object_set_new(o, "start", json_integer((json_int_t)t->start));
      json_object_set_new(o, "end", json_integer((json_int_t)t->end));
      json_object_set_new(o, "text", json_stringn(text + t->start, t->end - t->start));
      json_object_set_new(o, "type", json_string(tl_timex_type_name(t->type)));
      json_object_set_new(o, "value", json_string(t->value));
      if (*t->mod)
        json_object_set_new(o, "mod", json_string(t->mod));
      if (t->span.first != TL_DAY_NONE) {
        char a[11], b[11];
        tl_day_format(a, t->span.first);
        tl_day_format(b, t->span.last);
        json_object_set_new(o, "first", json_string(a));
        json_object_set_new(o, "last", json_string(b));
        json_object_set_new(o, "granularity", json_string(tl_gran_name(t->span.gran)));
      }
      json_object_set_new(o, "rule", json_string(t->rule));
      if (explain) {
        json_object_set_new(o, "anchored", json_boolean(t->relative));
        if (t->relative && t->anchor != TL_DAY_NONE) {
          char at[11];
          tl_day_format(at, t->anchor);
          json_object_set_new(o, "anchor", json_string(at));
        }
        json_object_set_new(o, "tense", json_string(tl_tense_name(t->tense)));
      }
      json_array_append_new(arr, o);
    }
    json_object_set_new(root, "timexes", arr);
    out_buf ob = {.n = 0};
    if (json_dump_callback(root, out_put, &ob, JSON_INDENT(2) | JSON_PRESERVE_ORDER) == 0) {
      fwrite(ob.b, 1, ob.n, stdout);
      putchar('\n');
    }
    json_decref(root);
    json_set_alloc_funcs(malloc, free);
    arena_release();
  }
  tl_timex_list_free(&tx);
  free(text);
  return TL_EXIT_OK;
}
