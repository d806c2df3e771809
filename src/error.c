/*
 * error.c - owns the error strings (generated from TL_ERRNO_MAP) and the
 * thread-local last-error buffer.  The buffer is always NUL-terminated.
 */
#include "timeline/error.h"

#include <stdarg.h>
#include <stdio.h>

static _Thread_local char last_error[1024];

const char *tl_strerror(int code) {
  switch (code) {
#define TL_ERR_CASE(name, val, msg) \
  case val:                         \
    return msg;
    TL_ERRNO_MAP(TL_ERR_CASE)
#undef TL_ERR_CASE
  default:
    return "unknown error";
  }
}

int tl_error_set(int code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(last_error, sizeof last_error, fmt, ap);
  va_end(ap);
  return code;
}

const char *tl_error_last(void) { return last_error; }

void tl_error_clear(void) { last_error[0] = '\0'; }
