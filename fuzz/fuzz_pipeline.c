/* fuzz_pipeline.c - the whole article pipeline into an in-memory database:
 * ingest (format from the first byte), clean, tag, extract, store,
 * resolve, then the JSON and iCalendar exports. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1)
    return 0;
  static const tl_format fmts[] = {TL_FMT_TEXT, TL_FMT_JSON, TL_FMT_JSONL, TL_FMT_HTML};
  /* one in-memory database for the whole run, emptied after each input */
  static tl_store *s;
  if (!s && tl_store_open(&s, ":memory:", 0))
    abort();
  tl_builder *b = NULL;
  /* no worker threads: libFuzzer wants one thread, and the sanitizers keep
   * bookkeeping for every thread ever started (two per input otherwise,
   * which grew the fuzzer's memory by ~8 KB per input until it ran out) */
  tl_build_opts o = {.published = tl_day_from_ymd(2025, 12, 6), .today = tl_day_from_ymd(2026, 1, 1), .threads = 1};
  if (tl_builder_new(&b, s, &o))
    abort();
  tl_builder_add_buffer(b, "fuzz", (const char *)data + 1, size - 1, fmts[data[0] & 3]);
  tl_build_stats st;
  tl_builder_finish(b, &st);
  tl_builder_free(b);
  tl_event_row *ev = NULL;
  tl_article_row *art = NULL;
  size_t n = 0, na = 0;
  tl_filter f = {.with_mentions = 1};
  if (tl_store_query_events(s, &f, &ev, &n) == 0 && tl_store_query_articles(s, &art, &na) == 0) {
    free(tl_export_json(ev, n, art, na));
    free(tl_export_ics(ev, n, "fuzz"));
    free(tl_export_html(ev, n, "fuzz"));
    free(tl_export_timelinejs(ev, n, "fuzz"));
  }
  tl_event_rows_free(ev, n);
  tl_article_rows_free(art, na);
  if (tl_store_exec_const(s, "DELETE FROM articles; DELETE FROM events; DELETE FROM retired_events;"
                             " DELETE FROM participants; DELETE FROM meta"))
    abort();
  return 0;
}
