/*
 * cli.h - shared pieces of the command-line tool: exit codes, the command
 * table entry, database path resolution and message helpers.
 */
#ifndef TL_CLI_H
#define TL_CLI_H

#include <stdio.h>

enum { TL_EXIT_OK = 0, TL_EXIT_FAILED = 1, TL_EXIT_USAGE = 2 };

typedef int (*tl_cmd_fn)(int argc, char **argv);

typedef struct {
  const char *name;
  tl_cmd_fn fn;
  const char *summary;
} tl_cmd;

int cmd_build(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_tag(int argc, char **argv);

/* --db, else $TIMELINE_DB, else ./timeline.db */
const char *cli_db_path(const char *opt);
/* "timeline: ..." on stderr */
void cli_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
/* Writes s to path ("-" or NULL = stdout).  Returns 0 or -1 (reported). */
int cli_write(const char *path, const char *s);
/* Validates a YYYY-MM-DD option value. */
int cli_date_arg(const char *opt, const char *v);

#endif
