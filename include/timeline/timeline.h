/*
 * timeline.h - umbrella header for libtimeline: news articles in, one
 * ordered, de-duplicated timeline of dated events out.
 */
#ifndef TIMELINE_TIMELINE_H
#define TIMELINE_TIMELINE_H

#define TL_VERSION "0.1.0"

#include "timeline/article.h"
#include "timeline/clean.h"
#include "timeline/date.h"
#include "timeline/error.h"
#include "timeline/export.h"
#include "timeline/extract.h"
#include "timeline/ingest.h"
#include "timeline/lexicon.h"
#include "timeline/pipeline.h"
#include "timeline/resolve.h"
#include "timeline/sentence.h"
#include "timeline/store.h"
#include "timeline/timex.h"

#endif
