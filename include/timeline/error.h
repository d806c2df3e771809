/*
 * error.h - one error enum for the whole library, plus a per-thread
 * last-error message that carries detail (file, line, byte offset).
 *
 * Every fallible function returns int: 0 (TL_OK) on success, a negative
 * TL_E* code on failure, after calling tl_error_set() with the detail.
 */
#ifndef TIMELINE_ERROR_H
#define TIMELINE_ERROR_H

/* X-macro: name, value, message. ORDER: values are stable API. */
#define TL_ERRNO_MAP(X)                                   \
  X(OK, 0, "success")                                     \
  X(NOMEM, -1, "out of memory")                           \
  X(IO, -2, "input/output error")                         \
  X(PARSE, -3, "malformed input")                         \
  X(UTF8, -4, "invalid UTF-8")                            \
  X(DB, -5, "database error")                             \
  X(NOTFOUND, -6, "not found")                            \
  X(INVALID, -7, "invalid argument")                      \
  X(EMPTY, -8, "empty input")                             \
  X(DATE, -9, "invalid date")                             \
  X(UNSUPPORTED, -10, "unsupported input format")

typedef enum {
#define TL_ERR_ENUM(name, val, msg) TL_E##name = val,
  TL_ERRNO_MAP(TL_ERR_ENUM)
#undef TL_ERR_ENUM
} tl_err;

#define TL_OK TL_EOK

/* Static string for a code; never NULL. */
const char *tl_strerror(int code);

/* Record detail for the last error on this thread; returns code. */
int tl_error_set(int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Last detail message on this thread ("" when none). */
const char *tl_error_last(void);
void tl_error_clear(void);

#endif
