/*
 * cmd_export.c - `timeline export --format ics|json|timelinejs|html [-o FILE]`
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "timeline/timeline.h"

int cli_print_timeline(const char *db, const tl_filter *f, const char *format, const char *out, const char *name);
int cli_filter_option(int c, const char *arg, tl_filter *f);

static const char help[] =
    "usage: timeline export --format ics|json|timelinejs|html [-o FILE] [--name NAME]\n"
    "                       [--db FILE] [filters of show]\n\n"
    "Write the timeline as iCalendar (for calendar apps), JSON, Knight Lab\n"
    "TimelineJS3 JSON, or one self-contained HTML page.\n\n"
    "  --format FORMAT     ics, json, timelinejs or html (required)\n"
    "  -o, --output FILE   output file (default stdout)\n"
    "  --name NAME         calendar or page name (default \"timeline\")\n"
    "  --from DATE, --to DATE, --match TEXT, --type TYPE, --place PLACE,\n"
    "  --who NAME, --top N as in show (a filtered .ics cancels nothing)\n"
    "  --db FILE           database (default ./timeline.db or $TIMELINE_DB)\n"
    "  -h, --help          this help\n";

int cmd_export(int argc, char **argv) {
  static const struct option opts[] = {{"db", required_argument, NULL, 'd'},
                                       {"format", required_argument, NULL, 'F'},
                                       {"output", required_argument, NULL, 'o'},
                                       {"name", required_argument, NULL, 'n'},
                                       {"from", required_argument, NULL, 'f'},
                                       {"to", required_argument, NULL, 't'},
                                       {"match", required_argument, NULL, 'm'},
                                       {"type", required_argument, NULL, 'y'},
                                       {"place", required_argument, NULL, 'P'},
                                       {"who", required_argument, NULL, 'W'},
                                       {"top", required_argument, NULL, 'T'},
                                       {"help", no_argument, NULL, 'h'},
                                       {NULL, 0, NULL, 0}};
  const char *db = NULL, *format = NULL, *out = NULL, *name = NULL;
  tl_filter f = {0};
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "d:F:o:n:f:t:m:y:P:W:T:h", opts, NULL)) != -1) {
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
    case 'o':
      out = optarg;
      break;
    case 'n':
      name = optarg;
      break;
    case 'h':
      fputs(help, stdout);
      return TL_EXIT_OK;
    default:
      fputs(help, stderr);
      return TL_EXIT_USAGE;
    }
  }
  if (!format || (strcmp(format, "ics") && strcmp(format, "json") && strcmp(format, "timelinejs") &&
                  strcmp(format, "html"))) {
    cli_error("export: --format ics, json, timelinejs or html is required");
    fputs(help, stderr);
    return TL_EXIT_USAGE;
  }
  if (optind < argc) {
    cli_error("export: unexpected argument '%s'", argv[optind]);
    return TL_EXIT_USAGE;
  }
  return cli_print_timeline(db, &f, format, out, name);
}
