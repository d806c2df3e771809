/*
 * cmd_show.c - `timeline show`: the timeline in the terminal (grouped by
 * month, colours and width fitted to the terminal when stdout is one),
 * or as stable plain text, TSV, JSON or iCalendar when piped.  Also holds
 * cli_print_timeline(), shared with `timeline export`.
 */
#include <getopt.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "timeline/timeline.h"

static const char help[] =
    "usage: timeline show [--db FILE] [--from DATE] [--to DATE] [--match TEXT]\n"
    "                     [--type TYPE] [--place PLACE] [--who NAME] [--top N]\n"
    "                     [--format text|tsv|json|ics]\n\n"
    "Print the timeline in date order. In a terminal, events are grouped by\n"
    "month with colours (unless NO_COLOR is set) and fitted to its width;\n"
    "piped, the text is plain and stable.\n\n"
    "  --from DATE         events ending on or after DATE (YYYY-MM-DD)\n"
    "  --to DATE           events starting on or before DATE\n"
    "  --match TEXT        events whose title or evidence contains TEXT (words from\n"
    "                      their start, any case; several words as a phrase)\n"
    "  --type TYPE         one event type (meeting, visit, statement, attack, ...)\n"
    "  --place PLACE       events at PLACE or inside it (Florida: Miami too)\n"
    "  --who NAME          events with a participant whose name contains NAME\n"
    "  --top N             only the N most important events (by salience), in date order\n"
    "  --format FORMAT     text (default), tsv, json or ics\n"
    "  --db FILE           database (default ./timeline.db or $TIMELINE_DB)\n"
    "  -h, --help          this help\n";

/* A view narrower than the whole timeline (any filter given). */
static int filtered(const tl_filter *f) {
  return f->from || f->to || f->match || f->type || f->top || f->place || f->who || f->uid;
}

/* Moves the articles cited by the events to the front and returns how
 * many there are; the others stay behind for freeing.  A filtered JSON
 * view lists its sources, not every article in the database. */
int cli_print_timeline(const char *db, const tl_filter *f, const char *format, const char *out, const char *name);

static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *const month_name[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};

/* "Dec 4-6, 2025", "Nov 30-Dec 2, 2025", "Dec 30, 2025-Jan 2, 2026",
 * "Feb 2022" (month precision), "2025" (year precision) */
static void human_dates(char *buf, size_t cap, const tl_event_row *e) {
  int y1 = 0, m1 = 1, d1 = 1, y2 = 0, m2 = 1, d2 = 1;
  sscanf(e->start, "%d-%d-%d", &y1, &m1, &d1);
  sscanf(e->end, "%d-%d-%d", &y2, &m2, &d2);
  if (m1 < 1 || m1 > 12)
    m1 = 1;
  if (m2 < 1 || m2 > 12)
    m2 = 1;
  if (e->precision && strcmp(e->precision, "year") == 0)
    snprintf(buf, cap, "%d", y1);
  else if (e->precision && strcmp(e->precision, "month") == 0)
    snprintf(buf, cap, "%s %d", mon[m1 - 1], y1);
  else if (y1 == y2 && m1 == m2 && d1 == d2)
    snprintf(buf, cap, "%s %d, %d", mon[m1 - 1], d1, y1);
  else if (y1 == y2 && m1 == m2)
    snprintf(buf, cap, "%s %d-%d, %d", mon[m1 - 1], d1, d2, y1);
  else if (y1 == y2)
    snprintf(buf, cap, "%s %d-%s %d, %d", mon[m1 - 1], d1, mon[m2 - 1], d2, y1);
  else
    snprintf(buf, cap, "%s %d, %d-%s %d, %d", mon[m1 - 1], d1, y1, mon[m2 - 1], d2, y2);
}

/* Display width of UTF-8 text: one column per code point (good enough
 * for Latin, Cyrillic, Hebrew and Arabic news). */
static size_t columns(const char *s) {
  size_t n = 0;
  for (; *s; s++)
    n += ((unsigned char)*s & 0xC0) != 0x80;
  return n;
}

/* Writes at most `width` columns of s, ending with an ellipsis if cut. */
static void put_fit(const char *s, size_t width) {
  if (columns(s) <= width) {
    fputs(s, stdout);
    return;
  }
  size_t cols = 0;
  const char *p = s;
  while (*p && cols + 1 < width) {
    do
      putchar(*p++);
    while (*p && ((unsigned char)*p & 0xC0) == 0x80);
    cols++;
  }
  fputs("\xE2\x80\xA6", stdout);
}

static void print_terminal(const tl_event_row *ev, size_t n) {
  struct winsize ws;
  size_t width = 80;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20)
    width = ws.ws_col;
  const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");
  int color = !(nc && *nc) && !(term && strcmp(term, "dumb") == 0);
  const char *bold = color ? "\033[1m" : "", *dim = color ? "\033[2m" : "", *green = color ? "\033[32m" : "",
             *yellow = color ? "\033[33m" : "", *reset = color ? "\033[0m" : "";
  char month[8] = "";
  for (size_t i = 0; i < n; i++) {
    const tl_event_row *e = &ev[i];
    if (strncmp(e->start, month, 7) != 0) {
      int y = 0, m = 1;
      sscanf(e->start, "%d-%d", &y, &m);
      snprintf(month, sizeof month, "%.7s", e->start);
      printf("%s%s%s %d%s\n", i ? "\n" : "", bold, month_name[(m >= 1 && m <= 12) ? m - 1 : 0], y, reset);
    }
    char when[48], meta[160];
    human_dates(when, sizeof when, e);
    snprintf(meta, sizeof meta, "%s%s%d source%s%s", e->place ? e->place : "", e->place ? " · " : "",
             e->source_count, e->source_count == 1 ? "" : "s", e->planned ? " · planned" : "");
    /* "  Dec 4-6, 2025   Title  place · N sources  ev-id" */
    size_t date_w = 20, idw = strlen(e->uid) + 2, metaw = columns(meta) + 2;
    size_t room = width > date_w + 2 ? width - date_w - 2 : 10;
    int show_id = room > idw + metaw + 20;
    int show_meta = room > metaw + 20;
    size_t title_w = room - (show_meta ? metaw : 0) - (show_id ? idw : 0);
    printf("  %s%-*s%s", green, (int)date_w, when, reset);
    put_fit(e->title, title_w);
    if (show_meta)
      printf("  %s%s%s", e->planned ? yellow : dim, meta, reset);
    if (show_id)
      printf("  %s%s%s", dim, e->uid, reset);
    putchar('\n');
  }
  if (n == 0)
    printf("(no events)\n");
}

/* Stable, plain: one line per event (what scripts and tests read). */
static void print_plain(const tl_event_row *ev, size_t n) {
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

/* TSV fields never hold a tab or a newline. */
static void tsv_field(const char *s) {
  for (; s && *s; s++)
    putchar(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

static void print_tsv(const tl_event_row *ev, size_t n) {
  printf("id\tstart\tend\tprecision\ttype\ttitle\tplace\tsources\tmentions\tsalience\tplanned\n");
  for (size_t i = 0; i < n; i++) {
    const tl_event_row *e = &ev[i];
    printf("%s\t%s\t%s\t%s\t%s\t", e->uid, e->start, e->end, e->precision, e->type);
    tsv_field(e->title);
    putchar('\t');
    tsv_field(e->place);
    printf("\t%d\t%d\t%.2f\t%d\n", e->source_count, e->mention_count, e->salience, e->planned);
  }
}

static int ics_page(const tl_event_row *rows, size_t n, void *ud) { return tl_ics_write(ud, rows, n, 0); }
static int json_page(const tl_event_row *rows, size_t n, void *ud) { return tl_json_write(ud, rows, n); }

/* The .ics or JSON written a page of events at a time, so that a timeline
 * of any size holds one page in memory.  A full .ics ends with the retired
 * events as STATUS:CANCELLED; the JSON of a filtered view lists only the
 * articles its events cite. */
static int stream_doc(tl_store *s, const tl_filter *f, const char *format, const char *out, const char *name,
                      int is_filtered) {
  FILE *fp = stdout;
  const char *where = out && strcmp(out, "-") != 0 ? out : "stdout";
  if (out && strcmp(out, "-") != 0 && !(fp = fopen(out, "wb"))) {
    cli_error("%s: cannot write: %s", out, strerror(errno));
    return TL_EXIT_FAILED;
  }
  int rc, wrc;
  if (strcmp(format, "ics") == 0) {
    tl_ics_writer *w = tl_ics_begin(fp, name);
    rc = w ? tl_store_each_events(s, f, 500, ics_page, w) : TL_ENOMEM;
    if (!rc && !is_filtered) {
      tl_event_row *gone = NULL;
      size_t ngone = 0;
      rc = tl_store_query_retired(s, &gone, &ngone);
      if (!rc)
        rc = tl_ics_write(w, gone, ngone, 1);
      tl_event_rows_free(gone, ngone);
    }
    wrc = tl_ics_end(w);
  } else {
    tl_json_writer *w = tl_json_begin(fp);
    tl_article_row *art = NULL;
    size_t na = 0;
    rc = w ? tl_store_each_events(s, f, 500, json_page, w) : TL_ENOMEM;
    if (!rc)
      rc = tl_store_query_articles(s, &art, &na);
    wrc = tl_json_end(w, art, rc ? 0 : na, is_filtered);
    if (!rc && !wrc && putc('\n', fp) == EOF) /* a JSON document ends with a newline */
      wrc = TL_EIO;
    tl_article_rows_free(art, na);
  }
  int bad = fp != stdout ? fclose(fp) != 0 : fflush(fp) != 0;
  if (rc && rc != TL_EIO) {
    cli_error("%s", rc == TL_ENOMEM ? "out of memory" : tl_error_last());
    return TL_EXIT_FAILED;
  }
  if (wrc == TL_ENOMEM) {
    cli_error("export failed (out of memory)");
    return TL_EXIT_FAILED;
  }
  if (rc || wrc || bad) {
    cli_error("%s: write failed: %s", where, strerror(errno));
    return TL_EXIT_FAILED;
  }
  return TL_EXIT_OK;
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
  ff.with_mentions = strcmp(format, "text") != 0 && strcmp(format, "tsv") != 0;
  if (strcmp(format, "ics") == 0 || strcmp(format, "json") == 0) {
    rc = stream_doc(s, &ff, format, out, name, filtered(f));
    goto done;
  }
  if (tl_store_query_events(s, &ff, &ev, &n)) {
    cli_error("%s", tl_error_last());
    goto done;
  }
  if (strcmp(format, "text") == 0) {
    if (!out && isatty(STDOUT_FILENO))
      print_terminal(ev, n);
    else
      print_plain(ev, n);
    rc = fflush(stdout) ? TL_EXIT_FAILED : TL_EXIT_OK;
    goto done;
  }
  if (strcmp(format, "tsv") == 0) {
    print_tsv(ev, n);
    rc = fflush(stdout) ? TL_EXIT_FAILED : TL_EXIT_OK;
    goto done;
  }
  if (strcmp(format, "timelinejs") == 0) {
    doc = tl_export_timelinejs(ev, n, name);
  } else if (strcmp(format, "html") == 0) {
    doc = tl_export_html(ev, n, name);
  }
  if (!doc) {
    cli_error("export failed (out of memory)");
    goto done;
  }
  if (strcmp(format, "timelinejs") == 0) {
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

/* Shared option parsing of show and export; returns -1 on a usage error. */
int cli_filter_option(int c, const char *arg, tl_filter *f) {
  switch (c) {
  case 'f':
    if (cli_date_arg("--from", arg))
      return -1;
    f->from = arg;
    return 1;
  case 't':
    if (cli_date_arg("--to", arg))
      return -1;
    f->to = arg;
    return 1;
  case 'm':
    f->match = arg;
    return 1;
  case 'y':
    f->type = arg;
    return 1;
  case 'P':
    f->place = arg;
    return 1;
  case 'W':
    f->who = arg;
    return 1;
  case 'T': {
    char *end;
    long n = strtol(arg, &end, 10);
    if (*end || n < 1 || n > 1000000) {
      cli_error("--top: expected a positive number, got \"%s\"", arg);
      return -1;
    }
    f->top = (int)n;
    return 1;
  }
  default:
    return 0;
  }
}

int cmd_show(int argc, char **argv) {
  static const struct option opts[] = {{"db", required_argument, NULL, 'd'},
                                       {"from", required_argument, NULL, 'f'},
                                       {"to", required_argument, NULL, 't'},
                                       {"match", required_argument, NULL, 'm'},
                                       {"type", required_argument, NULL, 'y'},
                                       {"place", required_argument, NULL, 'P'},
                                       {"who", required_argument, NULL, 'W'},
                                       {"top", required_argument, NULL, 'T'},
                                       {"format", required_argument, NULL, 'F'},
                                       {"help", no_argument, NULL, 'h'},
                                       {NULL, 0, NULL, 0}};
  const char *db = NULL, *format = "text";
  tl_filter f = {0};
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "d:f:t:m:y:P:W:T:F:h", opts, NULL)) != -1) {
    int r = cli_filter_option(c, optarg, &f);
    if (r < 0)
      return TL_EXIT_USAGE;
    if (r > 0)
      continue;
    switch (c) {
    case 'd':
      db = optarg;
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
  if (optind < argc) {
    cli_error("show: unexpected argument '%s'", argv[optind]);
    return TL_EXIT_USAGE;
  }
  if (strcmp(format, "text") && strcmp(format, "tsv") && strcmp(format, "json") && strcmp(format, "ics")) {
    cli_error("show: --format must be text, tsv, json or ics");
    return TL_EXIT_USAGE;
  }
  return cli_print_timeline(db, &f, format, NULL, NULL);
}
