/*
 * export_timeml.c - the tagged text as a TimeML document, written with
 * libxml2's xmlTextWriter (which escapes the text):
 *   <TimeML><DCT><TIMEX3 tid="t0" .../></DCT><TEXT>... <TIMEX3 ...>Friday</TIMEX3> ...</TEXT></TimeML>
 */
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timeline/export.h"
#include "util.h"

static int text_range(xmlTextWriterPtr w, const char *text, size_t a, size_t b) {
  if (b <= a)
    return 0;
  char *s = tl_strndup(text + a, b - a);
  if (!s)
    return -1;
  int rc = xmlTextWriterWriteString(w, (const xmlChar *)s);
  free(s);
  return rc < 0 ? -1 : 0;
}

char *tl_export_timeml(const char *text, size_t len, const tl_timex_list *l, tl_day dct) {
  xmlBufferPtr buf = xmlBufferCreate();
  xmlTextWriterPtr w = buf ? xmlNewTextWriterMemory(buf, 0) : NULL;
  char *out = NULL;
  int bad = !w;
  char d[11] = "";
  if (bad)
    goto done;
  bad |= xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL) < 0;
  bad |= xmlTextWriterStartElement(w, BAD_CAST "TimeML") < 0;
  bad |= xmlTextWriterWriteString(w, BAD_CAST "\n") < 0;
  if (dct != TL_DAY_NONE) {
    tl_day_format(d, dct);
    bad |= xmlTextWriterStartElement(w, BAD_CAST "DCT") < 0;
    bad |= xmlTextWriterStartElement(w, BAD_CAST "TIMEX3") < 0;
    bad |= xmlTextWriterWriteAttribute(w, BAD_CAST "tid", BAD_CAST "t0") < 0;
    bad |= xmlTextWriterWriteAttribute(w, BAD_CAST "type", BAD_CAST "DATE") < 0;
    bad |= xmlTextWriterWriteAttribute(w, BAD_CAST "value", BAD_CAST d) < 0;
    bad |= xmlTextWriterWriteAttribute(w, BAD_CAST "functionInDocument", BAD_CAST "CREATION_TIME") < 0;
    bad |= xmlTextWriterWriteString(w, BAD_CAST d) < 0;
    bad |= xmlTextWriterEndElement(w) < 0;
    bad |= xmlTextWriterEndElement(w) < 0;
    bad |= xmlTextWriterWriteString(w, BAD_CAST "\n") < 0;
  }
  bad |= xmlTextWriterStartElement(w, BAD_CAST "TEXT") < 0;
  size_t pos = 0;
  for (size_t i = 0; i < l->count && !bad; i++) {
    const tl_timex *t = &l->items[i];
    if (t->start < pos || t->end > len)
      continue;
    bad |= text_range(w, text, pos, t->start) < 0;
    char tid[24];
    snprintf(tid, sizeof tid, "t%zu", i + 1);
    bad |= xmlTextWriterStartElement(w, BAD_CAST "TIMEX3") < 0;
    bad |= xmlTextWriterWriteAttribute(w, BAD_CAST "tid", BAD_CAST tid) < 0;
    bad |= xmlTextWriterWriteAttribute(w, BAD_CAST "type", BAD_CAST tl_timex_type_name(t->type)) < 0;
    bad |= xmlTextWriterWriteAttribute(w, BAD_CAST "value", BAD_CAST t->value) < 0;
    if (*t->mod)
      bad |= xmlTextWriterWriteAttribute(w, BAD_CAST "mod", BAD_CAST t->mod) < 0;
    if (t->relative && dct != TL_DAY_NONE) {
      /* anchored at an earlier date of the text ("three days later"):
       * the latest expression before it that starts on that day */
      char anchor[24] = "t0";
      for (size_t k = i; t->anchor != TL_DAY_NONE && t->anchor != dct && k-- > 0;)
        if (l->items[k].type == TL_TIMEX_DATE && l->items[k].span.first == t->anchor) {
          snprintf(anchor, sizeof anchor, "t%zu", k + 1);
          break;
        }
      bad |= xmlTextWriterWriteAttribute(w, BAD_CAST "temporalFunction", BAD_CAST "true") < 0;
      bad |= xmlTextWriterWriteAttribute(w, BAD_CAST "anchorTimeID", BAD_CAST anchor) < 0;
    }
    bad |= text_range(w, text, t->start, t->end) < 0;
    bad |= xmlTextWriterEndElement(w) < 0;
    pos = t->end;
  }
  bad |= text_range(w, text, pos, len) < 0;
  bad |= xmlTextWriterEndElement(w) < 0; /* TEXT */
  bad |= xmlTextWriterWriteString(w, BAD_CAST "\n") < 0;
  bad |= xmlTextWriterEndElement(w) < 0; /* TimeML */
  bad |= xmlTextWriterEndDocument(w) < 0;
done:
  if (w)
    xmlFreeTextWriter(w);
  if (!bad && buf)
    out = tl_strdup((const char *)xmlBufferContent(buf));
  if (buf)
    xmlBufferFree(buf);
  return out;
}
