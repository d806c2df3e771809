/* fuzz_timex.c - the temporal tagger on any text, with a DCT taken from
 * the first two bytes (or none); expressions must lie inside the text,
 * in order, without overlap, with intervals in order. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2)
    return 0;
  tl_day dct = data[0] == 0xFF ? TL_DAY_NONE : tl_day_from_ymd(1990, 1, 1) + (data[0] << 8 | data[1]);
  const char *text = (const char *)data + 2;
  size_t len = size - 2;
  tl_timex_list l = {0};
  if (tl_timex_tag(&l, text, len, dct) == 0) {
    for (size_t i = 0; i < l.count; i++) {
      const tl_timex *t = &l.items[i];
      if (t->start >= t->end || t->end > len || (i && t->start < l.items[i - 1].end))
        abort();
      if (t->span.first != TL_DAY_NONE && t->span.last < t->span.first)
        abort();
    }
  }
  tl_timex_list_free(&l);
  return 0;
}
