/*
 * extract.c - event mentions from cleaned text.
 *
 * Two passes over the article's sentences.  Pass 1 collects the full
 * names of people (runs of capitalised words, titles stripped), so that
 * pass 2 can map a bare surname ("Kushner") to the person.  Pass 2 finds,
 * per sentence, triggers, places and participants, and attaches to each
 * trigger the temporal expression that governs it.  At most one mention per
 * (sentence, event type) is produced.  Mentions own their strings.
 */
#include "timeline/extract.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "timeline/article.h"
#include "timeline/error.h"
#include "timeline/lexicon.h"
#include "util.h"

typedef struct {
  size_t start, end; /* bytes of the word (possessive "'s" excluded) */
  int cap;           /* starts with an ASCII capital */
  int poss;          /* followed by 's */
  int brk;           /* punctuation between this word and the previous one */
  uint64_t h;        /* tl_lex_hash of low */
  size_t len;        /* strlen(low) */
  char low[48];
} wtok;

typedef struct {
  char *name;
  char *key;
} person;

typedef struct {
  const char *text;
  size_t len; /* of text */
  uint64_t *lower;     /* hashes of the words written in lower case (built on first use), sorted */
  size_t nlower;
  int lower_built;
  tl_day dct;
  const tl_lex *triggers, *places, *entities, *titles, *placewords, *needs;
  person *people;
  size_t npeople, cap;
  char lead_place[96]; /* setting named by the headline, or "" */
  char **uplaces;      /* one-word places the lexicons do not know, found by unknown_place_at */
  size_t nuplaces;
  struct topic {
    char *name, *key;
    tl_ent_kind kind;
    int sentences; /* sentences naming it */
    int last;      /* last sentence counted */
  } *topics;
  size_t ntopics, tcap;
  size_t dateline_end;  /* bytes of a dateline prefix to skip for names */
  char last_person[96]; /* first person named by the last sentence naming one */
} xctx;

/* ---- names and keys ------------------------------------------------------ */

static int generational(const char *word) {
  static const char *const suffixes[] = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V", "VI", "VII", "VIII", NULL};
  for (int k = 0; suffixes[k]; k++)
    if (strcmp(word, suffixes[k]) == 0)
      return 1;
  return 0;
}

/* Is token t a generational suffix ("Jr", "Sr", "III")? */
static int generational_tok(const char *text, const wtok *t) {
  char word[8];
  size_t n = t->end - t->start;
  if (n >= sizeof word)
    return 0;
  memcpy(word, text + t->start, n);
  word[n] = '\0';
  return generational(word);
}

const char *tl_short_name(const char *name) {
  const char *sp = strrchr(name, ' ');
  if (!sp)
    return name;
  if (generational(sp + 1)) {
    const char *p = sp;
    while (p > name && p[-1] != ' ')
      p--;
    return p; /* "Felipe VI", "King Jr." */
  }
  /* "von der Leyen", "da Silva", "de Gaulle": the particles before it */
  const char *p = sp;
  while (p > name) {
    const char *q = p;
    while (q > name && q[-1] != ' ')
      q--;
    if (q == name || !(*q >= 'a' && *q <= 'z'))
      break;
    p = q - 1;
  }
  return p + 1;
}

/* Appends the first word of s (up to a space or the end) to b, lower
 * case, without dots ("J.D." is jd). */
static int key_word(tl_buf *b, const char *s) {
  int rc = 0;
  for (; *s && *s != ' ' && !rc; s++)
    if (*s != '.')
      rc = tl_buf_putc(b, (char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s));
  return rc;
}

size_t tl_family_first(const char *name) {
  const char *sp = strchr(name, ' ');
  if (!sp || (size_t)(sp - name) >= 16)
    return 0;
  int words = 1;
  for (const char *p = name; *p; p++)
    words += *p == ' ';
  if (words > 3)
    return 0;
  char low[16];
  size_t n = (size_t)(sp - name);
  for (size_t k = 0; k < n; k++)
    low[k] = (char)tolower((unsigned char)name[k]);
  static const tl_lex *_Atomic family_lx;
  const tl_lex_entry *e = tl_lex_find(tl_lex_cached(&family_lx, "familynames.tsv"), low, n);
  if (!e || e->nfields < 1)
    return 0;
  const char *second_end = strchr(sp + 1, ' ');
  int hyphen = memchr(sp + 1, '-', second_end ? (size_t)(second_end - sp - 1) : strlen(sp + 1)) != NULL;
  return strcmp(e->field[0], "always") == 0 || words == 3 || hyphen ? n : 0;
}

char *tl_participant_key(const char *name, tl_ent_kind kind) {
  if (kind != TL_ENT_PERSON) {
    char *k = tl_strdup(name);
    if (k)
      tl_str_lower_ascii(k);
    return k;
  }
  size_t ff = tl_family_first(name);
  if (ff) { /* "Xi Jinping": xi, jinping */
    tl_buf b = {0};
    int rc = key_word(&b, name), first = 1;
    for (const char *p = name + ff; !rc && *p == ' '; first = 0) {
      rc = tl_buf_puts(&b, first ? ", " : " ");
      if (!rc)
        rc = key_word(&b, p + 1);
      p = strchr(p + 1, ' ') ? strchr(p + 1, ' ') : "";
    }
    if (rc) {
      free(b.ptr);
      return NULL;
    }
    return b.ptr;
  }
  const char *w = tl_short_name(name); /* "Biden", "von der Leyen", "Felipe VI" */
  const char *last = strrchr(w, ' ');
  const char *suffix = last && generational(last + 1) ? last + 1 : NULL; /* "VI", "Jr." */
  tl_buf b = {0};
  int rc = 0;
  size_t word = 0; /* where the surname's last word starts in b */
  for (const char *p = w; *p && p != suffix && !rc; p = strchr(p, ' ') ? strchr(p, ' ') + 1 : "") {
    if (b.len && !(rc = tl_buf_putc(&b, ' ')))
      word = b.len;
    if (!rc)
      rc = key_word(&b, p);
  }
  /* fold transliteration variants: Zelenskyy / Zelenskiy / Zelensky */
  while (!rc && b.len - word > 4 &&
         (b.ptr[b.len - 1] == 'y' || b.ptr[b.len - 1] == 'i' || b.ptr[b.len - 1] == 'j'))
    b.ptr[--b.len] = '\0';
  if (!rc && suffix && !(rc = tl_buf_putc(&b, ' ')))
    rc = key_word(&b, suffix);
  /* the given name keeps apart people who share a surname (Joe and Jill
   * Biden, Donald Trump and Donald Trump Jr.); a king's title is none */
  if (!rc && w > name && !(suffix && suffix[0] != 'J' && suffix[0] != 'S') && !(rc = tl_buf_puts(&b, ", ")))
    rc = key_word(&b, name);
  if (rc) {
    free(b.ptr);
    return NULL;
  }
  return b.ptr ? b.ptr : tl_strdup("");
}

/* ---- places ---------------------------------------------------------------- */

static void display_name(char *dst, size_t cap, const tl_lex_entry *e) {
  snprintf(dst, cap, "%s", e->nfields >= 5 && *e->field[4] ? e->field[4] : e->key);
}

int tl_place_lookup(tl_place *out, const char *name) {
  const tl_lex *pl = tl_lex_get("places.tsv");
  const tl_lex_entry *e = name ? tl_lex_find(pl, name, strlen(name)) : NULL;
  if (!e)
    return TL_ENOTFOUND;
  out->name = e->key;
  out->kind = e->field[0];
  out->parent = e->field[3];
  out->has_geo = *e->field[1] && *e->field[2];
  out->lat = out->has_geo ? atof(e->field[1]) : 0;
  out->lon = out->has_geo ? atof(e->field[2]) : 0;
  return 0;
}

/* Does place a lie inside (or equal) place b?  Walks the parents in the
 * gazetteer (no copies: the resolver asks this for every candidate pair). */
static int contained(const char *a, const char *b) {
  static const tl_lex *_Atomic places;
  const tl_lex *pl = tl_lex_cached(&places, "places.tsv");
  const char *cur = a;
  /* "Muan International Airport" is in Muan, "Westminster Abbey" in
   * Westminster: a name that goes on past the other's */
  size_t bl = strlen(b);
  if (strncasecmp(a, b, bl) == 0 && a[bl] == ' ')
    return 1;
  for (int depth = 0; depth < 6; depth++) {
    if (strcasecmp(cur, b) == 0)
      return 1;
    const tl_lex_entry *e = pl ? tl_lex_find(pl, cur, strlen(cur)) : NULL;
    if (e && e->nfields >= 5 && *e->field[4] && strcasecmp(e->field[4], b) == 0)
      return 1; /* a spelling of b ("Telangāna" is shown "Telangana") */
    if (!e || e->nfields < 4 || !*e->field[3])
      return 0;
    cur = e->field[3];
  }
  return 0;
}

int tl_place_within(const char *a, const char *b) { return a && b && contained(a, b); }

static int text_is(const char *s, size_t n, const char *klass);

int tl_storm_name(const char *name) {
  /* "Hurricane Milton", "Tropical Storm Alberto": a first word of class
   * storm of data/wordclasses.tsv, after "Tropical" or not */
  const char *w = name;
  if (w && strncmp(w, "Tropical ", 9) == 0)
    w += 9;
  const char *sp = w ? strchr(w, ' ') : NULL;
  size_t first = sp ? (size_t)(sp - w) : 0;
  return sp && sp[1] && text_is(w, first, "storm");
}

int tl_places_compatible(const char *a, const char *b) {
  if (!a || !b || !*a || !*b)
    return 1;
  return contained(a, b) || contained(b, a);
}

/* data/families.tsv: a lemma's family and its role ("own", "start") */
static const tl_lex_entry *family_entry(const char *lemma) {
  static const tl_lex *_Atomic lx;
  return tl_lex_find(tl_lex_cached(&lx, "families.tsv"), lemma, strlen(lemma));
}

int tl_family_role(const char *lemma, const char *role) {
  const tl_lex_entry *e = family_entry(lemma);
  return e && strcmp(e->field[1], role) == 0;
}

const char *tl_type_class(const char *type) {
  /* a visit is the occasion of a meeting; a death may be what an attack
   * did ("Kirk was shot and killed": the shooting and the death, one
   * event when one person is named in both) */
  return strcmp(type, "visit") == 0 ? "meeting" : strcmp(type, "death") == 0 ? "attack" : type;
}

void tl_type_class_members(const char *cls, const char **a, const char **b) {
  *a = cls;
  *b = strcmp(cls, "meeting") == 0 ? "visit" : strcmp(cls, "attack") == 0 ? "death" : cls;
}

int tl_types_compatible(const char *a, const char *b) { return strcmp(tl_type_class(a), tl_type_class(b)) == 0; }

int tl_kinds_compatible(const char *type_a, const char *lemma_a, const char *type_b, const char *lemma_b) {
  if (!tl_types_compatible(type_a, type_b))
    return 0;
  /* operations and legal steps are many different things: a search is
   * not the discovery it leads to, a seizure not an investigation */
  if (strcmp(type_a, "operation") == 0 || strcmp(type_a, "ruling") == 0)
    return tl_lemmas_alike(lemma_a, lemma_b);
  /* a concession is not the winner's speech that day, nor a company's
   * results an apology: statements of these kinds are their own events */
  if (strcmp(type_a, "statement") == 0 && strcmp(type_b, "statement") == 0 && !tl_lemmas_alike(lemma_a, lemma_b) &&
      (tl_family_role(tl_lemma_family(lemma_a), "own") || tl_family_role(tl_lemma_family(lemma_b), "own")))
    return 0;
  /* a ceremony is no talks held the same day */
  if (strstr(lemma_a, "ceremony") || strstr(lemma_b, "ceremony"))
    return tl_lemmas_alike(lemma_a, lemma_b);
  /* a resignation is not the appointment made the same day; taking
   * office, a swearing-in and an inauguration are one event */
  if (strcmp(type_a, "office") == 0 && strcmp(type_b, "office") == 0 && strcmp(lemma_a, lemma_b) != 0)
    return tl_family_role(lemma_a, "start") && tl_family_role(lemma_b, "start");
  return 1;
}

const char *tl_lemma_family(const char *lemma) {
  const tl_lex_entry *e = family_entry(lemma);
  return e ? e->field[0] : lemma;
}

int tl_lemmas_alike(const char *lemma_a, const char *lemma_b) {
  return strcmp(tl_lemma_family(lemma_a), tl_lemma_family(lemma_b)) == 0;
}

/* ---- tokens ---------------------------------------------------------------- */

static int is_punct_utf8(const unsigned char *s, size_t avail) {
  /* U+2000..U+206F general punctuation (dashes, ellipsis) */
  return avail >= 3 && s[0] == 0xE2 && (s[1] == 0x80 || s[1] == 0x81);
}

static int word_char(const unsigned char *s, size_t avail) {
  return isalnum(s[0]) || (s[0] >= 0x80 && !is_punct_utf8(s, avail));
}

static int wtokenize(wtok **out, size_t *n, const char *t, size_t s, size_t e) {
  size_t cap = 32, count = 0;
  wtok *v = malloc(cap * sizeof *v);
  if (!v)
    return TL_ENOMEM;
  size_t i = s;
  int brk = 1;
  while (i < e) {
    const unsigned char *u = (const unsigned char *)t + i;
    if (!word_char(u, e - i)) {
      /* the full stop of an abbreviation ("St. John's", "Mt. Everest")
       * does not break a name */
      int abbrev_dot = t[i] == '.' && count && v[count - 1].end == i && v[count - 1].cap &&
                       v[count - 1].end - v[count - 1].start <= 3;
      if (t[i] != ' ' && !abbrev_dot)
        brk = 1;
      i += is_punct_utf8(u, e - i) ? 3 : 1;
      continue;
    }
    size_t b = i;
    int inner_dot = 0;
    while (i < e) {
      u = (const unsigned char *)t + i;
      if (word_char(u, e - i)) {
        i++;
        continue;
      }
      if ((t[i] == '.' || t[i] == '-' || t[i] == '\'') && i + 1 < e &&
          word_char((const unsigned char *)t + i + 1, e - i - 1)) {
        /* "'s" ends the word: it is a possessive */
        if (t[i] == '\'' && (t[i + 1] == 's' || t[i + 1] == 'S') &&
            (i + 2 >= e || !word_char((const unsigned char *)t + i + 2, e - i - 2)))
          break;
        inner_dot |= t[i] == '.';
        i++;
        continue;
      }
      break;
    }
    size_t end = i;
    if (inner_dot && i < e && t[i] == '.')
      end = ++i; /* U.S. */
    if (count == cap) {
      cap *= 2;
      wtok *nv = realloc(v, cap * sizeof *nv);
      if (!nv) {
        free(v);
        return TL_ENOMEM;
      }
      v = nv;
    }
    wtok *w = &v[count++];
    w->start = b;
    w->end = end;
    w->cap = isupper((unsigned char)t[b]) != 0;
    if (!w->cap && end - b > 3) { /* "al-Bashir", "el-Sisi", "ash-Shaibani": a name after its article */
      static const char *const arts[] = {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ud-", "ul-", NULL};
      for (int k = 0; arts[k]; k++) {
        size_t al = strlen(arts[k]);
        if (end - b > al && strncmp(t + b, arts[k], al) == 0 && isupper((unsigned char)t[b + al]))
          w->cap = 1;
      }
    }
    w->poss = 0;
    w->brk = brk;
    brk = 0;
    if (i + 1 < e && t[i] == '\'' && (t[i + 1] == 's' || t[i + 1] == 'S')) {
      w->poss = 1;
      i += 2;
    }
    /* lower case, accents folded: "Kraków" finds Krakow in the gazetteer */
    size_t n2 = tl_fold_latin(t + b, end - b, w->low, sizeof w->low);
    w->len = n2;
    w->h = tl_lex_hash(w->low, n2);
  }
  *out = v;
  *n = count;
  return 0;
}

/* Longest lexicon match of up to max words starting at token i. */
static const tl_lex_entry *match(const tl_lex *lex, const wtok *w, size_t n, size_t i, size_t *len) {
  if (i >= n || !tl_lex_starts_h(lex, w[i].h))
    return NULL; /* no key starts with this word */
  int maxw = tl_lex_max_words(lex);
  if (maxw == 1 || i + 1 >= n || w[i + 1].brk || w[i].poss) {
    /* one word: its hash is known */
    const tl_lex_entry *e = tl_lex_find_h(lex, w[i].low, w[i].len, w[i].h);
    if (!e && w[i].poss && w[i].len + 3 < sizeof w[i].low) {
      char buf[64];
      memcpy(buf, w[i].low, w[i].len);
      memcpy(buf + w[i].len, "'s", 2);
      e = tl_lex_find(lex, buf, w[i].len + 2);
    }
    if (e)
      *len = 1;
    return e;
  }
  char buf[160];
  for (int k = maxw; k >= 1; k--) {
    if (i + (size_t)k > n)
      continue;
    size_t p = 0;
    int ok = 1;
    for (int j = 0; j < k && ok; j++) {
      size_t wl = strlen(w[i + j].low);
      if (p + wl + 2 >= sizeof buf) {
        ok = 0;
        break;
      }
      if (j)
        buf[p++] = ' ';
      memcpy(buf + p, w[i + j].low, wl);
      p += wl;
      /* a possessive or punctuation ends a multiword name */
      if ((w[i + j].poss && j < k - 1) || (j > 0 && w[i + j].brk))
        ok = 0;
    }
    if (!ok)
      continue;
    const tl_lex_entry *e = tl_lex_find(lex, buf, p);
    if (!e && w[i + k - 1].poss && p + 3 < sizeof buf) {
      memcpy(buf + p, "'s", 2); /* "St John's" */
      e = tl_lex_find(lex, buf, p + 2);
    }
    if (e) {
      *len = (size_t)k;
      return e;
    }
  }
  return NULL;
}

static const char *title_kind(const xctx *x, const wtok *w) {
  const tl_lex_entry *e = tl_lex_find(x->titles, w->low, strlen(w->low));
  return e ? e->field[0] : NULL;
}

static int is_calendar_word(const wtok *w) {
  static const tl_lex *_Atomic timex;
  const tl_lex *tx = tl_lex_cached(&timex, "timex.tsv");
  return tl_lex_find_class(tx, w->low, strlen(w->low), "month") ||
         tl_lex_find_class(tx, w->low, strlen(w->low), "weekday");
}

/* "York-based", "Kremlin-backed", "Paris-born": a name with a lower-case
 * suffix after a hyphen (a participle, or a word of data/wordclasses.tsv
 * class hyphen_suffix) is an adjective, and ends a run of names */
static int lower_suffix(const xctx *x, const wtok *t) {
  for (size_t b = t->start + 1; b + 1 < t->end; b++)
    if (x->text[b] == '-' && islower((unsigned char)x->text[b + 1])) {
      if (text_is(x->text + b + 1, t->end - (b + 1), "hyphen_suffix"))
        return 1;
      /* any participle: "Taylor Swift-themed", "Kremlin-inspired" */
      size_t l = t->end - (b + 1);
      if ((l > 3 && memcmp(x->text + t->end - 2, "ed", 2) == 0) ||
          (l > 4 && memcmp(x->text + t->end - 3, "ing", 3) == 0))
        return 1;
    }
  return 0;
}

static int word_in(const wtok *t, const char *const *list);
static int word_is(const wtok *t, const char *klass);
static int is_word(const wtok *t, const char *word);
static const char *title_kind(const xctx *x, const wtok *t);

/* Tokens of a fire's name at i, its word included ("Palisades fire",
 * "Camp Fire": one or two capitalised words right before fire, wildfire or
 * blaze, after "the"), or 0. */
static size_t named_fire_at(const wtok *w, size_t n, size_t i) {
  if (i == 0 || !is_word(&w[i - 1], "the"))
    return 0;
  for (size_t k = i; k < n && k < i + 2 && w[k].cap && !(k > i && w[k].brk); k++)
    if (k + 1 < n && !w[k + 1].brk && word_is(&w[k + 1], "fire"))
      return k + 2 - i;
  return 0;
}
static int acronym(const xctx *x, const wtok *t);

/* Does the demonym entity e at token i open a name of its own, an
 * organisation or a contest ("European Championship", "French Open",
 * "American Airlines"), rather than stand for its country ("Ukrainian
 * President Volodymyr Zelensky")? */
static int demonym_compound(const xctx *x, const wtok *w, size_t n, size_t i, const tl_lex_entry *e) {
  if (strcasecmp(e->key, e->field[0]) == 0 || strpbrk(e->key, " .") || strlen(e->key) <= 3)
    return 0; /* the country's own name, a name of several words, "US", "U.S." */
  size_t j = i + 1; /* the word right after it ("Russian Defense Ministry" is Russia's ministry) */
  const char *tk = j < n && w[j].cap && !w[j].brk ? title_kind(x, &w[j]) : NULL;
  return j < n && w[j].cap && !w[j].brk && !is_calendar_word(&w[j]) &&
         (word_is(&w[j], "contest") || (tk && strcmp(tk, "orgword") == 0));
}

/* A run of capitalised words starting at i (no lexicon entities inside).
 * Returns the run length; *skip = leading title/stop words. */
static size_t cap_run(const xctx *x, const wtok *w, size_t n, size_t i, size_t *skip, int *orgword) {
  size_t j = i, stops = 0;
  *skip = 0;
  *orgword = 0;
  while (j < n && w[j].cap && !is_calendar_word(&w[j]) && !(j > i && w[j].brk) && !lower_suffix(x, &w[j])) {
    const char *tk = title_kind(x, &w[j]);
    size_t ml;
    const tl_lex_entry *ej = j > i ? match(x->entities, w, n, j, &ml) : NULL;
    /* a known name ends the run ("Marco Rubio Putin"), but a country may
     * end the name of an organisation ("Air India", "Radio Free Europe") */
    if (ej && !(*orgword && strcmp(ej->field[1], "country") == 0))
      break;
    if (tk && strcmp(tk, "orgword") == 0)
      *orgword = 1;
    if (tk && strcmp(tk, "orgword") != 0 && j == i + *skip) {
      (*skip)++;
      stops += strcmp(tk, "stop") == 0 && stops + 1 == *skip;
    }
    else if (tk && strcmp(tk, "stop") == 0)
      break;
    else if (tk && strcmp(tk, "title") == 0 && !*orgword && j + 1 < n && w[j + 1].cap && !w[j + 1].brk &&
             !is_calendar_word(&w[j + 1]))
      *skip = j - i + 1; /* "Trade Minister Joseph Kimotho": the name follows the title */
    j++;
    if (w[j - 1].poss)
      break;
    /* "Charles de Gaulle", "Ursula von der Leyen", "Lula da Silva",
     * "Mohammed bin Salman": a name goes on through its particles */
    for (size_t k = j, np = 0; j > i + *skip && k < n && np < 2 && !w[k].cap && !w[k].brk && word_is(&w[k], "particle");
         k++, np++)
      if (k + 1 < n && w[k + 1].cap && !w[k + 1].brk && !is_calendar_word(&w[k + 1])) {
        size_t ml;
        if (!match(x->entities, w, n, k + 1, &ml) && !match(x->places, w, n, k + 1, &ml))
          j = k + 1; /* not "Notre-Dame de Paris", "Stade de France": places */
        break;
      }
    /* "Ministry of Foreign Affairs", "Bank of Japan", "University of
     * Michigan": an organisation's name goes on through "of" */
    if (*orgword && j + 1 < n && j > i + *skip && strcmp(w[j].low, "of") == 0 && !w[j].brk && w[j + 1].cap &&
        !w[j + 1].brk && !is_calendar_word(&w[j + 1]))
      j++;
    /* "the Competition and Markets Authority", "the Food and Drug
     * Administration": through "and" when the words after it end the
     * name of an organisation */
    if (!*orgword && j + 2 < n && j > i + *skip && strcmp(w[j].low, "and") == 0 && !w[j].brk && w[j + 1].cap &&
        !w[j + 1].brk)
      for (size_t k = j + 1; k < n && k < j + 4 && w[k].cap && !(k > j + 1 && w[k].brk); k++) {
        const char *tk = title_kind(x, &w[k]);
        if (tk && strcmp(tk, "orgword") == 0) {
          j++;
          break;
        }
      }
  }
  /* "the Supreme Court", "the Federal Reserve Board": an organisation
   * keeps the title words that open its name */
  if (*orgword && *skip > stops && j > i + *skip)
    *skip = stops;
  /* "a Nobel Peace Prize-winning economist": the words before such an
   * adjective are part of it, no name */
  if (j < n && j > i && w[j].cap && !w[j].brk && lower_suffix(x, &w[j]))
    *skip = j - i;
  return j - i;
}

/* The most words a person's name of the run w[i..i+len) may have: four,
 * five with a particle inside ("Luiz Inacio Lula da Silva"). */
static size_t name_max(const wtok *w, size_t i, size_t len) {
  for (size_t k = i; k < i + len; k++)
    if (!w[k].cap)
      return 5;
  return 4;
}

/* Can the run w[i..i+len) of capitalised words be a person's name?  Not
 * when it ends in an acronym ("Preliminary DNA tests"), nor when a
 * sentence opens with a gerund before it ("Chanting Helmut Kohl's name"):
 * then *skip takes the gerund off. */
static int person_run(const xctx *x, const wtok *w, size_t i, size_t len, size_t *skip) {
  const wtok *last = &w[i + len - 1];
  if (len >= 2 && acronym(x, last) && last->end - last->start >= 2 &&
      strspn(x->text + last->start, "IVX") < last->end - last->start)
    return 0; /* (but "Felipe VI", "Charles III") */
  size_t l = w[i].len;
  if (len >= 3 && (i == 0 || w[i].brk) && l >= 6 && strcmp(w[i].low + l - 3, "ing") == 0)
    (*skip)++;
  return 1;
}

static int add_person(xctx *x, const char *name) {
  char *key = tl_participant_key(name, TL_ENT_PERSON);
  if (!key)
    return TL_ENOMEM;
  for (size_t i = 0; i < x->npeople; i++)
    if (strcmp(x->people[i].key, key) == 0) {
      /* keep the longest form of the name */
      if (strlen(name) > strlen(x->people[i].name)) {
        char *nn = tl_strdup(name);
        if (nn) {
          free(x->people[i].name);
          x->people[i].name = nn;
        }
      }
      free(key);
      return 0;
    }
  if (x->npeople == x->cap) {
    size_t nc = x->cap ? x->cap * 2 : 16;
    person *np = realloc(x->people, nc * sizeof *np);
    if (!np) {
      free(key);
      return TL_ENOMEM;
    }
    x->people = np;
    x->cap = nc;
  }
  x->people[x->npeople].name = tl_strdup(name);
  x->people[x->npeople].key = key;
  if (!x->people[x->npeople].name)
    return TL_ENOMEM;
  x->npeople++;
  return 0;
}

/* The article's fullest name of the person called word: the same key, or
 * for a surname alone the first person named in full with it ("Joe Biden
 * and Jill Biden ... Biden said" is Joe Biden), else the surname's own
 * entry; a generational suffix is a weaker match ("Trump" is Donald Trump
 * Jr. only in an article that names no other Trump). */
static const char *person_by_key(const xctx *x, const char *word) {
  char *key = tl_participant_key(word, TL_ENT_PERSON);
  if (!key)
    return NULL;
  const char *same = NULL, *given = NULL, *suffixed = NULL, *family_first = NULL;
  size_t kl = strlen(key);
  int lone = strpbrk(key, ", ") == NULL;
  for (size_t i = 0; i < x->npeople; i++) {
    const char *pk = x->people[i].key;
    const char *comma = strstr(pk, ", ");
    if (!same && strcmp(pk, key) == 0)
      same = x->people[i].name;
    else if (lone && strncmp(pk, key, kl) == 0 && pk[kl] == ',' && !given)
      given = x->people[i].name;
    else if (lone && strncmp(pk, key, kl) == 0 && pk[kl] == ' ' && !suffixed)
      suffixed = x->people[i].name;
    else if (lone && comma && strcmp(comma + 2, key) == 0 && !family_first)
      family_first = x->people[i].name; /* "Yoon Suk Yeol ... Yoon said", "Xi Jinping ... Xi" */
  }
  free(key);
  return given ? given : family_first ? family_first : same ? same : suffixed;
}

static int place_word(const xctx *x, const wtok *w, const char *kind);

/* Does "the town of", "the city of", "the port of"... come right before
 * token i (data/placewords.tsv, class settlement)?  What follows names a
 * place, known to the gazetteer or not. */
static int settlement_of(const xctx *x, const wtok *w, size_t i) {
  return i >= 2 && strcmp(w[i - 1].low, "of") == 0 && place_word(x, &w[i - 2], "settlement");
}

/* Words of the name after "the town of" at token i: up to three
 * capitalised words in a row, ending at a possessive. */
static size_t settlement_len(const wtok *w, size_t n, size_t i) {
  size_t len = 1;
  while (len < 3 && i + len < n && w[i + len].cap && !w[i + len - 1].poss && w[i + len].start == w[i + len - 1].end + 1)
    len++;
  return len;
}

/* Text of tokens [a, a+len) as a malloc'd string (original case). */
static char *span_text(const xctx *x, const wtok *w, size_t a, size_t len) {
  return tl_strndup(x->text + w[a].start, w[a + len - 1].end - w[a].start);
}

/* Pass 1: collect people named in full in this sentence. */
static int plain_name(const xctx *x, const wtok *w, size_t n, size_t i);
static size_t unknown_place_at(const xctx *x, const wtok *w, size_t n, size_t i);
static size_t named_disaster_at(const xctx *x, const wtok *w, size_t n, size_t i);
static int lone_place(const xctx *x, const wtok *w, size_t n, size_t i, size_t *pl);

/* Is name (one word) a place the text put something in elsewhere? */
static int is_uplace(const xctx *x, const char *name) {
  for (size_t k = 0; k < x->nuplaces; k++)
    if (strcmp(x->uplaces[k], name) == 0)
      return 1;
  return 0;
}

/* Remembers the one-word place the lexicons do not know at token i ("the
 * plant at Fordow"), so that a later "bombs on Fordow" does not make
 * Fordow a person: only after a preposition of place, not after a verb
 * ("shot Kopp" is no place). */
static int note_uplace(xctx *x, const wtok *w, size_t i) {
  size_t p = i - 1;
  if (i == 0 || x->nuplaces >= 64) /* a few per article; the lookups stay short */
    return 0;
  if (p > 0 && strcmp(w[p].low, "the") == 0)
    p--;
  if (!(strcmp(w[p].low, "in") == 0 || strcmp(w[p].low, "near") == 0 || strcmp(w[p].low, "outside") == 0 ||
        strcmp(w[p].low, "at") == 0))
    return 0;
  char *name = span_text(x, w, i, 1);
  if (!name)
    return TL_ENOMEM;
  if (is_uplace(x, name)) {
    free(name);
    return 0;
  }
  char **nv = realloc(x->uplaces, (x->nuplaces + 1) * sizeof *nv);
  if (!nv) {
    free(name);
    return TL_ENOMEM;
  }
  x->uplaces = nv;
  x->uplaces[x->nuplaces++] = name;
  return 0;
}

/* "the Nobel Peace Prize", "the Safety of Rwanda Act": the name of an
 * award or a law (two to six words, capitalised but for of/the/and/for
 * inside, ending in Prize, Award, Medal or Act) is nobody.  Returns its
 * tokens, or 0.  (A contest takes part in its final: part_is_contest.) */
static size_t award_at(const wtok *w, size_t n, size_t i) {
  static const char *const inner[] = {"of", "the", "and", "for", NULL};
  size_t j = i;
  if (!w[i].cap)
    return 0;
  while (j < n && j < i + 6 && (w[j].cap || (j > i && word_in(&w[j], inner))) && !(j > i && w[j].brk)) {
    j++;
    if (w[j - 1].cap && word_is(&w[j - 1], "award"))
      return j - i >= 2 ? j - i : 0;
    if (w[j - 1].poss)
      break;
  }
  return 0;
}

static int collect_people(xctx *x, const wtok *w, size_t n) {
  for (size_t i = 0; i < n;) {
    size_t ml;
    /* a place of several words ("St. John's", "Abu Dhabi") is nobody */
    if (match(x->places, w, n, i, &ml) && ml >= 2) {
      i += ml;
      continue;
    }
    const tl_lex_entry *e = match(x->entities, w, n, i, &ml);
    if (e && ml == 1 && demonym_compound(x, w, n, i, e))
      e = NULL;
    if (e && strcmp(e->field[1], "person") == 0 && i + ml < n && w[i + ml].cap && !w[i + ml].brk &&
        generational_tok(x->text, &w[i + ml])) {
      char *name = span_text(x, w, i, ml + 1); /* "Donald Trump Jr." is not his father */
      int rc = name ? add_person(x, name) : TL_ENOMEM;
      free(name);
      if (rc)
        return rc;
      i += ml + 1;
      continue;
    }
    if (e) {
      if (strcmp(e->field[1], "person") == 0 && add_person(x, e->field[0]))
        return TL_ENOMEM;
      i += ml;
      continue;
    }
    if (!w[i].cap) {
      i++;
      continue;
    }
    if (settlement_of(x, w, i)) { /* "the town of Kibeho" is nobody */
      i += settlement_len(w, n, i);
      continue;
    }
    size_t up = unknown_place_at(x, w, n, i);
    if (up == 1) {
      int rc = note_uplace(x, w, i);
      if (rc)
        return rc;
    }
    if (!up)
      up = named_disaster_at(x, w, n, i); /* "Hurricane Helene" is nobody */
    if (!up)
      up = award_at(w, n, i); /* so is "the Nobel Peace Prize" */
    if (up) {
      i += up;
      continue;
    }
    size_t skip;
    int org;
    size_t len = cap_run(x, w, n, i, &skip, &org);
    if (len == 0) {
      i++;
      continue;
    }
    if (!org && len - skip >= 2 && !person_run(x, w, i + skip, len - skip, &skip)) {
      i += len;
      continue;
    }
    size_t names = len - skip;
    size_t pl1 = 0;
    if (!org && ((names >= 2 && names <= name_max(w, i + skip, names)) || (names == 1 && plain_name(x, w, n, i + skip) &&
                                                 !lone_place(x, w, n, i + skip, &pl1)))) {
      /* full names, and lone names seen mid-sentence ("the Dali"), so
       * that the same word opening a headline is known to be a name */
      char *name = span_text(x, w, i + skip, names);
      if (name && names == 1 && is_uplace(x, name)) {
        free(name);
        i += len;
        continue;
      }
      int rc = name ? add_person(x, name) : TL_ENOMEM;
      free(name);
      if (rc)
        return rc;
    }
    i += len;
  }
  return 0;
}

/* ---- mentions ------------------------------------------------------------- */

typedef struct {
  tl_participant *v;
  size_t n, cap;
  long *again; /* a later position of each participant named twice, or -1 */
} plist;

static int plist_add(plist *p, const char *name, tl_ent_kind kind, long pos) {
  char *key = tl_participant_key(name, kind);
  if (!key)
    return TL_ENOMEM;
  for (size_t i = 0; i < p->n; i++)
    if (strcmp(p->v[i].key, key) == 0) {
      free(key);
      /* "the Prime Minister, Sir Keir Starmer, ..., and Starmer travelled":
       * the later name is the one a second clause holds */
      if (pos >= 0 && p->v[i].pos >= 0 && pos > p->v[i].pos)
        p->again[i] = pos;
      return 0;
    }
  if (p->n == p->cap) {
    size_t nc = p->cap ? p->cap * 2 : 8;
    tl_participant *nv = realloc(p->v, nc * sizeof *nv);
    if (!nv) {
      free(key);
      return TL_ENOMEM;
    }
    p->v = nv;
    long *na = realloc(p->again, nc * sizeof *na);
    if (!na) {
      free(key);
      return TL_ENOMEM;
    }
    p->again = na;
    p->cap = nc;
  }
  p->again[p->n] = -1;
  p->v[p->n] = (tl_participant){tl_strdup(name), key, kind, 0, pos};
  if (!p->v[p->n].name) {
    free(key);
    return TL_ENOMEM;
  }
  p->n++;
  return 0;
}

/* Adds the name written at tokens [i, i + len) as a participant of kind. */
static int plist_add_span(const xctx *x, plist *p, const wtok *w, size_t i, size_t len, tl_ent_kind kind) {
  char *name = span_text(x, w, i, len);
  if (!name)
    return TL_ENOMEM;
  int rc = plist_add(p, name, kind, (long)w[i].start);
  free(name);
  return rc;
}

static void plist_free(plist *p) {
  for (size_t i = 0; i < p->n; i++) {
    free(p->v[i].name);
    free(p->v[i].key);
  }
  free(p->v);
  free(p->again);
  memset(p, 0, sizeof *p);
}

/* Copies the participants of p named in bytes [from, until) of the
 * sentence, less the people and organisations named before byte speakers
 * (who only report the event), a closing attribution ([tail_a, tail_b))
 * and a relative clause after the trigger ([rel_a, rel_b)); one without a
 * position (inherited) always counts. */
static int copy_parts(tl_mention *m, const plist *p, size_t from, size_t until, size_t speakers, size_t tail_a,
                      size_t tail_b, size_t rel_a, size_t rel_b, size_t people_before) {
  if (!p->n)
    return 0;
  m->parts = calloc(p->n, sizeof *m->parts);
  if (!m->parts)
    return TL_ENOMEM;
  for (size_t i = 0; i < p->n; i++) {
    long pos = p->v[i].pos;
    if (pos >= 0 && (size_t)pos < from && p->again[i] >= 0 && (size_t)p->again[i] >= from)
      pos = p->again[i]; /* named again in the trigger's part of the sentence */
    if (pos >= 0 && ((size_t)pos < from || (size_t)pos >= until))
      continue;
    if (pos >= 0 && (size_t)pos < speakers && p->v[i].kind != TL_ENT_COUNTRY)
      continue;
    if (pos >= 0 && (size_t)pos >= tail_a && (size_t)pos < tail_b)
      continue; /* "..., the Vatican said." */
    if (pos >= 0 && (size_t)pos >= rel_a && (size_t)pos < rel_b)
      continue; /* a relative clause after the trigger */
    if (pos >= 0 && (size_t)pos < people_before && p->v[i].kind != TL_ENT_PERSON)
      continue; /* before a clause whose "he" points back: only the people */
    tl_participant *d = &m->parts[m->nparts++];
    d->name = tl_strdup(p->v[i].name);
    d->key = tl_strdup(p->v[i].key);
    d->kind = p->v[i].kind;
    d->pos = pos;
    if (!d->name || !d->key)
      return TL_ENOMEM;
  }
  return 0;
}

static int is_word(const wtok *t, const char *w) { return strcmp(t->low, w) == 0; }

/* Is word w one of the comma-separated words of list? */
static int word_in_list(const char *list, const char *w) {
  size_t n = strlen(w);
  for (const char *p = list; *p;) {
    const char *e = strchr(p, ',');
    size_t l = e ? (size_t)(e - p) : strlen(p);
    if (l == n && strncmp(p, w, n) == 0)
      return 1;
    if (!e)
      break;
    p = e + 1;
  }
  return 0;
}

/* Is an accident or disaster named in the three words before token i, in
 * the same stretch of words ("a magnitude 6.0 earthquake struck")? */
static int accident_before(const xctx *x, const wtok *w, size_t i) {
  /* "Hurricane Milton, which struck the state": the antecedent of the
   * relative pronoun, across its comma */
  if (i >= 2 && (is_word(&w[i - 1], "which") || is_word(&w[i - 1], "that")) && !w[i].brk) {
    for (size_t k = i - 1; k > 0 && k + 5 > i; k--) {
      size_t l;
      const tl_lex_entry *e = match(x->triggers, w, k, k - 1, &l);
      if (e && strcmp(e->field[0], "accident") == 0)
        return 1;
      if (k < i - 1 && w[k].brk)
        break;
    }
  }
  /* three words back, and three more before an "of" phrase ("an
   * earthquake of magnitude 7.8 struck") */
  for (size_t k = i, span = 3; k > 0 && k + span > i; k--) {
    if (w[k].brk)
      return 0;
    size_t l;
    const tl_lex_entry *e = match(x->triggers, w, k, k - 1, &l);
    if ((e && strcmp(e->field[0], "accident") == 0) || word_is(&w[k - 1], "weather"))
      return 1; /* "the storm first struck the Caribbean" */
    if (is_word(&w[k - 1], "of"))
      span = i - k + 4;
  }
  return 0;
}

/* "Hurricane Helene", "Typhoon Haiyan" at token i: an accident trigger
 * written with a capital and followed by a capitalised name.  Returns 2
 * (the tokens of the name), or 0. */
static size_t named_disaster_at(const xctx *x, const wtok *w, size_t n, size_t i) {
  size_t l;
  const tl_lex_entry *e;
  if (!w[i].cap || w[i].poss || i + 1 >= n || !w[i + 1].cap || w[i + 1].brk || is_calendar_word(&w[i + 1]) ||
      !(e = match(x->triggers, w, n, i, &l)) || l != 1 || strcmp(e->field[0], "accident") != 0)
    return 0;
  return 2;
}

/* Is the trigger at w[i] a verb in a past tense ("attacked", "struck",
 * "has met", "was attacked")?  Not after an auxiliary of the present or
 * the future, a modal or "to" ("is attacked", "will be attacked", "to
 * meet", "could meet"). */
int tl_past_form(const char *low, size_t n) {
  static const tl_lex *_Atomic tense_lx;
  const tl_lex *tense = tl_lex_cached(&tense_lx, "tense.tsv");
  if (n >= 5 && strncmp(low + n - 2, "ed", 2) == 0)
    return 1;
  return tense && tl_lex_find_class(tense, low, n, "past") != NULL;
}

static int past_trigger(const wtok *w, size_t i) {
  int past = tl_past_form(w[i].low, strlen(w[i].low));
  if (!past || i == 0)
    return past;
  static const char *const aux[] = {"be", "being", "is", "are", "am", "will", "would", "shall", "to",
                                    "could", "should", "might", "may", "must", "can", NULL};
  for (int k = 0; aux[k]; k++)
    if (is_word(&w[i - 1], aux[k]))
      return 0;
  return 1;
}

static int prep_before_def(const wtok *t) {
  static const char *const preps[] = {"in", "of", "after", "since", "before", "following", "during", "from",
                                      "by", "into", "over", "about", "to", "for", NULL};
  for (int k = 0; preps[k]; k++)
    if (is_word(t, preps[k]))
      return 1;
  return 0;
}

/* A verb of saying (data/reporting.tsv, shared with the tagger). */
static int is_reporting(const wtok *w) {
  static const tl_lex *_Atomic lx;
  const tl_lex *r = tl_lex_cached(&lx, "reporting.tsv");
  return r && tl_lex_find(r, w->low, w->len) != NULL;
}

static const char *const determiners[] = {"a", "an", "the", "his", "her", "their", "its", "our", "my",
                                          "video", "televised", "nightly", "new", "first", "second",
                                          "third", "latest", "fresh", "next", "last", "this", "that",
                                          "another", "final", "separate", "weekly", "evening", NULL};

/* The word of set right before w[i], or before one word more (an
 * adjective: "a new deal"): the index just after it, or 0 if none. */
static size_t word_before(const wtok *w, size_t i, const char *const *set) {
  for (size_t k = i; k > 0 && k + 2 > i; k--)
    for (int q = 0; set[q]; q++)
      if (is_word(&w[k - 1], set[q]))
        return k;
  return 0;
}

static int word_in(const wtok *t, const char *const *set) {
  for (int q = 0; set[q]; q++)
    if (is_word(t, set[q]))
      return 1;
  return 0;
}

/* Is token t a word of class klass of data/wordclasses.tsv (the
 * extractor's vocabularies: vehicles, legislatures, verbs of travel...)? */
static int text_is(const char *s, size_t n, const char *klass) {
  static const tl_lex *_Atomic lx;
  return tl_lex_find_class(tl_lex_cached(&lx, "wordclasses.tsv"), s, n, klass) != NULL;
}

static int word_is(const wtok *t, const char *klass) { return text_is(t->low, t->len, klass); }

/* Is a word of class klass among the span words from token j, in one
 * stretch ("passed a stopgap spending bill", "signed an executive order")? */
static int class_after(const wtok *w, size_t n, size_t j, size_t span, const char *klass) {
  for (size_t k = j; k < n && k < j + span; k++) {
    if (k > j && w[k].brk)
      return 0;
    if (word_is(&w[k], klass))
      return 1;
  }
  return 0;
}

/* Is a word of class klass among the span words before token i, in the
 * same stretch (the subject of a verb: "the Senate voted", "the cargo
 * ship struck")? */
static int class_before(const wtok *w, size_t i, size_t span, const char *klass) {
  for (size_t k = i; k > 0 && k + span > i; k--) {
    if (w[k].brk)
      return 0;
    if (word_is(&w[k - 1], klass))
      return 1;
  }
  return 0;
}

/* Is the subject of the verb at token i (or the noun after "the
 * collapse of") something abstract: talks, a deal, an attempt, a
 * government? */
static int abstract_subject(const wtok *w, size_t n, size_t i) {
  for (size_t k = i; k-- > 0 && k + 4 > i && !w[k + 1].brk;)
    if (word_is(&w[k], "abstract"))
      return 1;
  if (i + 2 < n && is_word(&w[i + 1], "of"))
    for (size_t k = i + 2; k < n && k < i + 5; k++)
      if (word_is(&w[k], "abstract"))
        return 1;
  return 0;
}

/* Does the sentence w[0..n) speak of workers and no weapon (a strike
 * there is a stoppage)? */
static int labour_strike(const wtok *w, size_t n) {
  int work = 0;
  for (size_t k = 0; k < n; k++) {
    if (word_is(&w[k], "military"))
      return 0;
    work |= word_is(&w[k], "labour");
  }
  return work;
}

/* The preposition opening "into the June 12 crash", "after the attack",
 * "over the deal" (a definite noun phrase of at most five words ending at
 * the nominal trigger at token i), or 0. */
static size_t prep_np_start(const wtok *w, size_t i) {
  if (past_trigger(w, i))
    return 0; /* a verb: "ships afloat, ran aground" */
  /* "visited Kahramanmaras, near the epicentre of Monday's earthquake": a
   * noun dated by a possessive, after a preposition, is not the clause's */
  static const char *const preps[] = {"of", "near", "after", "since", "in", "from", "into", "over", "about",
                                      "following", "before", "during", "despite", "with", "for", NULL};
  /* (and "in connection with last Sunday's theft") */
  size_t pp = i > 2 && (is_word(&w[i - 2], "last") || is_word(&w[i - 2], "this")) && !w[i - 2].brk ? i - 3 : i - 2;
  if (i > 1 && w[i - 1].poss && !w[i - 1].brk && !w[i].brk && word_in(&w[pp], preps) &&
      is_calendar_word(&w[i - 1]))
    return pp;
  for (size_t k = i; k > 1 && k + 5 > i; k--) {
    if (w[k].brk)
      return 0;
    if (is_word(&w[k - 1], "the")) {
      /* prepositions that relate another event to this one; not "of" or
       * "in" ("join a portion of the talks" is taking part), unless the
       * noun phrase dates itself ("families of victims of the 2012 Sandy
       * Hook school shooting") */
      static const char *const rel[] = {"into", "after", "since", "before", "following", "about", "over", NULL};
      int dated = 0;
      for (size_t q = k; q < i && !dated; q++)
        dated = (isdigit((unsigned char)w[q].low[0]) && w[q].len == 4) || is_calendar_word(&w[q]);
      return word_in(&w[k - 2], rel) || (dated && (is_word(&w[k - 2], "of") || is_word(&w[k - 2], "in"))) ? k - 2 : 0;
    }
  }
  return 0;
}

/* Is the trigger at w[i] the indefinite object of a verb of seeking or
 * talking about ("met to discuss a ceasefire", "negotiating a new deal",
 * "called for a truce")?  Then it is sought, not done.  With "the" the
 * thing may be real ("to discuss the attack"), so only "a"/"an" counts. */
static int sought_object(const wtok *w, size_t i) {
  static const char *const preps[] = {"in", "on", "at", "of", "by", "with", "from", "to", "after", "before", NULL};
  static const char *const indefinite[] = {"a", "an", NULL};
  /* "began formal talks on a merger", "negotiations over a ceasefire":
   * what talks are about is sought */
  for (size_t p = i; p-- > 1 && p + 4 > i && !w[p + 1].brk;)
    if ((is_word(&w[p], "on") || is_word(&w[p], "about") || is_word(&w[p], "over")) &&
        (is_word(&w[p - 1], "talks") || is_word(&w[p - 1], "negotiations") || is_word(&w[p - 1], "discussions")))
      return 1;
  /* "seeking the withdrawal of", "calls for Israel's unconditional
   * withdrawal": a demand, whatever the article */
  for (size_t p = i; p-- > 0 && p + 6 > i && !w[p + 1].brk;) {
    if (word_is(&w[p], "demand") || (p > 0 && is_word(&w[p], "for") && word_is(&w[p - 1], "call_for")))
      return 1;
    if (!(w[p].poss || word_in(&w[p], determiners) || (!w[p].cap && !word_in(&w[p], preps) && p + 3 >= i)))
      break; /* only an article, a possessive and adjectives between ("for an immediate 30-day ceasefire") */
  }
  size_t k = word_before(w, i, indefinite);
  if (k < 2)
    return 0;
  return word_is(&w[k - 2], "seek") || (k >= 3 && is_word(&w[k - 2], "for") && word_is(&w[k - 3], "call_for"));
}

/* Is the trigger ending before token j the subject of a passive verb that
 * acts on something begun before ("the Eaton fire had been contained on
 * Thursday", "the fire was extinguished on Friday")? */
static int passive_reaction(const wtok *w, size_t n, size_t j) {
  static const char *const aux[] = {"was", "were", "is", "are", "had", "has", "been", "being", NULL};
  size_t k = j;
  while (k < n && k < j + 3 && !w[k].brk && word_in(&w[k], aux))
    k++;
  return k > j && k < n && !w[k].brk && word_is(&w[k], "put_out");
}

/* Is the trigger at w[i] the definite object of a verb of reacting to
 * or talking about something already done ("condemned the attack",
 * "discussed the recent strikes", "welcomed their agreement"): 1; of a
 * decision on something proposed ("approved Nippon Steel's takeover",
 * "blocked the merger"): 2; what someone leaves ("withdrew from the
 * conference", "walked out of the talks"): 3; none of these: 0. */
static int reacted_to(const wtok *w, size_t i) {
  static const char *const dets[] = {"the", "this", "that", "these",  "those", "his",
                                     "her", "their", "its", "a", "an", NULL}; /* "rejected a full ceasefire" */
  size_t k = word_before(w, i, dets), v = 0;
  int found = 0;
  if (k >= 2)
    v = k - 2, found = 1;
  /* "approved Nippon Steel's takeover": a possessive name for the article */
  else if (i >= 2 && w[i - 1].poss && w[i - 1].cap) {
    size_t s = i - 1;
    while (s > 0 && s + 4 > i && w[s - 1].cap && !w[s].brk)
      s--;
    if (s > 0 && !w[s].brk)
      v = s - 1, found = 1;
  }
  /* "withdrew its delegation from the COP29 climate conference", "walked
   * out of the talks": what is left was under way before */
  for (size_t p = i; p-- > 0 && p + 6 > i && !w[p + 1].brk;)
    if (is_word(&w[p], "from") || (p > 0 && is_word(&w[p], "of") && is_word(&w[p - 1], "out"))) {
      for (size_t a = p; a-- > 0 && a + 6 > p && !w[a + 1].brk;)
        if (word_is(&w[a], "leave"))
          return 3;
      break;
    }
  if (!found)
    return 0;
  /* "is expected to vote on the deal", "ruled on the merger" */
  if (v > 0 && is_word(&w[v], "on") && word_is(&w[v - 1], "decide_on"))
    return 2;
  /* "turning down the deal", "voted down the offer" */
  if (v > 0 && is_word(&w[v], "down") && word_is(&w[v - 1], "turn_down"))
    return 2;
  return word_is(&w[v], "react") ? 1 : word_is(&w[v], "decide") ? 2 : 0;
}

static int has_det(const wtok *w, size_t i) {
  if (i == 0 || w[i].brk)
    return 0; /* "late on Sunday, killing 800 people": no determiner across a comma */
  const wtok *p = &w[i - 1];
  if (p->poss || p->cap)
    return 1;
  for (int k = 0; determiners[k]; k++)
    if (strcmp(p->low, determiners[k]) == 0)
      return 1;
  /* "his $44 billion takeover", "a $1.2bn deal": an amount between */
  /* "a 50 billion euro support package": or names its currency after it */
  size_t k = i;
  int named = 0;
  while (k > 1 && k + 5 > i &&
         (isdigit((unsigned char)w[k - 1].low[0]) || word_is(&w[k - 1], "amount") ||
          (k == i && word_is(&w[k - 1], "currency"))))
    named |= word_is(&w[--k], "currency");
  if (k == i || !isdigit((unsigned char)w[k].low[0]) || !(w[k].brk || named))
    return 0; /* (the amount opens with its currency sign, a break before the digits) */
  for (int d = 0; determiners[d]; d++)
    if (strcmp(w[k - 1].low, determiners[d]) == 0)
      return 1;
  return w[k - 1].poss;
}

/* "the long-delayed national security trial of Jimmy Lai": "the", up to
 * three lower-case words that are no verbs, the noun, then "of" */
static int det_of(const wtok *w, size_t n, size_t i, size_t tl) {
  static const char *const function[] = {"of", "and", "or", "to", "in", "for", "with", "on", "at", "by", "from",
                                         "as", "is", "was", "be", "are", "were", "not", "has", "had", "have", NULL};
  if (i + tl >= n || !is_word(&w[i + tl], "of") || w[i + tl].brk)
    return 0;
  for (size_t k = i; k-- > 0 && k + 4 >= i;) {
    if (w[k + 1].brk)
      return 0;
    if (is_word(&w[k], "the") || is_word(&w[k], "a") || is_word(&w[k], "an"))
      return k + 1 < i;
    int hyphenated = memchr(w[k].low, '-', w[k].len) != NULL;
    if (w[k].cap || !isalpha((unsigned char)w[k].low[0]) || word_in(&w[k], function) ||
        (tl_past_form(w[k].low, w[k].len) && !hyphenated))
      return 0;
  }
  return 0;
}

/* "a catastrophic implosion", "a pre-dawn raid": an article, then a
 * lower-case word that is not a function word, before token i.  Enough
 * for a noun that names something happening (an accident, an attack, an
 * operation, a protest), not for "address" or "talk" ("a false address",
 * "tough talk"). */
static int has_article_adj(const wtok *w, size_t i, const char *type) {
  static const char *const articles[] = {"a", "an", "the", "his", "her", "their", "its", "our", "this", NULL};
  static const char *const function[] = {"of", "and", "or", "to", "in", "for", "with", "on", "at", "by", "from",
                                         "as", "is", "was", "be", "are", "were", "not", NULL};
  static const char *const types[] = {"accident", "attack", "operation", "protest", "election", "agreement",
                                      "ruling", "sport", "death", NULL};
  int happening = 0;
  for (int k = 0; types[k]; k++)
    happening |= strcmp(type, types[k]) == 0;
  if (!happening || i < 2)
    return 0;
  const wtok *p = &w[i - 1];
  /* "Sunday's presidential runoff": a possessive for the article */
  if (!p->cap && !p->brk && isalpha((unsigned char)p->low[0]) && (word_in(&w[i - 2], articles) || w[i - 2].poss) &&
      !word_in(p, function))
    return 1;
  /* "a short-lived armed rebellion": two such words before a violent
   * happening (not "a border demarcation treaty": a thing) */
  const wtok *q = &w[i - 2];
  int violent = strcmp(type, "attack") == 0 || strcmp(type, "accident") == 0 || strcmp(type, "death") == 0 ||
                strcmp(type, "protest") == 0;
  return violent && i >= 3 && !p->cap && !p->brk && !q->cap && !q->brk && isalpha((unsigned char)p->low[0]) &&
         isalpha((unsigned char)q->low[0]) && word_in(&w[i - 3], articles) && !word_in(p, function) &&
         !word_in(q, function);
}


static size_t tok_index_at(const wtok *w, size_t n, size_t byte) {
  for (size_t i = 0; i < n; i++)
    if (w[i].end > byte)
      return i;
  return n ? n - 1 : 0;
}

/* The last token that starts before byte: the token a temporal
 * expression ending at byte ends in ("New Year's" ends in "Year", whose
 * "'s" is no token). */
static size_t tok_index_last(const wtok *w, size_t n, size_t byte) {
  size_t k = tok_index_at(w, n, byte);
  while (k > 0 && w[k].start > byte)
    k--;
  return k;
}

static int push_mention(tl_extraction *out, tl_mention *m) {
  if (out->nmentions == out->cap) {
    size_t nc = out->cap ? out->cap * 2 : 16;
    tl_mention *nv = realloc(out->mentions, nc * sizeof *nv);
    if (!nv)
      return TL_ENOMEM;
    out->mentions = nv;
    out->cap = nc;
  }
  out->mentions[out->nmentions++] = *m;
  return 0;
}

static void mention_clear(tl_mention *m) {
  free(m->place);
  for (size_t i = 0; i < m->nparts; i++) {
    free(m->parts[i].name);
    free(m->parts[i].key);
  }
  free(m->parts);
}

/* Removes (and frees) mention a of out, keeping the order of the rest. */
static void mention_remove(tl_extraction *out, size_t a) {
  mention_clear(&out->mentions[a]);
  memmove(&out->mentions[a], &out->mentions[a + 1], (out->nmentions - a - 1) * sizeof *out->mentions);
  out->nmentions--;
}

/* A deep copy of src into dst (its place and participants its own). */
static int mention_copy(tl_mention *dst, const tl_mention *src) {
  *dst = *src;
  dst->place = NULL;
  dst->parts = NULL;
  dst->nparts = 0;
  if (src->place && !(dst->place = tl_strdup(src->place)))
    return TL_ENOMEM;
  if (src->nparts && !(dst->parts = calloc(src->nparts, sizeof *dst->parts))) {
    mention_clear(dst);
    return TL_ENOMEM;
  }
  for (size_t k = 0; k < src->nparts; k++) {
    dst->parts[k] = src->parts[k];
    dst->parts[k].name = tl_strdup(src->parts[k].name);
    dst->parts[k].key = tl_strdup(src->parts[k].key);
    dst->nparts++;
    if (!dst->parts[k].name || !dst->parts[k].key) {
      mention_clear(dst);
      return TL_ENOMEM;
    }
  }
  return 0;
}

/* Does t name one day ("Friday", "June 5"), not a range or a coarser date? */
static int single_day(const tl_timex *t) {
  return t->span.gran <= TL_GRAN_DAY && t->span.gran != TL_GRAN_NONE && t->span.first != TL_DAY_NONE &&
         t->span.first == t->span.last; /* a day, or a time or part of one ("Thursday evening") */
}

/* Is timex t usable as an event date? */
static int datable(const tl_timex *t) {
  if (t->span_days > 0)
    return 1;
  return (t->type == TL_TIMEX_DATE || t->type == TL_TIMEX_TIME) && t->span.first != TL_DAY_NONE &&
         t->span.gran <= TL_GRAN_YEAR;
}

/* "governor Mykola Kalashnyk said Russia was carrying out attacks": the
 * byte where the last reporting verb before the trigger at i starts, when
 * someone else is the subject of what is reported; 0 otherwise ("Witkoff
 * said he met Putin": he is the speaker, who stays). */
static size_t speaker_end(const wtok *w, size_t i) {
  static const char *const pron[] = {"he", "she", "they", "we", "i", "it", "its", "their", "his", "her", "our", NULL};
  for (size_t k = i; k-- > 0;) {
    if (!is_reporting(&w[k]))
      continue;
    /* the subject of the reported clause: within three words, past "that"
     * and the one told ("told reporters he had met Putin") */
    for (size_t a = k + 1; a < i && a <= k + 3; a++)
      for (int p = 0; pron[p]; p++)
        if (strcmp(w[a].low, pron[p]) == 0)
          return 0;
    /* "told a House subcommittee on Tuesday that ...": the one told only
     * hears the report too; but "said in March that he would step down":
     * he is the speaker */
    for (size_t a = k + 1; a < i && a <= k + 10 && !w[a].brk; a++)
      if (strcmp(w[a].low, "that") == 0) {
        for (int p = 0; a + 1 < i && pron[p]; p++)
          if (strcmp(w[a + 1].low, pron[p]) == 0)
            return 0;
        return w[a].start;
      }
    return w[k].start;
  }
  return 0;
}

/* Is a reporting verb within 3 words of the timex? Returns its index+1. */
static size_t reporting_near(const wtok *w, size_t n, size_t ta, size_t tb) {
  size_t lo = ta >= 3 ? ta - 3 : 0, hi = tb + 3 < n ? tb + 3 : n - 1;
  for (size_t k = lo; k <= hi && k < n; k++)
    if (is_reporting(&w[k]))
      return k + 1;
  return 0;
}

static void fmt_span(char *buf, size_t cap, tl_span s) {
  char a[11], b[11];
  tl_day_format(a, s.first);
  tl_day_format(b, s.last);
  if (s.first == s.last)
    snprintf(buf, cap, "%s", a);
  else
    snprintf(buf, cap, "%s..%s", a, b);
}

/* Clauses of a sentence: a new clause starts at , ; : ( ) or a dash, and
 * at a subordinating word ("after the ship struck it", "when it vanished",
 * "which began"), which also marks the clause as subordinate.  A
 * subordinating word right before a temporal expression ("after Friday",
 * "since 2019") is a preposition and starts nothing. */
static const char *const subordinators[] = {"after", "before", "since", "until", "till", "because", "although",
                                            "though", "while", "when", "whereas", "which", "who", "whom",
                                            "whose", "where", "once", "unless", "if", NULL};

typedef struct {
  int id;
  int sub;      /* subordinate clause */
  int relative; /* starts with which/who: describes the noun before it (2:
                   an apposition with its own noun, "a figure published on
                   Friday") */
  int when;     /* starts with "when": may describe the date before it */
} clause_t;

/* The first token of the clause of token k. */
static size_t clause_start(const clause_t *cl, size_t k) {
  while (k > 0 && cl[k - 1].id == cl[k].id)
    k--;
  return k;
}

/* First timex starting at or after byte (timexes are ordered). */
static size_t timex_from(const tl_extraction *out, size_t byte) {
  size_t a = 0, b = out->timexes.count;
  while (a < b) {
    size_t m = (a + b) / 2;
    if (out->timexes.items[m].start < byte)
      a = m + 1;
    else
      b = m;
  }
  return a;
}


/* Are bytes [a, b) spaces and at most one comma? */
static int only_comma_between(const char *text, size_t a, size_t b) {
  int commas = 0;
  for (size_t k = a; k < b; k++)
    if (text[k] == ',')
      commas++;
    else if (!isspace((unsigned char)text[k]))
      return 0;
  return commas <= 1;
}

/* The timex ending at byte (the end of a word), or -1. */
static long timex_ending(const tl_extraction *out, size_t byte) {
  for (size_t k = timex_from(out, byte > 64 ? byte - 64 : 0); k < out->timexes.count && out->timexes.items[k].start < byte;
       k++)
    if (out->timexes.items[k].end == byte)
      return (long)k;
  return -1;
}

static int timex_ends_at(const tl_extraction *out, size_t byte) { return timex_ending(out, byte) >= 0; }

static int timex_starts_at(const tl_extraction *out, size_t byte) {
  size_t k = timex_from(out, byte);
  return k < out->timexes.count && out->timexes.items[k].start == byte;
}

/* "the June 1 runoff", "the Dec. 7 ceremony": a date between an article
 * and the trigger at token i. */
static int dated_det(const tl_extraction *out, const wtok *w, size_t n, size_t i) {
  static const char *const articles[] = {"the", "a", "an", "his", "her", "their", "its", "this", "last", NULL};
  long k = i >= 2 ? timex_ending(out, w[i - 1].end) : -1;
  if (k < 0)
    return 0;
  size_t ts = tok_index_at(w, n, out->timexes.items[k].start);
  while (ts > 1 && ts < i && w[ts - 1].cap && !w[ts].brk && !w[ts - 1].brk)
    ts--; /* "the Euro 2024 final" */
  return ts < i && ts > 0 && word_in(&w[ts - 1], articles);
}

/* Is token k a trigger verb in a past tense right after "and" or "then"
 * ("was sworn in on Tuesday and met Tusk")? */
static int second_verb_at(const xctx *x, const wtok *w, size_t n, size_t k) {
  size_t l;
  return k > 0 && (is_word(&w[k - 1], "and") || is_word(&w[k - 1], "then")) && match(x->triggers, w, n, k, &l) &&
         past_trigger(w, k);
}

/* Is the word at i (after, before, since, until, till) a preposition
 * before a noun phrase ("sworn in before parliament on Wednesday", "after
 * Friday's meeting") rather than a conjunction before a clause ("after he
 * won the runoff", "after the ship struck the bridge")?  A clause has a
 * subject pronoun or a gerund right after the word, or a verb (a past form,
 * an auxiliary, an -ing form) before the next punctuation or preposition;
 * a preposition's noun phrase is short. */
static int preposition_use(const tl_extraction *out, const wtok *w, size_t n, size_t i) {
  static const char *const preps[] = {"after", "before", "since", "until", "till", NULL};
  static const char *const subjects[] = {"he", "she", "it", "they", "we", "i", "you", NULL};
  static const char *const aux[] = {"was", "were", "is", "are", "had", "has", "have", "will", "would", "could",
                                    "did", "does", "do", "be", "been", NULL};
  if (!word_in(&w[i], preps))
    return 0;
  if (i + 1 < n && word_in(&w[i + 1], subjects))
    return 0;
  static const char *const ends[] = {"on", "in", "at", "of", "for", "with", "to", "from", "by", "and", NULL};
  /* (up to the next of these words or a date after the noun: "sank
   * before dawn on Monday off the fishing village of Porticello after
   * being struck by a storm" has no verb of its own) */
  for (size_t k = i + 1; k < n && k < i + 13 && !w[k].brk && !word_in(&w[k], preps); k++) {
    if (k > i + 1 && timex_starts_at(out, w[k].start))
      break;
    size_t l = strlen(w[k].low);
    if (word_in(&w[k], aux) || tl_past_form(w[k].low, l) || (l > 4 && strcmp(w[k].low + l - 3, "ing") == 0))
      return 0; /* "after the ship struck", "a day after taking office" */
  }
  /* a short noun phrase ("before the ceremony on Saturday", "after his
   * election"); a longer run may hide a verb in the present ("until Kofi
   * Annan visits Baghdad"), and so may a name and a lower-case word in -s
   * ("until Iraq complies with") */
  size_t k = i + 1;
  for (; k < n && k < i + 9 && !w[k].brk && !word_in(&w[k], ends); k++) {
    size_t l = strlen(w[k].low);
    if (k > i + 1 && w[i + 1].cap && !w[k].cap && l > 2 && w[k].low[l - 1] == 's')
      return 0;
  }
  return k - (i + 1) <= 3;
}

/* Does punctuation that ends a clause (comma, semicolon, colon, bracket,
 * en or em dash; not the dots of "U.S.") stand between token i and the
 * one before it? */
static int clause_punct_before(const char *text, const wtok *w, size_t i) {
  for (size_t b = i ? w[i - 1].end : 0; b < w[i].start; b++) {
    unsigned char ch = (unsigned char)text[b];
    if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' ||
        (ch == 0xE2 && b + 2 < w[i].start && (unsigned char)text[b + 1] == 0x80 &&
         ((unsigned char)text[b + 2] == 0x94 || (unsigned char)text[b + 2] == 0x93)))
      return 1;
  }
  return 0;
}

/* Does a relative clause without "that" start at token i: a lower-case
 * noun after an article or possessive, then a subject (one or two
 * capitalised words, or his/her/their/its and a noun), then a past verb
 * ("the plan Washington put forward", "the order his predecessor
 * signed")? */
static int contact_relative_at(const wtok *w, size_t n, size_t i) {
  static const char *const poss[] = {"his", "her", "their", "its", NULL};
  static const char *const arts[] = {"the", "a", "an", "this", "that", NULL};
  static const char *const function[] = {"in", "on", "at", "of", "for", "by", "with", "from", "to", "and", "or",
                                          "as", "than", "into", NULL};
  if (i < 2 || w[i].brk || w[i - 1].cap || w[i - 1].brk || !isalpha((unsigned char)w[i - 1].low[0]))
    return 0;
  /* the subject first, the cheapest test: a name or his/her/their/its */
  int named = w[i].cap && !w[i].poss;
  if (!named && !((w[i].low[0] == 'h' || w[i].low[0] == 't' || w[i].low[0] == 'i') && word_in(&w[i], poss)))
    return 0;
  if (word_in(&w[i - 1], function))
    return 0; /* "the talks in Istanbul lasted": a preposition is no noun */
  /* the article, possessive or name's possessive, with at most one word
   * between it and the noun ("the 28-point plan") */
  size_t d = i - 2;
  if (!(word_in(&w[d], arts) || word_in(&w[d], poss) || w[d].poss) && d > 0 && !w[d].cap && !w[d].brk)
    d--;
  if (!(word_in(&w[d], arts) || word_in(&w[d], poss) || w[d].poss))
    return 0;
  size_t v = i;
  if (named) {
    v = i + 1;
    if (v < n && w[v].cap && !w[v].brk)
      v++;
  } else if (word_in(&w[i], poss) && i + 1 < n && !w[i + 1].cap) {
    v = i + 2;
  } else {
    return 0;
  }
  if (!(v < n && !w[v].brk && tl_past_form(w[v].low, w[v].len)))
    return 0;
  /* the verb's object is the noun before: a verb with an object of its own
   * is the name's ("the container ship Dali struck the bridge") */
  return !(v + 1 < n && !w[v + 1].brk && (word_in(&w[v + 1], arts) || word_in(&w[v + 1], poss) || w[v + 1].cap));
}

/* "the talks were meant to have ended", "the summit, which had been due
 * to close on Friday": a plan, whether or not it came about; at token j,
 * after the trigger, in its clause. */
static int unfulfilled(const wtok *w, size_t n, const clause_t *cl, size_t j) {
  static const char *const be[] = {"was", "were", "been", "is", "are", NULL};
  static const char *const plan[] = {"meant", "supposed", "due", "scheduled", "slated", "set", NULL};
  for (size_t k = j; k + 2 < n && k < j + 4 && cl[k].id == cl[j > 0 ? j - 1 : 0].id; k++)
    if (word_in(&w[k], be) && word_in(&w[k + 1], plan) && is_word(&w[k + 2], "to"))
      return 1;
  return 0;
}

/* A modal of obligation or possibility in the clause of the trigger at
 * token i (tl tokens): before it ("must hold an election") or right after
 * it ("an election must be held", "the deal would let"). */
static int modal_near(const wtok *w, size_t n, const clause_t *cl, size_t i, size_t tl) {
  static const char *const modal[] = {"must", "should", "would", "could", "might", "may", "shall", NULL};
  for (size_t k = i; k-- > 0 && k + 4 > i && cl[k].id == cl[i].id;)
    if (word_in(&w[k], modal))
      return 1;
  size_t j = i + tl;
  return j < n && cl[j].id == cl[i].id && word_in(&w[j], modal); /* "the deal would let Microsoft..." */
}

/* Is the word written in capitals, an acronym ("the WHO declared")? */
static int acronym(const xctx *x, const wtok *t) {
  if (t->end - t->start < 2)
    return 0;
  for (size_t b = t->start; b < t->end; b++)
    if (!isupper((unsigned char)x->text[b]))
      return 0;
  return 1;
}

/* Is the comma before token i one of "East Palestine, Ohio, on Feb. 3":
 * a region the gazetteer knows after a capitalised word, set off by
 * commas, completes a place's name and ends no clause.  The comma before
 * the region, and the one after it, return 1. */
static int region_comma(const xctx *x, const wtok *w, size_t n, size_t i) {
  size_t ml = 0;
  const tl_lex_entry *e;
  if (i > 0 && w[i].cap && w[i - 1].cap && !w[i - 1].poss && (e = match(x->places, w, n, i, &ml)) != NULL &&
      strcmp(e->field[0], "region") == 0 && !w[i + ml - 1].poss)
    return 1;
  for (size_t k = i > 4 ? i - 4 : 1; k < i; k++) /* the comma after "Ohio" */
    if (w[k].brk && w[k].cap && w[k - 1].cap && (e = match(x->places, w, n, k, &ml)) != NULL && k + ml == i &&
        strcmp(e->field[0], "region") == 0)
      return 1;
  return 0;
}

/* Is token q in another clause than the trigger's at i, one that holds a
 * date of its own apart from the event's days ("held a funeral on Tuesday, three
 * months after he was assassinated in Nara on July 8": Nara is July 8's)? */
static int dated_elsewhere(const tl_extraction *out, const wtok *w, size_t n, const clause_t *cl, size_t q, size_t i,
                           const tl_timex *t, const tl_span *days, const tl_sentence *s) {
  if (cl[q].id == cl[i].id)
    return 0;
  for (size_t k = timex_from(out, s->start); k < out->timexes.count && out->timexes.items[k].start < s->end; k++) {
    const tl_timex *o = &out->timexes.items[k];
    if (o != t && datable(o) && o->span.first != TL_DAY_NONE && cl[tok_index_at(w, n, o->start)].id == cl[q].id &&
        (o->span.last < days->first || o->span.first > days->last))
      return 1; /* (a date that agrees is the same setting: "gather in Miami today, for a third day of talks") */
  }
  return 0;
}

static void clauses(clause_t *cl, const xctx *x, const tl_extraction *out, const wtok *w, size_t n) {
  int id = 0, sub = 0, rel = 0, when = 0, last_id = 0;
  /* the clause a "who" or "which" clause set off by commas interrupts,
   * which goes on after its closing comma ("the election to replace Yoon,
   * who was ousted on Friday, will be held on June 3"): -1 if none */
  clause_t interrupted = {-1, 0, 0, 0};
  static const char *const goes_on[] = {"will", "would", "was", "were", "is", "are", "has", "have", "had", "must",
                                        "could", "can", "may", "should", NULL};
  for (size_t i = 0; i < n; i++) {
    int boundary = 0;
    if (i > 0 && clause_punct_before(x->text, w, i) && !region_comma(x, w, n, i)) {
      boundary = 1;
      sub = rel = when = 0;
      /* "the first round, held on May 16, had produced...": a past
       * participle and a preposition after a noun's comma describe the
       * noun, as a relative clause does */
      static const char *const preps[] = {"on", "in", "at", "by", "for", "over", "during", "last", "earlier", NULL};
      if (i + 1 < n && !w[i - 1].cap && !tl_past_form(w[i - 1].low, w[i - 1].len) &&
          tl_past_form(w[i].low, w[i].len) && word_in(&w[i + 1], preps))
        sub = rel = 1;
      /* "..., a figure published on Friday": so does an indefinite noun
       * phrase with such a participle, an apposition */
      if (is_word(&w[i], "a") || is_word(&w[i], "an"))
        for (size_t k = i + 1; k + 1 < n && k <= i + 4 && !w[k].brk; k++) /* "a former Brexit negotiator named by" */
          if (tl_past_form(w[k].low, w[k].len) && word_in(&w[k + 1], preps)) {
            sub = 1;
            rel = 2; /* its date is its noun's, never the sentence's */
            break;
          }
      /* "Alexei Navalny, the most prominent opponent of Vladimir Putin,
       * died": a noun phrase between a name and its verb, set off by
       * commas, describes the name (it holds no verb of its own) */
      if (!sub && w[i - 1].cap && (is_word(&w[i], "the") || is_word(&w[i], "a") || is_word(&w[i], "an") ||
                                   (w[i].cap && w[i].poss))) {
        size_t j = i + 1;
        int verb = 0;
        /* (not the last items of a list: "stormed Congress, the Supreme
         * Court and the palace on Sunday, smashing windows") */
        while (j < n && j < i + 12 && !clause_punct_before(x->text, w, j)) {
          verb |= tl_past_form(w[j].low, w[j].len) || is_word(&w[j], "who") || is_word(&w[j], "which") ||
                  is_word(&w[j], "that") || is_word(&w[j], "and") || is_word(&w[j], "or");
          j++;
        }
        size_t jl = j < n ? w[j].len : 0;
        int participle = jl > 4 && memcmp(w[j].low + jl - 3, "ing", 3) == 0;
        if (!verb && !participle && j < n && j < i + 12 && j > i + 1 && !w[j].cap &&
            isalpha((unsigned char)w[j].low[0]) && x->text[w[j].start - 1] != '.' && !word_in(&w[j], determiners)) {
          sub = 1;
          rel = 2;
        }
      }
    }
    for (int k = 0; subordinators[k]; k++)
      if (w[i].low[0] == subordinators[k][0] && strcmp(w[i].low, subordinators[k]) == 0 &&
          !(i + 1 < n && timex_starts_at(out, w[i + 1].start)) && !acronym(x, &w[i])) {
        boundary = 1;
        /* "sworn in before parliament on Wednesday": a preposition before
         * a noun phrase starts a part of the main clause, whose date the
         * main clause may take */
        sub = !preposition_use(out, w, n, i);
        rel = sub && (strcmp(w[i].low, "which") == 0 || strcmp(w[i].low, "who") == 0);
        when = sub && strcmp(w[i].low, "when") == 0;
      }
    /* "a submersible that vanished on a dive": "that" after a noun and
     * before a past verb starts a relative clause (not "said that...") */
    if (!boundary && i > 0 && i + 1 < n && strcmp(w[i].low, "that") == 0 && !is_reporting(&w[i - 1]) &&
        !timex_ends_at(out, w[i - 1].end) &&
        (past_trigger(w, i + 1) || (tl_past_form(w[i + 1].low, w[i + 1].len) && !w[i - 1].cap &&
                                    !is_word(&w[i - 1], "so") && !is_word(&w[i - 1], "now")))) {
      boundary = 1;
      sub = rel = 1;
      when = 0;
    }
    /* "the plan Washington put forward last week", "the order his
     * predecessor signed in January": a subject right after a noun, then a
     * past verb, is a relative clause without "that" */
    if (!boundary && contact_relative_at(w, n, i)) {
      boundary = 1;
      sub = rel = 1;
      when = 0;
    }
    /* "was passed on Wednesday and signed into law on Thursday": a second
     * trigger verb has its own date */
    if (!boundary && second_verb_at(x, w, n, i))
      boundary = 1;
    if (boundary && i > 0) {
      int comma = clause_punct_before(x->text, w, i);
      if (interrupted.id >= 0 && comma && cl[i - 1].relative == 1 && word_in(&w[i], goes_on)) {
        id = interrupted.id; /* the interrupted clause goes on */
        sub = interrupted.sub, rel = interrupted.relative, when = interrupted.when;
        interrupted.id = -1;
      } else {
        if (rel == 1 && comma && (is_word(&w[i], "who") || is_word(&w[i], "which")))
          interrupted = cl[i - 1];
        id = ++last_id;
      }
    }
    cl[i] = (clause_t){id, sub, rel, when};
  }
}

/* The attribution closing a sentence after the trigger at token i ("Pope
 * Francis died on Monday, the Vatican said."): bytes [*a, *b) of the clause
 * before the reporting verb, whose names only report.  Not when a clause
 * follows the verb ("..., the Vatican said that ..."). */
static void trailing_speaker(const wtok *w, size_t n, const clause_t *cl, size_t i, size_t *a, size_t *b) {
  static const char *const next[] = {"that", "he", "she", "they", "it", "we", "its", "their", NULL};
  *a = *b = 0;
  for (size_t k = n; k-- > i + 1;) {
    if (!is_reporting(&w[k]))
      continue;
    for (int q = 0; k + 1 < n && next[q]; q++)
      if (strcmp(w[k + 1].low, next[q]) == 0)
        return;
    size_t s = clause_start(cl, k);
    if (cl[s].id == cl[i].id || s == k)
      return;
    *a = w[s].start;
    *b = w[k].start;
    return;
  }
}

/* A verb of travel in the clause before token i ("travelled to Paris on
 * Wednesday for talks", "arrived in Riyadh for talks"). */
static int travel_before(const wtok *w, const clause_t *cl, size_t i) {
  for (size_t k = i; k-- > 0 && k + 10 > i && cl[k].id == cl[i].id;)
    if (word_is(&w[k], "travel"))
      return 1;
  return 0;
}

/* Where a second trigger verb joined by "and" or "then" starts, after
 * token j ("was sworn in on Tuesday and met Macron in Paris"): the byte of
 * the "and", or (size_t)-1. */
static size_t next_verb_cut(const xctx *x, const wtok *w, size_t n, size_t j) {
  /* "..., raising fears that Washington will leave the Paris Agreement":
   * a consequence told after a comma names others */
  for (size_t k = j + 1; k < n; k++) {
    if (second_verb_at(x, w, n, k))
      return w[k - 1].start;
    /* "met in Abuja on Sunday and gave the junta seven days to reinstate
     * Bazoum": whom a second past verb joined by "and" names is its own */
    if (k > j + 1 && is_word(&w[k - 1], "and") && !w[k].cap && tl_past_form(w[k].low, w[k].len))
      return w[k - 1].start;
    if (w[k].brk && word_is(&w[k], "sequel"))
      return w[k].start;
    /* "..., the first talks since the heated Oval Office meeting between
     * Zelensky and Trump": who is named in an event after "since" is that
     * event's */
    if (is_word(&w[k], "since") || is_word(&w[k], "following"))
      for (size_t v = k + 1; v < n && v < k + 7 && !w[v].brk; v++) {
        size_t l;
        if (match(x->triggers, w, n, v, &l) && !tl_past_form(w[v].low, w[v].len))
          return w[k].start;
      }
    /* "the channel reopened on June 10, and the Dali left Baltimore": a
     * second clause with its own subject, up to seven words ("..., and
     * Ariel Henry's resignation as prime minister took effect") */
    if (is_word(&w[k], "and") && w[k].brk && k + 1 < n && !tl_past_form(w[k + 1].low, w[k + 1].len))
      for (size_t v = k + 2; v < n && v < k + 9 && !w[v].brk; v++) {
        size_t l;
        /* "..., and Hamas handed three women to the Red Cross" */
        if ((match(x->triggers, w, n, v, &l) && past_trigger(w, v)) || tl_past_form(w[v].low, w[v].len) ||
            is_word(&w[v], "was") || is_word(&w[v], "were"))
          return w[k].start;
      }
  }
  return (size_t)-1;
}

/* Is text[a, b) a part of a hyphenated name that is not itself a known
 * country, organisation or place ("Russia-Ukraine", "Franco-German" are
 * no names)? */
static int hyphen_part_ok(const xctx *x, size_t a, size_t b) {
  char low[48];
  size_t n = b - a < sizeof low - 1 ? b - a : sizeof low - 1;
  for (size_t k = 0; k < n; k++)
    low[k] = (char)tolower((unsigned char)x->text[a + k]);
  low[n] = '\0';
  return !tl_lex_find(x->entities, low, n) && !tl_lex_find(x->places, low, n);
}

static int cmp_hash(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Does the word t occur in lower case in the text (its first megabyte)?
 * The words are hashed once per article. */
static int lower_elsewhere(xctx *x, const wtok *t) {
  if (!x->lower_built) {
    x->lower_built = 1;
    size_t end = x->len < (1u << 20) ? x->len : (1u << 20), cap = 0;
    for (size_t b = 0; b < end;) {
      while (b < end && !isalpha((unsigned char)x->text[b]))
        b++;
      size_t e = b;
      while (e < end && isalpha((unsigned char)x->text[e]))
        e++;
      if (e > b && islower((unsigned char)x->text[b])) {
        if (x->nlower == cap) {
          size_t nc = cap ? cap * 2 : 256;
          uint64_t *nv = realloc(x->lower, nc * sizeof *nv);
          if (!nv)
            break; /* without the list, a word is not known in lower case */
          x->lower = nv, cap = nc;
        }
        x->lower[x->nlower++] = tl_hash64(x->text + b, e - b, 0);
      }
      b = e;
    }
    if (x->nlower)
      qsort(x->lower, x->nlower, sizeof *x->lower, cmp_hash);
  }
  uint64_t h = tl_hash64(t->low, t->len, 0);
  return x->nlower && bsearch(&h, x->lower, x->nlower, sizeof h, cmp_hash) != NULL;
}

/* Is the capitalised word opening a sentence (or following a dateline) a
 * name: "Sunak conceded defeat", "Erdogan visited"?  Only before a past
 * verb or a verb of saying, when the text never writes it in lower case,
 * and not a plural, a gerund or a word of the lexicons ("Police said",
 * "Rescuers found", "Fighting erupted"). */
static int initial_name(xctx *x, const wtok *w, size_t n, size_t i) {
  const wtok *t = &w[i];
  if (i + 1 >= n || w[i + 1].cap || w[i + 1].brk || t->len < 3)
    return 0;
  const wtok *v = &w[i + 1];
  if (!(tl_past_form(v->low, v->len) || is_word(v, "said") || is_word(v, "says") || is_word(v, "told")))
    return 0;
  char last = t->low[t->len - 1];
  if (last == 's' || (t->len > 4 && strcmp(t->low + t->len - 3, "ing") == 0) ||
      (t->len > 3 && strcmp(t->low + t->len - 3, "men") == 0) || /* "Gunmen opened fire" */
      (t->len > 4 && strcmp(t->low + t->len - 2, "ly") == 0))
    return 0;
  for (size_t k = 1; k < t->len; k++)
    if (!islower((unsigned char)x->text[t->start + k]))
      return 0; /* letters only, capital first: "Sunak", not "UN" or "McDonald's" */
  size_t l;
  if (match(x->triggers, w, n, i, &l) || match(x->entities, w, n, i, &l) || match(x->places, w, n, i, &l))
    return 0;
  return !word_is(t, "common") && !lower_elsewhere(x, t);
}

/* A lone capitalised word that can be a surname ("Umerov met Witkoff"):
 * not the first word, not a known word of any lexicon, letters only. */
static int plain_name(const xctx *x, const wtok *w, size_t n, size_t i) {
  const wtok *t = &w[i];
  size_t len = t->end - t->start;
  /* a sentence's first word is capitalised anyway; a hyphenated name
   * ("Al-Shabaab fighters attacked") is not */
  int hyphenated = memchr(x->text + t->start, '-', len) != NULL;
  /* so is a word after an opening quote, a colon or a dash ("``Obviously,
   * it is...", "JERUSALEM (AP)_ Taking the stand") */
  int opens = 0;
  for (size_t b = i > 0 ? w[i - 1].end : t->start; i > 0 && b < t->start; b++) {
    unsigned char ch = (unsigned char)x->text[b];
    opens |= ch == '"' || ch == '`' || ch == ':' || ch == '_' || ch == '(' ||
             (ch == 0xE2 && b + 2 < t->start && (unsigned char)x->text[b + 1] == 0x80 &&
              ((unsigned char)x->text[b + 2] == 0x9C || (unsigned char)x->text[b + 2] == 0x94));
  }
  int after_dateline = i > 0 && w[i - 1].start < x->dateline_end;
  if (after_dateline)
    opens = 0; /* the dateline's dash opens the sentence, no quotation */
  int initial = ((i == 0 || opens) && !hyphenated) || after_dateline;
  /* (the context is the caller's own; only its cache of lower-case words changes) */
  if ((initial && (opens || !initial_name((xctx *)x, w, n, i))) || t->start < x->dateline_end || len < 3 ||
      title_kind(x, t))
    return 0;
  static const tl_lex *_Atomic timex_lx;
  if (tl_lex_find(tl_lex_cached(&timex_lx, "timex.tsv"), t->low, strlen(t->low)))
    return 0; /* "Two days", "Friday", "Summer" */
  int upper = 0;
  size_t part = t->start; /* "Notre-Dame", "Al-Shifa": capitalised parts joined by hyphens */
  for (size_t k = t->start; k < t->end; k++) {
    unsigned char ch = (unsigned char)x->text[k];
    if (ch == '-' && k > part + 1 && k + 2 < t->end && isupper((unsigned char)x->text[k + 1])) {
      if (!hyphen_part_ok(x, part, k))
        return 0;
      part = k + 1;
      continue;
    }
    if (!isalpha(ch))
      return 0;
    upper += isupper(ch) != 0;
  }
  if (part > t->start && !hyphen_part_ok(x, part, t->end))
    return 0;
  if ((size_t)upper == len - (part > t->start))
    return 0; /* an acronym or a dateline city */
  /* "a Manhattan jury", "an Istanbul court": a name between an indefinite
   * article and a noun only says what kind */
  if (i > 0 && i + 1 < n && (is_word(&w[i - 1], "a") || is_word(&w[i - 1], "an")) && !w[i].brk && !w[i + 1].brk &&
      !w[i + 1].cap && isalpha((unsigned char)w[i + 1].low[0]))
    return 0;
  return !tl_lex_find(x->triggers, t->low, strlen(t->low));
}

/* Is the word at token j, after "the" and a place, a common noun the place
 * says which of ("the Pittsburgh steelmaker"), rather than a verb or a
 * function word after a name ("the Dali was refloated", "the Dali since
 * the ship struck")? */
static int place_modifies(const wtok *w, size_t n, size_t j) {
  static const char *const function[] = {
      "was", "were", "is", "are", "be", "been", "has", "had", "have", "will", "would", "could", "should", "can",
      "may", "might", "must", "did", "does", "do", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "from",
      "for", "with", "by", "into", "onto", "off", "over", "under", "near", "after", "before", "since", "until",
      "while", "when", "where", "as", "than", "that", "which", "who", "whom", "whose", "its", "his", "her",
      "their", "it", "he", "she", "they", "this", "these", "those", "also", "then", "now", "not", "again",
      "there", "here", "said", "says", "says", "about", "against", "during", "through", "without", NULL};
  if (j >= n || w[j].brk || w[j].cap || !isalpha((unsigned char)w[j].low[0]) || word_in(&w[j], function))
    return 0;
  size_t l = w[j].len;
  return !tl_past_form(w[j].low, l) && !(l > 4 && strcmp(w[j].low + l - 3, "ing") == 0) &&
         !(l > 2 && w[j].low[l - 1] == 's' && w[j].low[l - 2] != 's');
}

/* Is a gazetteer place named at token i (*pl words) inside a sentence, as
 * the whole of a capitalised name ("Coast Guard" holds one as a word) and
 * not as the name of a thing ("the Dali", "the container ship Dali" is a
 * ship, not the city)?  Not at the start of a sentence, where it may be a
 * name ("Dali refloated") or stand for those who govern it. */
static int lone_place(const xctx *x, const wtok *w, size_t n, size_t i, size_t *pl) {
  if (i == 0 || !w[i].cap || !match(x->places, w, n, i, pl))
    return 0;
  for (size_t k = i; k > 0 && k + 3 > i; k--) {
    if (strcmp(w[k - 1].low, "the") == 0)
      return k == i && place_modifies(w, n, i + *pl); /* "the Pittsburgh steelmaker" */
    if (w[k - 1].cap || w[k].brk)
      break;
  }
  return !(i + *pl < n && w[i + *pl].cap && !w[i + *pl].brk) && !(w[i - 1].cap && !w[i].brk);
}

/* Is the word at token i the surname of someone named in full before
 * ("Lloyd Austin ... Austin said")? */
static int known_person(const xctx *x, const wtok *w, size_t i) {
  char *name = span_text(x, w, i, 1);
  int known = !name || person_by_key(x, name) != NULL;
  free(name);
  return known;
}

/* Is w[k] a verb whose object is where the event happens: a visit
 * ("visited the Kremlin"), an attack ("struck Odesa", "shelled Kharkiv"),
 * or what a disaster did ("an earthquake hit Tibet", "a cyclone lashed
 * Mozambique")?  Not a noun ("the strike"), nor what an accident verb
 * takes ("crashed Windows computers", "collapsed the roof"). */
static int target_verb(const xctx *x, const wtok *w, size_t k) {
  const wtok *t = &w[k];
  if (word_is(t, "disaster_verb") && accident_before(x, w, k))
    return 1;
  if (k > 0 && strcmp(t->low, "to") == 0) { /* "travelled to Balmoral" */
    char two[40];
    int l = snprintf(two, sizeof two, "%s to", w[k - 1].low);
    const tl_lex_entry *v = l > 0 && (size_t)l < sizeof two ? tl_lex_find(x->triggers, two, (size_t)l) : NULL;
    return v && strcmp(v->field[0], "visit") == 0;
  }
  const tl_lex_entry *e = tl_lex_find(x->triggers, t->low, strlen(t->low));
  if (!e)
    return 0;
  if (strcmp(e->field[0], "visit") == 0)
    return 1;
  size_t n = strlen(t->low);
  int verb = (n > 3 && strcmp(t->low + n - 2, "ed") == 0) || strcmp(t->low, "struck") == 0;
  /* (not what is done to a person: "killed Hamas leader Yahya Sinwar") */
  if (tl_family_role(e->field[1], "person"))
    return 0;
  return verb && strcmp(e->field[0], "attack") == 0;
}

/* "the Sicilian fishing village", "a Bavarian town": a capitalised word
 * in -ian, -ean or -ese the lexicons do not know, between an article and a
 * lower-case word that is no verb, is the adjective of a people or a
 * region, nobody by itself (unless the article names a person so). */
static int demonym_adjective(const xctx *x, const wtok *w, size_t n, size_t i) {
  size_t l = w[i].len, ml;
  if (!w[i].cap || l < 6 || i == 0 || i + 1 >= n || w[i + 1].brk || w[i + 1].cap || w[i].poss ||
      !isalpha((unsigned char)w[i + 1].low[0]))
    return 0;
  const char *e = w[i].low + l - 3;
  if (strcmp(e, "ian") != 0 && strcmp(e, "ean") != 0 && strcmp(e, "ese") != 0)
    return 0;
  if (!(is_word(&w[i - 1], "the") || is_word(&w[i - 1], "a") || is_word(&w[i - 1], "an")) || w[i].brk)
    return 0;
  if (tl_past_form(w[i + 1].low, w[i + 1].len) || is_reporting(&w[i + 1]))
    return 0;
  /* (not the surname of someone the article names in full: "the Slepian
   * home" after "Barnett Slepian") */
  const char *who = person_by_key(x, w[i].low);
  return !match(x->entities, w, n, i, &ml) && !(who && strchr(who, ' '));
}

/* Is w a word of data/placewords.tsv of that kind ("head", "tail")? */
static int place_word(const xctx *x, const wtok *w, const char *kind) {
  return tl_lex_find_class(x->placewords, w->low, w->len, kind) != NULL;
}

/* The lower-case noun of a site right after a name at token k ("the Al
 * Udeid air base", "the Shifa hospital", "the Diriyah palace"): its
 * tokens, or 0.  The name before it names the site: where, not who. */
static size_t site_after(const xctx *x, const wtok *w, size_t n, size_t k) {
  if (k >= n || w[k].cap || w[k].brk)
    return 0;
  size_t a = k;
  if (k + 1 < n && !w[k + 1].cap && !w[k + 1].brk &&
      (is_word(&w[k], "air") || is_word(&w[k], "naval") || is_word(&w[k], "military") || is_word(&w[k], "army") ||
       is_word(&w[k], "nuclear") || is_word(&w[k], "power") || is_word(&w[k], "refugee")))
    a++; /* "air base", "nuclear plant", "refugee camp" */
  if (word_is(&w[a], "site") || place_word(x, &w[a], "building") || place_word(x, &w[a], "feature") ||
      (a == k && place_word(x, &w[a], "area")))
    return a + 1 - k;
  return 0;
}

/* A run of two to four capitalised words at token i that reads as the name
 * of a place: it starts with a head word ("St.", "Fort", "Lake", "North")
 * or ends with a tail word ("Beach", "Key", "County"); an abbreviated head
 * keeps its dot ("St. Pete Beach").  Returns its tokens, or 0. */
static size_t place_run(const xctx *x, const wtok *w, size_t n, size_t i) {
  if (!w[i].cap || is_calendar_word(&w[i]))
    return 0;
  size_t j = i + 1;
  while (j < n && j < i + 4 && w[j].cap && !is_calendar_word(&w[j]) && !w[j - 1].poss) {
    if (w[j].brk) { /* only the dot of an abbreviated head: "St. Pete" */
      size_t a = w[j - 1].end, b = w[j].start;
      if (!(j == i + 1 && place_word(x, &w[i], "head") && w[i].len <= 3 && b > a && x->text[a] == '.' &&
            b - a == 2 && x->text[a + 1] == ' '))
        break;
    }
    j++;
  }
  if (j - i < 2 || !(place_word(x, &w[i], "head") || place_word(x, &w[j - 1], "tail")))
    return 0;
  size_t ml;
  for (size_t k = i; k < j; k++)
    if (match(x->entities, w, n, k, &ml) || known_person(x, w, k))
      return 0; /* "in Lake Placid" yes, "near President Biden" no */
  return j - i;
}

/* "met in Kananaskis", "shelling near Kupiansk": one capitalised word the
 * lexicons do not know, right after "in", "near" or "outside", is a place
 * (a person is not "in" anyone; a known person seen before stays one);
 * so is a run of words that reads as a place's name there ("visited St.
 * Pete Beach", "near Siesta Key", "in the North Atlantic").  Returns the
 * place's tokens, or 0. */
static size_t unknown_place_at(const xctx *x, const wtok *w, size_t n, size_t i) {
  if (i == 0 || !w[i].cap || w[i].poss)
    return 0;
  size_t p = i - 1;
  if (p > 0 && strcmp(w[p].low, "the") == 0)
    p--; /* "in the North Atlantic" */
  /* "the enrichment plant at Fordow", "the air base at Ramstein" */
  /* "off Pylos", "off the coast of Pylos": at sea before a place */
  if (p >= 3 && strcmp(w[p].low, "of") == 0 && strcmp(w[p - 1].low, "coast") == 0)
    p -= strcmp(w[p - 2].low, "the") == 0 ? 3 : 2;
  /* "at Balmoral in Scotland": somewhere in a place the gazetteer knows */
  size_t gl = 0;
  int at_in = p == i - 1 && strcmp(w[p].low, "at") == 0 && i + 2 < n && strcmp(w[i + 1].low, "in") == 0 &&
              !w[i + 1].brk && match(x->places, w, n, i + 2, &gl) != NULL;
  /* "talks at the Diriyah Palace": a name that reads as a place's after "at" */
  int at_place = strcmp(w[p].low, "at") == 0 && place_run(x, w, n, i) > 0;
  int after = strcmp(w[p].low, "in") == 0 || strcmp(w[p].low, "near") == 0 || strcmp(w[p].low, "outside") == 0 ||
              strcmp(w[p].low, "off") == 0 || at_in || at_place ||
              target_verb(x, w, p) || (p > 0 && p == i - 1 && strcmp(w[p].low, "at") == 0 && word_is(&w[p - 1], "site"));
  /* "in East Palestine, Ohio": the capitalised words before a region the
   * gazetteer knows, after a comma, are a town of it (whatever names
   * they hold) */
  if (after) {
    size_t j = i;
    while (j < n && j < i + 3 && w[j].cap && !(j > i && w[j].brk) && !w[j].poss)
      j++;
    if (j < n && j > i && w[j].brk && memchr(x->text + w[j - 1].end, ',', w[j].start - w[j - 1].end) &&
        region_comma(x, w, n, j))
      return j - i;
  }
  /* "on Bourbon Street", "on Nevsky Avenue": a street after "on" */
  int on = strcmp(w[p].low, "on") == 0;
  size_t run = place_run(x, w, n, i);
  /* "the Baltic Sea", "the Arctic Circle", "Westminster Abbey": a
   * natural feature or a landmark is a place wherever it stands */
  if (run && place_word(x, &w[i + run - 1], "feature"))
    return run;
  if (!after && !on)
    return 0;
  if (run && on)
    return word_is(&w[i + run - 1], "street") ? run : 0;
  if (run)
    return run;
  if (on || p != i - 1 || (i + 1 < n && w[i + 1].cap && !w[i + 1].brk))
    return 0;
  return plain_name(x, w, n, i) && !known_person(x, w, i) ? 1 : 0;
}

/* Is the gazetteer match pe at token i (pl words) a place the text puts
 * something in: "in Miami", "to the Kremlin", "the Geneva talks"?  Not a
 * country (that is a participant) and not a possessive ("Kyiv's
 * delegation" is the government). */
/* The tokens of a country named with a possessive from token k ("Papua
 * New Guinea's", "Ukraine's"), or 0. */
static size_t country_poss_at(const xctx *x, const wtok *w, size_t n, size_t k) {
  size_t cl = 0;
  const tl_lex_entry *ce = k < n ? match(x->places, w, n, k, &cl) : NULL;
  return ce && strcmp(ce->field[0], "country") == 0 && w[k + cl - 1].poss ? cl : 0;
}

/* Does "in" at token j introduce a place the gazetteer knows, no country
 * ("in Gaza", "in Papua New Guinea's Enga province")?  Then a building,
 * a site or a village it does not know before it gives way to that place,
 * so that every source names one place. */
static int known_place_in(const xctx *x, const wtok *w, size_t n, size_t j) {
  if (j + 1 >= n || !is_word(&w[j], "in") || w[j].brk)
    return 0;
  size_t q = j + 1, ql = 0;
  q += country_poss_at(x, w, n, q);
  const tl_lex_entry *ke = q < n && w[q].cap ? match(x->places, w, n, q, &ql) : NULL;
  return ke && strcmp(ke->field[0], "country") != 0;
}

static int place_here(const xctx *x, const wtok *w, size_t n, size_t i, size_t pl, const tl_lex_entry *pe) {
  static const char *const preps[] = {"in", "at", "to", "near", "outside", "inside", "into",
                                      "toward", "towards", "off", "around", "across", "throughout", NULL};
  size_t kl = strlen(pe->key);
  int own_s = kl > 2 && pe->key[kl - 2] == '\'' && (pe->key[kl - 1] == 's' || pe->key[kl - 1] == 'S');
  if (strcmp(pe->field[0], "country") == 0 || !w[i].cap || (w[i + pl - 1].poss && !own_s))
    return 0;
  /* "the North Atlantic", "Victoria Falls": the name goes on past the
   * gazetteer's (a date may follow: "in Miami Tuesday") */
  if (i + pl < n && w[i + pl].cap && !w[i + pl].brk && !w[i + pl - 1].poss && !is_calendar_word(&w[i + pl]) &&
      !place_word(x, &w[i + pl], "tail"))
    return 0; /* but "the Gaza Strip", "Donetsk Oblast" are Gaza and Donetsk */
  if (settlement_of(x, w, i))
    return 1; /* "attacked the town of Goma" */
  /* "near the Pennsylvania line", "across the Texas border": an edge of
   * the place, no place of the event */
  if (i > 0 && i + pl < n && is_word(&w[i - 1], "the") && !w[i + pl].brk && word_is(&w[i + pl], "edge"))
    return 0;
  size_t p = i;
  if (p > 0 && word_is(&w[p - 1], "region_part"))
    p--; /* "in central Madrid" */
  /* "in Papua New Guinea's Enga province", "in Ukraine's eastern Donetsk
   * region": the country that holds the place, before it */
  for (size_t k = p > 4 ? p - 4 : 0; k < p && p > 0 && w[p - 1].poss && !w[p].brk; k++)
    if (country_poss_at(x, w, n, k) == p - k) {
      p = k;
      break;
    }
  if (p > 0 && strcmp(w[p - 1].low, "the") == 0)
    p--;
  const char *prev = p > 0 ? w[p - 1].low : "";
  for (int k = 0; preps[k]; k++)
    if (strcmp(prev, preps[k]) == 0)
      return 1;
  /* "visited the Kremlin", "drones struck Odesa", "attacked Kharkiv" */
  if (p > 0 && target_verb(x, w, p - 1))
    return 1;
  /* "the Geneva talks": a place before a nominal trigger (not a verb:
   * "Dali refloated" is a ship; nor the first word of a trigger: "Forest
   * fires swept...") */
  if (i + pl >= n || !tl_lex_find(x->triggers, w[i + pl].low, strlen(w[i + pl].low)))
    return 0;
  size_t tl0 = 0;
  if (match(x->triggers, w, n, i, &tl0) && tl0 > pl)
    return 0;
  size_t tn = strlen(w[i + pl].low);
  static const tl_lex *_Atomic tense_lx;
  const tl_lex *tense = tl_lex_cached(&tense_lx, "tense.tsv");
  if (tense && tl_lex_find_class(tense, w[i + pl].low, tn, "past"))
    return 0; /* "the ship Dali struck the bridge" */
  return !(tn > 2 && w[i + pl].low[tn - 2] == 'e' && w[i + pl].low[tn - 1] == 'd');
}

/* The place of a headline or lead that names one with a meeting trigger
 * ("Talks End in Geneva"): the setting of the whole article. */
static void lead_place(xctx *x, const wtok *w, size_t n) {
  int has_trigger = 0;
  char found[96] = "";
  for (size_t i = 0; i < n; i++) {
    size_t l;
    const tl_lex_entry *te = match(x->triggers, w, n, i, &l);
    if (te && strcmp(te->field[0], "meeting") == 0)
      has_trigger = 1;
    const tl_lex_entry *pe = match(x->places, w, n, i, &l);
    if (pe && !*found && place_here(x, w, n, i, l, pe))
      display_name(found, sizeof found, pe);
  }
  if (has_trigger && *found)
    snprintf(x->lead_place, sizeof x->lead_place, "%s", found);
}

/* Counts the people, organisations and named things of each sentence:
 * the ones named in several sentences are the article's main subjects. */
static int note_topics(xctx *x, const plist *p, int si) {
  for (size_t a = 0; a < p->n; a++) {
    if (p->v[a].kind == TL_ENT_COUNTRY)
      continue;
    size_t k = 0;
    while (k < x->ntopics && strcmp(x->topics[k].key, p->v[a].key) != 0)
      k++;
    if (k == x->ntopics) {
      if (x->ntopics == x->tcap) {
        size_t nc = x->tcap ? x->tcap * 2 : 16;
        struct topic *nt = realloc(x->topics, nc * sizeof *nt);
        if (!nt)
          return TL_ENOMEM;
        x->topics = nt;
        x->tcap = nc;
      }
      x->topics[k] = (struct topic){tl_strdup(p->v[a].name), tl_strdup(p->v[a].key), p->v[a].kind, 0, -1};
      x->ntopics++;
      if (!x->topics[k].name || !x->topics[k].key)
        return TL_ENOMEM;
    }
    if (x->topics[k].last != si) {
      x->topics[k].sentences++;
      x->topics[k].last = si;
    }
  }
  return 0;
}

/* The count a word gives ("two" to "ten", or one or two digits: "four
 * days", "12 days"), or -1. */
static long small_count(const wtok *q) {
  static const char *const numbers[] = {"zero", "one", "two",   "three", "four", "five",
                                        "six",  "seven", "eight", "nine",  "ten", NULL};
  for (long k = 2; numbers[k]; k++)
    if (is_word(q, numbers[k]))
      return k;
  if (isdigit((unsigned char)q->low[0]) && q->len <= 2)
    return atol(q->low);
  return -1;
}

/* "four days of missile and drone strikes", "weeks of talks": a stretch
 * of time named before the trigger at i (up to three lower-case words
 * between "of" and it).  Returns the number of days (2 to 31) it spans, -1
 * for weeks, months or years or days without a number, or 0 if there is
 * no such stretch. */
static long stretch_before(const wtok *w, size_t i) {
  size_t o = i;
  while (o > 0 && o + 4 > i && !is_word(&w[o - 1], "of")) {
    if (w[o - 1].cap || w[o].brk || word_in(&w[o - 1], determiners))
      return 0;
    o--;
  }
  if (o < 3 || !is_word(&w[o - 1], "of") || w[o].brk)
    return 0;
  const wtok *u = &w[o - 2], *q = &w[o - 3];
  if (is_word(u, "weeks") || is_word(u, "months") || is_word(u, "years"))
    return -1;
  if (!is_word(u, "days"))
    return 0;
  long count = small_count(q);
  return count >= 2 && count <= 31 ? count : -1;
}

/* Does the clause or phrase of token k open with since or until ("since
 * the verdict on May 30"), or with before or after and a date coarser than
 * a day ("before the 2016 election"; but "met Macron before the ceremony
 * on Saturday" was on Saturday)? */
static int opened_by_time_word(const wtok *w, const clause_t *cl, size_t k, tl_gran gran) {
  size_t c0 = clause_start(cl, k);
  return is_word(&w[c0], "since") || is_word(&w[c0], "until") ||
         ((is_word(&w[c0], "before") || is_word(&w[c0], "after")) && gran > TL_GRAN_DAY);
}

/* Is the word at byte b before an "and" that opens the noun phrase of the
 * trigger at token i, within four words ("talks in Miami earlier this
 * month and a visit to the Kremlin": Miami is the talks')? */
static int and_between(const wtok *w, size_t n, size_t b, size_t i) {
  size_t k0 = tok_index_at(w, n, b);
  if (k0 >= i)
    return 0;
  for (size_t k = k0 + 4 > i ? k0 + 1 : i - 3; k < i; k++)
    if (is_word(&w[k], "and"))
      return 1;
  return 0;
}

/* Is the place at byte b named after "to" ("travel to Paris"), where
 * someone goes? */
static int destination(const wtok *w, size_t n, size_t b) {
  size_t k = tok_index_at(w, n, b);
  return k > 0 && w[k].start == b && is_word(&w[k - 1], "to");
}

/* Is the expression t (an N-th day: "the second day of the conclave")
 * written after "on", so that it names one day, not a stretch of days
 * ("for a third consecutive day")? */
static int on_day_before(const wtok *w, size_t n, const tl_timex *t) {
  size_t ta = tok_index_at(w, n, t->start);
  return ta > 0 && w[ta].start == t->start && is_word(&w[ta - 1], "on");
}

/* "a day after", "two weeks before", "hours after" opening the clause of
 * token i: the days from the main clause's day to the clause's event
 * (negative after, positive before), and the main clause's day expression
 * of that day in *tx; or 0 with *tx = -1.  Only a clause of after/before
 * whose distance is written right before it counts ("ordered the grounding
 * on Saturday, a day after a door plug blew off"). */
static long distance_before_clause(const xctx *x, const tl_extraction *out, const wtok *w, size_t n,
                                   const clause_t *cl, size_t i, size_t tx_lo, size_t tx_hi, int *tx, int *weeks,
                                   size_t *opens_at) {
  *tx = -1;
  *weeks = 0;
  *opens_at = 0;
  size_t a = clause_start(cl, i);
  /* ", and met officials" after a distance clause goes on the main
   * clause: "toured the coast on Wednesday, six days after the floods,
   * and met officials" */
  if (is_word(&w[a], "and") || (a > 0 && is_word(&w[a - 1], "and")))
    return 0;
  /* past an apposition of a few words: "two days after Trump's envoy,
   * Steve Witkoff, held talks" */
  for (int hops = 0; hops < 2 && a > 0 && !(is_word(&w[a], "after") || is_word(&w[a], "before")); hops++) {
    size_t b = clause_start(cl, a - 1);
    if (a - b > 6)
      break;
    a = b;
  }
  if (a < 3 || !(is_word(&w[a], "after") || is_word(&w[a], "before")))
    return 0;
  const wtok *u = &w[a - 1], *q = &w[a - 2];
  long count = -1, unit = 0;
  if (is_word(u, "day") || is_word(u, "week")) {
    unit = is_word(u, "day") ? 1 : 7;
    if (is_word(q, "a") || is_word(q, "one"))
      count = 1;
  } else if (is_word(u, "days") || is_word(u, "weeks")) {
    unit = is_word(u, "days") ? 1 : 7;
    count = small_count(q);
  } else if (is_word(u, "hours") || is_word(u, "minutes")) {
    unit = 1, count = 0; /* the same day */
  }
  size_t p = count == 0 ? a - 1 : a - 2; /* where the distance starts */
  if (count < 0 || w[a].brk)
    return 0;
  /* the main clause's day: the first day expression before the distance
   * outside any clause or phrase of after, before, since or until ("filled
   * the cathedral on Sunday for the first Mass since the fire of April 15,
   * 2019, a day after ...": Sunday) */
  static const char *const opens[] = {"after", "before", "since", "until", "till", NULL};
  /* (but the clause right before the distance is what it counts from,
   * when it has a day: "a woman who died on Friday, three days after she
   * was detained", "..., officials said on Friday, two days after Kirk was
   * killed") */
  int attribution = 0; /* ("officials said on Friday", closing the sentence before the distance) */
  for (size_t k = p > 0 ? clause_start(cl, p - 1) : p; k + 1 < p && !attribution; k++)
    attribution = k > 0 && w[k].brk && (is_reporting(&w[k + 1]) || is_reporting(&w[k]));
  if (p > 0 && (cl[p - 1].relative == 1 || attribution))
    for (size_t k = tx_lo; k < tx_hi; k++) {
      const tl_timex *t = &out->timexes.items[k];
      if (t->end > w[p].start)
        break;
      if (single_day(t) && cl[tok_index_at(w, n, t->start)].id == cl[p - 1].id)
        *tx = (int)k;
    }
  for (size_t k = tx_lo; k < tx_hi && *tx < 0; k++) {
    const tl_timex *t = &out->timexes.items[k];
    if (t->end > w[p].start)
      break;
    if (!single_day(t))
      continue;
    size_t ta = tok_index_at(w, n, t->start);
    if (cl[ta].sub || word_in(&w[clause_start(cl, ta)], opens))
      continue;
    *tx = (int)k;
    break;
  }
  /* "The talks came a day after Ukraine struck...": the event the subject
   * names is the article's, dated by its first day expression */
  if (*tx < 0 && p > 0 && (is_word(&w[p - 1], "came") || is_word(&w[p - 1], "comes") ||
                           is_word(&w[p - 1], "followed") || is_word(&w[p - 1], "follows")))
    for (size_t k = 0; k < out->timexes.count; k++) {
      const tl_timex *t = &out->timexes.items[k];
      if (t->start < x->dateline_end || !single_day(t))
        continue;
      *tx = (int)k;
      break;
    }
  if (*tx < 0)
    return 0;
  *weeks = unit == 7;
  *opens_at = a;
  return is_word(&w[a], "after") ? -count * unit : count * unit;
}

/* Is a word of the comma-separated list among the span words before token
 * i (in one stretch, no punctuation between) or after token j? */
static int list_before(const wtok *w, size_t i, size_t span, const char *list) {
  for (size_t k = i; k > 0 && k + span > i; k--) {
    if (w[k].brk && !(k + 1 == i && is_word(&w[k], "which")))
      return 0; /* (the antecedent of "which" counts: "the bridge, which fell") */
    if (word_in_list(list, w[k - 1].low))
      return 1;
  }
  return 0;
}

/* Is the break before token k only the comma of a number ("15,000")? */
static int digit_group(const wtok *w, size_t k) {
  return k > 0 && w[k].len == 3 && w[k].start == w[k - 1].end + 1 && isdigit((unsigned char)w[k].low[0]) &&
         isdigit((unsigned char)w[k - 1].low[w[k - 1].len - 1]);
}

static int list_after(const wtok *w, size_t n, size_t j, size_t span, const char *list) {
  for (size_t k = j; k < n && k < j + span + 1; k++) {
    if (k > j && w[k].brk && !digit_group(w, k))
      return 0;
    if (k == j + span && !(k > j && digit_group(w, k - 1)))
      break; /* (a grouped number counts as one word) */
    if (word_in_list(list, w[k].low))
      return 1;
  }
  return 0;
}

/* The rows of data/needs.tsv for need, at the trigger at token i (tl
 * tokens): 1 when all hold (or there are none). */
static int needs_rows(const xctx *x, const wtok *w, size_t n, size_t i, size_t tl, const char *need) {
  for (const tl_lex_entry *e = tl_lex_find(x->needs, need, strlen(need)); e; e = tl_lex_next(e)) {
    if (e->nfields < 3)
      continue;
    size_t span = (size_t)strtoul(e->field[1], NULL, 10);
    const char *test = e->field[0], *list = e->field[2];
    int ok = strcmp(test, "before") == 0      ? list_before(w, i, span, list)
             : strcmp(test, "notbefore") == 0 ? !list_before(w, i, span, list)
             : strcmp(test, "after") == 0     ? list_after(w, n, i + tl, span, list)
             : strcmp(test, "near") == 0      ? list_before(w, i, span, list) || list_after(w, n, i + tl, span, list)
             : strcmp(test, "notafter") == 0  ? !list_after(w, n, i + tl, span, list)
                                              : 1;
    if (!ok)
      return 0;
  }
  return 1;
}

/* Are the conditions of the trigger entry te at token i (tl tokens) met:
 * the words it needs beside it ("needs" column of data/triggers.tsv; the
 * words are in data/needs.tsv, what asks more than words is here)? */
static int need_met(const xctx *x, const wtok *w, size_t n, size_t i, size_t tl, const char *need);

static int needs_met(const xctx *x, const wtok *w, size_t n, size_t i, size_t tl, const tl_lex_entry *te) {
  const char *need = te->field[2];
  const char *plus = strchr(need, '+'); /* "det+notspace": both */
  if (!plus)
    return need_met(x, w, n, i, tl, need);
  char first[32];
  snprintf(first, sizeof first, "%.*s", (int)(plus - need), need);
  return need_met(x, w, n, i, tl, first) && need_met(x, w, n, i, tl, plus + 1);
}

/* Does the trigger entry te need a determiner ("det", "det+...")? */
static int needs_det(const tl_lex_entry *te) {
  return strncmp(te->field[2], "det", 3) == 0 && (te->field[2][3] == '\0' || te->field[2][3] == '+');
}

static int need_met(const xctx *x, const wtok *w, size_t n, size_t i, size_t tl, const char *need) {
  if (strcmp(need, "-") == 0 || strcmp(need, "det") == 0)
    return 1;
  if (strcmp(need, "title") == 0) { /* "became Britain's prime minister" */
    int title = 0; /* (further after "as": "named the centrist politician Francois Bayrou as prime minister",
                      "fired Christian Lindner as finance minister") */
    for (size_t k = i + tl; k < n && k < i + tl + 8 && !title && !(k > i + tl && w[k].brk); k++) {
      const char *tk = title_kind(x, &w[k]);
      title = tk && strcmp(tk, "title") == 0 &&
              (k < i + tl + 4 || is_word(&w[k - 1], "as") || (k > 2 && is_word(&w[k - 2], "as")) ||
               (k > 1 && w[k - 1].poss == 0 && (is_word(&w[k - 1], "his") || is_word(&w[k - 1], "her") ||
                                                is_word(&w[k - 1], "its") || is_word(&w[k - 1], "their")) &&
                is_word(&w[k - 2], "as"))); /* "named Kim as his prime minister" */
    }
    /* "named Ousmane Sonko, the opposition leader who had been barred
     * from running, as prime minister": past an apposition set off by
     * commas after the name */
    for (size_t k = i + tl + 1; !title && k < n && k < i + tl + 5; k++) {
      if (!w[k].brk)
        continue;
      if (!w[k - 1].cap)
        break;
      for (size_t a = k + 1; a + 1 < n && a < k + 20 && !title; a++)
        if (w[a].brk && is_word(&w[a], "as"))
          for (size_t q = a + 1; q < n && q < a + 4 && !title && !w[q].brk; q++) {
            const char *tk = title_kind(x, &w[q]);
            title = tk && strcmp(tk, "title") == 0;
          }
      break;
    }
    return title;
  }
  /* "passed a funding bill", not "passed away" or "passed the ball"; nor
   * "the recently passed bailout legislation", an adjective */
  if (strcmp(need, "bill") == 0)
    return class_after(w, n, i + tl, 4, "bill") &&
           !(i > 0 && (word_in(&w[i - 1], determiners) ||
                       (i > 1 && word_in(&w[i - 2], determiners) && w[i - 1].len > 4 &&
                        strcmp(w[i - 1].low + w[i - 1].len - 2, "ly") == 0)));
  /* a court's order, but in "ordered the seizure of the Ever Given" the
   * seizure is the event */
  if (strcmp(need, "court") == 0) {
    size_t l2;
    for (size_t k = i + tl; k < n && k < i + tl + 3 && !is_word(&w[i + tl], "that"); k++)
      if (match(x->triggers, w, n, k, &l2) &&
          /* (not a participle as an adjective: "rejected his defeated rivals' challenges") */
          !(tl_past_form(w[k].low, w[k].len) && k > 0 && word_in(&w[k - 1], determiners)))
        return 0;
  }
  /* "into a crowd", "into crowds of revelers" */
  if (strcmp(need, "crowd") == 0) {
    int into = 0;
    for (size_t k = i + tl; k + 1 < n && k < i + tl + 6 && !into; k++)
      into = is_word(&w[k], "into") && needs_rows(x, w, n, k, 1, need);
    return into;
  }
  /* "released from prison"; "Etna erupted": a name right before */
  /* "200 soldiers have been killed": who is killed in the passive is no attacker */
  if (strcmp(need, "agent") == 0 && i > 0 &&
      (is_word(&w[i - 1], "been") || is_word(&w[i - 1], "was") || is_word(&w[i - 1], "were") ||
       is_word(&w[i - 1], "are") || is_word(&w[i - 1], "is") || is_word(&w[i - 1], "be")))
    return 0;
  /* "the first three hostages are released": the captives before a passive */
  if (strcmp(need, "captive") == 0 && i > 1 &&
      (is_word(&w[i - 1], "are") || is_word(&w[i - 1], "were") || is_word(&w[i - 1], "was") ||
       is_word(&w[i - 1], "been") || is_word(&w[i - 1], "be"))) {
    const tl_lex_entry *e = tl_lex_find(x->needs, need, strlen(need));
    if (e && e->nfields >= 3 && list_before(w, i - 1, 4, e->field[2]))
      return 1;
    /* "Faye and his mentor, Ousmane Sonko, were released on March 14": a
     * person the article names in full (not "the film Oppenheimer was
     * released") */
    const char *who = w[i - 2].cap ? person_by_key(x, w[i - 2].low) : NULL;
    if (who && strchr(who, ' '))
      return 1;
  }
  if (strcmp(need, "captive") == 0 && i + tl + 1 < n && is_word(&w[i + tl], "from") &&
      (is_word(&w[i + tl + 1], "prison") || is_word(&w[i + tl + 1], "custody") || is_word(&w[i + tl + 1], "jail") ||
       is_word(&w[i + tl + 1], "detention") ||
       (i + tl + 2 < n && is_word(&w[i + tl + 1], "house") && is_word(&w[i + tl + 2], "arrest"))))
    return 1;
  if (strcmp(need, "volcano") == 0 && i > 1 && w[i - 1].cap && !w[i - 1].brk)
    return 1;
  /* "the tariffs take effect on Saturday", but "the ceasefire between
   * Israel and Hezbollah took effect": there the ceasefire is the event */
  if (strcmp(need, "nosubj") == 0) {
    size_t l2;
    for (size_t k = i; k-- > 0 && k + 9 > i && !w[k + 1].brk;)
      if (match(x->triggers, w, n, k, &l2) && k + l2 <= i)
        return 0;
    return 1;
  }
  /* "would acquire Activision Blizzard": a company's name as object; nor
   * "its offer to acquire Mesa", "plans to acquire" ("agreed to acquire"
   * is a trigger of its own) */
  if (strcmp(need, "phoned") == 0) {
    /* "Blinken called Bazoum on Wednesday night": a name right after, then
     * no noun phrase that names him ("called Putin a killer") and no
     * "for"/"on" ("called for talks") */
    size_t k = i + tl;
    if (k >= n || !w[k].cap || w[k].brk || is_calendar_word(&w[k]))
      return 0;
    /* ... by someone named or a pronoun before it, not "a venture called
     * Orion", "to be called Courtaulds Textiles" */
    static const char *const pronouns[] = {"he", "she", "they", "we", "i", NULL};
    static const char *const aux[] = {"had", "has", "have", "also", "then", "later", "first", "reportedly", NULL};
    size_t b = i;
    if (b > 1 && word_in(&w[b - 1], aux) && !w[b - 1].brk)
      b--;
    int the_noun = b > 1 && !w[b - 1].cap && isalpha((unsigned char)w[b - 1].low[0]) && !w[b - 1].brk &&
                   is_word(&w[b - 2], "the"); /* "the minister called", not "a venture called" */
    if (b == 0 || w[b].brk || !((w[b - 1].cap && !w[b - 1].poss) || word_in(&w[b - 1], pronouns) || the_noun))
      return 0;
    while (k < n && w[k].cap && !w[k].brk)
      k++;
    return !(k < n && (is_word(&w[k], "a") || is_word(&w[k], "an") || is_word(&w[k], "the") ||
                       is_word(&w[k], "as") || is_word(&w[k], "his") || is_word(&w[k], "her")));
  }
  if (strcmp(need, "nameafter") == 0) {
    /* "the city fell to the RSF", "fell to Russian forces" (not "fell to
     * $2.46 billion", "fell to about 120") */
    size_t k = i + tl;
    while (k < n && word_in(&w[k], determiners))
      k++;
    return k < n && !w[k].brk && (w[k].cap || word_is(&w[k], "force")); /* ("fell to the rebels") */
  }
  if (strcmp(need, "wherefrom") == 0) {
    /* "fled Sri Lanka", "fled to Singapore", "fled the country": a place
     * or a country left (not "fled the scene", "fled their homes") */
    size_t k = i + tl, pl = 0;
    if (k < n && (is_word(&w[k], "to") || is_word(&w[k], "into") || is_word(&w[k], "from")))
      k++;
    if (k + 1 < n && is_word(&w[k], "the") && (is_word(&w[k + 1], "country") || is_word(&w[k + 1], "capital")))
      return 1;
    const tl_lex_entry *pe = k < n && w[k].cap ? match(x->places, w, n, k, &pl) : NULL;
    const tl_lex_entry *ee = k < n && w[k].cap ? match(x->entities, w, n, k, &pl) : NULL;
    return pe || (ee && strcmp(ee->field[1], "country") == 0);
  }
  if (strcmp(need, "corp") == 0) {
    /* "agreed to buy much of Silicon Valley Bank", "a stake in" */
    static const char *const part_of[] = {"much", "most", "part", "parts", "all", "of", "a", "stake", "majority",
                                          "minority", "controlling", "in", "control", NULL};
    static const char *const be[] = {"was", "were", "been", "be", "is", "are", NULL};
    /* "Signature Bank had been closed by regulators": the name before */
    if (i > 1 && word_in(&w[i - 1], be))
      for (size_t k = i - 1; k-- > 0 && k + 7 > i && !w[k + 1].brk;)
        if (w[k].cap && !is_calendar_word(&w[k]) && (k > 0 || w[k + 1].cap)) /* not "Markets were closed" */
          return 1;
    size_t k = i + tl;
    /* "agreed to buy the Pittsburgh steelmaker": a company named by its trade */
    if (k < n && is_word(&w[k], "the") && !(i > 0 && is_word(&w[i - 1], "to") && !is_word(&w[i], "buy")))
      for (size_t f = k + 1; f < n && f < k + 4 && !w[f].brk; f++)
        if (word_is(&w[f], "firm") && w[f - 1].cap)
          return 1;
    /* "agreed to buy its troubled rival Credit Suisse": a company named
     * after what it is to the buyer */
    int agreed = 0; /* "agreed (on Sunday) to buy": a deal, not a plan */
    for (size_t q = i; q-- > 0 && q + 6 > i && !agreed;)
      agreed = is_word(&w[q], "agreed") || is_word(&w[q], "agrees");
    if (k < n && (is_word(&w[k], "its") || is_word(&w[k], "their")) && !(i > 0 && is_word(&w[i - 1], "to") && !agreed))
      for (size_t f = k + 1; f + 1 < n && f < k + 4 && !w[f].brk && !w[f].cap; f++)
        if (word_is(&w[f], "rival") && w[f + 1].cap && !w[f + 1].brk)
          return 1;
    while (k < n && k < i + tl + 4 && !w[k].brk && word_in(&w[k], part_of))
      k++;
    if (!(k < n && w[k].cap && !w[k].brk && !is_calendar_word(&w[k]) &&
          (k == i + tl || is_word(&w[k - 1], "of") || is_word(&w[k - 1], "in")) && !(i > 0 && is_word(&w[i - 1], "to"))))
      return 0;
    /* "bought Nvidia shares": the company's stock, not the company */
    while (k < n && w[k].cap && !w[k].brk)
      k++;
    return !(k < n && word_is(&w[k], "stock"));
  }
  /* "the final at the Olympiastadion", "the final on Sunday", "the final.":
   * a noun, not "the final vote" */
  if (strcmp(need, "noun") == 0) {
    static const char *const next[] = {"at", "in", "on", "against", "of", "to", "with", "between", "for", "and",
                                       "was", "is", "will", "ended", "took", "takes", "which", "that", "after",
                                       "before", "since", "last", "this", "next", NULL};
    size_t k = i + tl;
    return k >= n || w[k].brk || word_in(&w[k], next) || is_calendar_word(&w[k]);
  }
  /* "Russia's Luna-25 probe", "the Chandrayaan-3 lander": a craft's name
   * (a capitalised word and a number after a hyphen, not "COVID-19") */
  if (strcmp(need, "notspace") == 0 && i > 0 && w[i - 1].cap && !w[i - 1].brk) {
    const char *a = x->text + w[i - 1].start, *e = x->text + w[i - 1].end;
    const char *h = memchr(a, '-', (size_t)(e - a));
    if (h && h + 1 < e && isdigit((unsigned char)h[1]) && islower((unsigned char)a[1]))
      return 0;
  }
  /* "pulled $42 billion from their accounts": an amount of money follows */
  if (strcmp(need, "money") == 0) {
    for (size_t k = i + tl; k < n && k < i + tl + 3; k++) {
      if (k > i + tl && w[k].brk && !isdigit((unsigned char)w[k].low[0]))
        return 0;
      unsigned char c = k > 0 ? (unsigned char)x->text[w[k].start - 1] : 0;
      if (isdigit((unsigned char)w[k].low[0]) && (c == '$' || c == 0xa3 /* £ */ || c == 0xac /* € */))
        return 1;
    }
    return 0;
  }
  /* "beat England 2-1": a score within five words */
  if (strcmp(need, "score") == 0) {
    for (size_t k = i + tl; k + 1 < n && k < i + tl + 5; k++)
      if (isdigit((unsigned char)w[k].low[0]) && isdigit((unsigned char)w[k + 1].low[0]) &&
          w[k + 1].start == w[k].end + 1 && x->text[w[k].end] == '-' && w[k].len <= 2 && w[k + 1].len <= 2)
        return 1;
    return 0;
  }
  /* "left the waterway", "left Moscow": transitive only ("left without
   * a deal" is not a departure anyone dates) */
  if (strcmp(need, "obj") == 0) {
    /* a passive: the object came before ("had been contained"; not "was
     * left homeless") */
    if (i > 1 && !is_word(&w[i], "left") &&
        (is_word(&w[i - 1], "been") || is_word(&w[i - 1], "was") || is_word(&w[i - 1], "were")))
      return 1;
    return i + tl < n && (is_word(&w[i + tl], "the") || is_word(&w[i + tl], "a") || is_word(&w[i + tl], "its") ||
                          is_word(&w[i + tl], "their") || is_word(&w[i + tl], "all") ||
                          is_word(&w[i + tl], "every") || w[i + tl].cap);
  }
  /* "found that", "discovered it was": a finding, not a discovery */
  if (strcmp(need, "nothat") == 0)
    return !(i + tl < n && (is_word(&w[i + tl], "that") || is_word(&w[i + tl], "it") || is_word(&w[i + tl], "out") ||
                            is_word(&w[i + tl], "himself") || is_word(&w[i + tl], "themselves")));
  return needs_rows(x, w, n, i, tl, need);
}

/* The timex joined to timex k by "and" (of the same precision, after it,
 * not "between X and Y" nor "both X and Y"), below hi, or -1. */
static int joined_date(const tl_extraction *out, const wtok *w, size_t n, int k, size_t hi) {
  if (k + 1 >= (int)hi)
    return -1;
  const tl_timex *t = &out->timexes.items[k], *t2 = &out->timexes.items[k + 1];
  size_t ta = tok_index_at(w, n, t->start), tb = tok_index_last(w, n, t->end - 1),
         ta2 = tok_index_at(w, n, t2->start);
  if (t->span_days || t2->span_days || tb + 2 != ta2 || !is_word(&w[tb + 1], "and") || !datable(t2) ||
      t2->span.gran != t->span.gran || t2->span.first <= t->span.first ||
      (ta > 0 && (is_word(&w[ta - 1], "between") || is_word(&w[ta - 1], "both"))))
    return -1;
  return k + 1;
}

/* Drops the participants of m for which drop(part, arg) says 1. */
static void parts_drop(tl_mention *m, int (*drop)(const tl_participant *, const void *), const void *arg) {
  size_t keep = 0;
  for (size_t q = 0; q < m->nparts; q++)
    if (drop(&m->parts[q], arg)) {
      free(m->parts[q].name);
      free(m->parts[q].key);
    } else {
      m->parts[keep++] = m->parts[q];
    }
  m->nparts = keep;
}

static int part_is_storm(const tl_participant *p, const void *arg) {
  (void)arg;
  return tl_storm_name(p->name);
}

typedef struct {
  const xctx *x;
  const wtok *w;
  size_t n;
} sent_toks;

/* "Lynch's co-defendant in the fraud trial, Stephen Chamberlain, ...
 * died", "his daughter Hannah": a name whose possessive is followed by a
 * relative or an associate (data/wordclasses.tsv, class relation, within
 * three lower-case words that name no event) and then that one's name is
 * not who acts or undergoes.  (An envoy or a spokesman acts for the name:
 * "Trump's envoy Steve Witkoff visited the Kremlin" keeps Trump.) */
static int part_is_possessor(const tl_participant *p, const void *arg) {
  const sent_toks *st = arg;
  const wtok *w = st->w;
  size_t n = st->n, k = p->pos >= 0 ? tok_index_at(w, n, (size_t)p->pos) : n, t = k, l;
  if (k >= n || w[k].start != (size_t)p->pos)
    return 0;
  while (t < n && t < k + 5 && w[t].cap && !w[t].poss && !(t > k && w[t].brk))
    t++;
  if (t >= n || !w[t].cap || !w[t].poss || (t > k && w[t].brk))
    return 0;
  size_t j = t + 1, e = j;
  if (j >= n || w[j].cap || w[j].brk || !isalpha((unsigned char)w[j].low[0]) || match(st->x->triggers, w, n, j, &l))
    return 0;
  /* (a country's town is where: "Vanuatu's capital, Port Vila") */
  if (p->kind == TL_ENT_COUNTRY && (place_word(st->x, &w[j], "settlement") || place_word(st->x, &w[j], "area")))
    return 0;
  int related = 0;
  while (e < n && e < j + 7 && !w[e].cap && !w[e].brk) {
    related |= e < j + 3 && word_is(&w[e], "relation");
    e++;
  }
  if (!related)
    return 0;
  if (e >= n || !w[e].cap)
    return 0;
  if (w[e].brk) /* "..., Stephen Chamberlain": after a comma */
    return memchr(st->x->text + w[e - 1].end, ',', w[e].start - w[e - 1].end) != NULL;
  return e == j + 1; /* "his daughter Hannah": one word between */
}

/* "the World Cup", "the Super Bowl": a contest, which takes part only in
 * contests */
static int part_is_contest(const tl_participant *p, const void *arg) {
  (void)arg;
  const char *sp = strrchr(p->name, ' ');
  return sp && sp[1] && text_is(sp + 1, strlen(sp + 1), "trophy");
}

/* Named at a byte in [s[0], s[1]) but not in [s[2], s[3]). */
static int part_in_span(const tl_participant *p, const void *arg) {
  const long *s = arg;
  return p->pos >= s[0] && p->pos < s[1] && !(p->pos >= s[2] && p->pos < s[3]);
}

/* A count of people right before the trigger at i ("5,000 people had
 * died", "at least 40 civilians died"): a toll. */
static int toll_before(const wtok *w, size_t i) {
  /* past the verb group: "670 people were believed to have died" */
  static const char *const group[] = {"were", "was", "are", "is", "have", "has", "had", "been", "be", "to",
                                      "believed", "feared", "thought", "reported", "confirmed", "known", NULL};
  for (size_t g = 0; g < 6 && i > 1 && !w[i].brk && word_in(&w[i - 1], group); g++)
    i--;
  for (size_t k = i; k-- > 0 && k + 4 > i;)
    if (word_is(&w[k], "people"))
      for (size_t c = k; c-- > 0 && c + 3 > k;) /* (past an adjective: "200 Israeli soldiers") */
        if (isdigit((unsigned char)w[c].low[0]) || small_count(&w[c]) > 0 || is_word(&w[c], "hundreds") ||
            is_word(&w[c], "thousands") || is_word(&w[c], "dozens"))
          return 1;
  return 0;
}

/* "captured Aleppo on Nov. 30, Hama on Thursday and Homs on Saturday":
 * after the timex k that dates a verb's object, another object and its
 * own date, joined by a comma or "and" (the verb is left out).  Returns
 * the index of that timex and sets [*a, *b) to the object's tokens, or
 * returns -1. */
static int gapped_object(const xctx *x, const tl_extraction *out, const wtok *w, size_t n, int k, size_t hi,
                         size_t *a, size_t *b) {
  const tl_timex *t = &out->timexes.items[k];
  size_t j = tok_index_last(w, n, t->end - 1) + 1;
  if (j >= n)
    return -1;
  int sep = w[j].brk && memchr(x->text + w[j - 1].end, ',', w[j].start - w[j - 1].end) != NULL;
  if (is_word(&w[j], "and")) {
    sep = 1;
    j++;
  }
  size_t r = j;
  while (r < n && r < j + 3 && w[r].cap && !w[r].poss && !is_calendar_word(&w[r]) && !(r > j && w[r].brk))
    r++;
  if (!sep || r == j || r >= n || w[r].brk)
    return -1;
  size_t d = r + (is_word(&w[r], "on") || is_word(&w[r], "in"));
  for (size_t q = (size_t)k + 1; d < n && q < hi; q++) {
    const tl_timex *t2 = &out->timexes.items[q];
    if (t2->start == w[d].start && datable(t2) && !t2->span_days) {
      *a = j;
      *b = r;
      return (int)q;
    }
    if (t2->start > w[d].start)
      break;
  }
  return -1;
}

/* The first token at or after j of a distance that opens a clause of its
 * own (", three days after", "hours before"), or n. */
static size_t distance_phrase_after(const wtok *w, size_t n, size_t j) {
  for (size_t k = j; k + 2 < n; k++) {
    const wtok *u = &w[k + 1];
    if (!(is_word(&w[k + 2], "after") || is_word(&w[k + 2], "before")) || w[k + 2].brk || u->brk)
      continue;
    if (((is_word(u, "day") || is_word(u, "week")) && (is_word(&w[k], "a") || is_word(&w[k], "one"))) ||
        ((is_word(u, "days") || is_word(u, "weeks")) && small_count(&w[k]) > 0))
      return k;
    if (is_word(u, "hours") || is_word(u, "minutes"))
      return k + 1;
  }
  return n;
}

/* Gives every mention the article's main subjects (named in at least two
 * sentences, at most two of them) as inherited participants: "The ship was
 * refloated on Monday" is about the Ever Given the article names. */
static int add_topics(xctx *x, tl_extraction *out) {
  size_t best[2] = {(size_t)-1, (size_t)-1};
  for (size_t k = 0; k < x->ntopics; k++) {
    if (x->topics[k].sentences < 2)
      continue;
    if (best[0] == (size_t)-1 || x->topics[k].sentences > x->topics[best[0]].sentences) {
      best[1] = best[0];
      best[0] = k;
    } else if (best[1] == (size_t)-1 || x->topics[k].sentences > x->topics[best[1]].sentences) {
      best[1] = k;
    }
  }
  for (size_t i = 0; i < out->nmentions; i++) {
    tl_mention *m = &out->mentions[i];
    for (int b = 0; b < 2; b++) {
      if (best[b] == (size_t)-1)
        continue;
      const struct topic *t = &x->topics[best[b]];
      int have = 0;
      for (size_t a = 0; a < m->nparts && !have; a++)
        have = strcmp(m->parts[a].key, t->key) == 0;
      if (have)
        continue;
      tl_participant *np = realloc(m->parts, (m->nparts + 1) * sizeof *np);
      if (!np)
        return TL_ENOMEM;
      m->parts = np;
      m->parts[m->nparts] = (tl_participant){tl_strdup(t->name), tl_strdup(t->key), t->kind, 1, -1};
      if (!m->parts[m->nparts].name || !m->parts[m->nparts].key)
        return TL_ENOMEM;
      m->nparts++;
    }
  }
  return 0;
}

/* ---- mentions another mention of the sentence tells better ------------ */

/* "Raisi, who died in a helicopter crash on Sunday": a death in an
 * accident or an attack of the same day is that event's toll, told by
 * the event's own mention. */
static int toll_of_event(const xctx *x, const tl_extraction *out, size_t first, size_t a) {
  const tl_mention *d = &out->mentions[a];
  if (strcmp(d->type, "death") != 0 || strcmp(d->trigger, "death") != 0)
    return 0;
  for (size_t b = first; b < out->nmentions; b++) {
    const tl_mention *e = &out->mentions[b];
    if ((strcmp(e->type, "accident") != 0 && strcmp(e->type, "attack") != 0) || e->date.first != d->date.first ||
        e->trig_start <= d->trig_end || e->trig_start - d->trig_end > 64)
      continue;
    char gap[72];
    snprintf(gap, sizeof gap, "%.*s", (int)(e->trig_start - d->trig_end), x->text + d->trig_end);
    if (strncmp(gap, " in ", 4) == 0 || strncmp(gap, " when ", 6) == 0)
      return 1;
    /* (and past the death's day: "died on Tuesday when the helicopter he
     * was piloting crashed") */
    const char *when = strstr(gap, " when ");
    if (when && when - gap <= 20)
      return 1;
  }
  return 0;
}

/* "fighting broke out on Saturday in Khartoum, with explosions heard near
 * the palace": explosions told with an attack of the same day are part of
 * it, not an accident of their own. */
static int explosion_of_attack(const tl_extraction *out, size_t first, size_t a) {
  const tl_mention *d = &out->mentions[a];
  if (strcmp(d->type, "accident") != 0 || strcmp(d->trigger, "explosion") != 0)
    return 0;
  for (size_t b = first; b < out->nmentions; b++)
    if (strcmp(out->mentions[b].type, "attack") == 0 && out->mentions[b].date.first == d->date.first &&
        out->mentions[b].date.last == d->date.last)
      return 1;
  return 0;
}

/* "the court removed Srettha from office on Wednesday, ruling that he had
 * breached ethics rules": a participle after a comma that rules or says
 * tells how the event before it came about, not one of its own (not
 * "..., sentencing him to 16 years": a sentence of its own). */
static int how_it_came_about(const xctx *x, const tl_extraction *out, size_t first, size_t a, const wtok *w,
                             size_t n) {
  const tl_mention *d = &out->mentions[a];
  if (strcmp(d->trigger, "ruling") != 0 && strcmp(d->type, "statement") != 0)
    return 0;
  size_t k = tok_index_at(w, n, d->trig_start);
  if (k >= n || k == 0 || w[k].start != d->trig_start || w[k].len < 5 || strcmp(w[k].low + w[k].len - 3, "ing") != 0 ||
      !w[k].brk || !memchr(x->text + w[k - 1].end, ',', w[k].start - w[k - 1].end))
    return 0;
  for (size_t b = first; b < out->nmentions; b++)
    if (b != a && out->mentions[b].trig_start < d->trig_start && out->mentions[b].date.first == d->date.first &&
        strcmp(out->mentions[b].type, "statement") != 0)
      return 1;
  return 0;
}

/* "Truss announced her resignation on Thursday": an announcement whose
 * object is another event of the day is that event, told. */
static int announced_event(const tl_extraction *out, size_t first, size_t a, const wtok *w, size_t n) {
  const tl_mention *d = &out->mentions[a];
  if (strcmp(d->type, "statement") != 0 || strcmp(d->trigger, "announcement") != 0)
    return 0;
  for (size_t b = first; b < out->nmentions; b++) {
    const tl_mention *e = &out->mentions[b];
    if (b == a || strcmp(e->type, "statement") == 0 || e->date.first != d->date.first ||
        e->trig_start <= d->trig_end || e->trig_start - d->trig_end > 16)
      continue;
    int object = 1; /* only a determiner, a possessive or adjectives between */
    for (size_t k = tok_index_at(w, n, d->trig_end - 1) + 1; k < n && w[k].start < e->trig_start && object; k++)
      object = !w[k].brk && (word_in(&w[k], determiners) || w[k].poss || !w[k].cap) &&
               !tl_past_form(w[k].low, w[k].len) && !is_word(&w[k], "that") && !is_word(&w[k], "on") &&
               !is_word(&w[k], "to");
    if (object)
      return 1;
  }
  return 0;
}

/* "agreed to a ceasefire at talks in Putrajaya on Monday": talks after
 * "at" are the occasion of the agreement told before them, not an event
 * of their own. */
static int occasion_of_event(const tl_extraction *out, size_t first, size_t a, const wtok *w, size_t n) {
  const tl_mention *d = &out->mentions[a];
  if (strcmp(d->type, "meeting") != 0)
    return 0;
  size_t k = tok_index_at(w, n, d->trig_start);
  if (k >= n || w[k].start != d->trig_start || k == 0)
    return 0;
  size_t p = k - 1;
  while (p > 0 && word_in(&w[p], determiners))
    p--;
  if (!is_word(&w[p], "at"))
    return 0;
  for (size_t b = first; b < out->nmentions; b++)
    if (b != a && strcmp(out->mentions[b].type, "agreement") == 0 && out->mentions[b].trig_start < d->trig_start &&
        out->mentions[b].date.first == d->date.first)
      return 1;
  return 0;
}

static int told_by_other(const xctx *x, const tl_extraction *out, size_t first, size_t a, const wtok *w, size_t n) {
  return toll_of_event(x, out, first, a) || explosion_of_attack(out, first, a) ||
         how_it_came_about(x, out, first, a, w, n) || announced_event(out, first, a, w, n) ||
         occasion_of_event(out, first, a, w, n);
}

static int sentence_mentions(xctx *x, tl_extraction *out, size_t si, const wtok *w, size_t n) {
  const tl_sentence *s = &out->sents[si];
  plist parts = {0};
  /* the places named in the sentence, in order, and where */
  char places[6][96];
  size_t place_at[6], nplaces = 0;
  int rc = 0;
  clause_t *cl = NULL;
  size_t first_mention = out->nmentions;

  /* participants and places (not in a dateline: "GENEVA (Wire) -", nor
   * in a temporal expression: "New Year's revelers") */
  const size_t sx_lo = timex_from(out, s->start), sx_hi = timex_from(out, s->end);
  for (size_t i = 0; i < n;) {
    int in_timex = 0;
    for (size_t k = sx_lo; k < sx_hi && !in_timex; k++)
      in_timex = out->timexes.items[k].start <= w[i].start && w[i].end <= out->timexes.items[k].end &&
                 out->timexes.items[k].rule && strcmp(out->timexes.items[k].rule, "holiday") == 0;
    if (w[i].start < x->dateline_end || in_timex) {
      i++;
      continue;
    }
    /* "according to the U.S. Geological Survey": a source, up to the end
     * of its clause, is nobody in the event */
    if (i >= 2 && is_word(&w[i - 1], "to") && is_word(&w[i - 2], "according")) {
      do
        i++;
      while (i < n && !clause_punct_before(x->text, w, i));
      continue;
    }
    /* "the Palisades fire", "the Camp Fire": a fire by its name, which
     * keeps it apart from another fire of the same day */
    size_t f0 = is_word(&w[i], "the") && i + 1 < n ? i + 1 : i; /* ("The Palisades fire" opening a sentence) */
    size_t fl = w[f0].cap && !w[f0].brk ? named_fire_at(w, n, f0) : 0;
    if (fl) {
      if ((rc = plist_add_span(x, &parts, w, f0, fl, TL_ENT_ORG)))
        goto done;
      i = f0 + fl;
      continue;
    }
    size_t pl = 0, el = 0;
    const tl_lex_entry *pe = match(x->places, w, n, i, &pl);
    const tl_lex_entry *ee = match(x->entities, w, n, i, &el);
    if (w[i].cap && settlement_of(x, w, i)) {
      /* "the town of Kibeho", "the village of Kuje Gwari": a place, known
       * to the gazetteer or not (up to three capitalised words) */
      size_t len = settlement_len(w, n, i);
      /* "the village of Yambali in Enga province": a settlement the
       * gazetteer does not know gives way to the place it knows after
       * "in" (as a building does), so that every source names one place */
      if (!(pe && pl >= len) && known_place_in(x, w, n, i + len)) {
        i += len;
        continue;
      }
      if (nplaces < 6) {
        if (pe && pl >= len && strcmp(pe->field[0], "country") != 0)
          display_name(places[nplaces], sizeof places[nplaces], pe);
        else
          snprintf(places[nplaces], sizeof places[nplaces], "%.*s", (int)(w[i + len - 1].end - w[i].start),
                   x->text + w[i].start);
        place_at[nplaces++] = w[i].start;
      }
      i += pe && pl > len ? pl : len;
      continue;
    }
    if (pe && !w[i].cap)
      pe = NULL;
    if (ee && !w[i].cap && strcmp(ee->field[1], "country") != 0)
      ee = NULL;
    if (ee && !w[i].cap)
      ee = NULL; /* "us" the pronoun */
    if (ee && el == 1 && demonym_compound(x, w, n, i, ee))
      ee = NULL; /* "the European Championship": a name of its own */
    int place_ok = pe && place_here(x, w, n, i, pl, pe);
    if (place_ok) {
      if (nplaces < 6) {
        display_name(places[nplaces], sizeof places[nplaces], pe);
        place_at[nplaces++] = w[i].start;
      }
      if (ee && strcmp(ee->field[1], "org") == 0 && (rc = plist_add(&parts, ee->field[0], TL_ENT_ORG, (long)w[i].start)))
        goto done;
      i += pl;
      continue;
    }
    if (pe && !ee && strcmp(pe->field[0], "country") != 0 && w[i].cap &&
        (pl >= 2 || strcmp(pe->field[0], "landmark") == 0 ||
         (!(pl == 1 && known_person(x, w, i)) && lone_place(x, w, n, i, &pl)))) {
      /* (a place of several words is nobody wherever it stands: "capital
       * Dar es Salaam Thursday") */
      /* a place the text puts nothing in ("Notre-Dame de Paris", "a
       * Paris court"): where, not who */
      i += pl;
      continue;
    }
    if (ee && strcmp(ee->field[1], "person") == 0 && i + el < n && w[i + el].cap && !w[i + el].brk &&
        generational_tok(x->text, &w[i + el])) {
      if ((rc = plist_add_span(x, &parts, w, i, el + 1, TL_ENT_PERSON))) /* "Donald Trump Jr." */
        goto done;
      i += el + 1;
      continue;
    }
    if (ee) {
      const char *k = ee->field[1];
      tl_ent_kind kind = strcmp(k, "person") == 0 ? TL_ENT_PERSON : strcmp(k, "org") == 0 ? TL_ENT_ORG
                                                                                           : TL_ENT_COUNTRY;
      /* "in Papua New Guinea's Enga province": the country that holds
       * the place is where, not who */
      size_t q = i + el, ql = 0;
      if (q < n && word_is(&w[q], "region_part"))
        q++;
      const tl_lex_entry *qe = kind == TL_ENT_COUNTRY && w[i + el - 1].poss && q < n ? match(x->places, w, n, q, &ql) : NULL;
      if (qe && strcmp(qe->field[0], "country") != 0 && place_here(x, w, n, q, ql, qe)) {
        i += el;
        continue;
      }
      if ((rc = plist_add(&parts, ee->field[0], kind, (long)w[i].start)))
        goto done;
      i += el;
      continue;
    }
    if (!w[i].cap) {
      i++;
      continue;
    }
    size_t aw = award_at(w, n, i);
    if (aw) {
      i += aw;
      continue;
    }
    size_t up = unknown_place_at(x, w, n, i);
    if (up) {
      /* "at the Diriyah Palace in Riyadh", "at Crocus City Hall, outside
       * Moscow": the place the gazetteer knows names it for every source */
      size_t j = i + up, gl = 0;
      if (j < n && is_word(&w[j], "in") && !w[j].brk)
        j++;
      else if (j < n && w[j].brk && memchr(x->text + w[j - 1].end, ',', w[j].start - w[j - 1].end))
        ; /* "Lahaina, Hawaii" */
      else
        j = n;
      const tl_lex_entry *known = j < n && place_word(x, &w[i + up - 1], "building")
                                      ? match(x->places, w, n, j, &gl)
                                      : NULL; /* (a building only: data/placewords.tsv) */
      if (known && strcmp(known->field[0], "country") != 0 && (j == i + up + 1 || strcmp(known->field[0], "city") == 0)) {
        i += up;
        continue;
      }
      /* (with its word of administration: "in Dingri county") */
      size_t area = i + up < n && !w[i + up].cap && !w[i + up].brk && place_word(x, &w[i + up], "area") ? 1 : 0;
      if (nplaces < 6) {
        snprintf(places[nplaces], sizeof places[nplaces], "%.*s", (int)(w[i + up + area - 1].end - w[i].start),
                 x->text + w[i].start);
        place_at[nplaces++] = w[i].start;
      }
      i += up + area;
      continue;
    }
    size_t skip;
    int org;
    size_t len = cap_run(x, w, n, i, &skip, &org);
    if (len == 0) {
      i++;
      continue;
    }
    if (len - skip == 1 && (word_is(&w[i + skip], "faith") || demonym_adjective(x, w, n, i + skip))) {
      i += len; /* "the Kurdish town of Saqqez", "Sunni militants": nobody by themselves */
      continue;
    }
    size_t site = site_after(x, w, n, i + len);
    /* (what happens to a site "of" which: "a fire tore through the roof of
     * Notre-Dame cathedral" names it, as before) */
    size_t sb = i + skip;
    if (sb > 0 && is_word(&w[sb - 1], "the"))
      sb--;
    if (site && sb > 0 && is_word(&w[sb - 1], "of") && !place_word(x, &w[i + len], "area"))
      site = 0; /* (but "the hills of Wayanad district" are in it) */
    if (site && len > skip) {
      /* "fired missiles at the Al Udeid air base": the site, a place
       * after a preposition of place or a verb that strikes it */
      size_t p = i + skip;
      if (p > 0 && is_word(&w[p - 1], "the"))
        p--;
      int where = p > 0 && (is_word(&w[p - 1], "at") || is_word(&w[p - 1], "in") || is_word(&w[p - 1], "near") ||
                            (is_word(&w[p - 1], "of") && place_word(x, &w[i + len], "area")) ||
                            is_word(&w[p - 1], "inside") || is_word(&w[p - 1], "outside") ||
                            is_word(&w[p - 1], "into") || target_verb(x, w, p - 1));
      /* (it gives way to the town the gazetteer knows after it, as a
       * building does: "the Shifa hospital in Gaza" is in Gaza) */
      if (known_place_in(x, w, n, i + len + site))
        where = 0;
      if (where && nplaces < 6) {
        snprintf(places[nplaces], sizeof places[nplaces], "%.*s", (int)(w[i + len + site - 1].end - w[i + skip].start),
                 x->text + w[i + skip].start);
        place_at[nplaces++] = w[i + skip].start;
      }
      i += len + site;
      continue;
    }
    if (!org && len - skip >= 2 && !person_run(x, w, i + skip, len - skip, &skip)) {
      i += len; /* "Preliminary DNA tests": nobody */
      continue;
    }
    size_t names = len - skip;
    if (names >= 1) {
      char *name = span_text(x, w, i + skip, names);
      if (!name) {
        rc = TL_ENOMEM;
        goto done;
      }
      if (names == 1 && !org && is_uplace(x, name)) { /* "bombs on Fordow" after "the plant at Fordow": nobody */
        free(name);
        i += len;
        continue;
      }
      const char *full = names == 1 ? person_by_key(x, name) : NULL;
      if (names >= 2 && word_is(&w[i + len - 1], "street")) { /* "Bourbon Street reopened": a place */
        if (nplaces < 6) {
          snprintf(places[nplaces], sizeof places[nplaces], "%s", name);
          place_at[nplaces++] = w[i + skip].start;
        }
        free(name);
        i += len;
        continue;
      }
      if (org && names >= 2)
        rc = plist_add(&parts, name, TL_ENT_ORG, (long)w[i + skip].start);
      else if (names >= 2 && names <= name_max(w, i + skip, names))
        rc = plist_add(&parts, person_by_key(x, name) ? person_by_key(x, name) : name, TL_ENT_PERSON,
                       (long)w[i + skip].start);
      else if (full)
        rc = plist_add(&parts, full, TL_ENT_PERSON, (long)w[i + skip].start);
      else if (names == 1 && plain_name(x, w, n, i + skip))
        rc = plist_add(&parts, name, TL_ENT_PERSON, (long)w[i + skip].start); /* a surname alone: by key */
      free(name);
      if (rc)
        goto done;
    }
    i += len;
  }

  /* "He was sworn in on Tuesday": the subject pronoun opening a sentence is
   * the person the sentence before named first */
  if (n > 1 && (is_word(&w[0], "he") || is_word(&w[0], "she")) && w[0].start >= x->dateline_end) {
    if (*x->last_person && (rc = plist_add(&parts, x->last_person, TL_ENT_PERSON, (long)w[0].start)))
      goto done;
  } else {
    const tl_participant *first = NULL;
    for (size_t a = 0; a < parts.n; a++)
      if (parts.v[a].kind == TL_ENT_PERSON && parts.v[a].pos >= 0 && (!first || parts.v[a].pos < first->pos))
        first = &parts.v[a];
    if (first)
      snprintf(x->last_person, sizeof x->last_person, "%s", first->name);
  }
  if ((rc = note_topics(x, &parts, (int)si)))
    goto done;

  /* triggers */
  char seen_types[16][24]; /* one mention per (type, date) and sentence */
  char seen_lemmas[16][32]; /* (of a kind: "guarantee all deposits and close Signature Bank" are two; a
                               statement "in a speech" is one) */
  int seen_timex[16];
  long seen_shift[16];
  int seen_dist[16]; /* dated by a distance ("hours after the House passed it"): another event */
  int nseen = 0;
  cl = calloc(n + 1, sizeof *cl);
  if (!cl) {
    rc = TL_ENOMEM;
    goto done;
  }
  clauses(cl, x, out, w, n);
  /* the timexes of this sentence */
  const size_t tx_lo = timex_from(out, s->start), tx_hi = timex_from(out, s->end);
  size_t covered = 0; /* "a press conference": no "conference" of its own inside it */
  for (size_t i = 0; i < n; i++) {
    size_t tl = 0;
    const tl_lex_entry *te = i >= covered ? match(x->triggers, w, n, i, &tl) : NULL;
    if (!te)
      continue;
    if (tl > 1 && (!tl_past_form(w[i].low, w[i].len) ||
                   (!strstr(te->key, " a ") && !strstr(te->key, " an ") && !strstr(te->key, " the "))))
      covered = i + tl; /* a compound noun ("an attempted coup" is no coup); but "called a general election" calls one */
    /* "Hurricane Helene", "Typhoon Haiyan": a disaster by its name */
    int named = named_disaster_at(x, w, n, i) != 0;
    if (needs_det(te) && !has_det(w, i) && !has_article_adj(w, i, te->field[0]) && !named &&
        !dated_det(out, w, n, i) && !det_of(w, n, i, tl))
      continue;
    /* "OpenAI released its GPT-4o model", "launched the Pixel 9 phone": a
     * product's launch, not captives freed nor a rocket */
    if ((strcmp(te->key, "released") == 0 || strcmp(te->key, "launched") == 0) &&
        needs_rows(x, w, n, i, tl, "product")) {
      const tl_lex_entry *pe = tl_lex_find(x->triggers, "released a product", 18);
      if (pe)
        te = pe;
    }
    if (!needs_met(x, w, n, i, tl, te)) {
      /* a word with several entries is the first whose needs hold ("fired"
       * before a title is a dismissal, before missiles an attack) */
      const tl_lex_entry *alt = te;
      while ((alt = tl_lex_next(alt)) != NULL && (needs_det(alt) || !needs_met(x, w, n, i, tl, alt)))
        ;
      if (!alt)
        continue;
      te = alt;
    }
    /* the fifth column: nouns the trigger only modifies ("the death toll",
     * "an arrest warrant", "protest leaders"), or the object that makes a
     * verb mean something else ("struck a deal", "captured the title") */
    if (te->nfields > 3 && *te->field[3] && i + tl < n) {
      size_t o = i + tl;
      while (o + 1 < n && o < i + tl + 2 && word_in(&w[o], determiners))
        o++; /* "struck a new deal" */
      if (tl == 1 && tl_past_form(w[i].low, w[i].len)) {
        /* a verb's object is its head noun: "struck a trade deal" is a
         * deal, "struck an oil depot" a depot */
        static const char *const ends[] = {"with", "on", "in", "at", "for", "to", "of", "and", "or", "that",
                                           "which", "between", "over", "after", "before", "by", "from", "as",
                                           "worth", "while", "but", "up", "last", "this", NULL};
        size_t h = o;
        while (h + 1 < n && h < o + 2 && !w[h + 1].brk && !w[h + 1].cap && isalpha((unsigned char)w[h + 1].low[0]) &&
               !word_in(&w[h + 1], ends) && !word_in(&w[h], ends))
          h++;
        if (word_in_list(te->field[3], w[h].low) || word_in_list(te->field[3], w[i + tl].low))
          continue;
      } else if (word_in_list(te->field[3], w[i + tl].low) || word_in_list(te->field[3], w[o].low)) {
        continue;
      }
    }
    /* "a collapsed hotel", "the flooded garages", "five derailed rail
     * cars": a past participle between an article or a count and its noun
     * describes the noun */
    if (tl_past_form(w[i].low, w[i].len) && tl == 1 && i > 0 && i + 1 < n && !w[i + 1].brk &&
        (!w[i + 1].cap || (w[i + 1].len > 4 && w[i + 1].low[w[i + 1].len - 1] == 's' && !w[i + 1].poss)) && /* "the freed Americans" */
        (is_word(&w[i - 1], "a") || is_word(&w[i - 1], "an") || is_word(&w[i - 1], "the") ||
         w[i - 1].poss || small_count(&w[i - 1]) > 1) && /* "Kuwait's ousted government" */
        isalpha((unsigned char)w[i + 1].low[0]) && !word_in(&w[i + 1], determiners) &&
        !is_word(&w[i + 1], "on") && !is_word(&w[i + 1], "in") && !is_word(&w[i + 1], "at") &&
        !is_word(&w[i + 1], "by") && !is_word(&w[i + 1], "of") && !is_word(&w[i + 1], "and"))
      continue;
    /* (and one opening a sentence before a plural noun: "Elected officials
     * in Miami warned", "Detained protesters were freed") */
    if (tl_past_form(w[i].low, w[i].len) && tl == 1 && i == 0 && w[i].cap && i + 2 < n && !w[i + 1].brk &&
        !w[i + 1].cap && w[i + 1].len > 3 && w[i + 1].low[w[i + 1].len - 1] == 's' && !w[i + 1].poss &&
        !word_in(&w[i + 1], determiners))
      continue;
    /* "he was fired on Friday", not "shots were fired" */
    if (strcmp(te->field[1], "dismissal") == 0 && i > 0) {
      size_t k = i - 1;
      if (k > 0 && (is_word(&w[k], "have") || is_word(&w[k], "had") || is_word(&w[k], "has")))
        k--;
      if (word_is(&w[k], "fired"))
        continue;
    }
    if (w[i].cap && i > 0 && !is_calendar_word(&w[i - 1]) && !w[i].brk && !named)
      continue; /* part of a name: "Summit Street", "Strike Force" */
    /* "The deal was first announced on Dec. 18": the announcement of an
     * event named as the passive's subject is that event's date, not an
     * event of its own */
    if (strcmp(te->field[1], "announcement") == 0 && i >= 2) {
      size_t k = i - 1;
      if (k > 0 && !is_word(&w[k], "was") && !is_word(&w[k], "were"))
        k--; /* "was first announced" */
      int subject_event = 0;
      if (is_word(&w[k], "was") || is_word(&w[k], "were"))
        for (size_t b = k; b > 0 && b + 4 > k && !subject_event; b--) {
          size_t l;
          const tl_lex_entry *se = match(x->triggers, w, n, b - 1, &l);
          subject_event = se && b - 1 + l == k && strcmp(se->field[0], "statement") != 0;
        }
      if (subject_event)
        continue;
    }
    /* "the first round of Poland's presidential election": a round of
     * voting, not of talks (the election is its own trigger) */
    if (strcmp(te->field[1], "round of talks") == 0 && i + 1 < n && is_word(&w[i + 1], "of")) {
      int vote = 0;
      for (size_t k = i + 2; k < n && k < i + 7 && !vote; k++) {
        size_t l;
        const tl_lex_entry *ve = match(x->triggers, w, n, k, &l);
        vote = ve && strcmp(ve->field[0], "election") == 0;
      }
      if (vote)
        continue;
    }
    /* "reopened on Saturday with a ceremony", "a ceremony marked the
     * deal": a ceremony beside another event is how that one happened */
    if (strcmp(tl_lemma_family(te->field[1]), "ceremony") == 0) {
      int other = 0;
      for (size_t k = 0; k < n && !other; k++) {
        size_t l;
        const tl_lex_entry *oe = k < i || k >= i + tl ? match(x->triggers, w, n, k, &l) : NULL;
        other = oe && strcmp(tl_lemma_family(oe->field[1]), "ceremony") != 0 && needs_met(x, w, n, k, l, oe) &&
                !(needs_det(oe) && !has_det(w, k));
      }
      if (other)
        continue;
    }
    /* "an earthquake struck", "the storm hit": what the accident did (not
     * a noun after "of": "waves of air strikes") */
    if (strcmp(te->field[0], "attack") == 0 && !(i > 0 && is_word(&w[i - 1], "of")) && accident_before(x, w, i))
      continue;
    /* "Congress voted on Wednesday to remove President Castillo from
     * office", "voted to impeach": the vote is the removal, the
     * impeachment (a ruling or a change of office the infinitive names) */
    const tl_lex_entry *voted_to = NULL;
    if (strcmp(te->key, "voted") == 0)
      for (size_t k = i + 1; k + 1 < n && k < i + 6 && !voted_to && !(k > i + 1 && w[k].brk); k++)
        if (is_word(&w[k], "to") && !w[k + 1].cap && w[k + 1].len + 3 < sizeof w[k + 1].low) {
          char past[64];
          size_t bl = w[k + 1].len;
          snprintf(past, sizeof past, "%s%s", w[k + 1].low, w[k + 1].low[bl - 1] == 'e' ? "d" : "ed");
          const tl_lex_entry *pe2 = tl_lex_find(x->triggers, past, strlen(past));
          size_t pl2 = 1;
          if (pe2 && (strcmp(pe2->field[0], "office") == 0 || strcmp(pe2->field[1], "impeachment") == 0) &&
              needs_met(x, w, n, k + 1, pl2, pe2))
            voted_to = pe2;
          break;
        }
    if (voted_to) {
      te = voted_to;
    } else if ((strcmp(te->field[1], "vote") == 0 || strcmp(te->field[1], "approval") == 0) &&
        class_before(w, i, 7, "legislature")) {
      int vote = strcmp(te->field[1], "vote") == 0;
      const tl_lex_entry *le = tl_lex_find(x->triggers, vote ? "legislative vote" : "passed", vote ? 16 : 6);
      if (le)
        te = le;
    } else if (strcmp(te->field[1], "collapse") == 0 && te->field[2][0] == '-' && needs_rows(x, w, n, i, tl, "firmbefore")) {
      /* "the lender that collapsed on March 10": a company's failure */
      const tl_lex_entry *fe = tl_lex_find(x->triggers, "failed", 6);
      if (fe)
        te = fe;
    } else if (strcmp(te->key, "withdrew") == 0 && need_met(x, w, n, i, tl, "money")) {
      const tl_lex_entry *me = tl_lex_find(x->triggers, "withdrew funds", 14); /* "withdrew $5 billion" */
      if (me)
        te = me;
    } else if (strcmp(te->key, "found") == 0) {
      /* "a jury found former police officer Derek Chauvin guilty" */
      for (size_t k = i + 1; k < n && k < i + 9 && !w[k].brk; k++)
        if (is_word(&w[k], "guilty")) {
          const tl_lex_entry *ge = tl_lex_find(x->triggers, "found guilty", 12);
          if (ge)
            te = ge;
          break;
        }
    } else if (strcmp(te->field[1], "signing") == 0 && class_after(w, n, i + tl, 4, "bill")) {
      const tl_lex_entry *le = tl_lex_find(x->triggers, "signed into law", 15);
      if (le)
        te = le;
    } else if (strcmp(te->field[1], "signing") == 0 && class_after(w, n, i + tl, 3, "decree")) {
      const tl_lex_entry *de = tl_lex_find(x->triggers, "decree", 6); /* "signed an executive order" */
      if (de)
        te = de;
    }
    /* "the airline grounded its fleet", "grounded all 737 Max jets": an
     * order, not a ship aground */
    if (strcmp(te->field[1], "grounding") == 0 && past_trigger(w, i) && i + tl < n && !w[i + tl].brk &&
        (word_in(&w[i + tl], determiners) || is_word(&w[i + tl], "all") || isdigit((unsigned char)w[i + tl].low[0]))) {
      const tl_lex_entry *ge = tl_lex_find(x->triggers, "grounding order", 15);
      if (ge)
        te = ge;
    }
    /* "a first attempt collapsed", "the talks collapsed": what falls
     * apart without falling down is no accident */
    if (strcmp(te->field[1], "collapse") == 0 && abstract_subject(w, n, i)) {
      /* (but "the coalition government collapsed on Friday night" is the
       * government's fall) */
      static const char *const of[] = {"on", "of", "about", "over", "for", "with", "to", NULL};
      size_t np = i > 1 ? i - 2 : 0;
      while (np > 0 && word_in(&w[np], determiners))
        np--;
      const tl_lex_entry *ge = needs_rows(x, w, n, i, tl, "cabinetbefore") && !(i > 1 && word_in(&w[np], of))
                                   ? tl_lex_find(x->triggers, "government collapse", 19)
                                   : NULL; /* (not "talks on a coalition collapsed") */
      if (!ge)
        continue;
      te = ge;
    }
    /* "travelled to Paris on Wednesday for talks with Macron": the
     * journey is for the meeting, which is the event */
    if (strcmp(te->field[0], "visit") == 0 && strncmp(w[i].low, "travel", 6) == 0) {
      int for_meeting = 0;
      for (size_t k = i + tl; k + 1 < n && k < i + tl + 8 && !for_meeting; k++) {
        size_t l2;
        const tl_lex_entry *me = is_word(&w[k], "for") ? match(x->triggers, w, n, k + 1, &l2) : NULL;
        if (!me && is_word(&w[k], "for") && k + 2 < n)
          me = match(x->triggers, w, n, k + 2, &l2); /* "for a summit" */
        for_meeting = me && strcmp(me->field[0], "meeting") == 0;
      }
      if (for_meeting)
        continue;
    }
    /* "a machinists' strike that began on September 13": a strike among
     * workers and unions, with no weapon near, is a stoppage */
    if (strcmp(te->field[1], "strike") == 0 && !past_trigger(w, i) && labour_strike(w, n)) {
      const tl_lex_entry *se = tl_lex_find(x->triggers, "strike action", 13);
      if (se)
        te = se;
    }
    /* "the ship struck the bridge", "a bus hit a truck": a vehicle that
     * strikes something collides with it */
    /* ... and so does one that something is hit by ("was hit by a car
     * while running") */
    if (strcmp(te->field[0], "attack") == 0 && past_trigger(w, i) &&
        (class_before(w, i, 3, "vehicle") ||
         (i + tl + 1 < n && is_word(&w[i + tl], "by") && class_after(w, n, i + tl + 1, 3, "vehicle"))) &&
        strcmp(te->field[1], "ramming") != 0) { /* (but "a car drove into crowds" was driven there) */
      const tl_lex_entry *ce = tl_lex_find(x->triggers, "collided", 8);
      if (ce)
        te = ce;
    }
    /* negated or hypothetical: "the lack of a deal", "no talks" */
    int negated = 0;
    for (size_t k = i >= 3 ? i - 3 : 0; k < i; k++) {
      static const char *const neg[] = {"no", "not", "without", "lack", "absence", "never", "nor", NULL};
      for (int q = 0; neg[q]; q++)
        negated |= strcmp(w[k].low, neg[q]) == 0;
    }
    /* generic: "their intentions in peace talks", "ready for talks" */
    {
      size_t tn = strlen(w[i].low);
      int plural_noun = tn > 3 && w[i].low[tn - 1] == 's' && w[i].low[tn - 2] != 's' && !w[i].cap;
      if (plural_noun && i >= 2 && !w[i - 1].cap && !has_det(w, i) && prep_before_def(&w[i - 2]) &&
          stretch_before(w, i) <= 0) /* but "four days of missile strikes" */
        continue;
      if (plural_noun && i >= 1 && (is_word(&w[i - 1], "for") || is_word(&w[i - 1], "about")) &&
          !(is_word(&w[i - 1], "for") && travel_before(w, cl, i - 1)))
        continue; /* but "flew to Paris on Wednesday for talks" took place */
    }
    /* sought, not done: "met to discuss a ceasefire", "called for a truce" */
    negated |= sought_object(w, i);
    /* non-specific: "any agreement", "a possible deal" */
    if (i > 0) {
      static const char *const vague[] = {"any", "potential", "possible", "future", "eventual", NULL};
      for (int q = 0; vague[q]; q++)
        negated |= strcmp(w[i - 1].low, vague[q]) == 0;
    }
    if (negated)
      continue;
    /* a state, not an event: "a four-year invasion", "years-long war" */
    int lasting = 0;
    for (size_t k = tx_lo; k < tx_hi; k++) {
      const tl_timex *t = &out->timexes.items[k];
      size_t vl = strlen(t->value);
      /* (not "a two-day summit", "a 12-day war", "a 24-hour strike": events
       * of hours, days or weeks) */
      int short_one = strncmp(t->value, "PT", 2) == 0 || (vl > 1 && (t->value[vl - 1] == 'D' || t->value[vl - 1] == 'W'));
      if (t->type == TL_TIMEX_DURATION && t->span_days == 0 && t->end <= w[i].start &&
          w[i].start - t->end <= 1 && !short_one)
        lasting = 1;
    }
    if (lasting)
      continue;
    const char *type = te->field[0];
    if (nseen >= 16)
      continue;
    /* "the Queen died at Balmoral on Thursday, Buckingham Palace
     * announced": a closing attribution of an event already found is
     * who tells it, not an announcement of its own */
    if (nseen > 0 && strcmp(type, "statement") == 0 && tl == 1 && is_reporting(&w[i]) &&
        (i + 1 == n || timex_ends_at(out, w[n - 1].end))) {
      size_t k = i;
      static const char *const clause_words[] = {"which", "who", "that", "was", "were", "is", "are", "had",
                                                 "has", "have", "been", "be", "it", NULL};
      while (k > 0 && k + 5 > i && isalpha((unsigned char)w[k - 1].low[0]) && !word_in(&w[k - 1], clause_words) &&
             !clause_punct_before(x->text, w, k))
        k--;
      int tail_date = i + 1 == n || timex_starts_at(out, w[i + 1].start) ||
                      (i + 2 < n && is_word(&w[i + 1], "on") && timex_starts_at(out, w[i + 2].start));
      if (k < i && k > 0 && clause_punct_before(x->text, w, k) && tail_date)
        continue;
    }

    /* choose the governing temporal expression: in the trigger's clause
     * first; a trigger in a subordinate clause without one of its own
     * ("after it struck the bridge") is not dated by the main clause;
     * otherwise an expression of a main clause, or of a relative clause
     * ("the talks, which began on Monday") */
    size_t trig_byte = w[i].start;
    /* "tumbled on Monday despite the rescue", "postponed to Thursday after
     * the attack": an event named after such a preposition is not dated
     * by a date before it (its own follows it: "after the attack on
     * Monday") */
    static const char *const sequel[] = {"after", "before", "despite", "following", "since", "amid", NULL};
    size_t prep_at = 0;
    int indefinite = 0; /* "agreed on Wednesday after a summit that lasted three hours": that day's, maybe */
    for (size_t k = i; k-- > 0 && k + 4 > i && !w[k + 1].brk;)
      if (word_in(&w[k], sequel)) {
        prep_at = k;
        break;
      } else if (w[k].poss && w[k].cap) { /* "since Russia's full-scale invasion" */
        continue;
      } else if (word_in(&w[k], determiners)) {
        indefinite |= is_word(&w[k], "a") || is_word(&w[k], "an");
      } else if (!(w[k].len > 2 && !w[k].cap && k + 1 == i && isalpha((unsigned char)w[k].low[0]))) {
        break;
      }
    if (prep_at && indefinite && (is_word(&w[prep_at], "after") || is_word(&w[prep_at], "before")))
      prep_at = 0;
    /* "postponed Donald Trump's sentencing until Nov. 26": what is put off
     * is on its new date, if the sentence gives one; never on the day it
     * was put off */
    int put_off = 0;
    for (size_t k = i; k-- > 0 && k + 9 > i && !w[k + 1].brk && !put_off;) {
      size_t pl;
      const tl_lex_entry *pe = match(x->triggers, w, n, k, &pl);
      put_off = pe && (strcmp(pe->field[1], "postponement") == 0 || strcmp(pe->field[1], "annulment") == 0) &&
                k + pl <= i;
      /* "cancelled the first round of the presidential election on Friday" */
      if (!put_off && word_is(&w[k], "undo")) {
        put_off = 1;
        pl = 1;
      }
      /* (through "the first round of the") */
      for (size_t q = k + pl; put_off && q < i && q < k + pl + 6 && !w[q].cap; q++)
        if (is_word(&w[q], "of"))
          pl = q - k + 1;
      /* its object: "the", "Donald Trump's", "the presidential" (not "several times since the verdict") */
      static const char *const not_object[] = {"since", "after", "before", "until", "for", "in", "on", "at", "over",
                                               "amid", "during", "with", "by", "from", "to", "times", "several",
                                               "and", "but", NULL};
      for (size_t q = k + pl; put_off && q < i; q++)
        put_off = !w[q].brk && (w[q].cap || (isalpha((unsigned char)w[q].low[0]) && !word_in(&w[q], not_object)));
    }
    /* "recaptured Kherson in November 2022 but withdrew from Avdiivka last
     * week": a second verb with a date of its own after it is not dated by
     * the first verb's */
    size_t second_at = i > 0 && tl_past_form(w[i].low, w[i].len) &&
                               (is_word(&w[i - 1], "but") || is_word(&w[i - 1], "and") || is_word(&w[i - 1], "then"))
                           ? i - 1
                           : 0;
    int own_after = 0;
    for (size_t k = tx_lo; second_at && k < tx_hi && !own_after; k++) {
      const tl_timex *t = &out->timexes.items[k];
      own_after = t->start > w[i].start && t->end <= s->end && datable(t) &&
                  cl[tok_index_at(w, n, t->start)].id == cl[i].id;
    }
    int best = -1, best_reported = 0, best_rank = 9, best_describes = 0;
    size_t best_dist = (size_t)-1;
    for (size_t k = tx_lo; k < tx_hi; k++) {
      const tl_timex *t = &out->timexes.items[k];
      if (t->start < s->start || t->end > s->end || !datable(t))
        continue;
      size_t ta = tok_index_at(w, n, t->start), tb = tok_index_last(w, n, t->end - 1);
      int rank = cl[ta].id == cl[i].id              ? 0
                 : cl[i].sub                        ? 9
                 : !cl[ta].sub                      ? 1
                 : cl[ta].relative == 1             ? 2
                                                    : 9;
      /* "a search that began on Sunday": a relative clause right after
       * the trigger describes the event itself */
      size_t after = i + tl + (named ? 1 : 0); /* "Hurricane Milton, which struck the state" */
      int describes = rank == 2 && after < n && cl[after].relative && cl[after].id == cl[ta].id &&
                      only_comma_between(x->text, w[after - 1].end, w[after].start);
      /* "Trump, who arrived on Tuesday evening, called the agreement a big
       * win": a relative clause before the trigger describes someone else */
      if (rank == 2 && ta < i)
        continue;
      /* "the explosions of pagers and radios on Tuesday and Wednesday": a
       * date after the noun's "of" phrase is the noun's own, over the
       * date of the verb that tells of it ("said in a speech on Thursday
       * that the explosions ...") */
      if (rank == 0 && ta > i + tl && ta <= i + tl + 6 && is_word(&w[i + tl], "of") && !tl_past_form(w[i].low, w[i].len)) {
        int plain = 1;
        for (size_t q = i + tl + 1; q + 1 < ta && plain; q++)
          plain = !w[q].brk && !tl_past_form(w[q].low, w[q].len) && !is_word(&w[q], "was") && !is_word(&w[q], "were");
        /* (or a distance right after it: "the arrest of Imran Khan two
         * days earlier was illegal") */
        if (plain && (is_word(&w[ta - 1], "on") || is_word(&w[ta - 1], "in") ||
                      (t->rule && (!strcmp(t->rule, "distance") || !strcmp(t->rule, "ago")))))
          describes = 1;
      }
      if (describes)
        rank = -1; /* "the implosion, which killed five people on June 18" too; it
                      outranks a date of the main clause ("came on Sunday to survey
                      the damage left by Hurricane Milton, which struck four days
                      earlier") */
      /* "blew out minutes after takeoff from Portland on Friday evening":
       * a clause of "minutes (hours, shortly) after" is of the same day */
      if (rank == 9 && !cl[i].sub && ta > i) {
        size_t c0 = clause_start(cl, ta);
        if (c0 > 0 && (is_word(&w[c0], "after") || is_word(&w[c0], "before")) &&
            (is_word(&w[c0 - 1], "minutes") || is_word(&w[c0 - 1], "hours") || is_word(&w[c0 - 1], "moments") ||
             is_word(&w[c0 - 1], "shortly") || is_word(&w[c0 - 1], "seconds") || is_word(&w[c0 - 1], "soon")) &&
            cl[c0 - 1].id == cl[i].id)
          rank = 1;
      }
      /* "was hit by a car while running in Cambridgeshire on Saturday": a
       * "while" and a participle, the same subject doing something at the
       * same time, dates the clause it follows */
      if (rank == 9 && !cl[i].sub && ta > i) {
        size_t c0 = clause_start(cl, ta);
        size_t gl = c0 + 1 < n ? w[c0 + 1].len : 0;
        if (c0 > 0 && c0 + 1 < ta && is_word(&w[c0], "while") && gl > 4 &&
            memcmp(w[c0 + 1].low + gl - 3, "ing", 3) == 0 && cl[c0 - 1].id == cl[i].id)
          rank = 1;
      }
      /* "since April 13, when the court ordered its seizure" */
      int when_clause = rank == 9 && cl[i].when && cl[ta].id == cl[i].id - 1;
      if (when_clause)
        rank = 1;
      /* "ended in failure when the craft crashed, Roscosmos said on
       * Sunday": a closing attribution reports the "when" clause too */
      if (rank == 9 && ta > i && cl[i].when) {
        size_t rv0 = reporting_near(w, n, ta, tb); /* (a verb that is no participle: not "a measure announced") */
        if (rv0 && rv0 - 1 > i && rv0 - 1 < ta && cl[rv0 - 1].id == cl[ta].id &&
            (is_word(&w[rv0 - 1], "said") || is_word(&w[rv0 - 1], "says") || is_word(&w[rv0 - 1], "told")))
          rank = 1;
      }
      if (rank == 9)
        continue;
      /* "a council that is to run Haiti until elections was sworn in on
       * Thursday": an event after "until" ends a stretch of time; only a
       * date right after it is its own ("until the vote on May 3") */
      if (i > 0 && ta != i + tl && !(ta == i + tl + 1 && (is_word(&w[i + tl], "on") || is_word(&w[i + tl], "in")))) {
        size_t p = i - 1;
        if (p > 0 && word_in(&w[p], determiners))
          p--;
        if (is_word(&w[p], "until") || is_word(&w[p], "till"))
          continue;
      }
      /* "declared Sunday a day of national mourning": a date right after
       * the verb, then "a" or "as", is what it declares */
      if (ta == i + tl && tb + 2 < n &&
          (is_word(&w[tb + 1], "a") || is_word(&w[tb + 1], "an") || is_word(&w[tb + 1], "as"))) {
        int day = 0;
        for (size_t q = tb + 2; q < n && q < tb + 6 && !day; q++)
          day = is_word(&w[q], "day") || is_word(&w[q], "holiday") || is_word(&w[q], "mourning");
        if (day)
          continue;
      }
      if (own_after && tb < second_at)
        continue;
      /* "pardoned 1,500 people charged over the Jan. 6, 2021, attack": a
       * date right before another trigger's noun is that noun's (and
       * before the trigger too: "apologised on Monday for the Sept. 9
       * strike in Doha, in a phone call": the call is Monday's) */
      if ((ta > i + tl || tb + 1 < i) && tb + 1 < n && ta > 0 && is_word(&w[ta - 1], "the") &&
          (!w[tb + 1].brk || only_comma_between(x->text, w[tb].end, w[tb + 1].start))) {
        size_t nl;
        const tl_lex_entry *ne = match(x->triggers, w, n, tb + 1, &nl);
        if (ne && !past_trigger(w, tb + 1) && tb + 1 != i)
          continue;
      }
      if (put_off && !(ta > i && ta > 0 && (is_word(&w[ta - 1], "until") || is_word(&w[ta - 1], "to") ||
                                           is_word(&w[ta - 1], "till"))))
        continue;
      /* "met for the first time since the spring of 2022", "the talks
       * since May": a date after "since" starts a stretch of time that
       * ends with the event; it is not the event's */
      if (!when_clause && ta > 0 && is_word(&w[ta - 1], "since"))
        continue;
      /* "reported a third-quarter loss": the quarter is what the results
       * cover; a report is dated by its day only */
      if (strcmp(te->field[1], "earnings report") == 0 &&
          (t->span.gran > TL_GRAN_DAY || (ta > 0 && (is_word(&w[ta - 1], "ended") || is_word(&w[ta - 1], "ending") ||
                                                     is_word(&w[ta - 1], "through")))))
        continue; /* nor "the quarter ended Sept. 29" */
      if (prep_at && tb < prep_at)
        continue;
      /* "was postponed to Thursday", "moved until next week": the new
       * date of what was put off, not the day it was */
      if (strcmp(te->field[1], "postponement") == 0 && ta > i && ta > 0 &&
          (is_word(&w[ta - 1], "to") || is_word(&w[ta - 1], "until") || is_word(&w[ta - 1], "till")))
        continue;
      /* "the talks overran their Friday deadline": a deadline's day is
       * when something was due, not when anything happened */
      if (tb + 1 < n && (is_word(&w[tb + 1], "deadline") || is_word(&w[tb + 1], "deadlines")))
        continue;
      /* "agreed on Wednesday to raise spending by 2035, at a summit": a
       * deadline dates an event only when nothing else does; the date of
       * another event a phrase of before, after or since names dates
       * nothing outside it ("a payment before the 2016 election",
       * "postponed since the jury's verdict on May 30") */
      if (ta > 0 && is_word(&w[ta - 1], "by") && rank >= 0)
        rank += 2;
      else if (rank >= 1 && !when_clause && cl[ta].id != cl[i].id && opened_by_time_word(w, cl, ta, t->span.gran))
        continue;
      size_t dist = t->end <= trig_byte ? trig_byte - t->end : t->start > trig_byte ? t->start - trig_byte : 0;
      /* "talks in Miami earlier this month and a visit to the Kremlin on
       * Dec. 2": a date before an "and" that opens the trigger's noun
       * phrase is the previous one's */
      if (and_between(w, n, t->start, i))
        dist += 1u << 20;
      int reported = 0;
      size_t rv = reporting_near(w, n, ta, tb);
      /* "said on Friday that the talks were held": the date belongs to
       * the report, unless the expression modifies the trigger directly
       * ("Friday's session") or the trigger is the report itself. */
      /* "Tuesday's five-hour meeting": the date modifies the trigger */
      int attached = w[tb].poss && i > tb && i <= tb + 5; /* "last year's deadly U.S. Embassy blasts" */
      for (size_t q = tb + 1; attached && q <= i; q++)
        attached = !w[q].brk && !is_word(&w[q], "and") && !is_word(&w[q], "or") && !is_word(&w[q], "of") &&
                   (q == i || q <= tb + 3 || w[q].cap);
      if (rv && rv - 1 < i && strcmp(type, "statement") != 0 && !attached && tb < i)
        reported = 1;
      /* "Trump won the election, the Associated Press projected early on
       * Wednesday": a date in the attribution after the trigger's clause */
      if (rv && rv - 1 > i && rv - 1 < ta && cl[ta].id != cl[i].id && cl[rv - 1].id == cl[ta].id &&
          strcmp(type, "statement") != 0) /* (the verb before the date: not "on Wednesday and acknowledged") */
        reported = 1;
      if (attached)
        dist = 0;
      else if (w[tb].poss && tb + 1 < n && !w[tb + 1].brk)
        continue; /* "New Year's revelers ... on Monday", "arrested in connection with last year's
                     blasts": a possessive date is its own noun's */
      /* prefer the closest clause, then an expression not tied to a
       * report, then the nearest */
      if (best < 0 || rank < best_rank || (rank == best_rank && best_reported && !reported) ||
          (rank == best_rank && reported == best_reported && dist < best_dist)) {
        best = (int)k;
        best_dist = dist;
        best_reported = reported;
        best_rank = rank;
        best_describes = describes;
      }
    }
    long shift = 0;
    int by_distance = 0, weeks = 0;
    size_t opens_at = 0;
    /* "two days after his team lost the Euro 2024 final": a year naming
     * the contest leaves the day to a distance, if there is one */
    int name_year = 0;
    if (best >= 0 && best_rank == 0) {
      const tl_timex *bt = &out->timexes.items[best];
      size_t btb = tok_index_last(w, n, bt->end - 1);
      name_year = bt->span.gran == TL_GRAN_YEAR && btb + 1 == i && tok_index_at(w, n, bt->start) > 0 &&
                  w[tok_index_at(w, n, bt->start) - 1].cap;
    }
    if (best < 0 || best_rank >= 1 || name_year) { /* no date of its own clause: "five days after the floods" */
      int dbest = -1;
      shift = distance_before_clause(x, out, w, n, cl, i, tx_lo, tx_hi, &dbest, &weeks, &opens_at);
      by_distance = dbest >= 0;
      /* the distance dates the clause's first event, not a noun after it
       * ("five days after Trump signed an order allowing the deal") */
      for (size_t k = i; by_distance && !past_trigger(w, i) && k-- > 0 && cl[k].id == cl[i].id;) {
        size_t l;
        const tl_lex_entry *ke = match(x->triggers, w, n, k, &l);
        /* (not a word that is a trigger only in some company: "held" rates) */
        if (ke && k + l <= i && needs_met(x, w, n, k, l, ke))
          by_distance = 0;
      }
      if (by_distance) {
        best = dbest;
        best_reported = 0;
        best_describes = 0;
      } else {
        shift = 0; /* (a year naming the contest stays the date) */
      }
    }
    /* "... early on Friday. Jeri was sworn in as president hours later":
     * "hours (minutes, moments) later" with no date of its own is the day
     * of the last date before its sentence */
    if (best < 0) {
      int later = 0;
      for (size_t k = 1; k < n && !later; k++)
        later = is_word(&w[k], "later") &&
                (is_word(&w[k - 1], "hours") || is_word(&w[k - 1], "minutes") || is_word(&w[k - 1], "moments"));
      /* (not what is reported then: "Hezbollah confirmed his death hours
       * later" is no death of that day) */
      for (size_t k = 0; k < i && later; k++)
        later = !is_reporting(&w[k]);
      for (size_t k = tx_lo; later && k-- > 0;) {
        const tl_timex *t = &out->timexes.items[k];
        if (t->start < s->start && datable(t) && t->span.gran == TL_GRAN_DAY) {
          best = (int)k;
          break;
        }
      }
    }
    if (best < 0)
      continue;
    /* "On Friday the UN condemned the attack": the date is the reaction's;
     * the attack was on or before it (unless the date is the trigger's
     * own: "condemned Friday's attack") */
    int reaction = reacted_to(w, i); /* (2: a decision on it, or its end: it joins a known event or none) */
    if (!reaction && passive_reaction(w, n, i + tl))
      reaction = 2;
    if (!best_reported && reaction && !by_distance) {
      const tl_timex *bt = &out->timexes.items[best];
      size_t tb = tok_index_last(w, n, bt->end - 1);
      if (!(w[tb].poss && i > tb && i <= tb + 3))
        best_reported = 1;
    }
    /* "Orban said on Friday he would invite Netanyahu to visit": what
     * someone reported will or would do comes after the report, on a day
     * the sentence does not give */
    if (best_reported && i > 0 && is_word(&w[i - 1], "to")) {
      const tl_timex *bt = &out->timexes.items[best];
      size_t te_tok = tok_index_last(w, n, bt->end - 1);
      int ahead = 0;
      for (size_t k = te_tok + 1; k + 1 < i && !ahead; k++)
        ahead = is_word(&w[k], "would") || is_word(&w[k], "will");
      if (ahead && te_tok < i)
        continue;
    }
    int dup = 0;
    for (int k = 0; k < nseen; k++)
      dup |= strcmp(seen_types[k], type) == 0 &&
             (strcmp(type, "statement") == 0 || tl_kinds_compatible(type, te->field[1], type, seen_lemmas[k])) &&
             seen_timex[k] == best && seen_shift[k] == shift &&
             seen_dist[k] == by_distance;
    if (dup)
      continue;
    /* "workers killed in the collapse during his visit on Friday": an
     * event named as "the X" after a preposition refers back to one the
     * reader knows; it takes only a date written right next to it */
    /* a named disaster is mentioned long after it struck: it takes only a
     * date written right after its name ("after Hurricane Helene on
     * Sept. 26") */
    if (named && !best_describes) {
      /* ... and only where the name stands for the event: after a word of
       * time ("after Hurricane Helene on Sept. 26") or opening the clause,
       * not "debris left by Typhoon Yagi on Monday" (the clearing's date) */
      static const char *const when[] = {"after", "before", "since", "during", "until", "following", NULL};
      const tl_timex *bt = &out->timexes.items[best];
      size_t ta = tok_index_at(w, n, bt->start);
      if (ta < i + 2 || ta > i + 4 || !(i == 0 || w[i].brk || word_in(&w[i - 1], when)))
        continue;
    }
    static const char *const defs[] = {"the", "his", "her", "their", "its", "our", NULL};
    size_t the_at = i >= 2 && word_in(&w[i - 1], defs) ? i - 1
                    : i >= 3 && word_in(&w[i - 2], defs) && !w[i - 1].brk && !past_trigger(w, i)
                        ? i - 2 /* "the American strikes", not "the Titanic lost contact" */
                        : 0;
    if (the_at && prep_before_def(&w[the_at - 1]) && !best_describes && !by_distance) {
      const tl_timex *bt = &out->timexes.items[best];
      size_t ta = tok_index_at(w, n, bt->start), tb = tok_index_last(w, n, bt->end - 1);
      size_t gap = tb < i ? i - tb : ta > i ? ta - i : 0;
      if (gap > 3)
        continue;
    }
    const tl_timex *t = &out->timexes.items[best];
    tl_mention m;
    memset(&m, 0, sizeof m);
    m.sent_start = s->start;
    m.sent_end = s->end;
    m.trig_start = w[i].start;
    m.trig_end = w[i + tl - 1].end;
    if (named) /* the name is the lemma: "hurricane Helene" merges with Helene only */
      snprintf(m.trigger, sizeof m.trigger, "%s %.*s", te->field[1], (int)(w[i + 1].end - w[i + 1].start),
               x->text + w[i + 1].start);
    else
      snprintf(m.trigger, sizeof m.trigger, "%s", te->field[1]);
    snprintf(m.type, sizeof m.type, "%s", type);
    m.timex = best;
    m.date = t->span;
    char anchor[11] = "";
    tl_day_format(anchor, t->anchor != TL_DAY_NONE ? t->anchor : x->dct);
    if (t->span_days > 0) {
      /* "a third consecutive day": a range ending at the sentence's day
       * (or the publication date) */
      tl_day end = x->dct;
      for (size_t k = tx_lo; k < tx_hi; k++) {
        const tl_timex *o = &out->timexes.items[k];
        if (o->start >= s->start && o->end <= s->end && o->type == TL_TIMEX_DATE &&
            o->span.gran <= TL_GRAN_DAY && o->span.first != TL_DAY_NONE)
          end = o->span.first;
      }
      if (end == TL_DAY_NONE)
        continue;
      /* "on the second day of the conclave": that day alone */
      m.date = (tl_span){on_day_before(w, n, t) ? end : end - t->span_days + 1, end, TL_GRAN_DAY};
    }
    if (m.date.gran == TL_GRAN_TIME || m.date.gran == TL_GRAN_PARTDAY)
      m.date.gran = TL_GRAN_DAY;
    /* "ending four days of strikes" on Saturday: Wednesday to Saturday;
     * "after weeks of talks": no day of its own */
    long stretch = by_distance ? 0 : stretch_before(w, i);
    if (stretch < 0)
      continue;
    /* (talks of several days are sessions of their own days, each an
     * event: "two days of talks in Geneva" keeps its day) */
    if (stretch > 0 && m.date.gran == TL_GRAN_DAY && m.date.first == m.date.last && t->span_days == 0 &&
        !tl_types_compatible(type, "meeting"))
      m.date.first = m.date.last - stretch + 1;
    if (by_distance) { /* "a day after": the main clause's day less one */
      m.date.first += shift;
      m.date.last += shift;
      if (weeks) { /* "eight weeks after": give or take a few days, and only a reference */
        m.date.first -= 3;
        m.date.last += 3;
        m.date.gran = TL_GRAN_WEEK;
      }
    }
    if (t->span_days == 0 && m.date.gran == TL_GRAN_DAY && !by_distance) {
      /* "meet today for a third consecutive day": the day ends a range */
      for (size_t k = tx_lo; k < tx_hi; k++) {
        const tl_timex *o = &out->timexes.items[k];
        if (o->start >= s->start && o->end <= s->end && o->span_days > 0 && !on_day_before(w, n, o))
          m.date.first = m.date.last - o->span_days + 1;
      }
    }
    if (t->span_days == 0 && m.date.gran == TL_GRAN_DAY && !by_distance) {
      /* "stretched through Tuesday and into Wednesday", "from Monday to
       * Wednesday", "on Dec. 4-6": two days joined in the same clause make
       * one range */
      size_t tb = tok_index_last(w, n, t->end - 1);
      for (size_t k = tx_lo; k < tx_hi; k++) {
        const tl_timex *o = &out->timexes.items[k];
        if (o == t || o->start < t->end || o->end > s->end || o->type == TL_TIMEX_DURATION ||
            o->span.first == TL_DAY_NONE || o->span.gran > TL_GRAN_DAY)
          continue;
        size_t oa = tok_index_at(w, n, o->start);
        if (oa < tb || oa - tb > 3 || cl[oa].id != cl[tb].id)
          break;
        int joined = 1;
        for (size_t q = tb + 1; q < oa && joined; q++)
          joined = is_word(&w[q], "to") || is_word(&w[q], "through") || is_word(&w[q], "until") ||
                   is_word(&w[q], "till") || is_word(&w[q], "and") || is_word(&w[q], "into") ||
                   is_word(&w[q], "thru");
        /* "Dec. 4-6" is one word, "Dec. 4 - 6" two tokens, joined by a dash */
        if (oa <= tb + 1)
          joined = memchr(x->text + t->end, '-', o->start - t->end) != NULL;
        if (joined && o->span.last > m.date.last && o->span.last - m.date.first <= 14)
          m.date.last = o->span.last;
        break;
      }
      /* "On June 5-7 leaders met": the tagger's range, from its last day */
      const tl_timex *p = best > (int)tx_lo ? &out->timexes.items[best - 1] : NULL;
      if (p && p->rule && t->rule &&
          (strcmp(t->rule, "day_range_end") == 0 || strcmp(p->rule, "day_range_start") == 0) &&
          p->span.first < m.date.first && m.date.last - p->span.first <= 14)
        m.date.first = p->span.first;
    }
    /* "On March 3 rebels attacked the town", published in January: the
     * tagger put an unyeared date at its closest occurrence, ahead, but the
     * event's own verb is past, so it is the one before publication; so
     * is an accident or a death with no future cue ("an earthquake hit
     * Tibet on January 7", published in November): nobody schedules one */
    int year_back = 0;
    int unplanned = (strcmp(type, "accident") == 0 || strcmp(type, "death") == 0) && t->tense == TL_TENSE_NONE;
    if (x->dct != TL_DAY_NONE && t->relative && t->tense != TL_TENSE_FUTURE && m.date.first > x->dct &&
        m.date.gran >= TL_GRAN_DAY && m.date.gran <= TL_GRAN_MONTH && t->rule &&
        (strcmp(t->rule, "month_day") == 0 || strcmp(t->rule, "month") == 0 || strcmp(t->rule, "holiday") == 0) &&
        (past_trigger(w, i) || unplanned)) {
      int y1, m1, d1, y2, m2, d2;
      tl_day_to_ymd(m.date.first, &y1, &m1, &d1);
      tl_day_to_ymd(m.date.last, &y2, &m2, &d2);
      if (m1 == 2 && d1 == 29)
        d1 = 28;
      if (m2 == 2 && d2 == 29)
        d2 = 28;
      tl_day f = tl_day_from_ymd(y1 - 1, m1, d1), l = tl_day_from_ymd(y2 - 1, m2, d2);
      if (l <= x->dct) {
        m.date.first = f;
        m.date.last = l;
        year_back = 1;
      }
    }
    /* "officials said on Tuesday that more than 5,000 people had died": a
     * toll told in a report counts the dead of another event */
    if (strcmp(type, "death") == 0 && toll_before(w, i) &&
        (best_reported || strncmp(te->key, "been ", 5) == 0 || strncmp(te->key, "was ", 4) == 0)) {
      /* (and "at least eight people had been killed in the unrest": a count
       * of the killed is always a toll) */
      mention_clear(&m);
      continue;
    }
    m.date_kind = best_reported ? TL_DATE_REPORTED : TL_DATE_EXACT;
    m.planned = t->tense == TL_TENSE_FUTURE || (x->dct != TL_DAY_NONE && m.date.first > x->dct) ||
                unfulfilled(w, n, cl, i + tl);
    /* "means an election must be held within 60 days": an obligation is
     * a plan, and one with no date of its own clause has no date */
    if (modal_near(w, n, cl, i, tl)) {
      if (best_rank >= 1)
        continue;
      m.planned = 1;
    }
    /* a coarse date counted from the publication day ("last month",
     * "earlier this year") is a back-reference; one counted from a date
     * of the story ("the following week") carries the narrative on */
    /* ... but a past verb dated by a month or season by its name ("met in
     * Durban in July") tells what happened then (a noun, "the November
     * election", may only refer back) */
    m.vague = t->relative && m.date.gran > TL_GRAN_DAY && (t->anchor == TL_DAY_NONE || t->anchor == x->dct) &&
              !(t->rule &&
                (strcmp(t->rule, "month") == 0 || strcmp(t->rule, "season") == 0 ||
                 strcmp(t->rule, "month_year") == 0) && /* "In January this year, a door plug blew off" */
                past_trigger(w, i));
    if (by_distance && weeks)
      m.vague = 1;
    /* "approved the takeover": the object of a decision joins the event
     * it names, if one is known, and makes none of its own */
    if (reaction == 2) {
      m.vague = 1;
      m.planned = 0; /* "will vote on the deal on Thursday": the vote is planned, not the deal */
    }
    char when[32];
    fmt_span(when, sizeof when, m.date);
    char dist[80] = "";
    if (by_distance && shift == 0)
      snprintf(dist, sizeof dist, "; hours from the main clause's day: that day");
    else if (by_distance)
      snprintf(dist, sizeof dist, "; %ld day%s %s the main clause's day", labs(shift), labs(shift) == 1 ? "" : "s",
               shift < 0 ? "before" : "after");
    snprintf(m.how, sizeof m.how, "'%.*s' -> %s (rule %s%s%s%s%s)%s%s%s", (int)(t->end - t->start),
             x->text + t->start, when, t->rule, t->relative ? ", anchored at " : "",
             t->relative ? anchor : "", t->relative && t->tense ? ", tense " : "",
             t->relative && t->tense ? tl_tense_name(t->tense) : "",
             best_reported ? "; date of the report: the event is on or before it" : "",
             year_back ? (unplanned && !past_trigger(w, i) ? "; a year back: no one plans an accident or a death"
                                                           : "; a year back: the event's verb is past")
                       : "",
             dist);
    /* in "the UN condemned the attack", who reacts and where are not the
     * attack's: of a reaction only what follows the trigger counts */
    size_t from = reaction || named ? w[i].start : 0; /* a named disaster's is only what follows its name */
    size_t people_before = 0;
    if (by_distance)
      from = w[opens_at].start; /* "a day after they met a Ukrainian delegation": not the main clause's */
    if (reaction && i > 0 && w[i - 1].poss && w[i - 1].cap) { /* "condemned Iraq's invasion": Iraq's */
      size_t p0 = i - 1;
      while (p0 > 0 && p0 + 4 > i && w[p0 - 1].cap && !w[p0].brk)
        p0--;
      from = w[p0].start;
    }
    /* "the court ruled on Thursday that the arrest of Imran Khan was
     * illegal": a noun opening what is said or decided after "that" is
     * no act of the clause before it */
    for (size_t k = i; k-- > 0 && k + 4 > i && !past_trigger(w, i);) {
      if (is_word(&w[k], "that") && k > 0 && k + 1 < i && !w[k].brk && word_in(&w[k + 1], determiners) &&
          w[k].start > from) {
        from = w[k].start;
        break;
      }
      if (!(word_in(&w[k], determiners) || (!w[k].cap && !w[k].brk)))
        break;
    }
    /* "Rangers arrested Khan on Tuesday, and his supporters clashed with
     * police": a second clause with its own subject names no one of the
     * first (next_verb_cut's other side; a subject of up to seven words:
     * "..., and two other ministers of his Free Democrats resigned") */
    if (past_trigger(w, i))
      for (size_t k = i; k-- > 0 && k + 9 > i;) {
        if (is_word(&w[k], "and") && w[k].brk && k + 1 < i) {
          /* (a pronoun in it points back to the people before: "and a
           * court convicted him on July 19") */
          int back = 0;
          for (size_t q = k + 1; q < n && q < i + 3 && !back; q++)
            back = is_word(&w[q], "him") || is_word(&w[q], "her") || is_word(&w[q], "he") || is_word(&w[q], "she");
          if (back && w[k].start > people_before)
            people_before = w[k].start;
          else if (!back && w[k].start > from)
            from = w[k].start;
          break;
        }
        if (w[k].brk || tl_past_form(w[k].low, w[k].len) || is_word(&w[k], "was") || is_word(&w[k], "were"))
          break;
      }
    /* "the bureau released a report into the June 12 crash": the event is
     * named after a preposition; who acts before it does something else */
    size_t pp = prep_np_start(w, i);
    if (pp && w[pp].start > from)
      from = w[pp].start;
    /* "a weekend of rioting in which a hotel was set on fire on Sunday":
     * a relative clause's event names no one of the clause it describes */
    if (cl[i].relative == 1) {
      size_t c0 = i;
      while (c0 > 0 && cl[c0 - 1].id == cl[i].id)
        c0--;
      static const char *const preps[] = {"in", "during", "at", "on", "after", "amid", NULL};
      static const char *const pronouns[] = {"which", "who", "whom", "whose", "that", NULL};
      /* (only "in which", "during which": a time or a place described; and
       * a relative clause without a pronoun, "the order his predecessor
       * signed in January", whose subject is its own) */
      if (c0 > 0 && ((is_word(&w[c0], "which") && word_in(&w[c0 - 1], preps)) || !word_in(&w[c0], pronouns)) &&
          w[c0].start > from)
        from = w[c0].start;
    }
    /* "met DeSantis in Fort Myers, a week after the storm came ashore on
     * Sept. 28": an event of a subordinate clause dated in that clause
     * names no one of the main clause */
    if (cl[i].sub && !cl[i].relative && cl[tok_index_at(w, n, t->start)].id == cl[i].id) {
      size_t c0 = i;
      while (c0 > 0 && cl[c0 - 1].id == cl[i].id)
        c0--;
      /* (set off by a comma: "on the bow of the Dali since the ship struck
       * the structure on March 26" is the Dali's) */
      int set_off = 0;
      for (size_t q = c0; q > 0 && q + 4 > c0 && !set_off; q--)
        set_off = clause_punct_before(x->text, w, q);
      /* (or with a subject of its own that points nowhere back: "unable to
       * return home since armed gangs attacked the prisons on March 2") */
      static const char *const defs[] = {"the", "this", "that", "these", "those", NULL};
      if (!set_off && c0 + 2 < i && !w[c0 + 1].cap && isalpha((unsigned char)w[c0 + 1].low[0]) &&
          !word_in(&w[c0 + 1], defs) && (is_word(&w[c0 + 1], "a") || is_word(&w[c0 + 1], "an") ||
                                         !word_in(&w[c0 + 1], determiners)))
        set_off = 1;
      /* (not when the clause's subject points back: "days after he won the
       * runoff on Friday", "Merz, whose coalition was signed on Monday") */
      static const char *const back[] = {"he", "she", "they", "it", "whose", "his", "her", "their", "its", "whom", "where", "which", "who", NULL};
      static const char *const person[] = {"he", "she", "his", "her", "him", NULL};
      for (size_t q = c0; q < i && q < c0 + 3 && set_off; q++)
        if (word_in(&w[q], back)) {
          set_off = 0;
          /* ("three months after he was assassinated": he is a person of
           * the main clause, not its country or its venue) */
          if (word_in(&w[q], person))
            people_before = w[c0].start;
        }
      if (set_off && w[c0].start > from)
        from = w[c0].start;
    }
    /* "was sworn in on Tuesday and met Macron in Paris": what follows a
     * second verb joined by "and" is that verb's */
    size_t cut = next_verb_cut(x, w, n, i + tl), rel_a = 0, rel_b = 0, pcut = (size_t)-1;
    /* "...would step down at the end of the year; Kelly Ortberg replaced
     * him": a semicolon ends the trigger's part of the sentence */
    for (size_t k = i + tl; k < n && w[k].start < cut; k++)
      if (k > 0 && memchr(x->text + w[k - 1].end, ';', w[k].start - w[k - 1].end)) {
        cut = w[k].start;
        break;
      }
    for (size_t k = i; k > 0; k--) /* ... and begins it: "; Kelly Ortberg replaced him" */
      if (memchr(x->text + w[k - 1].end, ';', w[k].start - w[k - 1].end)) {
        if (w[k].start > from)
          from = w[k].start;
        break;
      }
    if (!by_distance) { /* "sworn in on Thursday, three days after Hasina resigned": not Hasina (the place
                           may be both events': "lost contact, two hours after it began its descent in the
                           North Atlantic") */
      size_t dp = distance_phrase_after(w, n, i + tl);
      if (dp < n)
        pcut = w[dp].start;
    }
    if (by_distance || reaction == 3) { /* "two days after the talks opened, on instructions from Milei",
                                            "withdrew from the conference in Baku, on instructions from
                                            Milei": its clause only */
      size_t e = i;
      while (e + 1 < n && cl[e + 1].id == cl[i].id)
        e++;
      if (w[e].end < cut)
        cut = w[e].end;
    }
    /* "searched for a submersible that vanished near the Titanic": who is
     * named in a relative clause after the trigger describes a noun, not
     * the event (its place may still be the event's: "the bombing of
     * Flight 103 that killed 270 people in Lockerbie"); what follows the
     * clause is the sentence's again ("the summit, which ran late, ended
     * with a deal Lula signed") */
    for (size_t k = i + tl; k < n && w[k].start < cut; k++)
      if ((cl[k].relative || (cl[k].sub && cl[k].when)) && cl[k].id != cl[i].id) {
        size_t e = k;
        while (e + 1 < n && cl[e + 1].id == cl[k].id)
          e++;
        rel_a = w[k].start;
        rel_b = w[e].end;
        break;
      }
    /* "flew over the state on Wednesday, six days after Hurricane Helene
     * came ashore, and met officials": a distance clause before the
     * trigger names the other event's, not this one's */
    if (!rel_b && !by_distance) {
      size_t dp = distance_phrase_after(w, n, 0);
      if (dp < i) {
        size_t a = dp;
        while (a < i && !is_word(&w[a], "after") && !is_word(&w[a], "before"))
          a++;
        size_t e = a;
        while (e + 1 < i && cl[e + 1].id == cl[a].id)
          e++;
        if (a < i && cl[e].id != cl[i].id) {
          rel_a = w[dp].start;
          rel_b = w[e].end;
        }
      }
    }
    /* "Barnier, a former Brexit negotiator named by Macron on Sept. 5,
     * is expected to resign": who an apposition before the trigger names
     * is not in the event */
    for (size_t k = 0; !rel_b && k < i; k++)
      if (cl[k].relative == 2 && cl[k].id != cl[i].id) {
        size_t e = k;
        while (e + 1 < i && cl[e + 1].id == cl[k].id)
          e++;
        rel_a = w[k].start;
        rel_b = w[e].end;
      }
    /* the place of the trigger's own clause, the nearest; else the
     * sentence's first ("strikes hit Kharkiv after the bombing in Odesa":
     * each its own) */
    const char *mplace = NULL;
    size_t mdist = (size_t)-1;
    /* "is expected to travel to Paris": a destination is where a visit
     * or a meeting takes place, not where anything else did */
    int goes = tl_types_compatible(type, "meeting");
    /* "Bush told a news conference on Tuesday that the blockade might be
     * extended to Aqaba": what is said has places of its own */
    size_t said_at = (size_t)-1;
    static const char *const says_subj[] = {"it", "he", "she", "they", "we", NULL};
    static const char *const says_verb[] = {"would", "will", "had", "has", "have", "was", "were", "is", "are",
                                            "could", "might", "planned", "plans", NULL};
    for (size_t k = i + tl; !strcmp(type, "statement") && k < n && said_at == (size_t)-1; k++)
      if (is_word(&w[k], "that") ||
          (k < i + tl + 5 && k + 1 < n && word_in(&w[k], says_subj) && word_in(&w[k + 1], says_verb)))
        said_at = w[k].start; /* (or "announced on Monday it would scale back operations around Kyiv") */
    for (size_t q = 0; q < nplaces; q++) {
      if (place_at[q] < from || place_at[q] >= cut || place_at[q] >= said_at || (!goes && destination(w, n, place_at[q])) ||
          and_between(w, n, place_at[q], i) || (own_after && place_at[q] < w[second_at].start))
        continue;
      size_t d = place_at[q] > w[i].start ? place_at[q] - w[i].start : w[i].start - place_at[q];
      if (cl[tok_index_at(w, n, place_at[q])].id == cl[i].id && d < mdist)
        mplace = places[q], mdist = d;
    }
    /* "a day after": not the main clause's; nor a plan's ("held talks in
     * Muscat and agreed to meet again next week": where is not said) */
    /* (not in a relative clause that describes another noun: "ended with a
     * joint declaration that called for a ceasefire in Gaza"; one right
     * after the trigger may: "the bombing of Flight 103 that killed 270
     * people in Lockerbie") */
    size_t near_end = w[i + tl + 5 < n ? i + tl + 5 : n - 1].end;
    int rel_far = rel_b && rel_a > near_end;
    for (size_t q = 0; q < nplaces && !mplace && !by_distance && !m.planned; q++)
      if (place_at[q] >= from && place_at[q] < cut && place_at[q] < said_at && !(!goes && destination(w, n, place_at[q])) &&
          !dated_elsewhere(out, w, n, cl, tok_index_at(w, n, place_at[q]), i, t, &m.date, s) &&
          !(own_after && place_at[q] < w[second_at].start) && /* "... but withdrew from Avdiivka last week": not Kherson */
          !(rel_far && place_at[q] >= rel_a && place_at[q] < rel_b))
        mplace = places[q];
    if (!mplace && *x->lead_place && tl_types_compatible(type, "meeting") && !m.planned)
      mplace = x->lead_place; /* the setting the headline gives (not a plan's: "hosts the summit next year") */
    if (mplace && !(m.place = tl_strdup(mplace))) {
      rc = TL_ENOMEM;
      goto done;
    }
    size_t speakers = strcmp(type, "statement") != 0 ? speaker_end(w, i) : 0, tail_a = 0, tail_b = 0;
    if (strcmp(type, "statement") != 0)
      trailing_speaker(w, n, cl, i, &tail_a, &tail_b);
    if ((rc = copy_parts(&m, &parts, from, pcut < cut ? pcut : cut, speakers, tail_a, tail_b, rel_a, rel_b,
                         people_before))) {
      mention_clear(&m);
      goto done;
    }
    /* "surveyed the damage from Hurricane Ian and met DeSantis": a storm
     * takes part in disasters only */
    if (strcmp(type, "accident") != 0)
      parts_drop(&m, part_is_storm, NULL);
    if (strcmp(type, "sport") != 0)
      parts_drop(&m, part_is_contest, NULL);
    sent_toks st = {x, w, n};
    parts_drop(&m, part_is_possessor, &st);
    double c = 0.5;
    c += m.date.gran == TL_GRAN_DAY ? 0.2 : 0.0;
    c += m.nparts ? 0.1 : 0.0;
    c += m.place ? 0.1 : 0.0;
    c -= m.date_kind == TL_DATE_REPORTED ? 0.2 : 0.0;
    c -= t->span_days > 0 ? 0.05 : 0.0;
    m.confidence = c < 0.05 ? 0.05 : c > 0.95 ? 0.95 : c;
    /* "won re-election in 2005 and 2009", "met on Monday and Thursday":
     * the same event again on the date joined by "and" */
    tl_mention again = {0};
    int twice = 0, t2i = by_distance || best_reported ? -1 : joined_date(out, w, n, best, tx_hi);
    if (t2i >= 0) {
      const tl_timex *t2 = &out->timexes.items[t2i];
      if ((rc = mention_copy(&again, &m))) {
        mention_clear(&m);
        goto done;
      }
      again.timex = t2i;
      again.date = t2->span;
      char when2[32];
      fmt_span(when2, sizeof when2, t2->span);
      snprintf(again.how, sizeof again.how, "'%.*s' -> %s (rule %s; the second date joined by \"and\")",
               (int)(t2->end - t2->start), x->text + t2->start, when2, t2->rule ? t2->rule : "?");
      again.planned = t2->tense == TL_TENSE_FUTURE || (x->dct != TL_DAY_NONE && again.date.first > x->dct);
      twice = 1;
    }
    if ((rc = push_mention(out, &m))) {
      mention_clear(&m);
      if (twice)
        mention_clear(&again);
      goto done;
    }
    if (twice && (rc = push_mention(out, &again))) {
      mention_clear(&again);
      goto done;
    }
    /* "captured Aleppo on Nov. 30, Hama on Thursday and Homs on Saturday
     * night": the verb again, with each object and its date (a past verb
     * whose first object and date follow it) */
    const tl_mention *orig = &out->mentions[out->nmentions - 1 - (twice ? 1 : 0)];
    size_t oa, ob;
    const size_t obj_from = w[i + tl - 1].end;
    int gk = !twice && !by_distance && !best_reported && tl_past_form(w[i].low, w[i].len) &&
                     out->timexes.items[best].start > w[i].start
                 ? best
                 : -1;
    int made = 0;
    for (int rounds = 0; gk >= 0 && rounds < 4; rounds++) {
      int g = gapped_object(x, out, w, n, gk, tx_hi, &oa, &ob);
      if (g < 0)
        break;
      const tl_timex *tg = &out->timexes.items[g];
      tl_mention more = {0};
      if ((rc = mention_copy(&more, orig)))
        goto done;
      /* who and where the other objects are are not this one's */
      const long others[4] = {(long)obj_from, LONG_MAX, (long)w[oa].start, (long)w[ob - 1].end};
      parts_drop(&more, part_in_span, others);
      char obj[96];
      snprintf(obj, sizeof obj, "%.*s", (int)(w[ob - 1].end - w[oa].start), x->text + w[oa].start);
      tl_place pl;
      free(more.place);
      more.place = NULL;
      if (tl_place_lookup(&pl, obj) == 0 && strcmp(pl.kind, "country") != 0)
        more.place = tl_strdup(pl.name);
      else if (target_verb(x, w, i) && !match(x->entities, w, n, oa, &(size_t){0}))
        more.place = tl_strdup(obj); /* "struck Kharkiv on Monday and Sumy on Tuesday" */
      more.timex = g;
      more.date = tg->span;
      more.planned = tg->tense == TL_TENSE_FUTURE || (x->dct != TL_DAY_NONE && more.date.first > x->dct);
      char when2[32];
      fmt_span(when2, sizeof when2, tg->span);
      snprintf(more.how, sizeof more.how, "'%.*s' -> %s (rule %s; the verb of \"%.*s\" again, for %s)",
               (int)(tg->end - tg->start), x->text + tg->start, when2, tg->rule ? tg->rule : "?",
               (int)(w[i + tl - 1].end - w[i].start), x->text + w[i].start, obj);
      if ((rc = push_mention(out, &more))) {
        mention_clear(&more);
        goto done;
      }
      made++;
      orig = &out->mentions[out->nmentions - 1 - (size_t)made]; /* (the array may have moved) */
      gk = g;
    }
    if (made) { /* ... and the first object has none of theirs */
      tl_mention *om = &out->mentions[out->nmentions - 1 - (size_t)made];
      const long theirs[4] = {(long)out->timexes.items[best].end, (long)out->timexes.items[gk].end, 0, 0};
      parts_drop(om, part_in_span, theirs);
    }
    seen_timex[nseen] = best;
    seen_shift[nseen] = shift;
    seen_dist[nseen] = by_distance;
    snprintf(seen_lemmas[nseen], sizeof seen_lemmas[0], "%s", te->field[1]);
    snprintf(seen_types[nseen++], sizeof seen_types[0], "%s", type);
    /* "called a general election": what a statement of several words
     * names is an event too, when its last word is a trigger of another
     * type ("went on strike" is one event, not a strike as well) */
    size_t il;
    const tl_lex_entry *inner =
        tl > 1 && strcmp(type, "statement") == 0 ? match(x->triggers, w, n, i + tl - 1, &il) : NULL;
    i += inner && strcmp(inner->field[0], type) != 0 ? tl - 2 : tl - 1;
  }
  /* what another mention of the sentence tells better (told_by_other) */
  for (size_t a = first_mention; a < out->nmentions; a++)
    if (told_by_other(x, out, first_mention, a, w, n)) {
      mention_remove(out, a);
      a--;
    }
  /* "announced on June 22 that the debris had been found": the
   * announcement is how we know of the event, not an event of its own */
  for (size_t a = first_mention; a < out->nmentions; a++) {
    if (strcmp(out->mentions[a].type, "statement") != 0)
      continue;
    /* only when the other event is what the statement says: it follows
     * "that" after the statement's trigger */
    size_t that = 0;
    for (size_t k = 0; k < n && !that; k++)
      if (w[k].start > out->mentions[a].trig_start && is_word(&w[k], "that"))
        that = w[k].start + 1;
    int covered = 0;
    for (size_t b = first_mention; b < out->nmentions && !covered && that; b++)
      covered = b != a && strcmp(out->mentions[b].type, "statement") != 0 &&
                out->mentions[b].timex == out->mentions[a].timex && out->mentions[b].trig_start >= that;
    if (covered) {
      mention_remove(out, a);
      a--;
    }
  }
done:
  free(cl);
  plist_free(&parts);
  return rc;
}

/* Is mention m's trigger a noun after "the" whose date is not written
 * beside it ("called the attack a terrorist act" in a sentence dated by
 * the address; not "the attack on Friday", "the Friday attack")? */
static int loose_back_reference(const char *text, const tl_extraction *out, const tl_mention *m) {
  size_t b = m->trig_start;
  while (b > m->sent_start && text[b - 1] == ' ')
    b--;
  if (b < m->sent_start + 3 || strncasecmp(text + b - 3, "the", 3) != 0 ||
      (b > m->sent_start + 3 && isalpha((unsigned char)text[b - 4])))
    return 0;
  /* ... as the object of a verb or a preposition: a lower-case word
   * before "the" ("called the attack", "carrying out the attack"); "the
   * ceasefire took effect on Sunday" tells of its own day */
  size_t p = b - 3;
  while (p > m->sent_start && text[p - 1] == ' ')
    p--;
  if (p == m->sent_start || !islower((unsigned char)text[p - 1]))
    return 0;
  if (m->timex < 0 || (size_t)m->timex >= out->timexes.count)
    return 0;
  const tl_timex *t = &out->timexes.items[m->timex];
  if (t->start >= m->trig_end && t->start - m->trig_end <= 5)
    return 0; /* "the attack on Friday" */
  return 1;
}

/* "Gunmen opened fire on the crowd on Friday ... Putin, in an address on
 * Saturday, called the attack barbaric": a noun after "the" that the
 * article has already told of, or tells of elsewhere, as an event of the
 * same kind on another day is that event, not one on the day of the
 * sentence it is named in.  Such mentions are dropped. */
static void drop_back_references(const char *text, tl_extraction *out) {
  /* which mentions are loose back references, asked once each (the
   * mentions of one article; the pairs below are few) */
  unsigned char *loose = calloc(out->nmentions + 1, 1), *drop = calloc(out->nmentions + 1, 1);
  if (!loose || !drop) {
    free(loose);
    free(drop);
    return; /* (out of memory: the mentions stay as they are) */
  }
  for (size_t a = 0; a < out->nmentions; a++)
    loose[a] = (unsigned char)loose_back_reference(text, out, &out->mentions[a]);
  for (size_t a = 0; a < out->nmentions; a++) {
    const tl_mention *m = &out->mentions[a];
    if (m->planned || m->date_kind != TL_DATE_EXACT || !loose[a])
      continue; /* (a reported one joins the event it reports, if any, in the resolver) */
    for (size_t b = 0; b < out->nmentions && !drop[a]; b++) {
      const tl_mention *o = &out->mentions[b];
      drop[a] = b != a && !loose[b] && !o->planned && o->date.gran <= TL_GRAN_DAY && o->date_kind == TL_DATE_EXACT &&
                (o->date.last < m->date.first || o->date.first > m->date.last) &&
                tl_kinds_compatible(o->type, o->trigger, m->type, m->trigger) && tl_lemmas_alike(o->trigger, m->trigger);
    }
  }
  for (size_t a = out->nmentions; a-- > 0;)
    if (drop[a])
      mention_remove(out, a);
  free(loose);
  free(drop);
}

int tl_extract(tl_extraction *out, const char *text, size_t len, tl_day dct) {
  memset(out, 0, sizeof *out);
  xctx x = {.text = text, .dct = dct};
  x.triggers = tl_lex_get("triggers.tsv");
  x.places = tl_lex_get("places.tsv");
  x.entities = tl_lex_get("entities.tsv");
  x.titles = tl_lex_get("titles.tsv");
  x.placewords = tl_lex_get("placewords.tsv");
  x.needs = tl_lex_get("needs.tsv");
  if (!x.triggers || !x.places || !x.entities || !x.titles || !x.placewords || !x.needs)
    return tl_error_set(TL_ENOTFOUND, "extraction lexicons missing");
  int rc = tl_sentences_split(&out->sents, &out->nsents, text, len);
  wtok **toks = NULL;
  size_t *ntoks = NULL;
  if (rc)
    goto done;
  toks = calloc(out->nsents + 1, sizeof *toks);
  ntoks = calloc(out->nsents + 1, sizeof *ntoks);
  if (!toks || !ntoks) {
    rc = TL_ENOMEM;
    goto done;
  }
  x.dateline_end = tl_dateline_end(text, len);
  x.len = len;
  tl_timex_state st;
  tl_timex_state_init(&st);
  for (size_t i = 0; i < out->nsents && !rc; i++) {
    rc = tl_timex_tag_sentence(&out->timexes, text, out->sents[i].start, out->sents[i].end, dct, &st);
    if (!rc)
      rc = wtokenize(&toks[i], &ntoks[i], text, out->sents[i].start, out->sents[i].end);
  }
  tl_timex_state_free(&st);
  for (size_t i = 0; i < out->nsents && !rc; i++)
    rc = collect_people(&x, toks[i], ntoks[i]);
  /* a headline is the first line, short */
  if (!rc && out->nsents && out->sents[0].end - out->sents[0].start < 160)
    lead_place(&x, toks[0], ntoks[0]);
  for (size_t i = 0; i < out->nsents && !rc; i++)
    rc = sentence_mentions(&x, out, i, toks[i], ntoks[i]);
  if (!rc)
    drop_back_references(text, out);
  if (!rc)
    rc = add_topics(&x, out);
done:
  for (size_t i = 0; toks && i < out->nsents; i++)
    free(toks[i]);
  free(toks);
  free(ntoks);
  for (size_t i = 0; i < x.nuplaces; i++)
    free(x.uplaces[i]);
  free(x.uplaces);
  free(x.lower);
  for (size_t i = 0; i < x.npeople; i++) {
    free(x.people[i].name);
    free(x.people[i].key);
  }
  free(x.people);
  for (size_t i = 0; i < x.ntopics; i++) {
    free(x.topics[i].name);
    free(x.topics[i].key);
  }
  free(x.topics);
  return rc;
}

void tl_extraction_free(tl_extraction *x) {
  if (!x)
    return;
  for (size_t i = 0; i < x->nmentions; i++)
    mention_clear(&x->mentions[i]);
  free(x->mentions);
  free(x->sents);
  tl_timex_list_free(&x->timexes);
  memset(x, 0, sizeof *x);
}
