/*
 * lexicon.h - word lists and tables from data/ (*.tsv files), compiled into the
 * library by meson (tools/embed.py), so linguists edit data, not C.
 *
 * File format: one entry per line, TAB-separated; the first column is the
 * key (kept as written, matched case-insensitively for ASCII, may contain spaces), the other
 * columns are fields.  '#' starts a comment line.  Lexicons are loaded once
 * (thread-safe) and live until tl_lex_shutdown().
 */
#ifndef TIMELINE_LEXICON_H
#define TIMELINE_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#define TL_LEX_MAX_FIELDS 6

typedef struct {
  const char *key;
  int nfields;
  const char *field[TL_LEX_MAX_FIELDS];
  int words; /* number of space-separated words in key */
  const void *dup; /* next entry with the same key (tl_lex_next) */
} tl_lex_entry;

typedef struct tl_lex tl_lex;

/* The lexicon loaded from data/<name>; NULL when no such file exists. */
const tl_lex *tl_lex_get(const char *name);
/* Case-insensitive lookup of key[0..len). */
const tl_lex_entry *tl_lex_find(const tl_lex *lex, const char *key, size_t len);
/* Next entry with the same key as e (keys may repeat), or NULL. */
const tl_lex_entry *tl_lex_next(const tl_lex_entry *e);
/* First entry for key whose field[0] equals cls (case-sensitive). */
const tl_lex_entry *tl_lex_find_class(const tl_lex *lex, const char *key, size_t len, const char *cls);
/* 1 when some key starts with the word word[0..len) (case-insensitive;
 * may rarely say 1 wrongly, never 0 wrongly). */
int tl_lex_starts(const tl_lex *lex, const char *word, size_t len);
/* The same with the key's hash computed once by the caller
 * (tl_lex_hash): scanners hash each word once for every lexicon. */
uint64_t tl_lex_hash(const char *key, size_t len);
int tl_lex_starts_h(const tl_lex *lex, uint64_t hash);
const tl_lex_entry *tl_lex_find_h(const tl_lex *lex, const char *key, size_t len, uint64_t hash);
size_t tl_lex_count(const tl_lex *lex);
const tl_lex_entry *tl_lex_at(const tl_lex *lex, size_t i);
/* Longest key in words (for longest-match scanning). */
int tl_lex_max_words(const tl_lex *lex);
/* tl_lex_get(name), remembered in *slot (a static of the caller), so
 * that a hot path searches the registry once. */
const tl_lex *tl_lex_cached(const tl_lex *_Atomic *slot, const char *name);
/* Frees every loaded lexicon (call once at exit; optional). */
void tl_lex_shutdown(void);

/* Raw embedded data file (generated). */
const char *tl_data_get(const char *name, size_t *len);

#endif
