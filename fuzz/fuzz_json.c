/* fuzz_json.c - the JSON and JSON Lines readers (the first byte picks one)
 * and the stages after them. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1)
    return 0;
  return fuzz_ingest(data + 1, size - 1, data[0] & 1 ? "f.jsonl" : "f.json", data[0] & 1 ? TL_FMT_JSONL : TL_FMT_JSON);
}
