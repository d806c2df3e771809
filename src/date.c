/*
 * date.c - calendar arithmetic on day numbers (days since 1970-01-01).
 * Conversions use Howard Hinnant's civil-from-days algorithm, valid for the
 * whole int32 range used here.  Nothing in this file allocates.
 */
#include "timeline/date.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "timeline/error.h"

tl_day tl_day_from_ymd(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = (unsigned)(y - era * 400);
  const unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (tl_day)(era * 146097 + (int)doe - 719468);
}

void tl_day_to_ymd(tl_day day, int *y, int *m, int *d) {
  const int z = day + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = (unsigned)(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int yy = (int)yoe + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned dd = doy - (153 * mp + 2) / 5 + 1;
  const unsigned mm = mp < 10 ? mp + 3 : mp - 9;
  *y = yy + (mm <= 2);
  *m = (int)mm;
  *d = (int)dd;
}

int tl_day_weekday(tl_day day) {
  /* 1970-01-01 was a Thursday (3 when Monday is 0). */
  int w = (int)(((int64_t)day + 3) % 7);
  return w < 0 ? w + 7 : w;
}

int tl_days_in_month(int y, int m) {
  static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12)
    return 0;
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 29;
  return mdays[m - 1];
}

int tl_ymd_valid(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
         d <= tl_days_in_month(y, m);
}

tl_day tl_day_from_iso_week(int iso_year, int week) {
  tl_day jan4 = tl_day_from_ymd(iso_year, 1, 4);
  tl_day monday1 = jan4 - tl_day_weekday(jan4);
  return monday1 + (week - 1) * 7;
}

void tl_day_iso_week(tl_day day, int *iso_year, int *week) {
  tl_day thursday = day - tl_day_weekday(day) + 3;
  int y, m, d;
  tl_day_to_ymd(thursday, &y, &m, &d);
  *iso_year = y;
  *week = (thursday - tl_day_from_ymd(y, 1, 1)) / 7 + 1;
}

static const char *const month_abbr[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};

/* "Fri, 05 Dec 2025 10:00:00 GMT" or "05 Dec 2025". */
static int parse_rfc2822(tl_day *out, const char *s) {
  const char *p = s;
  if (isalpha((unsigned char)*p)) {
    while (isalpha((unsigned char)*p))
      p++;
    if (*p == ',')
      p++;
  }
  while (*p == ' ')
    p++;
  char *end;
  long d = strtol(p, &end, 10);
  if (end == p)
    return TL_EDATE;
  p = end;
  while (*p == ' ')
    p++;
  int m = 0;
  for (int i = 0; i < 12; i++)
    if (strncasecmp(p, month_abbr[i], 3) == 0)
      m = i + 1;
  if (!m)
    return TL_EDATE;
  while (isalpha((unsigned char)*p))
    p++;
  long y = strtol(p, &end, 10);
  if (end == p || !tl_ymd_valid((int)y, m, (int)d))
    return TL_EDATE;
  *out = tl_day_from_ymd((int)y, m, (int)d);
  return 0;
}

int tl_date_parse(tl_day *out, const char *s) {
  if (!s)
    return TL_EDATE;
  while (isspace((unsigned char)*s))
    s++;
  int y = 0, m = 0, d = 0, n = 0;
  for (int i = 0; i < 4; i++) {
    if (!isdigit((unsigned char)s[i]))
      return parse_rfc2822(out, s);
    y = y * 10 + (s[i] - '0');
  }
  n = 4;
  if (s[n] != '-' || !isdigit((unsigned char)s[n + 1]) || !isdigit((unsigned char)s[n + 2]))
    return TL_EDATE;
  m = (s[n + 1] - '0') * 10 + (s[n + 2] - '0');
  n += 3;
  if (s[n] != '-' || !isdigit((unsigned char)s[n + 1]) || !isdigit((unsigned char)s[n + 2]))
    return TL_EDATE;
  d = (s[n + 1] - '0') * 10 + (s[n + 2] - '0');
  n += 3;
  /* Anything after the date must look like a time part. */
  if (s[n] && s[n] != 'T' && s[n] != 't' && s[n] != ' ' && s[n] != '\n')
    return TL_EDATE;
  if (!tl_ymd_valid(y, m, d))
    return TL_EDATE;
  *out = tl_day_from_ymd(y, m, d);
  return 0;
}

void tl_day_format(char *buf, tl_day day) {
  int y, m, d;
  if (day == TL_DAY_NONE) {
    buf[0] = '\0';
    return;
  }
  tl_day_to_ymd(day, &y, &m, &d);
  if (y < 0 || y > 9999)
    y = 0;
  buf[0] = (char)('0' + y / 1000);
  buf[1] = (char)('0' + y / 100 % 10);
  buf[2] = (char)('0' + y / 10 % 10);
  buf[3] = (char)('0' + y % 10);
  buf[4] = '-';
  buf[5] = (char)('0' + m / 10);
  buf[6] = (char)('0' + m % 10);
  buf[7] = '-';
  buf[8] = (char)('0' + d / 10);
  buf[9] = (char)('0' + d % 10);
  buf[10] = '\0';
}

const char *tl_gran_name(tl_gran g) {
  static const char *const names[] = {"none",    "time",    "partday", "day",  "weekend",
                                      "week",    "month",   "season",  "quarter",
                                      "half",    "year",    "decade",  "century"};
  if ((unsigned)g >= sizeof names / sizeof names[0])
    return "none";
  return names[g];
}

const char *tl_gran_precision(tl_gran g) {
  if (g <= TL_GRAN_DAY)
    return "day";
  if (g <= TL_GRAN_WEEK)
    return "week";
  if (g <= TL_GRAN_HALF)
    return "month";
  return "year";
}
