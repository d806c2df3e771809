/*
 * extract.h - event mentions.  For each sentence: triggers from
 * data/triggers.tsv (nominal and verbal: "talks", "met", "Tuesday's
 * session"), the date governing each trigger (nearest temporal expression
 * in the sentence, reported speech marked as an upper bound), participants
 * (people with titles stripped, organisations, countries; surnames mapped to
 * the full names used earlier in the article), and the place (from the
 * gazetteer in data/places.tsv, landmarks mapped to their city).
 */
#ifndef TIMELINE_EXTRACT_H
#define TIMELINE_EXTRACT_H

#include <stddef.h>

#include "timeline/date.h"
#include "timeline/sentence.h"
#include "timeline/timex.h"

typedef enum { TL_ENT_PERSON, TL_ENT_ORG, TL_ENT_COUNTRY } tl_ent_kind;

typedef struct {
  char *name; /* canonical display name ("Volodymyr Zelensky") */
  char *key;  /* matching key ("zelensk"): equal keys are the same entity */
  tl_ent_kind kind;
  int inherited; /* not named in the sentence: the article's main subject */
  long pos;      /* byte offset of the name in the text, -1 when inherited */
} tl_participant;

/* How a mention's date relates to the event: exact, or the date of the
 * report only (the event happened on or before it). */
typedef enum { TL_DATE_EXACT = 0, TL_DATE_REPORTED = 1 } tl_date_kind;

typedef struct {
  size_t sent_start, sent_end; /* evidence sentence, byte offsets */
  size_t trig_start, trig_end; /* trigger word */
  char trigger[32];            /* trigger lemma ("talks") */
  char type[24];               /* meeting, visit, statement, attack, ... */
  int timex;                   /* index into tl_extraction.timexes, -1 none */
  tl_span date;                /* the date attached to the mention */
  tl_date_kind date_kind;
  int planned;                 /* a future event at publication time */
  int vague;                   /* dated by a relative week, month or year only */
  char *place;                 /* canonical place or NULL */
  tl_participant *parts;
  size_t nparts;
  double confidence;           /* 0..1 */
  char how[192];               /* how the date was chosen, for explain */
} tl_mention;

typedef struct {
  tl_sentence *sents;
  size_t nsents;
  tl_timex_list timexes;
  tl_mention *mentions;
  size_t nmentions, cap;
} tl_extraction;

/* Runs sentence splitting, tagging and mention extraction on cleaned
 * text.  dct may be TL_DAY_NONE (relative dates stay unresolved and their
 * mentions are dropped).  Returns 0 or TL_ENOMEM; free with
 * tl_extraction_free() in both cases. */
int tl_extract(tl_extraction *out, const char *text, size_t len, tl_day dct);
void tl_extraction_free(tl_extraction *x);

/* Event types are compatible when they denote the same kind of
 * happening (talks and a meeting; a visit and a meeting). */
int tl_types_compatible(const char *a, const char *b);
/* The class of an event type: types are compatible when their classes are
 * equal.  The members of a class are at most two types, *a and *b (equal
 * when the class has one). */
const char *tl_type_class(const char *type);
void tl_type_class_members(const char *cls, const char **a, const char **b);
/* Types compatible and, for broad types (operation, ruling), the same
 * trigger lemma: a search is not the discovery it leads to. */
int tl_kinds_compatible(const char *type_a, const char *lemma_a, const char *type_b, const char *lemma_b);
/* The family of a trigger lemma: the lemma that stands for its
 * near-synonyms ("crash" for "collision" and "outage", "talks" for
 * "meeting", "session" and "round of talks"), else the lemma itself. */
const char *tl_lemma_family(const char *lemma);
/* Has lemma the role of data/families.tsv ("own", "start", "spread",
 * "person")? */
int tl_family_role(const char *lemma, const char *role);
/* Do two trigger lemmas name the same kind of happening (one family)? */
int tl_lemmas_alike(const char *lemma_a, const char *lemma_b);

/* Is the lower-case word low (n bytes) a past form: an -ed verb of five
 * letters or more, or an irregular past of data/tense.tsv ("met", "heard")? */
int tl_past_form(const char *low, size_t n);

/* Place lookup in the gazetteer: coordinates and the enclosing region. */
typedef struct {
  const char *name;   /* canonical */
  const char *kind;   /* city, region, country, landmark */
  const char *parent; /* enclosing place or "" */
  double lat, lon;
  int has_geo;
} tl_place;
int tl_place_lookup(tl_place *out, const char *name);
/* 1 when a and b are the same place or one contains the other. */
int tl_places_compatible(const char *a, const char *b);
/* 1 when place a is b or lies inside it (Miami within Florida). */
int tl_place_within(const char *a, const char *b);
/* 1 when the name is a storm's ("Hurricane Helene", "Typhoon Haiyan"). */
int tl_storm_name(const char *name);

/* The short form of a person's name, a pointer into name: its last word,
 * or the last two when the last is a generational suffix ("Felipe VI",
 * "King Jr."). */
const char *tl_short_name(const char *name);
/* The byte length of the family name that opens name when it is written
 * first ("Xi Jinping", "Kim Jong Un": data/familynames.tsv), else 0. */
size_t tl_family_first(const char *name);
/* Matching key for a participant name: lower case; for people the first
 * word of the short form ("Felipe VI" is felipe), with spelling variants
 * folded (Zelenskyy/Zelenskiy/Zelensky). */
char *tl_participant_key(const char *name, tl_ent_kind kind);

#endif
