/* fuzz_common.h - shared by the libFuzzer targets: an ingest callback that
 * runs the cleaning and extraction stages on each article. */
#ifndef TL_FUZZ_COMMON_H
#define TL_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "timeline/timeline.h"

static inline int fuzz_on_article(tl_article *a, void *ud) {
  (void)ud;
  tl_build_opts o = {.published = TL_DAY_NONE, .today = tl_day_from_ymd(2026, 1, 1)};
  tl_processed p;
  tl_article_process(&p, a, &o);
  tl_processed_free(&p);
  return 0;
}

static inline void fuzz_on_error(const char *where, const char *msg, void *ud) {
  (void)where;
  (void)msg;
  (void)ud;
}

static inline int fuzz_ingest(const uint8_t *data, size_t size, const char *name, tl_format fmt) {
  tl_ingest in = {.on_article = fuzz_on_article, .on_error = fuzz_on_error};
  tl_ingest_buffer(&in, name, (const char *)data, size, fmt);
  return 0;
}

#endif
