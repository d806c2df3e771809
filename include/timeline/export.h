/*
 * export.h - the timeline as JSON (jansson) and iCalendar (libical).
 * Both read rows from the store (tl_store_query_events) and never format
 * the syntax by hand.
 */
#ifndef TIMELINE_EXPORT_H
#define TIMELINE_EXPORT_H

#include <stdio.h>

#include "timeline/store.h"
#include "timeline/timex.h"

/* JSON document {"events": [...], "articles": [...]} (see docs/FORMATS.md).
 * Returns a malloc'd string (caller frees) or NULL on failure. */
char *tl_export_json(const tl_event_row *ev, size_t n, const tl_article_row *art, size_t na);

/* iCalendar VCALENDAR with one all-day VEVENT per event.  name labels the
 * calendar (NULL: "timeline").  Returns a malloc'd string or NULL. */
/* The JSON export written as it is made: tl_json_begin (NULL: out of
 * memory), tl_json_write for each page of events, tl_json_end with the
 * articles (cited_only: only those the events cite, in their order) writes
 * the rest and frees the writer.  The bytes are those of tl_export_json. */
typedef struct tl_json_writer tl_json_writer;
tl_json_writer *tl_json_begin(FILE *out);
int tl_json_write(tl_json_writer *w, const tl_event_row *ev, size_t n);
int tl_json_end(tl_json_writer *w, const tl_article_row *art, size_t na, int cited_only);

char *tl_export_ics(const tl_event_row *ev, size_t n, const char *name);
/* The same, plus the events that disappeared (gone[], from
 * tl_store_query_retired) as STATUS:CANCELLED under their old UIDs. */
char *tl_export_ics_full(const tl_event_row *ev, size_t n, const tl_event_row *gone, size_t ngone,
                         const char *name);

/* Knight Lab TimelineJS3 JSON (events need their mentions loaded). */
/* The iCalendar export written as it is made, for timelines of any size:
 * tl_ics_begin writes the calendar's head (NULL: out of memory), each
 * tl_ics_write the VEVENTs of a page of events (cancelled: as
 * STATUS:CANCELLED), tl_ics_end the end and frees the writer.  The bytes
 * are those of tl_export_ics_full.  The write calls return TL_EIO once a
 * write failed. */
typedef struct tl_ics_writer tl_ics_writer;
tl_ics_writer *tl_ics_begin(FILE *out, const char *name);
int tl_ics_write(tl_ics_writer *w, const tl_event_row *ev, size_t n, int cancelled);
int tl_ics_end(tl_ics_writer *w);

char *tl_export_timelinejs(const tl_event_row *ev, size_t n, const char *name);

/* One self-contained HTML page with the timeline grouped by month. */
char *tl_export_html(const tl_event_row *ev, size_t n, const char *name);

/* The text with inline <TIMEX3> tags as a TimeML document (libxml2's
 * writer escapes the text).  Returns a malloc'd string or NULL. */
char *tl_export_timeml(const char *text, size_t len, const tl_timex_list *l, tl_day dct);

#endif
