/*
 * cmd_explain.c - `timeline explain EVENT_ID`: every mention of an event,
 * its sentence, source, how its date was resolved and why it was merged.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "timeline/timeline.h"

static const char help[] =
    "usage: timeline explain [--db FILE] EVENT_ID\n\n"
    "Show one event with every mention that supports it: the article, its\n"
    "source and date, the evidence sentence, how the date was resolved and\n"
    "why the mention was merged into the event. EVENT_ID is the id printed by\n"
    "show (ev-...) or the numeric row id.\n\n"
    "  --db FILE           database (default ./timeline.db or $TIMELINE_DB)\n"
    "  -h, --help          this help\n";

int cmd_explain(int argc, char **argv) {
  static const struct option opts[] = {{"db", required_argument, NULL, 'd'},
                                       {"help", no_argument, NULL, 'h'},
                                       {NULL, 0, NULL, 0}};
  const char *db = NULL;
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "d:h", opts, NULL)) != -1) {
    switch (c) {
    case 'd':
      db = optarg;
      break;
    case 'h':
      fputs(help, stdout);
      return TL_EXIT_OK;
    default:
      fputs(help, stderr);
      return TL_EXIT_USAGE;
    }
  }
  if (optind + 1 != argc) {
    cli_error("explain: give exactly one EVENT_ID");
    fputs(help, stderr);
    return TL_EXIT_USAGE;
  }
  tl_store *s = NULL;
  if (tl_store_open(&s, cli_db_path(db), 1)) {
    cli_error("%s", tl_error_last());
    return TL_EXIT_FAILED;
  }
  tl_filter f = {.uid = argv[optind], .with_mentions = 1};
  tl_event_row *ev = NULL;
  size_t n = 0;
  int rc = TL_EXIT_OK;
  if (tl_store_query_events(s, &f, &ev, &n)) {
    cli_error("%s", tl_error_last());
    rc = TL_EXIT_FAILED;
  } else if (n == 0) {
    cli_error("explain: no event with id '%s' (see `timeline show`)", argv[optind]);
    rc = TL_EXIT_FAILED;
  } else {
    const tl_event_row *e = &ev[0];
    printf("%s  %s\n", e->uid, e->title);
    printf("  type: %s   dates: %s..%s (%s)%s\n", e->type, e->start, e->end, e->precision,
           e->planned ? "   planned" : "");
    printf("  place: %s", e->place ? e->place : "(unknown)");
    if (e->has_geo)
      printf(" (%.4f, %.4f)", e->lat, e->lon);
    printf("\n  participants: ");
    for (size_t i = 0; i < e->nparts; i++)
      printf("%s%s", i ? ", " : "", e->participants[i]);
    printf("%s\n  %d mention%s from %d source%s, confidence %.2f, salience %.2f\n", e->nparts ? "" : "(none)",
           e->mention_count, e->mention_count == 1 ? "" : "s", e->source_count, e->source_count == 1 ? "" : "s",
           e->confidence, e->salience);
    if (e->conflict)
      printf("  date conflict: %s\n", e->conflict);
    for (size_t i = 0; i < e->nrelated; i++)
      printf("%s%s", i ? ", " : "  linked events (same type and place within two days): ", e->related[i]);
    if (e->nrelated)
      putchar('\n');
    for (size_t i = 0; i < e->nmentions; i++) {
      const tl_ev_mention *m = &e->mentions[i];
      printf("\n  [%zu] article %s (%s, published %s)\n", i + 1, m->article, m->source ? m->source : "no source",
             m->published ? m->published : "unknown");
      printf("      \"%s\"\n", m->sentence);
      printf("      trigger: %s (%s); dated %s..%s, %s\n", m->trigger, m->type, m->start, m->end, m->date_kind);
      printf("      date: %s\n", m->how ? m->how : "");
      printf("      merged: %s\n", m->reason ? m->reason : "");
    }
  }
  tl_event_rows_free(ev, n);
  tl_store_close(s);
  return rc;
}
