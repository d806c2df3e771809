/*
 * cmd_show.c - `timeline show [--from DATE] [--to DATE] [--match TEXT]
 * [--type TYPE] [--format text|json|ics]`
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "timeline/timeline.h"

static const char help[] =
    "usage: timeline show [--db FILE] [--from DATE] [--to DATE] [--match TEXT]\n"
    "                     [--type TYPE] [--top N] [--format text|json|ics]\n\n"
    "Print the timeline in date order.\n\n"
    "  --from DATE         events ending on or after DATE (YYYY-MM-DD)\n"
    "  --to DATE           events starting on or before DATE\n"
    "  --match TEXT        events whose title or evidence contains TEXT\n"
    "  --type TYPE         one event type (meeting, visit, statement, attack, ...)\n"
    "  --top N             only the N most important events (by salience), in date order\n"
    "  --format FORMAT     text (default), json or ics\n"
    "  --db FILE           database (default ./timeline.db or $TIMELINE_DB)\n"
    "  -h, --help          this help\n";

/* Shared with export: loads the filtered events and prints them. */
int cli_print_timeline(const char *db, const tl_filter *f, const char *format, const char *out, const char *name);

static void print_text(const tl_event_row *ev, size_t n) {
  for (size_t i = 0; i < n; i++) {
    const tl_event_row *e = &ev[i];
    char when[32];
    if (strcmp(e->start, e->end) == 0)
      snprintf(when, sizeof when, "%s", e->start);
    else
      snprintf(when, sizeof when, "%s..%s", e->start, e->end + (strncmp(e->start, e->end, 5) == 0 ? 5 : 0));
    printf("%-22s %s  [%d source%s, %d mention%s]  %s\n", when, e->title, e->source_count,
           e->source_count == 1 ? "" : "s", e->mention_count, e->mention_count == 1 ? "" : "s", e->uid);
  }
  if (n == 0)
    printf("(no events)\n");
}

int cli_print_timeline(const char *db, const tl_filter *f, const char *format, const char *out, const char *name) {
  tl_store *s = NULL;
  tl_event_row *ev = NULL;
  tl_article_row *art = NULL;
  size_t n = 0, na = 0;
  int rc = TL_EXIT_FAILED;
  char *doc = NULL;
  if (tl_store_open(&s, cli_db_path(db), 1)) {
    cli_error("%s", tl_error_last());
    return TL_EXIT_FAILED;
  }
  tl_filter ff = *f;
  ff.with_mentions = strcmp(format, "text") != 0;
  if (tl_store_query_events(s, &ff, &ev, &n)) {
    cli_error("%s", tl_error_last());
    goto done;
  }
  if (strcmp(format, "text") == 0) {
    print_text(ev, n);
    rc = TL_EXIT_OK;
    goto done;
  }
  if (strcmp(format, "json") == 0) {
    if (tl_store_query_articles(s, &art, &na)) {
      cli_error("%s", tl_error_last());
      goto done;
    }
    doc = tl_export_json(ev, n, art, na);
  } else {
    tl_event_row *gone = NULL;
    size_t ngone = 0;
    /* cancelled events only in a full export, not in a filtered view */
    if (!f->from && !f->to && !f->match && !f->type && !f->top && tl_store_query_retired(s, &gone, &ngone)) {
      cli_error("%s", tl_error_last());
      goto done;
    }
    doc = tl_export_ics_full(ev, n, gone, ngone, name);
    tl_event_rows_free(gone, ngone);
  }
  if (!doc) {
    cli_error("export failed (out of memory)");
    goto done;
  }
  if (strcmp(format, "json") == 0) {
    /* a JSON document ends with a newline */
    size_t l = strlen(doc);
    char *d2 = realloc(doc, l + 2);
    if (d2) {
      doc = d2;
      doc[l] = '\n';
      doc[l + 1] = '\0';
    }
  }
  rc = cli_write(out, doc) ? TL_EXIT_FAILED : TL_EXIT_OK;
done:
  free(doc);
  tl_event_rows_free(ev, n);
  tl_article_rows_free(art, na);
  tl_store_close(s);
  return rc;
}

int cmd_show(int argc, char **argv) {
  static const struct option opts[] = {{"db", required_argument, NULL, 'd'},
                                       {"from", required_argument, NULL, 'f'},
                                       {"to", required_argument, NULL, 't'},
                                       {"match", required_argument, NULL, 'm'},
                                       {"type", required_argument, NULL, 'y'},
                                       {"format", required_argument, NULL, 'F'},
                                       {"top", required_argument, NULL, 'T'},
                                       {"help", no_argument, NULL, 'h'},
                                       {NULL, 0, NULL, 0}};
  const char *db = NULL, *format = "text";
  tl_filter f = {0};
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "d:f:t:m:y:F:T:h", opts, NULL)) != -1) {
    switch (c) {
    case 'd':
      db = optarg;
      break;
    case 'f':
      if (cli_date_arg("--from", optarg))
        return TL_EXIT_USAGE;
      f.from = optarg;
      break;
    case 't':
      if (cli_date_arg("--to", optarg))
        return TL_EXIT_USAGE;
      f.to = optarg;
      break;
    case 'm':
      f.match = optarg;
      break;
    case 'y':
      f.type = optarg;
      break;
    case 'F':
      format = optarg;
      break;
    case 'T': {
      char *end;
      long n = strtol(optarg, &end, 10);
      if (*end || n < 1 || n > 1000000) {
        cli_error("--top: expected a positive number, got \"%s\"", optarg);
        return TL_EXIT_USAGE;
      }
      f.top = (int)n;
      break;
    }
    case 'h':
      fputs(help, stdout);
      return TL_EXIT_OK;
    default:
      fputs(help, stderr);
      return TL_EXIT_USAGE;
    }
  }
  if (optind < argc) {
    cli_error("show: unexpected argument '%s'", argv[optind]);
    return TL_EXIT_USAGE;
  }
  if (strcmp(format, "text") && strcmp(format, "json") && strcmp(format, "ics")) {
    cli_error("show: --format must be text, json or ics");
    return TL_EXIT_USAGE;
  }
  return cli_print_timeline(db, &f, format, NULL, NULL);
}
