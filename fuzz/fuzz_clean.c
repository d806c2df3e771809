/* fuzz_clean.c - the cleaner and the sentence splitter on raw bytes; the
 * output must be valid UTF-8 and the sentences inside it. */
#include <stdio.h>

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *out = NULL;
  size_t n = 0;
  if (tl_clean_text(&out, &n, (const char *)data, size, NULL) == 0) {
    if (!tl_utf8_valid(out, n, NULL))
      abort();
    tl_sentence *s = NULL;
    size_t ns = 0;
    if (tl_sentences_split(&s, &ns, out, n) == 0)
      for (size_t i = 0; i < ns; i++)
        if (s[i].start >= s[i].end || s[i].end > n || (i && s[i].start < s[i - 1].end))
          abort();
    free(s);
  }
  free(out);
  return 0;
}
