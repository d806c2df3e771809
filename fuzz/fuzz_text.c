/* fuzz_text.c - the text reader (front matter through libyaml) and the
 * stages after it. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fuzz_ingest(data, size, "f.md", TL_FMT_TEXT); }
