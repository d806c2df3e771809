/* check_resolve.c - clustering mentions into events. */
#include "check_macros.h"

typedef struct {
  const char *article;
  const char *type;
  const char *first, *last;
  int reported;
  const char *place;
  int p[3]; /* participant ids, 0 = none */
} mspec;

static tl_rmention *make(const mspec *sp, size_t n) {
  tl_rmention *m = calloc(n, sizeof *m);
  for (size_t i = 0; i < n; i++) {
    m[i].id = (int64_t)i + 1;
    m[i].article_id = sp[i].article[0];
    m[i].article_ext = strdup(sp[i].article);
    snprintf(m[i].type, sizeof m[i].type, "%s", sp[i].type);
    snprintf(m[i].trigger, sizeof m[i].trigger, "%s", "talks");
    m[i].date = (tl_span){tday(sp[i].first), tday(sp[i].last), TL_GRAN_DAY};
    m[i].reported = sp[i].reported;
    m[i].place = sp[i].place ? strdup(sp[i].place) : NULL;
    m[i].confidence = 0.7;
    static const char *const words[] = {"alpha bravo", "charlie delta", "echoes foxtrot", "golfer hotel",
                                        "indigo juliet", "kilowatt lima"};
    m[i].sentence = strdup(words[i % 6]);
    m[i].sent_start = i * 10;
    for (int k = 0; k < 3 && sp[i].p[k]; k++) {
      m[i].pids = realloc(m[i].pids, (m[i].nparts + 1) * sizeof *m[i].pids);
      m[i].pnames = realloc(m[i].pnames, (m[i].nparts + 1) * sizeof *m[i].pnames);
      m[i].pkinds = realloc(m[i].pkinds, (m[i].nparts + 1) * sizeof *m[i].pkinds);
      char name[16];
      snprintf(name, sizeof name, "Person %d", sp[i].p[k]);
      m[i].pids[m[i].nparts] = sp[i].p[k];
      m[i].pnames[m[i].nparts] = strdup(name);
      m[i].pkinds[m[i].nparts] = TL_ENT_PERSON;
      m[i].nparts++;
    }
  }
  return m;
}

/* Gives mention x the evidence sentence text (starting at byte 0), the
 * trigger lemma at byte at, and the positions of its participants
 * (-1: not in the sentence). */
static void say(tl_rmention *x, const char *text, const char *lemma, size_t at, const long *pos) {
  free(x->sentence);
  x->sentence = strdup(text);
  snprintf(x->trigger, sizeof x->trigger, "%s", lemma);
  x->sent_start = 0;
  x->trig_start = at;
  x->ppos = calloc(x->nparts + 1, sizeof *x->ppos);
  for (size_t a = 0; a < x->nparts; a++)
    x->ppos[a] = pos ? pos[a] : 0;
}

static tl_event_list resolve(const mspec *sp, size_t n, tl_rmention **keep) {
  tl_rmention *m = make(sp, n);
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, n), 0);
  if (keep)
    *keep = m;
  else
    tl_rmentions_free(m, n);
  return l;
}

#define N(a) (sizeof a / sizeof a[0])

/* "Notre-Dame reopened" (no object): what happened to it, "Reopening of";
 * "police reopened the road": who acted, "Reopening by" */
START_TEST(test_title_subject_of_intransitive) {
  static const mspec sp[] = {
      {.article = "a", .type = "operation", .first = "2024-12-07", .last = "2024-12-07", .p = {1}},
      {.article = "b", .type = "operation", .first = "2024-12-09", .last = "2024-12-09", .p = {2}},
  };
  tl_rmention *m = make(sp, N(sp));
  const char *text[] = {"Person 1 reopened on Saturday.", "Person 2 reopened the road on Monday."};
  for (size_t i = 0; i < N(sp); i++) {
    free(m[i].sentence);
    m[i].sentence = strdup(text[i]);
    snprintf(m[i].trigger, sizeof m[i].trigger, "%s", "reopening");
    m[i].trig_start = 9;
    m[i].sent_start = 0;
    m[i].ppos = calloc(1, sizeof *m[i].ppos);
  }
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 2);
  ck_assert_str_eq(l.v[0].title, "Reopening of Person 1");
  ck_assert_str_eq(l.v[1].title, "Reopening by Person 2");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* who acts: the subject of a verb whose object is a clause, even past a
 * date ("ruled on Monday that ..."), and who is named after "by"; a verb
 * with nothing after its date still says what happened to its subject */
START_TEST(test_title_agent) {
  static const mspec sp[] = {
      {.article = "a", .type = "ruling", .first = "2024-07-01", .last = "2024-07-01", .p = {1}},
      {.article = "b", .type = "ruling", .first = "2024-07-03", .last = "2024-07-03", .p = {2}},
      {.article = "c", .type = "operation", .first = "2024-07-05", .last = "2024-07-05", .p = {3}},
  };
  tl_rmention *m = make(sp, N(sp));
  const char *text[] = {"Person 1 ruled on Monday that the law stands.", "The ruling by Person 2 was final.",
                        "Person 3 reopened on Friday."};
  const size_t trig[] = {9, 4, 9}, pos[] = {0, 14, 0};
  const char *lemma[] = {"ruling", "ruling", "reopening"};
  for (size_t i = 0; i < N(sp); i++) {
    free(m[i].sentence);
    m[i].sentence = strdup(text[i]);
    snprintf(m[i].trigger, sizeof m[i].trigger, "%s", lemma[i]);
    m[i].trig_start = trig[i];
    m[i].sent_start = 0;
    m[i].ppos = calloc(1, sizeof *m[i].ppos);
    m[i].ppos[0] = (long)pos[i];
  }
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 3);
  ck_assert_str_eq(l.v[0].title, "Ruling by Person 1");
  ck_assert_str_eq(l.v[1].title, "Ruling by Person 2");
  ck_assert_str_eq(l.v[2].title, "Reopening of Person 3");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* the most specific place wins over a more frequent one that contains it */
START_TEST(test_most_specific_place) {
  static const mspec sp[] = {
      {.article = "a", .type = "meeting", .first = "2025-08-15", .last = "2025-08-15", .place = "Alaska", .p = {1}},
      {.article = "b", .type = "meeting", .first = "2025-08-15", .last = "2025-08-15", .place = "Alaska", .p = {1}},
      {.article = "c", .type = "meeting", .first = "2025-08-15", .last = "2025-08-15", .place = "Anchorage",
       .p = {1}},
  };
  tl_event_list l = resolve(sp, N(sp), NULL);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].place, "Anchorage");
  tl_event_list_free(&l);
}
END_TEST

/* legislation is titled by the legislature or the official that acts */
START_TEST(test_title_legislation) {
  static const mspec sp[] = {
      {.article = "a", .type = "legislation", .first = "2025-11-10", .last = "2025-11-10", .p = {1, 2}},
  };
  tl_rmention *m = make(sp, N(sp));
  free(m[0].sentence);
  m[0].sentence = strdup("Person 1 voted on Monday after Person 2 broke ranks.");
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "vote");
  m[0].trig_start = 9;
  m[0].sent_start = 0;
  m[0].ppos = calloc(2, sizeof *m[0].ppos);
  m[0].ppos[0] = 0;
  m[0].ppos[1] = 30;
  m[0].pkinds[0] = TL_ENT_ORG; /* the legislature acts, not the person the clause after names */
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].title, "Vote by Person 1");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* what one report calls a crash another calls an outage: one accident;
 * a flood the same day is another */
START_TEST(test_alike_lemmas_merge) {
  static const mspec sp[] = {
      {.article = "a", .type = "accident", .first = "2024-07-19", .last = "2024-07-19"},
      {.article = "b", .type = "accident", .first = "2024-07-19", .last = "2024-07-19"},
      {.article = "c", .type = "accident", .first = "2024-07-19", .last = "2024-07-19"},
  };
  tl_rmention *m = make(sp, N(sp));
  const char *lemma[] = {"crash", "outage", "flood"};
  for (size_t i = 0; i < N(sp); i++)
    snprintf(m[i].trigger, sizeof m[i].trigger, "%s", lemma[i]);
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 2);
  ck_assert_int_eq(tl_lemmas_alike("collision", "crash"), 1);
  ck_assert_int_eq(tl_lemmas_alike("collision", "fire"), 0);
  ck_assert_int_eq(tl_lemmas_alike("round of talks", "meeting"), 1);
  ck_assert_str_eq(tl_lemma_family("session"), "talks");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* an attack among countries only: the one named just before an active
 * trigger attacks the one named after it */
START_TEST(test_attack_between_countries) {
  static const mspec sp[] = {
      {.article = "a", .type = "attack", .first = "2025-06-13", .last = "2025-06-13", .p = {1, 2}},
  };
  tl_rmention *m = make(sp, N(sp));
  const char *text = "Israel struck dozens of sites across Iran early Friday.";
  free(m[0].sentence);
  m[0].sentence = strdup(text);
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "strike");
  m[0].trig_start = 7;
  m[0].sent_start = 0;
  m[0].ppos = malloc(2 * sizeof *m[0].ppos);
  m[0].ppos[0] = 0;
  m[0].ppos[1] = 38;
  const char *names[] = {"Israel", "Iran"};
  for (int k = 0; k < 2; k++) {
    m[0].pkinds[k] = TL_ENT_COUNTRY;
    free(m[0].pnames[k]);
    m[0].pnames[k] = strdup(names[k]);
  }
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].title, "Strike by Israel on Iran");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* "killed X in an airstrike": who is named before the means was acted on */
START_TEST(test_attack_means_not_agent) {
  static const mspec sp[] = {
      {.article = "a", .type = "attack", .first = "2025-06-13", .last = "2025-06-13", .p = {1}},
  };
  tl_rmention *m = make(sp, N(sp));
  const char *text = "The army killed Person 1 in an airstrike on Friday.";
  free(m[0].sentence);
  m[0].sentence = strdup(text);
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "airstrike");
  m[0].sent_start = 0;
  m[0].trig_start = (size_t)(strstr(text, "airstrike") - text);
  m[0].ppos = malloc(sizeof *m[0].ppos);
  m[0].ppos[0] = 16;
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].title, "Airstrike involving Person 1");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* "the central bank cut rates": an irregular past verb, who acts */
START_TEST(test_title_irregular_past_agent) {
  static const mspec sp[] = {
      {.article = "a", .type = "ruling", .first = "2025-06-12", .last = "2025-06-12", .p = {1}},
  };
  tl_rmention *m = make(sp, N(sp));
  const char *text = "Person 1 cut interest rates on Thursday.";
  free(m[0].sentence);
  m[0].sentence = strdup(text);
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "rate decision");
  m[0].sent_start = 0;
  m[0].trig_start = 9;
  m[0].ppos = malloc(sizeof *m[0].ppos);
  m[0].ppos[0] = 0;
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].title, "Rate decision by Person 1");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* two reports of one storm's landfall, near a town the gazetteer does not
 * know and in the state it does, are one event */
START_TEST(test_storm_across_places) {
  static const mspec sp[] = {
      {.article = "a", .type = "accident", .first = "2024-09-26", .last = "2024-09-26", .place = "Perry", .p = {1}},
      {.article = "b", .type = "accident", .first = "2024-09-26", .last = "2024-09-26", .place = "Florida", .p = {1}},
      {.article = "c", .type = "accident", .first = "2024-09-28", .last = "2024-09-28", .place = "Perry", .p = {2}},
      {.article = "d", .type = "accident", .first = "2024-09-28", .last = "2024-09-28", .place = "Ohio", .p = {2}},
  };
  tl_rmention *m = make(sp, N(sp));
  for (int k = 0; k < 4; k++) {
    snprintf(m[k].trigger, sizeof m[k].trigger, "%s", "landfall");
    free(m[k].pnames[0]);
    m[k].pnames[0] = strdup(k < 2 ? "Hurricane Helene" : "Person 2");
  }
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 3); /* the storm's two, one; the others' places disagree */
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* a long name before the trigger counts from its end ("the Federal
 * Trade Commission on Thursday filed a lawsuit to block Microsoft's...") */
START_TEST(test_title_long_agent_name) {
  static const mspec sp[] = {
      {.article = "a", .type = "ruling", .first = "2022-12-08", .last = "2022-12-08", .p = {1, 2}},
  };
  tl_rmention *m = make(sp, N(sp));
  const char *text = "The Federal Trade Commission on Thursday filed a lawsuit to block Microsoft's purchase.";
  free(m[0].sentence);
  m[0].sentence = strdup(text);
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "lawsuit");
  m[0].sent_start = 0;
  m[0].trig_start = (size_t)(strstr(text, "lawsuit") - text);
  m[0].ppos = malloc(2 * sizeof *m[0].ppos);
  m[0].ppos[0] = 4;
  m[0].ppos[1] = strstr(text, "Microsoft") - text;
  const char *names[] = {"Federal Trade Commission", "Microsoft"};
  for (int k = 0; k < 2; k++) {
    m[0].pkinds[k] = TL_ENT_ORG;
    free(m[0].pnames[k]);
    m[0].pnames[k] = strdup(names[k]);
  }
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].title, "Lawsuit by Federal Trade Commission");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* "Kelly Ortberg takes office" */
START_TEST(test_title_takes_office) {
  static const mspec sp[] = {
      {.article = "a", .type = "office", .first = "2024-08-08", .last = "2024-08-08", .p = {1}},
  };
  tl_rmention *m = make(sp, N(sp));
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "taking office");
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].title, "Person 1 takes office");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* a boat that capsized is the boat that sank */
START_TEST(test_capsizing_is_sinking) {
  static const mspec sp[] = {
      {.article = "a", .type = "accident", .first = "2023-06-14", .last = "2023-06-14", .place = "Pylos"},
      {.article = "b", .type = "accident", .first = "2023-06-14", .last = "2023-06-14", .place = "Pylos"},
  };
  tl_rmention *m = make(sp, N(sp));
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "capsizing");
  snprintf(m[1].trigger, sizeof m[1].trigger, "%s", "sinking");
  ck_assert(tl_lemmas_alike("capsizing", "sinking"));
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* a disaster among countries only is "in" them */
START_TEST(test_disaster_in_countries) {
  static const mspec sp[] = {
      {.article = "a", .type = "accident", .first = "2025-11-19", .last = "2025-11-19", .p = {1}},
  };
  tl_rmention *m = make(sp, N(sp));
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "cyclone");
  m[0].pkinds[0] = TL_ENT_COUNTRY;
  free(m[0].pnames[0]);
  m[0].pnames[0] = strdup("Mozambique");
  m[0].trig_start = 2;
  m[0].ppos = malloc(sizeof *m[0].ppos);
  m[0].ppos[0] = 20; /* after the trigger */
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].title, "Cyclone in Mozambique");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* a court's or the police's act on a person is "of" them; a country's
 * is "by" it */
START_TEST(test_title_done_to_person) {
  static const mspec sp[] = {
      {.article = "a", .type = "ruling", .first = "2025-11-19", .last = "2025-11-19", .p = {1}},
      {.article = "b", .type = "ruling", .first = "2025-11-25", .last = "2025-11-25", .p = {2}},
  };
  tl_rmention *m = make(sp, N(sp));
  for (int k = 0; k < 2; k++) {
    snprintf(m[k].trigger, sizeof m[k].trigger, "%s", k ? "arrest" : "trial");
    m[k].trig_start = m[k].sent_start + 2;
    m[k].ppos = malloc(sizeof *m[k].ppos);
    m[k].ppos[0] = (long)m[k].sent_start + 200; /* far after the trigger */
  }
  m[1].pkinds[0] = TL_ENT_COUNTRY;
  free(m[1].pnames[0]);
  m[1].pnames[0] = strdup("Tanzania");
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 2);
  ck_assert_str_eq(l.v[0].title, "Trial of Person 1");
  ck_assert_str_eq(l.v[1].title, "Arrest by Tanzania");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* an event that names no one and nowhere joins the only event of its kind
 * that day, and stays apart when there are two */
START_TEST(test_bare_joins_only_candidate) {
  static const mspec sp[] = {
      {.article = "a", .type = "meeting", .first = "2025-06-12", .last = "2025-06-12", .place = "Ahmedabad", .p = {1}},
      {.article = "b", .type = "meeting", .first = "2025-06-12", .last = "2025-06-12"},
      {.article = "c", .type = "meeting", .first = "2025-06-20", .last = "2025-06-20", .place = "Lagos", .p = {2}},
      {.article = "d", .type = "meeting", .first = "2025-06-20", .last = "2025-06-20", .place = "Lima", .p = {3}},
      {.article = "e", .type = "meeting", .first = "2025-06-20", .last = "2025-06-20"},
  };
  tl_event_list l = resolve(sp, N(sp), NULL);
  ck_assert_uint_eq(l.n, 4);
  size_t on12 = 0;
  for (size_t i = 0; i < l.n; i++)
    if (l.v[i].date.first == tday("2025-06-12")) {
      on12++;
      ck_assert_uint_eq(l.v[i].nmembers, 2);
    } else {
      ck_assert_uint_eq(l.v[i].nmembers, 1);
    }
  ck_assert_uint_eq(on12, 1);
  tl_event_list_free(&l);
}
END_TEST

/* a visit that names no place and nobody visited is titled by its visitor */
START_TEST(test_visit_title_without_place) {
  static const mspec sp[] = {
      {.article = "a", .type = "visit", .first = "2025-12-02", .last = "2025-12-02", .p = {1}},
  };
  tl_rmention *m = make(sp, N(sp));
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "visit");
  m[0].trig_start = 20;
  m[0].ppos = calloc(1, sizeof *m[0].ppos); /* named at byte 0, before the trigger */
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].title, "Visit by Person 1");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

START_TEST(test_same_day_merges) {
  static const mspec sp[] = {
      {.article = "a", .type = "meeting", .first = "2025-12-02", .last = "2025-12-02", .place = "Moscow", .p = {1, 2}},
      {.article = "b", .type = "visit", .first = "2025-12-02", .last = "2025-12-02", .place = "Moscow", .p = {2, 3}},
  };
  tl_event_list l = resolve(sp, N(sp), NULL);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_int_eq(l.v[0].source_count, 2);
  ck_assert_uint_eq(l.v[0].nmembers, 2);
  ck_assert_str_eq(l.v[0].place, "Moscow");
  tl_event_list_free(&l);
}
END_TEST

START_TEST(test_different_days_stay_apart) {
  static const mspec sp[] = {
      {.article = "a", .type = "meeting", .first = "2026-02-17", .last = "2026-02-17", .place = "Geneva", .p = {1, 2}},
      {.article = "b", .type = "meeting", .first = "2026-02-18", .last = "2026-02-18", .place = "Geneva", .p = {1, 2}},
  };
  tl_event_list l = resolve(sp, N(sp), NULL);
  ck_assert_uint_eq(l.n, 2);
  ck_assert_day_eq(l.v[0].date.first, "2026-02-17");
  ck_assert_day_eq(l.v[1].date.first, "2026-02-18");
  tl_event_list_free(&l);
}
END_TEST

START_TEST(test_no_chaining_through_days) {
  /* 04 and 05 must not be joined by a third single-day mention */
  static const mspec sp[] = {
      {.article = "a", .type = "meeting", .first = "2025-12-04", .last = "2025-12-04", .p = {1}},
      {.article = "b", .type = "meeting", .first = "2025-12-05", .last = "2025-12-05", .p = {1}},
      {.article = "c", .type = "meeting", .first = "2025-12-04", .last = "2025-12-04", .p = {1}},
  };
  tl_event_list l = resolve(sp, N(sp), NULL);
  ck_assert_uint_eq(l.n, 2);
  tl_event_list_free(&l);
}
END_TEST

START_TEST(test_span_collects_days) {
  static const mspec sp[] = {
      {.article = "a", .type = "meeting", .first = "2025-12-04", .last = "2025-12-04", .place = "Miami", .p = {1}},
      {.article = "b", .type = "meeting", .first = "2025-12-04", .last = "2025-12-06", .place = "Miami", .p = {1, 2}},
      {.article = "c", .type = "meeting", .first = "2025-12-05", .last = "2025-12-05", .place = "Florida", .p = {2}},
  };
  tl_event_list l = resolve(sp, N(sp), NULL);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_day_eq(l.v[0].date.first, "2025-12-04");
  ck_assert_day_eq(l.v[0].date.last, "2025-12-06");
  ck_assert_str_eq(l.v[0].place, "Miami");
  ck_assert_int_eq(l.v[0].source_count, 3);
  tl_event_list_free(&l);
}
END_TEST

START_TEST(test_incompatible_places) {
  static const mspec sp[] = {
      {.article = "a", .type = "meeting", .first = "2025-12-05", .last = "2025-12-05", .place = "Miami", .p = {1, 2}},
      {.article = "b", .type = "meeting", .first = "2025-12-05", .last = "2025-12-05", .place = "Geneva", .p = {1, 2}},
  };
  tl_event_list l = resolve(sp, N(sp), NULL);
  ck_assert_uint_eq(l.n, 2);
  tl_event_list_free(&l);
}
END_TEST

START_TEST(test_reported_joins_earlier_event) {
  static const mspec sp[] = {
      {.article = "a", .type = "visit", .first = "2025-12-02", .last = "2025-12-02", .place = "Moscow", .p = {1, 2}},
      {.article = "b", .type = "meeting", .first = "2025-12-03", .last = "2025-12-03", .reported = 1,
       .place = "Moscow", .p = {2}},
  };
  tl_event_list l = resolve(sp, N(sp), NULL);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_day_eq(l.v[0].date.first, "2025-12-02");
  ck_assert_day_eq(l.v[0].date.last, "2025-12-02");
  tl_event_list_free(&l);
}
END_TEST

START_TEST(test_type_and_evidence_required) {
  static const mspec sp[] = {
      {.article = "a", .type = "meeting", .first = "2025-12-05", .last = "2025-12-05", .p = {1}},
      {.article = "b", .type = "attack", .first = "2025-12-05", .last = "2025-12-05", .p = {1}},
      {.article = "c", .type = "meeting", .first = "2025-12-05", .last = "2025-12-05", .p = {9}},
  };
  tl_event_list l = resolve(sp, N(sp), NULL);
  ck_assert_uint_eq(l.n, 3);
  tl_event_list_free(&l);
}
END_TEST

/* the same kind of accident on the same day is one, whoever each report
 * names; two meetings of different people are not */
START_TEST(test_same_accident_merges) {
  static const mspec sp[] = {
      {.article = "a", .type = "accident", .first = "2023-06-18", .last = "2023-06-18", .p = {1}},
      {.article = "b", .type = "accident", .first = "2023-06-18", .last = "2023-06-18", .p = {2}},
      {.article = "a", .type = "meeting", .first = "2023-06-20", .last = "2023-06-20", .p = {3}},
      {.article = "b", .type = "meeting", .first = "2023-06-20", .last = "2023-06-20", .p = {4}},
  };
  tl_event_list l = resolve(sp, N(sp), NULL);
  ck_assert_uint_eq(l.n, 3);
  for (size_t i = 0; i < l.n; i++)
    ck_assert_uint_eq(l.v[i].nmembers, strcmp(l.v[i].type, "accident") == 0 ? 2 : 1);
  tl_event_list_free(&l);
}
END_TEST

/* a report that matches nothing on evidence joins the only event of its
 * trigger in the two weeks before, when that event names no one; with
 * two such events it stays apart */
START_TEST(test_report_joins_only_bare_event) {
  static const mspec one[] = {
      {.article = "a", .type = "accident", .first = "2023-06-18", .last = "2023-06-18"},
      {.article = "b", .type = "accident", .first = "2023-06-22", .last = "2023-06-22", .reported = 1, .p = {7}},
  };
  tl_event_list l = resolve(one, N(one), NULL);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_int_eq(l.v[0].date.first, tday("2023-06-18"));
  tl_event_list_free(&l);
  static const mspec two[] = {
      {.article = "a", .type = "accident", .first = "2023-06-18", .last = "2023-06-18"},
      {.article = "c", .type = "accident", .first = "2023-06-20", .last = "2023-06-20"},
      {.article = "b", .type = "accident", .first = "2023-06-22", .last = "2023-06-22", .reported = 1, .p = {7}},
  };
  l = resolve(two, N(two), NULL);
  ck_assert_uint_eq(l.n, 3);
  tl_event_list_free(&l);
}
END_TEST

/* a coarse mention that names no one joins the only event of its trigger
 * inside its dates; with two it stays apart */
START_TEST(test_coarse_joins_only_event) {
  static const mspec one[] = {
      {.article = "a", .type = "accident", .first = "2019-04-15", .last = "2019-04-15", .p = {3}},
      {.article = "b", .type = "accident", .first = "2019-04-01", .last = "2019-04-30"},
  };
  tl_rmention *m = make(one, N(one));
  m[1].date.gran = TL_GRAN_MONTH;
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(one)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_int_eq(l.v[0].date.first, tday("2019-04-15"));
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(one));
  static const mspec two[] = {
      {.article = "a", .type = "accident", .first = "2019-04-15", .last = "2019-04-15", .p = {3}},
      {.article = "c", .type = "accident", .first = "2019-04-20", .last = "2019-04-20", .p = {4}},
      {.article = "b", .type = "accident", .first = "2019-04-01", .last = "2019-04-30"},
  };
  m = make(two, N(two));
  m[2].date.gran = TL_GRAN_MONTH;
  ck_assert_int_eq(tl_resolve(&l, m, N(two)), 0);
  ck_assert_uint_eq(l.n, 3);
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(two));
}
END_TEST

START_TEST(test_date_conflict_kept) {
  /* two papers, one day apart, same people at the same place, and no
   * paper giving both days: both events stay, each notes the other day,
   * and the one with fewer sources loses confidence */
  static const mspec sp[] = {
      {.article = "a", .type = "meeting", .first = "2025-12-05", .last = "2025-12-05", .place = "Miami", .p = {1, 2}},
      {.article = "b", .type = "meeting", .first = "2025-12-05", .last = "2025-12-05", .place = "Miami", .p = {1, 2}},
      {.article = "c", .type = "meeting", .first = "2025-12-06", .last = "2025-12-06", .place = "Miami", .p = {1, 2}},
  };
  tl_event_list l = resolve(sp, N(sp), NULL);
  ck_assert_uint_eq(l.n, 2);
  ck_assert_ptr_nonnull(l.v[0].conflict);
  ck_assert_ptr_nonnull(l.v[1].conflict);
  ck_assert_ptr_nonnull(strstr(l.v[1].conflict, "2025-12-05"));
  ck_assert(l.v[1].confidence < l.v[0].confidence);
  ck_assert(l.v[0].salience > l.v[1].salience);
  tl_event_list_free(&l);
}
END_TEST

START_TEST(test_stable_uids) {
  static const mspec sp[] = {
      {.article = "a", .type = "meeting", .first = "2025-12-02", .last = "2025-12-02", .p = {1}},
      {.article = "b", .type = "meeting", .first = "2025-12-02", .last = "2025-12-02", .p = {1}},
      {.article = "c", .type = "attack", .first = "2025-12-04", .last = "2025-12-04", .p = {3}},
  };
  tl_event_list a = resolve(sp, N(sp), NULL);
  tl_event_list b = resolve(sp, N(sp), NULL);
  ck_assert_uint_eq(a.n, b.n);
  for (size_t i = 0; i < a.n; i++)
    ck_assert_str_eq(a.v[i].uid, b.v[i].uid);
  ck_assert_str_ne(a.v[0].uid, a.v[1].uid);
  tl_event_list_free(&a);
  tl_event_list_free(&b);
}
END_TEST

/* a surname alone is the person named in full with it most often */
START_TEST(test_lone_surname) {
  static const mspec sp[] = {
      {.article = "a", .type = "visit", .first = "2023-08-21", .last = "2023-08-21", .p = {1}},
      {.article = "b", .type = "visit", .first = "2023-08-21", .last = "2023-08-21", .p = {1, 2}},
      {.article = "c", .type = "ruling", .first = "2023-08-10", .last = "2023-08-10", .p = {3}},
      {.article = "d", .type = "ruling", .first = "2023-08-10", .last = "2023-08-10", .p = {4}},
  };
  static const char *const names[] = {"", "Joe Biden", "Jill Biden", "Biden", "Green"};
  tl_rmention *m = make(sp, N(sp));
  for (size_t i = 0; i < N(sp); i++)
    for (size_t a = 0; a < m[i].nparts; a++) {
      free(m[i].pnames[a]);
      m[i].pnames[a] = strdup(names[m[i].pids[a]]);
    }
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(m[2].nparts, 1);
  ck_assert_int_eq(m[2].pids[0], 1);
  ck_assert_str_eq(m[2].pnames[0], "Joe Biden");
  ck_assert_int_eq(m[3].pids[0], 4); /* nobody named Green in full */
  ck_assert_str_eq(m[3].pnames[0], "Green");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* who was shot is the attack's object ("of"); who names whom is "by" */
START_TEST(test_title_passive_attack_and_appointment) {
  static const mspec sp[] = {
      {.article = "a", .type = "attack", .first = "2024-12-04", .last = "2024-12-04", .p = {1}},
      {.article = "b", .type = "office", .first = "2024-12-13", .last = "2024-12-13", .p = {2, 3}},
  };
  tl_rmention *m = make(sp, N(sp));
  const char *text[] = {"Person 1 was shot outside a hotel on Wednesday.",
                        "Emmanuel Macron named Francois Bayrou as prime minister on Friday."};
  const char *lemma[] = {"shooting", "appointment"};
  const size_t trig[] = {13, 16};
  for (size_t i = 0; i < N(sp); i++) {
    free(m[i].sentence);
    m[i].sentence = strdup(text[i]);
    snprintf(m[i].trigger, sizeof m[i].trigger, "%s", lemma[i]);
    m[i].trig_start = trig[i];
    m[i].sent_start = 0;
    m[i].ppos = calloc(2, sizeof *m[i].ppos);
  }
  m[1].ppos[1] = 22;
  free(m[1].pnames[0]);
  free(m[1].pnames[1]);
  m[1].pnames[0] = strdup("Emmanuel Macron");
  m[1].pnames[1] = strdup("Francois Bayrou");
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 2);
  ck_assert_str_eq(l.v[0].title, "Shooting of Person 1");
  ck_assert_str_eq(l.v[1].title, "Appointment of Bayrou by Macron");
  tl_event_list_free(&l);
  /* a family name written first is the short form: "Xi", not "Jinping" */
  free(m[1].pnames[0]);
  m[1].pnames[0] = strdup("Xi Jinping");
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_str_eq(l.v[1].title, "Appointment of Bayrou by Xi");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* a month's mention that names only the article's main subjects joins the
 * only event of its kind that month */
START_TEST(test_coarse_with_main_subjects) {
  static const mspec sp[] = {
      {.article = "a", .type = "agreement", .first = "2023-12-18", .last = "2023-12-18"},
      {.article = "b", .type = "agreement", .first = "2023-12-01", .last = "2023-12-31", .p = {1}},
  };
  tl_rmention *m = make(sp, N(sp));
  m[1].date.gran = TL_GRAN_MONTH;
  m[1].pweak = calloc(1, sizeof *m[1].pweak);
  m[1].pweak[0] = 1; /* inherited: the article's main subject */
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "deal");
  snprintf(m[1].trigger, sizeof m[1].trigger, "%s", "acquisition");
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_uint_eq(l.v[0].nmembers, 2);
  tl_event_list_free(&l);
  m[1].pweak[0] = 0; /* named in its own sentence: someone else's, maybe */
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 2);
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* a noun attack far after another verb's subject is not by that subject */
START_TEST(test_title_far_noun_attack) {
  static const mspec sp[] = {
      {.article = "a", .type = "attack", .first = "2021-01-06", .last = "2021-01-06", .p = {1}},
  };
  tl_rmention *m = make(sp, N(sp));
  free(m[0].sentence);
  m[0].sentence = strdup("Person 1 also pardoned 1,500 people charged over the Jan. 6, 2021, attack on the Capitol.");
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "attack");
  m[0].trig_start = 67;
  m[0].sent_start = 0;
  m[0].ppos = calloc(1, sizeof *m[0].ppos);
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].title, "Attack involving Person 1");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* two fires of one day with names of their own stay two */
START_TEST(test_named_fires_apart) {
  static const mspec sp[] = {
      {.article = "a", .type = "accident", .first = "2025-01-07", .last = "2025-01-07", .p = {1}},
      {.article = "b", .type = "accident", .first = "2025-01-07", .last = "2025-01-07", .p = {2}},
      {.article = "c", .type = "accident", .first = "2025-01-07", .last = "2025-01-07", .p = {1}},
  };
  static const char *const names[] = {"", "Palisades fire", "Eaton fire"};
  const char *text[] = {"The Palisades fire broke out.", "The Eaton fire started.", "The Palisades fire spread."};
  tl_rmention *m = make(sp, N(sp));
  for (size_t i = 0; i < N(sp); i++) {
    free(m[i].pnames[0]);
    m[i].pnames[0] = strdup(names[m[i].pids[0]]);
    free(m[i].sentence);
    m[i].sentence = strdup(text[i]);
    snprintf(m[i].trigger, sizeof m[i].trigger, "%s", "fire");
    m[i].sent_start = 0;
    m[i].trig_start = i == 1 ? 10 : 14;
    m[i].ppos = calloc(1, sizeof *m[i].ppos);
    m[i].ppos[0] = 4;
  }
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 2);
  ck_assert(strcmp(l.v[0].title, "Palisades fire") == 0 || strcmp(l.v[1].title, "Palisades fire") == 0);
  ck_assert(strcmp(l.v[0].title, "Eaton fire") == 0 || strcmp(l.v[1].title, "Eaton fire") == 0);
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

START_TEST(test_death_of_and_place_names) {
  /* the funeral of Person 2, attended by Person 1 and Person 3; then a
   * crash at "Lanford Airport" and one in "Lanford": one place */
  static const mspec sp[] = {
      {.article = "a", .type = "death", .first = "2025-02-03", .last = "2025-02-03", .p = {1, 2, 3}},
      {.article = "b", .type = "accident", .first = "2025-02-05", .last = "2025-02-05", .place = "Lanford Airport", .p = {4}},
      {.article = "c", .type = "accident", .first = "2025-02-05", .last = "2025-02-05", .place = "Lanford", .p = {4}},
  };
  tl_rmention *m = make(sp, N(sp));
  free(m[0].sentence);
  m[0].sentence = strdup("The funeral of Person 2 was attended by Person 1 and Person 3.");
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "funeral");
  m[0].sent_start = 0;
  m[0].trig_start = 4;
  m[0].ppos = calloc(3, sizeof *m[0].ppos);
  m[0].ppos[0] = 40, m[0].ppos[1] = 15, m[0].ppos[2] = 53;
  for (size_t i = 1; i < N(sp); i++)
    snprintf(m[i].trigger, sizeof m[i].trigger, "%s", "crash");
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 2);
  ck_assert_str_eq(l.v[0].title, "Funeral of Person 2");
  ck_assert_uint_eq(l.v[1].nmembers, 2);
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

START_TEST(test_definite_report_founds_nothing) {
  /* "prosecutors said on Friday that the blasts were sabotage": no event
   * on Friday; "a ceremony on Friday marked the deal" still gives one */
  static const mspec sp[] = {
      {.article = "a", .type = "accident", .first = "2025-02-07", .last = "2025-02-07", .reported = 1},
      {.article = "b", .type = "agreement", .first = "2025-02-07", .last = "2025-02-07", .reported = 1},
  };
  tl_rmention *m = make(sp, N(sp));
  const char *text[] = {"Prosecutors said on Friday that the blasts were sabotage.",
                        "A ceremony on Friday marked the deal."};
  const char *trig[] = {"explosion", "deal"};
  for (size_t i = 0; i < N(sp); i++) {
    free(m[i].sentence);
    m[i].sentence = strdup(text[i]);
    m[i].sent_start = 0;
    m[i].trig_start = (size_t)(strstr(text[i], i ? "deal" : "blasts") - text[i]);
    snprintf(m[i].trigger, sizeof m[i].trigger, "%s", trig[i]);
  }
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].type, "agreement");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

START_TEST(test_arrest_of_by) {
  /* "the FBI arrested Mohamed": who acts and whom it is done to */
  static const mspec sp[] = {
      {.article = "a", .type = "ruling", .first = "1999-10-07", .last = "1999-10-07", .p = {1, 2}},
  };
  tl_rmention *m = make(sp, N(sp));
  free(m[0].sentence);
  m[0].sentence = strdup("Police said the Person 1 arrested Person 2 at the airport.");
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "arrest");
  m[0].sent_start = 0;
  m[0].trig_start = 25;
  m[0].trig_end = 33;
  m[0].pkinds[0] = TL_ENT_ORG;
  m[0].ppos = calloc(2, sizeof *m[0].ppos);
  m[0].ppos[0] = 16, m[0].ppos[1] = 34;
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].title, "Arrest of Person 2 by Person 1");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

START_TEST(test_deal_titles_name_companies) {
  /* a deal between a company and someone taken for a person */
  static const mspec sp[] = {
      {.article = "a", .type = "agreement", .first = "2022-01-18", .last = "2022-01-18", .p = {1, 2}},
  };
  tl_rmention *m = make(sp, N(sp));
  m[0].pkinds[0] = TL_ENT_ORG;
  free(m[0].sentence);
  m[0].sentence = strdup("Person 1 bought Person 2 on Tuesday.");
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "acquisition");
  m[0].sent_start = 0;
  m[0].trig_start = 9;
  m[0].ppos = calloc(2, sizeof *m[0].ppos);
  m[0].ppos[0] = 0, m[0].ppos[1] = 16;
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert(strstr(l.v[0].title, "Person 1") != NULL); /* the company too */
  ck_assert(strstr(l.v[0].title, "Person 2") != NULL);
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

START_TEST(test_passive_with_countries_only) {
  /* "An Australian man was charged on Saturday": no one named did it */
  static const mspec sp[] = {
      {.article = "a", .type = "ruling", .first = "2019-03-16", .last = "2019-03-16", .p = {1}},
  };
  tl_rmention *m = make(sp, N(sp));
  m[0].pkinds[0] = TL_ENT_COUNTRY;
  free(m[0].sentence);
  m[0].sentence = strdup("A Person 1 man was charged on Saturday.");
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "charges");
  m[0].sent_start = 0;
  m[0].trig_start = 19;
  m[0].ppos = calloc(1, sizeof *m[0].ppos);
  m[0].ppos[0] = 2;
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].title, "Charges involving Person 1");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* "Person 1 struck Person 2" and "Person 2 fired missiles at Person 1" on
 * one day, two countries each: two attacks, not one */
START_TEST(test_attacks_opposite_ways) {
  static const mspec sp[] = {
      {.article = "a", .type = "attack", .first = "2025-06-13", .last = "2025-06-13", .p = {1, 2}},
      {.article = "b", .type = "attack", .first = "2025-06-13", .last = "2025-06-13", .p = {2, 1}},
      {.article = "c", .type = "attack", .first = "2025-06-13", .last = "2025-06-13", .p = {1, 2}},
  };
  tl_rmention *m = make(sp, N(sp));
  const char *text[] = {"Person 1 struck sites in Person 2 on Friday.", "Person 2 struck bases in Person 1 on Friday.",
                        "Person 1 struck targets in Person 2 on Friday."};
  static const long pos[] = {0, 28};
  for (size_t i = 0; i < N(sp); i++) {
    say(&m[i], text[i], "strike", 9, pos);
    m[i].trig_end = 15;
    m[i].pkinds[0] = m[i].pkinds[1] = TL_ENT_COUNTRY;
  }
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 2); /* the first and the third are one */
  ck_assert_uint_eq(l.v[0].nmembers + l.v[1].nmembers, 3);
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* "Person 1 fired the national security adviser": a dismissal by Person 1;
 * "Person 2 was fired": of Person 2 */
START_TEST(test_dismissal_by_and_of) {
  static const mspec sp[] = {
      {.article = "a", .type = "office", .first = "2025-05-01", .last = "2025-05-01", .p = {1}},
      {.article = "b", .type = "office", .first = "2025-05-03", .last = "2025-05-03", .p = {2}},
      {.article = "c", .type = "office", .first = "2025-05-04", .last = "2025-05-04", .p = {3}},
  };
  tl_rmention *m = make(sp, N(sp));
  const char *text[] = {"Person 1 fired the national security adviser on Thursday.", "Person 2 was fired on Saturday.",
                        "Person 3 had been fired on Sunday."};
  const size_t at[] = {9, 9, 13};
  for (size_t i = 0; i < N(sp); i++)
    say(&m[i], text[i], "dismissal", at[i], NULL);
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 3);
  ck_assert_str_eq(l.v[0].title, "Dismissal by Person 1");
  ck_assert_str_eq(l.v[1].title, "Dismissal of Person 2"); /* the trigger "was fired" holds its auxiliary */
  ck_assert_str_eq(l.v[2].title, "Dismissal of Person 3"); /* and "been fired" */
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* "Person 1 launched an incursion into the region": the one country
 * named, before an active attack, made it */
START_TEST(test_attack_by_one_country) {
  static const mspec sp[] = {
      {.article = "a", .type = "attack", .first = "2024-08-06", .last = "2024-08-06", .p = {1}},
  };
  tl_rmention *m = make(sp, N(sp));
  say(&m[0], "Person 1 launched an incursion into the region on Tuesday.", "incursion", 21, NULL);
  m[0].pkinds[0] = TL_ENT_COUNTRY;
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].title, "Incursion by Person 1");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* "Person 1 told the nation in an address": the speaker gave it (an
 * instrumental "in a(n)" makes no one the doer of other events only) */
START_TEST(test_address_by_speaker) {
  static const mspec sp[] = {
      {.article = "a", .type = "statement", .first = "2024-07-24", .last = "2024-07-24", .p = {1}},
  };
  tl_rmention *m = make(sp, N(sp));
  say(&m[0], "Person 1 told the nation in an address on Wednesday.", "address", 31, NULL);
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].title, "Address by Person 1");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* "Person 1 became prime minister on Tuesday after Person 2 asked him to
 * form a government": a change of office is its subject's */
START_TEST(test_office_of_its_subject) {
  static const mspec sp[] = {
      {.article = "a", .type = "office", .first = "2022-10-25", .last = "2022-10-25", .p = {1, 2}},
  };
  tl_rmention *m = make(sp, N(sp));
  static const long pos[] = {0, 49};
  say(&m[0], "Person 1 became prime minister on Tuesday after Person 2 asked him to form a government.",
      "taking office", 9, pos);
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 1);
  ck_assert_str_eq(l.v[0].title, "Person 1 takes office");
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* The same earthquake in a county the gazetteer does not know and near a
 * city it knows: one event; two attacks in such places stay two */
START_TEST(test_unknown_place_same_disaster) {
  static const mspec sp[] = {
      {.article = "a", .type = "accident", .first = "2025-01-07", .last = "2025-01-07", .place = "Shigatse"},
      {.article = "b", .type = "accident", .first = "2025-01-07", .last = "2025-01-07", .place = "Dingri county"},
      {.article = "c", .type = "attack", .first = "2025-01-07", .last = "2025-01-07", .place = "Shigatse"},
      {.article = "d", .type = "attack", .first = "2025-01-07", .last = "2025-01-07", .place = "Dingri county"},
  };
  tl_rmention *m = make(sp, N(sp));
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "earthquake");
  snprintf(m[1].trigger, sizeof m[1].trigger, "%s", "earthquake");
  snprintf(m[2].trigger, sizeof m[2].trigger, "%s", "shooting");
  snprintf(m[3].trigger, sizeof m[3].trigger, "%s", "shooting");
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 3);
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* "Person 1 was shot on Wednesday" and "Person 1 was killed on Wednesday":
 * one event, an attack */
START_TEST(test_death_joins_its_attack) {
  static const mspec sp[] = {
      {.article = "a", .type = "attack", .first = "2025-09-10", .last = "2025-09-10", .p = {1}},
      {.article = "b", .type = "death", .first = "2025-09-10", .last = "2025-09-10", .p = {1}},
      {.article = "c", .type = "death", .first = "2025-09-11", .last = "2025-09-11", .p = {2}},
  };
  tl_rmention *m = make(sp, N(sp));
  snprintf(m[0].trigger, sizeof m[0].trigger, "%s", "shooting");
  snprintf(m[1].trigger, sizeof m[1].trigger, "%s", "death");
  snprintf(m[2].trigger, sizeof m[2].trigger, "%s", "death");
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 2);
  ck_assert_str_eq(l.v[0].type, "attack");
  ck_assert_uint_eq(l.v[0].nmembers, 2);
  ck_assert_str_eq(l.v[1].type, "death"); /* a death by itself stays one */
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

/* a bare event joins the only event of its kind that day only when their
 * articles may tell one story: with two keys or more each (schema 018),
 * they share one */
START_TEST(test_bare_stays_in_its_story) {
  static const mspec sp[] = {
      {.article = "a", .type = "operation", .first = "2024-08-23", .last = "2024-08-23", .p = {1, 2}},
      {.article = "b", .type = "operation", .first = "2024-08-23", .last = "2024-08-23"},
  };
  static const char *const stories[][2] = {
      {"volk\nhaddad\n@Kessa", "@Lome\nmensah"}, /* two stories: apart */
      {"volk\nhaddad\n@Kessa", "@Kessa\nmensah"}, /* one place shared: one story */
      {"volk\nhaddad\n@Kessa", "@Lome"},          /* one key: too little to tell */
      {NULL, "@Lome\nmensah"},                     /* not known (written before schema 018) */
  };
  const size_t want[] = {2, 1, 1, 1};
  for (size_t t = 0; t < N(want); t++) {
    tl_rmention *m = make(sp, N(sp));
    for (size_t i = 0; i < N(sp); i++) {
      snprintf(m[i].trigger, sizeof m[i].trigger, "%s", "search");
      m[i].story = stories[t][i] ? strdup(stories[t][i]) : NULL;
    }
    tl_event_list l;
    ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
    ck_assert_uint_eq(l.n, want[t]);
    tl_event_list_free(&l);
    tl_rmentions_free(m, N(sp));
  }
}
END_TEST

/* two people named with "and" are both what the event was done to */
START_TEST(test_title_coordinated) {
  static const mspec sp[] = {
      {.article = "a", .type = "operation", .first = "2024-08-01", .last = "2024-08-01", .p = {1, 2}},
      {.article = "b", .type = "operation", .first = "2024-08-02", .last = "2024-08-02", .p = {3, 4}},
  };
  tl_rmention *m = make(sp, N(sp));
  /* "Person 1 and former Person 2 were released", "Person 3, and then Person 4, were released" */
  const long pos0[] = {0, 20}, pos1[] = {0, 20};
  say(&m[0], "Person 1 and former Person 2 were released on Thursday.", "freeing", 34, pos0);
  say(&m[1], "Person 3, and then Person 4, were released on Friday.", "freeing", 34, pos1);
  tl_event_list l;
  ck_assert_int_eq(tl_resolve(&l, m, N(sp)), 0);
  ck_assert_uint_eq(l.n, 2);
  ck_assert_str_eq(l.v[0].title, "Freeing of Person 1 and Person 2");
  ck_assert_str_eq(l.v[1].title, "Freeing of Person 4"); /* not "and" right after the name */
  tl_event_list_free(&l);
  tl_rmentions_free(m, N(sp));
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("resolve");
  TCase *tc = tcase_create("cluster");
  tcase_add_test(tc, test_same_day_merges);
  tcase_add_test(tc, test_different_days_stay_apart);
  tcase_add_test(tc, test_no_chaining_through_days);
  tcase_add_test(tc, test_span_collects_days);
  tcase_add_test(tc, test_incompatible_places);
  tcase_add_test(tc, test_reported_joins_earlier_event);
  tcase_add_test(tc, test_type_and_evidence_required);
  tcase_add_test(tc, test_stable_uids);
  tcase_add_test(tc, test_date_conflict_kept);
  tcase_add_test(tc, test_same_accident_merges);
  tcase_add_test(tc, test_attack_between_countries);
  tcase_add_test(tc, test_coarse_joins_only_event);
  tcase_add_test(tc, test_title_agent);
  tcase_add_test(tc, test_report_joins_only_bare_event);
  tcase_add_test(tc, test_visit_title_without_place);
  tcase_add_test(tc, test_bare_joins_only_candidate);
  tcase_add_test(tc, test_bare_stays_in_its_story);
  tcase_add_test(tc, test_alike_lemmas_merge);
  tcase_add_test(tc, test_title_legislation);
  tcase_add_test(tc, test_most_specific_place);
  tcase_add_test(tc, test_title_subject_of_intransitive);
  tcase_add_test(tc, test_title_coordinated);
  tcase_add_test(tc, test_disaster_in_countries);
  tcase_add_test(tc, test_title_done_to_person);
  tcase_add_test(tc, test_attack_means_not_agent);
  tcase_add_test(tc, test_title_irregular_past_agent);
  tcase_add_test(tc, test_storm_across_places);
  tcase_add_test(tc, test_title_long_agent_name);
  tcase_add_test(tc, test_title_takes_office);
  tcase_add_test(tc, test_capsizing_is_sinking);
  tcase_add_test(tc, test_lone_surname);
  tcase_add_test(tc, test_title_passive_attack_and_appointment);
  tcase_add_test(tc, test_coarse_with_main_subjects);
  tcase_add_test(tc, test_title_far_noun_attack);
  tcase_add_test(tc, test_named_fires_apart);
  tcase_add_test(tc, test_death_of_and_place_names);
  tcase_add_test(tc, test_definite_report_founds_nothing);
  tcase_add_test(tc, test_arrest_of_by);
  tcase_add_test(tc, test_deal_titles_name_companies);
  tcase_add_test(tc, test_passive_with_countries_only);
  tcase_add_test(tc, test_attacks_opposite_ways);
  tcase_add_test(tc, test_dismissal_by_and_of);
  tcase_add_test(tc, test_attack_by_one_country);
  tcase_add_test(tc, test_address_by_speaker);
  tcase_add_test(tc, test_office_of_its_subject);
  tcase_add_test(tc, test_unknown_place_same_disaster);
  tcase_add_test(tc, test_death_joins_its_attack);
  suite_add_tcase(s, tc);
  return s;
}

TL_CHECK_MAIN(suite)
