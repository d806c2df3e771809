/*
 * main.c - the `timeline` command: a dispatch table of subcommands, each
 * in its own cmd_<name>.c.  Exit codes: 0 success, 1 some input or
 * operation failed (everything else was done), 2 usage error.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "timeline/lexicon.h"
#include "timeline/timeline.h"

static const tl_cmd commands[] = {
    {"build", cmd_build, "read articles into the timeline database and resolve events"},
    {"show", cmd_show, "print the timeline (text, JSON or iCalendar)"},
    {"export", cmd_export, "write the timeline as iCalendar or JSON"},
    {"explain", cmd_explain, "show every mention of one event and why it was merged"},
    {"tag", cmd_tag, "tag the temporal expressions of a text"},
};

static void usage(FILE *f) {
  fprintf(f, "usage: timeline <command> [options]\n\n"
             "Turn news articles into one ordered, de-duplicated timeline of dated events.\n\n"
             "commands:\n");
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].summary);
  fprintf(f, "\nRun 'timeline <command> --help' for the options of a command.\n"
             "The database is ./timeline.db unless --db or TIMELINE_DB says otherwise.\n");
}

int main(int argc, char **argv) {
  /* a file-size limit must fail a write (and be reported), not kill us */
  signal(SIGXFSZ, SIG_IGN);
  if (argc < 2) {
    usage(stderr);
    return TL_EXIT_USAGE;
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
    usage(stdout);
    return TL_EXIT_OK;
  }
  if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
    printf("timeline %s\n", TL_VERSION);
    return TL_EXIT_OK;
  }
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
    if (strcmp(argv[1], commands[i].name) == 0) {
      int rc = commands[i].fn(argc - 1, argv + 1);
      tl_lex_shutdown();
      return rc;
    }
  }
  cli_error("unknown command '%s'", argv[1]);
  usage(stderr);
  return TL_EXIT_USAGE;
}
