/*
 * article.c - the tl_article value type and dateline detection.  An
 * article owns every string it points to.
 */
#include "timeline/article.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "timeline/timex.h"

void tl_article_init(tl_article *a) {
  memset(a, 0, sizeof *a);
  a->published = TL_DAY_NONE;
}

void tl_article_clear(tl_article *a) {
  if (!a)
    return;
  free(a->id);
  free(a->title);
  free(a->source);
  free(a->url);
  free(a->path);
  free(a->text);
  free(a->pub_raw);
  tl_article_init(a);
}

const char *tl_pub_origin_name(tl_pub_origin o) {
  switch (o) {
  case TL_PUB_METADATA:
    return "metadata";
  case TL_PUB_DATELINE:
    return "dateline";
  case TL_PUB_OPTION:
    return "option";
  default:
    return "none";
  }
}

/* Longest prefix a dateline may have before its dash. */
#define DATELINE_MAX 120

/* Is l[0..n) a place in capitals and nothing else ("SAN FRANCISCO ",
 * "TOKYO "), a dateline without a date? */
static int all_caps_place(const char *l, size_t n) {
  size_t letters = 0;
  for (size_t k = 0; k < n; k++) {
    unsigned char ch = (unsigned char)l[k];
    if (isupper(ch))
      letters++;
    else if (ch != ' ' && ch != '.' && ch != '\'' && ch != '-')
      return 0;
  }
  return letters >= 3;
}

/* Byte length of the dateline prefix of line l[0..n) ("GENEVA, Feb. 18
 * (Reuters) - ", "TOKYO - "), or 0 when the line has none.  *cut receives the offset
 * of the dash. */
static size_t dateline_len(const char *l, size_t n, size_t *cut) {
  if (n == 0 || !isupper((unsigned char)l[0]))
    return 0;
  for (size_t i = 1; i + 1 < n && i < DATELINE_MAX; i++) {
    size_t dash = 0;
    if (l[i] == '-' && l[i - 1] == ' ' && (l[i + 1] == ' ' || l[i + 1] == '-'))
      dash = l[i + 1] == '-' ? 2 : 1;
    else if ((unsigned char)l[i] == 0xE2 && i + 2 < n && (unsigned char)l[i + 1] == 0x80 &&
             ((unsigned char)l[i + 2] == 0x94 || (unsigned char)l[i + 2] == 0x93))
      dash = 3;
    /* "NEW DELHI:", "MUMBAI, May 28:": a colon after a place in capitals */
    int colon = 0;
    if (!dash && l[i] == ':' && l[i + 1] == ' ') {
      const char *comma = memchr(l, ',', i);
      if (!all_caps_place(l, comma ? (size_t)(comma - l) : i))
        continue;
      dash = colon = 1;
    }
    if (!dash)
      continue;
    /* "MOSCOW (Reuters) —": the agency's credit after the place */
    size_t place_end = i;
    const char *open = memchr(l, '(', i);
    if (open && i >= 2 && l[i - 2] == ')')
      for (place_end = (size_t)(open - l); place_end > 0 && l[place_end - 1] == ' ';)
        place_end--;
    if (!colon && !memchr(l, ',', place_end) && !all_caps_place(l, place_end))
      return 0;
    *cut = i;
    size_t e = i + dash;
    while (e < n && l[e] == ' ')
      e++;
    return e;
  }
  return 0;
}

size_t tl_dateline_end(const char *text, size_t len) {
  const char *nl = memchr(text, '\n', len);
  size_t cut;
  return dateline_len(text, nl ? (size_t)(nl - text) : len, &cut);
}

tl_day tl_article_dateline(const char *text, size_t len, tl_day ref) {
  size_t pos = 0;
  for (int line = 0; line < 4 && pos < len; line++) {
    const char *l = text + pos;
    const char *nl = memchr(l, '\n', len - pos);
    size_t n = nl ? (size_t)(nl - l) : len - pos;
    pos += n + 1;
    size_t cut = 0;
    if (!dateline_len(l, n, &cut))
      continue;
    tl_timex_list tx = {0};
    tl_day found = TL_DAY_NONE;
    tl_timex_state st;
    tl_timex_state_init(&st);
    if (tl_timex_tag_sentence(&tx, l, 0, cut, ref, &st) == 0) {
      for (size_t i = 0; i < tx.count; i++) {
        if (tx.items[i].type == TL_TIMEX_DATE && tx.items[i].span.gran == TL_GRAN_DAY &&
            tx.items[i].span.first != TL_DAY_NONE) {
          found = tx.items[i].span.first;
          /* a dateline is never in the future: "Feb. 18" without a year is
           * the last Feb. 18 up to the reference day */
          if (ref != TL_DAY_NONE && found > ref && tx.items[i].relative) {
            int y, m, d;
            tl_day_to_ymd(found, &y, &m, &d);
            if (tl_ymd_valid(y - 1, m, d))
              found = tl_day_from_ymd(y - 1, m, d);
          }
          break;
        }
      }
    }
    tl_timex_state_free(&st);
    tl_timex_list_free(&tx);
    if (found != TL_DAY_NONE)
      return found;
  }
  return TL_DAY_NONE;
}
