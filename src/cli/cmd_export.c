/*
 * cmd_export.c - `timeline export --format ics|json [-o FILE]`
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "timeline/timeline.h"

int cli_print_timeline(const char *db, const tl_filter *f, const char *format, const char *out, const char *name);

static const char help[] =
    "usage: timeline export --format ics|json [-o FILE] [--name NAME] [--db FILE]\n\n"
    "Write the whole timeline as iCalendar (for calendar apps) or JSON.\n\n"
    "  --format FORMAT     ics or json (required)\n"
    "  -o, --output FILE   output file (default stdout)\n"
    "  --name NAME         calendar name in the .ics (default \"timeline\")\n"
    "  --from DATE, --to DATE, --match TEXT, --type TYPE, --top N   as in show\n"
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
                                       {"top", required_argument, NULL, 'T'},
                                       {"help", no_argument, NULL, 'h'},
                                       {NULL, 0, NULL, 0}};
  const char *db = NULL, *format = NULL, *out = NULL, *name = NULL;
  tl_filter f = {0};
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "d:F:o:n:f:t:m:y:T:h", opts, NULL)) != -1) {
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
  if (!format || (strcmp(format, "ics") && strcmp(format, "json"))) {
    cli_error("export: --format ics or --format json is required");
    fputs(help, stderr);
    return TL_EXIT_USAGE;
  }
  if (optind < argc) {
    cli_error("export: unexpected argument '%s'", argv[optind]);
    return TL_EXIT_USAGE;
  }
  return cli_print_timeline(db, &f, format, out, name);
}
