/*
 * export_ics.c - the iCalendar export, built as a libical component tree
 * and serialised by libical (which escapes text and folds lines).  Events
 * are all-day: DTSTART;VALUE=DATE and an exclusive DTEND.  DTSTAMP is the
 * time the event last changed in the store, so exporting twice gives the
 * same bytes.
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timeline/error.h"
#include "timeline/export.h"
#include "util.h"

static struct icaltimetype ical_date(const char *ymd, int add_days) {
  struct icaltimetype t = icaltime_null_date();
  int y = 1970, m = 1, d = 1;
  if (ymd)
    sscanf(ymd, "%d-%d-%d", &y, &m, &d);
  t.year = y;
  t.month = m;
  t.day = d;
  t.is_date = 1;
  if (add_days)
    icaltime_adjust(&t, add_days, 0, 0, 0);
  return t;
}

static struct icaltimetype ical_stamp(const char *iso) {
  struct icaltimetype t = icaltime_null_time();
  int y = 1970, mo = 1, d = 1, h = 0, mi = 0, s = 0;
  if (iso)
    sscanf(iso, "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &s);
  t.year = y;
  t.month = mo;
  t.day = d;
  t.hour = h;
  t.minute = mi;
  t.second = s;
  t.zone = icaltimezone_get_utc_timezone();
  return t;
}

/* Text for a property: C0 control characters (but line feeds) removed;
 * escaping and folding are libical's. */
static char *clean_text(const char *in, int keep_newlines) {
  char *s = tl_strdup(in ? in : "");
  if (!s)
    return NULL;
  char *w = s;
  for (const char *r = s; *r; r++) {
    unsigned char c = (unsigned char)*r;
    if (c < 0x20 && !(keep_newlines && c == '\n'))
      continue;
    if (c == 0x7F)
      continue;
    *w++ = *r;
  }
  *w = '\0';
  return s;
}

static void add_text(icalcomponent *v, icalproperty *(*make)(const char *), const char *text, int newlines) {
  char *t = clean_text(text, newlines);
  if (t)
    icalcomponent_add_property(v, make(t));
  free(t);
}

/* An event that disappeared: cancelled under its old UID so that
 * subscribed calendars drop it. */
static icalcomponent *cancelled_vevent(const tl_event_row *e) {
  icalcomponent *v = icalcomponent_new(ICAL_VEVENT_COMPONENT);
  if (!v)
    return NULL;
  tl_buf uid = {0};
  tl_buf_printf(&uid, "%s@timeline", e->uid);
  icalcomponent_add_property(v, icalproperty_new_uid(uid.ptr ? uid.ptr : e->uid));
  tl_buf_free(&uid);
  icalcomponent_add_property(v, icalproperty_new_dtstamp(ical_stamp(e->updated_at)));
  icalcomponent_add_property(v, icalproperty_new_lastmodified(ical_stamp(e->updated_at)));
  icalcomponent_add_property(v, icalproperty_new_sequence(e->sequence));
  icalcomponent_add_property(v, icalproperty_new_status(ICAL_STATUS_CANCELLED));
  icalproperty *ds = icalproperty_new_dtstart(ical_date(e->start, 0));
  icalproperty_add_parameter(ds, icalparameter_new_value(ICAL_VALUE_DATE));
  icalcomponent_add_property(v, ds);
  icalproperty *de = icalproperty_new_dtend(ical_date(e->end ? e->end : e->start, 1));
  icalproperty_add_parameter(de, icalparameter_new_value(ICAL_VALUE_DATE));
  icalcomponent_add_property(v, de);
  add_text(v, icalproperty_new_summary, e->title, 0);
  icalcomponent_add_property(v, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
  return v;
}

static icalcomponent *vevent(const tl_event_row *e) {
  icalcomponent *v = icalcomponent_new(ICAL_VEVENT_COMPONENT);
  if (!v)
    return NULL;
  tl_buf uid = {0};
  tl_buf_printf(&uid, "%s@timeline", e->uid);
  icalcomponent_add_property(v, icalproperty_new_uid(uid.ptr ? uid.ptr : e->uid));
  tl_buf_free(&uid);
  icalcomponent_add_property(v, icalproperty_new_dtstamp(ical_stamp(e->updated_at)));
  icalcomponent_add_property(v, icalproperty_new_lastmodified(ical_stamp(e->updated_at)));
  icalcomponent_add_property(v, icalproperty_new_sequence(e->sequence));
  icalcomponent_add_property(v, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
  icalproperty *ds = icalproperty_new_dtstart(ical_date(e->start, 0));
  icalproperty_add_parameter(ds, icalparameter_new_value(ICAL_VALUE_DATE));
  icalcomponent_add_property(v, ds);
  icalproperty *de = icalproperty_new_dtend(ical_date(e->end ? e->end : e->start, 1));
  icalproperty_add_parameter(de, icalparameter_new_value(ICAL_VALUE_DATE));
  icalcomponent_add_property(v, de);
  add_text(v, icalproperty_new_summary, e->title, 0);
  if (e->place)
    add_text(v, icalproperty_new_location, e->place, 0);
  if (e->has_geo) {
    struct icalgeotype g;
    memset(&g, 0, sizeof g);
    g.lat = e->lat;
    g.lon = e->lon;
    icalcomponent_add_property(v, icalproperty_new_geo(g));
  }
  if (e->type) {
    /* one value: a comma would split the CATEGORIES list */
    char *cat = clean_text(e->type, 0);
    for (char *p = cat; p && *p; p++)
      if (*p == ',' || *p == ';')
        *p = ' ';
    if (cat)
      icalcomponent_add_property(v, icalproperty_new_categories(cat));
    free(cat);
  }
  icalcomponent_add_property(v, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
  tl_buf d = {0};
  tl_buf_printf(&d, "%s (%s", e->type ? e->type : "event", e->precision ? e->precision : "day");
  if (e->planned)
    tl_buf_puts(&d, ", planned");
  tl_buf_printf(&d, "). %d source%s, %d mention%s, confidence %.2f.\n", e->source_count,
                e->source_count == 1 ? "" : "s", e->mention_count, e->mention_count == 1 ? "" : "s", e->confidence);
  if (e->nparts) {
    tl_buf_puts(&d, "Participants: ");
    for (size_t i = 0; i < e->nparts; i++)
      tl_buf_printf(&d, "%s%s", i ? ", " : "", e->participants[i]);
    tl_buf_puts(&d, ".\n");
  }
  tl_buf_puts(&d, "Sources:\n");
  const char *url = NULL;
  for (size_t i = 0; i < e->nmentions; i++) {
    const tl_ev_mention *m = &e->mentions[i];
    if (!url && m->url)
      url = m->url;
    /* one line per sentence: two triggers of one sentence are one source */
    int dup = 0;
    for (size_t j = 0; j < i && !dup; j++)
      dup = e->mentions[j].sentence && m->sentence && strcmp(e->mentions[j].sentence, m->sentence) == 0 &&
            strcmp(e->mentions[j].article, m->article) == 0;
    if (dup)
      continue;
    tl_buf_printf(&d, "- %s, %s: %s\n", m->source ? m->source : m->article, m->published ? m->published : "undated",
                  m->sentence ? m->sentence : "");
  }
  add_text(v, icalproperty_new_description, d.ptr, 1);
  tl_buf_free(&d);
  if (url)
    add_text(v, icalproperty_new_url, url, 0);
  return v;
}

/* The VCALENDAR with its own properties and no events. */
static icalcomponent *calendar_new(const char *name) {
  icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
  if (!cal)
    return NULL;
  icalcomponent_add_property(cal, icalproperty_new_prodid("-//timeline//timeline 0.1//EN"));
  icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
  icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
  char *calname = clean_text(name ? name : "timeline", 0);
  /* RFC 7986 NAME, and X-WR-CALNAME for the clients that predate it */
  icalproperty *nm = icalproperty_new_x(calname ? calname : "timeline");
  icalproperty_set_x_name(nm, "NAME");
  icalcomponent_add_property(cal, nm);
  icalproperty *xn = icalproperty_new_x(calname ? calname : "timeline");
  icalproperty_set_x_name(xn, "X-WR-CALNAME");
  icalcomponent_add_property(cal, xn);
  free(calname);
  return cal;
}

char *tl_export_ics(const tl_event_row *ev, size_t n, const char *name) {
  return tl_export_ics_full(ev, n, NULL, 0, name);
}

char *tl_export_ics_full(const tl_event_row *ev, size_t n, const tl_event_row *gone, size_t ngone,
                         const char *name) {
  icalcomponent *cal = calendar_new(name);
  if (!cal)
    return NULL;
  for (size_t i = 0; i < n; i++) {
    icalcomponent *v = vevent(&ev[i]);
    if (v)
      icalcomponent_add_component(cal, v);
  }
  for (size_t i = 0; i < ngone; i++) {
    icalcomponent *v = cancelled_vevent(&gone[i]);
    if (v)
      icalcomponent_add_component(cal, v);
  }
  char *s = icalcomponent_as_ical_string_r(cal);
  char *out = s ? tl_strdup(s) : NULL;
  icalmemory_free_buffer(s);
  icalcomponent_free(cal);
  return out;
}

/* ---- streaming ------------------------------------------------------------
 * libical serialises a calendar as its own lines, then each component, then
 * END:VCALENDAR.  The writer serialises the empty calendar once and writes
 * the part before its END line, then each VEVENT as libical serialises it,
 * then the END line: the same bytes as the whole tree, one event in memory
 * at a time. */

struct tl_ics_writer {
  FILE *out;
  char *tail; /* "END:VCALENDAR..." */
  int failed;
};

tl_ics_writer *tl_ics_begin(FILE *out, const char *name) {
  tl_ics_writer *w = calloc(1, sizeof *w);
  icalcomponent *cal = calendar_new(name);
  char *s = cal ? icalcomponent_as_ical_string_r(cal) : NULL;
  char *end = NULL;
  for (char *p = s; p && (p = strstr(p, "END:VCALENDAR")); p++)
    end = p;
  if (!w || !end || !(w->tail = tl_strdup(end))) {
    free(w);
    w = NULL;
  } else {
    w->out = out;
    w->failed = fwrite(s, 1, (size_t)(end - s), out) != (size_t)(end - s);
  }
  icalmemory_free_buffer(s);
  icalcomponent_free(cal);
  return w;
}

int tl_ics_write(tl_ics_writer *w, const tl_event_row *ev, size_t n, int cancelled) {
  for (size_t i = 0; i < n && !w->failed; i++) {
    icalcomponent *v = cancelled ? cancelled_vevent(&ev[i]) : vevent(&ev[i]);
    char *s = v ? icalcomponent_as_ical_string_r(v) : NULL;
    if (!s)
      w->failed = 1;
    else
      w->failed = fputs(s, w->out) == EOF;
    icalmemory_free_buffer(s);
    icalcomponent_free(v);
  }
  return w->failed ? TL_EIO : 0;
}

int tl_ics_end(tl_ics_writer *w) {
  if (!w)
    return TL_EIO;
  int rc = w->failed || fputs(w->tail, w->out) == EOF ? TL_EIO : 0;
  free(w->tail);
  free(w);
  return rc;
}
