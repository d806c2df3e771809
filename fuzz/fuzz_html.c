/* fuzz_html.c - the HTML reader (libxml2, JSON-LD through jansson) and the
 * stages after it. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fuzz_ingest(data, size, "f.html", TL_FMT_HTML); }
