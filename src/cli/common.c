/*
 * common.c - helpers shared by the subcommands.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "timeline/date.h"

const char *cli_db_path(const char *opt) {
  if (opt && *opt)
    return opt;
  const char *env = getenv("TIMELINE_DB");
  return env && *env ? env : "timeline.db";
}

void cli_error(const char *fmt, ...) {
  va_list ap;
  fputs("timeline: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

int cli_write(const char *path, const char *s) {
  FILE *f = stdout;
  if (path && strcmp(path, "-") != 0) {
    f = fopen(path, "wb");
    if (!f) {
      cli_error("%s: cannot write: %s", path, strerror(errno));
      return -1;
    }
  }
  size_t n = strlen(s);
  int bad = fwrite(s, 1, n, f) != n;
  if (f != stdout)
    bad |= fclose(f) != 0;
  else
    bad |= fflush(f) != 0;
  if (bad) {
    cli_error("%s: write failed: %s", path && strcmp(path, "-") ? path : "stdout", strerror(errno));
    return -1;
  }
  return 0;
}

int cli_date_arg(const char *opt, const char *v) {
  tl_day d;
  if (tl_date_parse(&d, v) != 0) {
    cli_error("%s: expected a date YYYY-MM-DD, got \"%s\"", opt, v);
    return -1;
  }
  return 0;
}
