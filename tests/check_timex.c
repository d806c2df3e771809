/* check_timex.c - the temporal tagger, one TCase per family of
 * expressions, each resolved against a fixed DCT.  The seed family covers
 * every date expression of the five seed articles, in sentences of our own
 * with the same construction and the seeds' publication dates. */
#include "check_macros.h"

typedef struct {
  const char *text;  /* sentence to tag */
  const char *dct;   /* document creation time */
  const char *span;  /* expected expression text */
  const char *type;  /* DATE, TIME, DURATION, SET */
  const char *value; /* TIMEX3 value */
  const char *first; /* interval, or NULL */
  const char *last;
} tcase_t;

static void run(const tcase_t *c) {
  tl_timex_list l = {0};
  tl_day dct = c->dct ? tday(c->dct) : TL_DAY_NONE;
  ck_assert_int_eq(tl_timex_tag(&l, c->text, strlen(c->text), dct), 0);
  const tl_timex *hit = NULL;
  for (size_t i = 0; i < l.count; i++) {
    const tl_timex *t = &l.items[i];
    if (t->end - t->start == strlen(c->span) && strncmp(c->text + t->start, c->span, t->end - t->start) == 0)
      hit = t;
  }
  ck_assert_msg(hit != NULL, "'%s' not tagged in: %s", c->span, c->text);
  ck_assert_str_eq(tl_timex_type_name(hit->type), c->type);
  ck_assert_msg(strcmp(hit->value, c->value) == 0, "'%s': value %s, expected %s", c->span, hit->value, c->value);
  if (c->first) {
    ck_assert_day_eq(hit->span.first, c->first);
    ck_assert_day_eq(hit->span.last, c->last);
  }
  tl_timex_list_free(&l);
}

#define RUN_ALL(arr)                                   \
  for (size_t i = 0; i < sizeof arr / sizeof arr[0]; i++) \
  run(&arr[i])

static const tcase_t absolute[] = {
    /* a date naming a known event is not most of a year ahead for a
     * verb that looks ahead; a coming one still is ahead */
    {.text = "The rivals said they would challenge the result of the Feb. 14 vote in court.", .dct = "2024-03-21",
     .span = "Feb. 14", .type = "DATE", .value = "2024-02-14", .first = "2024-02-14", .last = "2024-02-14"},
    {.text = "The summit will be held on Feb. 14 in Oslo.", .dct = "2024-03-21", .span = "Feb. 14", .type = "DATE",
     .value = "2025-02-14", .first = "2025-02-14", .last = "2025-02-14"},
    {.text = "The accord was signed on 2026-02-17 in Geneva.", .dct = "2026-03-01", .span = "2026-02-17",
     .type = "DATE", .value = "2026-02-17", .first = "2026-02-17", .last = "2026-02-17"},
    {.text = "It was filed on 2/17/2026 by the clerk.", .dct = "2026-03-01", .span = "2/17/2026", .type = "DATE",
     .value = "2026-02-17", .first = "2026-02-17", .last = "2026-02-17"},
    {.text = "Talks opened on 17 February 2026.", .dct = "2026-03-01", .span = "17 February 2026", .type = "DATE",
     .value = "2026-02-17", .first = "2026-02-17", .last = "2026-02-17"},
    {.text = "Talks opened on Feb. 17, officials said.", .dct = "2026-03-01", .span = "Feb. 17", .type = "DATE",
     .value = "2026-02-17", .first = "2026-02-17", .last = "2026-02-17"},
    {.text = "The vote is planned for March 3.", .dct = "2026-02-20", .span = "March 3", .type = "DATE",
     .value = "2026-03-03", .first = "2026-03-03", .last = "2026-03-03"},
    {.text = "The army crossed the border in February 2022.", .dct = "2025-12-06", .span = "February 2022",
     .type = "DATE", .value = "2022-02", .first = "2022-02-01", .last = "2022-02-28"},
    {.text = "Prices rose sharply in 2019 and fell later.", .dct = "2025-12-06", .span = "2019", .type = "DATE",
     .value = "2019", .first = "2019-01-01", .last = "2019-12-31"},
    {.text = "The plant was built in the 1990s.", .dct = "2025-12-06", .span = "1990s", .type = "DATE",
     .value = "199", .first = "1990-01-01", .last = "1999-12-31"},
    {.text = "Output is expected to recover by mid-2024.", .dct = "2023-06-01", .span = "mid-2024", .type = "DATE",
     .value = "2024", .first = "2024-01-01", .last = "2024-12-31"},
    {.text = "Profits fell in the third quarter of 2025.", .dct = "2025-12-06", .span = "the third quarter of 2025",
     .type = "DATE", .value = "2025-Q3", .first = "2025-07-01", .last = "2025-09-30"},
    {.text = "The offensive began last summer.", .dct = "2025-12-06", .span = "last summer", .type = "DATE",
     .value = "2024-SU", .first = "2024-06-01", .last = "2024-08-31"},
    {.text = "The offensive stalled this past summer.", .dct = "2025-12-06", .span = "this past summer",
     .type = "DATE", .value = "2025-SU", .first = "2025-06-01", .last = "2025-08-31"},
    {.text = "Snow closed the pass this past winter.", .dct = "2026-01-10", .span = "this past winter",
     .type = "DATE", .value = "2024-WI", .first = NULL},
    {.text = "Prices peaked in July last year.", .dct = "2026-02-19", .span = "July last year", .type = "DATE",
     .value = "2025-07", .first = "2025-07-01", .last = "2025-07-31"},
    {.text = "The rules changed on March 3 this year.", .dct = "2026-06-19", .span = "March 3 this year",
     .type = "DATE", .value = "2026-03-03", .first = "2026-03-03", .last = "2026-03-03"},
    {.text = "The station opened in January nineteen ninety-seven.", .dct = "1998-02-27",
     .span = "January nineteen ninety-seven", .type = "DATE", .value = "1997-01", .first = "1997-01-01",
     .last = "1997-01-31"},
    {.text = "Floods hit during the winter of nineteen ninety-four.", .dct = "1998-02-27",
     .span = "the winter of nineteen ninety-four", .type = "DATE", .value = "1994-WI", .first = NULL},
};

static const tcase_t weekdays[] = {
    /* a date naming an event told before is not the day "the same day" points to */
    {.text = "Ley won the vote on Tuesday after the defeat in the May 3 election. A ministry was sworn in on the same "
             "day.",
     .dct = "2025-05-14", .span = "the same day", .type = "DATE", .value = "2025-05-13", .first = "2025-05-13",
     .last = "2025-05-13"},
    /* "agreed to" before a preposition is no intention: the verb's past */
    {.text = "Both sides must now accept the truce, which the rebels agreed to at talks in Lome on Tuesday.",
     .dct = "2025-03-14", .span = "Tuesday", .type = "DATE", .value = "2025-03-11", .first = "2025-03-11",
     .last = "2025-03-11"},
    /* "is to" + verb is ahead; a participle before "by" is no cue */
    {.text = "The shares are to resume trading in Paris Tuesday.", .dct = "1989-10-27", .span = "Tuesday",
     .type = "DATE", .value = "1989-10-31", .first = "1989-10-31", .last = "1989-10-31"},
    /* "previous" and "following" count from the day under discussion */
    {.text = "Stocks slid on Friday, Oct. 27. The index ended 4% below the previous Friday.", .dct = "1989-10-30",
     .span = "the previous Friday", .type = "DATE", .value = "1989-10-20", .first = "1989-10-20",
     .last = "1989-10-20"},
    {.text = "The ceasefire began on March 3. The following Monday the convoy crossed.", .dct = "2025-06-18",
     .span = "The following Monday", .type = "DATE", .value = "2025-03-10", .first = "2025-03-10",
     .last = "2025-03-10"},
    {.text = "The minister said the talks ended on Tuesday.", .dct = "2025-12-06", .span = "Tuesday",
     .type = "DATE", .value = "2025-12-02", .first = "2025-12-02", .last = "2025-12-02"},
    {.text = "The minister will travel to Rome on Tuesday.", .dct = "2025-12-06", .span = "Tuesday",
     .type = "DATE", .value = "2025-12-09", .first = "2025-12-09", .last = "2025-12-09"},
    {.text = "Officials met last Saturday in Rome.", .dct = "2025-12-06", .span = "last Saturday", .type = "DATE",
     .value = "2025-11-29", .first = "2025-11-29", .last = "2025-11-29"},
    {.text = "Officials will meet next Friday.", .dct = "2025-12-06", .span = "next Friday", .type = "DATE",
     .value = "2025-12-12", .first = "2025-12-12", .last = "2025-12-12"},
    {.text = "Shelling was reported on Thursday night near the river.", .dct = "2025-12-06",
     .span = "Thursday night", .type = "TIME", .value = "2025-12-04TNI", .first = "2025-12-04",
     .last = "2025-12-04"},
    {.text = "Relative dates cannot resolve on Tuesday without a DCT.", .dct = NULL, .span = "Tuesday",
     .type = "DATE", .value = "XXXX-WXX-2", .first = NULL},
    /* tense cues that only count in a construction */
    {.text = "The envoy has scheduled a briefing Thursday in Vienna.", .dct = "2025-12-06", .span = "Thursday",
     .type = "DATE", .value = "2025-12-11", .first = "2025-12-11", .last = "2025-12-11"},
    {.text = "The hearing was postponed until Tuesday.", .dct = "2025-12-06", .span = "Tuesday", .type = "DATE",
     .value = "2025-12-09", .first = "2025-12-09", .last = "2025-12-09"},
    {.text = "A car bomb exploded next to the embassy on Friday.", .dct = "2025-12-06", .span = "Friday",
     .type = "DATE", .value = "2025-12-05", .first = "2025-12-05", .last = "2025-12-05"},
    {.text = "The offer had been scheduled to expire Friday.", .dct = "2025-12-06", .span = "Friday",
     .type = "DATE", .value = "2025-12-05", .first = "2025-12-05", .last = "2025-12-05"},
    {.text = "On Friday, when she set aside vacation plans for the hastily planned trip, the ban was lifted.",
     .dct = "2025-12-08", .span = "Friday", .type = "DATE", .value = "2025-12-05", .first = "2025-12-05",
     .last = "2025-12-05"},
    /* a clock time or a weekday followed by the day it names */
    {.text = "Polls will close at 10 p.m. Wednesday.", .dct = "2025-12-06", .span = "10 p.m. Wednesday",
     .type = "TIME", .value = "2025-12-10T22:00", .first = "2025-12-10", .last = "2025-12-10"},
    {.text = "The truce ended at midnight Friday.", .dct = "2025-12-06", .span = "midnight Friday",
     .type = "TIME", .value = "2025-12-05T24:00", .first = "2025-12-05", .last = "2025-12-05"},
    {.text = "Bids are due by 5 p.m. EST Nov. 9, the bank said.", .dct = "1989-11-02", .span = "5 p.m. EST Nov. 9",
     .type = "TIME", .value = "1989-11-09T17:00", .first = "1989-11-09", .last = "1989-11-09"},
    {.text = "Trading resumed Friday Oct. 13 after the halt.", .dct = "1989-10-27", .span = "Friday Oct. 13",
     .type = "DATE", .value = "1989-10-13", .first = "1989-10-13", .last = "1989-10-13"},
    /* a zone in words; "2am" is the clock's, not the verb "am" */
    {.text = "The cyclone made landfall at around 2am local time on Sunday.", .dct = "2025-11-21",
     .span = "2am local time", .type = "TIME", .value = "2025-11-16T02:00", .first = "2025-11-16",
     .last = "2025-11-16"},
    {.text = "The cyclone made landfall at around 2am local time on Sunday.", .dct = "2025-11-21",
     .span = "Sunday", .type = "DATE", .value = "2025-11-16", .first = "2025-11-16", .last = "2025-11-16"},
    {.text = "The drones struck at 4 a.m. Moscow time Friday.", .dct = "2025-11-21",
     .span = "4 a.m. Moscow time Friday", .type = "TIME", .value = "2025-11-21T04:00", .first = "2025-11-21",
     .last = "2025-11-21"},
    /* the weekday leading a date, British and abbreviated; zones */
    {.text = "The summit opened Wednesday 19 November in Belem.", .dct = "2025-11-21",
     .span = "Wednesday 19 November", .type = "DATE", .value = "2025-11-19", .first = "2025-11-19",
     .last = "2025-11-19"},
    {.text = "The meeting opened on Wed., Nov. 19.", .dct = "2025-11-21", .span = "Wed., Nov. 19", .type = "DATE",
     .value = "2025-11-19", .first = "2025-11-19", .last = "2025-11-19"},
    {.text = "Trading halted at 14:30 CET on Friday.", .dct = "2025-11-21", .span = "14:30 CET", .type = "TIME",
     .value = "2025-11-21T14:30", .first = "2025-11-21", .last = "2025-11-21"},
    /* "forecast to", "slated for" point ahead like "expected to" */
    {.text = "The storm is forecast to make landfall late Sunday.", .dct = "2025-11-25", .span = "late Sunday",
     .type = "DATE", .value = "2025-11-30", .first = "2025-11-30", .last = "2025-11-30"},
    {.text = "The vote is slated for Monday, officials said.", .dct = "2025-11-25", .span = "Monday",
     .type = "DATE", .value = "2025-12-01", .first = "2025-12-01", .last = "2025-12-01"},
    /* a range of clock times takes the day named after its end */
    {.text = "The outage lasted from 9:30 a.m. to 2 p.m. on Wednesday.", .dct = "2025-11-21",
     .span = "9:30 a.m.", .type = "TIME", .value = "2025-11-19T09:30", .first = "2025-11-19",
     .last = "2025-11-19"},
    /* the week that holds a day */
    {.text = "The talks will take place in the week of December 8.", .dct = "2025-11-21",
     .span = "the week of December 8", .type = "DATE", .value = "2025-W50", .first = "2025-12-08",
     .last = "2025-12-14"},
};

static const tcase_t relative[] = {
    {.text = "The merger was announced in January.", .dct = "2022-12-09", .span = "January", .type = "DATE",
     .value = "2022-01", .first = "2022-01-01", .last = "2022-01-31"},
    {.text = "The law, passed in 2010, was struck down three years later.", .dct = "2025-03-15",
     .span = "three years later", .type = "DATE", .value = "2013", .first = "2013-01-01", .last = "2013-12-31"},
    {.text = "The ferry docked on Monday. Crews had quit the previous evening.", .dct = "2025-03-15",
     .span = "the previous evening", .type = "TIME", .value = "2025-03-09TEV"},
    {.text = "Revenue rose in Q4, the firm said.", .dct = "2013-03-15", .span = "Q4", .type = "DATE",
     .value = "2012-Q4", .first = "2012-10-01", .last = "2012-12-31"},
    {.text = "Crowds cheered on the Fourth of July.", .dct = "2013-03-15", .span = "Fourth of July",
     .type = "DATE", .value = "2012-07-04", .first = "2012-07-04", .last = "2012-07-04"},
    {.text = "The firm failed in November 2022, and its founder was held the following month.",
     .dct = "2023-10-04", .span = "the following month", .type = "DATE", .value = "2022-12",
     .first = "2022-12-01", .last = "2022-12-31"},
    /* a day most of a year back: the date's own irregular past after "on"
     * goes back; a reporting verb or a noun phrase ("the Jan. 14
     * deadline") yields to the closest date */
    {.text = "The law came into force on 1 January.", .dct = "2025-11-21", .span = "1 January", .type = "DATE",
     .value = "2025-01-01", .first = "2025-01-01", .last = "2025-01-01"},
    {.text = "The first round was held in Riyadh on February 18.", .dct = "2025-11-21", .span = "February 18",
     .type = "DATE", .value = "2025-02-18", .first = "2025-02-18", .last = "2025-02-18"},
    {.text = "Rebels attacked the town on February 18.", .dct = "2025-11-21", .span = "February 18",
     .type = "DATE", .value = "2025-02-18", .first = "2025-02-18", .last = "2025-02-18"},
    {.text = "Officials announced the plan on February 18.", .dct = "2025-11-21", .span = "February 18",
     .type = "DATE", .value = "2026-02-18", .first = "2026-02-18", .last = "2026-02-18"},
    {.text = "He gave no reason for the Jan. 14 deadline.", .dct = "2025-11-21", .span = "Jan. 14", .type = "DATE",
     .value = "2026-01-14", .first = "2026-01-14", .last = "2026-01-14"},
    {.text = "Officials said on Jan. 14 the vote would be delayed.", .dct = "2025-11-21", .span = "Jan. 14",
     .type = "DATE", .value = "2026-01-14", .first = "2026-01-14", .last = "2026-01-14"},
    /* a future cue stands even most of a year ahead; a past-tense
     * participle before "by" and "plans" after an -ed verb are no cues */
    {.text = "She will command a shuttle mission in December.", .dct = "1998-03-04", .span = "December",
     .type = "DATE", .value = "1998-12", .first = "1998-12-01", .last = "1998-12-31"},
    {.text = "The airline will double its flights by August in a search for markets untouched by the crisis.",
     .dct = "1998-02-13", .span = "August", .type = "DATE", .value = "1998-08", .first = "1998-08-01",
     .last = "1998-08-31"},
    {.text = "In September, the group announced plans to buy a fruit business.", .dct = "1989-10-30",
     .span = "September", .type = "DATE", .value = "1989-09", .first = "1989-09-01", .last = "1989-09-30"},
    {.text = "The offer is scheduled to expire at the end of November.", .dct = "1989-11-02",
     .span = "the end of November", .type = "DATE", .value = "1989-11", .first = "1989-11-01",
     .last = "1989-11-30"},
    {.text = "Prices fell three days ago.", .dct = "2025-12-06", .span = "three days ago", .type = "DATE",
     .value = "2025-12-03", .first = "2025-12-03", .last = "2025-12-03"},
    {.text = "The bill was passed last month.", .dct = "2025-12-06", .span = "last month", .type = "DATE",
     .value = "2025-11", .first = "2025-11-01", .last = "2025-11-30"},
    {.text = "The team met yesterday in Geneva.", .dct = "2026-02-18", .span = "yesterday", .type = "DATE",
     .value = "2026-02-17", .first = "2026-02-17", .last = "2026-02-17"},
    {.text = "Rain is forecast for tomorrow.", .dct = "2026-02-18", .span = "tomorrow", .type = "DATE",
     .value = "2026-02-19", .first = "2026-02-19", .last = "2026-02-19"},
    {.text = "The mayor spoke earlier this month.", .dct = "2025-12-06", .span = "earlier this month",
     .type = "DATE", .value = "2025-12", .first = "2025-12-01", .last = "2025-12-31"},
    {.text = "The fair closed next year.", .dct = "2025-12-06", .span = "next year", .type = "DATE",
     .value = "2026", .first = "2026-01-01", .last = "2026-12-31"},
    {.text = "Protests grew in the past week.", .dct = "2025-12-06", .span = "the past week", .type = "DURATION",
     .value = "P1W", .first = NULL},
    {.text = "Late yesterday the court ruled.", .dct = "2025-12-06", .span = "Late yesterday", .type = "DATE",
     .value = "2025-12-05", .first = "2025-12-05", .last = "2025-12-05"},
    {.text = "The mayor will speak later this afternoon.", .dct = "2025-12-06", .span = "later this afternoon",
     .type = "TIME", .value = "2025-12-06TAF", .first = "2025-12-06", .last = "2025-12-06"},
    {.text = "The call came the day before last Tuesday.", .dct = "2025-12-06",
     .span = "the day before last Tuesday", .type = "DATE", .value = "2025-12-01", .first = "2025-12-01",
     .last = "2025-12-01"},
    {.text = "The talks ended on March 3. Three days later the army withdrew.", .dct = "2025-06-18",
     .span = "Three days later", .type = "DATE", .value = "2025-03-06", .first = "2025-03-06",
     .last = "2025-03-06"},
    {.text = "The talks ended on March 3. Two weeks earlier the army had left.", .dct = "2025-06-18",
     .span = "Two weeks earlier", .type = "DATE", .value = "2025-02-17", .first = "2025-02-17",
     .last = "2025-02-17"},
    {.text = "The envoy will return two weeks from now.", .dct = "2025-06-18", .span = "two weeks from now",
     .type = "DATE", .value = "2025-07-02", .first = "2025-07-02", .last = "2025-07-02"},
    {.text = "The truce began on March 3. The next morning shelling resumed.", .dct = "2025-06-18",
     .span = "The next morning", .type = "TIME", .value = "2025-03-04TMO", .first = "2025-03-04",
     .last = "2025-03-04"},
    {.text = "The truce began on March 3. The following week it collapsed.", .dct = "2025-06-18",
     .span = "The following week", .type = "DATE", .value = "2025-W11", .first = "2025-03-10",
     .last = "2025-03-16"},
    {.text = "Rebels struck on March 12. Later that month they took the airport.", .dct = "2025-06-18",
     .span = "Later that month", .type = "DATE", .value = "2025-03", .first = "2025-03-01",
     .last = "2025-03-31"},
    {.text = "Rebels struck on March 12. That week the troops left.", .dct = "2025-06-18", .span = "That week",
     .type = "DATE", .value = "2025-W11", .first = "2025-03-10", .last = "2025-03-16"},
    /* the date under discussion may be a month or a year, not a day */
    {.text = "The plant closed in 2016, and its owner sold the land later that year.", .dct = "2025-06-18",
     .span = "later that year", .type = "DATE", .value = "2016", .first = "2016-01-01", .last = "2016-12-31"},
    {.text = "The strike began in May 2021. Later that month the mines reopened.", .dct = "2025-06-18",
     .span = "Later that month", .type = "DATE", .value = "2021-05", .first = "2021-05-01",
     .last = "2021-05-31"},
    {.text = "Exports fell 4% in 2017, a poor showing for that year.", .dct = "2025-06-18", .span = "that year",
     .type = "DATE", .value = "2017", .first = "2017-01-01", .last = "2017-12-31"},
    {.text = "The union struck in 2017. The following year it signed a deal.", .dct = "2025-06-18",
     .span = "The following year", .type = "DATE", .value = "2018", .first = "2018-01-01",
     .last = "2018-12-31"},
    {.text = "Rebels struck on March 12. The same day the council met.", .dct = "2025-06-18",
     .span = "The same day", .type = "DATE", .value = "2025-03-12", .first = "2025-03-12",
     .last = "2025-03-12"},
    {.text = "Rebels struck on March 12, 2019. In April that year talks resumed.", .dct = "2025-06-18",
     .span = "April that year", .type = "DATE", .value = "2019-04", .first = "2019-04-01",
     .last = "2019-04-30"},
    {.text = "Fighting raged between March and May.", .dct = "2025-06-18", .span = "March", .type = "DATE",
     .value = "2025-03", .first = "2025-03-01", .last = "2025-03-31"},
    {.text = "Fighting raged between March and May.", .dct = "2025-06-18", .span = "May", .type = "DATE",
     .value = "2025-05", .first = "2025-05-01", .last = "2025-05-31"},
    {.text = "He led the party in 2019-2021.", .dct = "2025-06-18", .span = "2019", .type = "DATE",
     .value = "2019", .first = "2019-01-01", .last = "2019-12-31"},
    {.text = "The vote will be held on the 28th.", .dct = "2025-06-18", .span = "the 28th", .type = "DATE",
     .value = "2025-06-28", .first = "2025-06-28", .last = "2025-06-28"},
    {.text = "On March 3 the talks began. They ended on the 15th.", .dct = "2025-06-18", .span = "the 15th",
     .type = "DATE", .value = "2025-03-15", .first = "2025-03-15", .last = "2025-03-15"},
    {.text = "The law took effect on Jan. 1. It will expire at midnight on Dec. 31.", .dct = "2025-06-18",
     .span = "midnight", .type = "TIME", .value = "2025-12-31T00:00", .first = NULL},
    {.text = "Crowds gathered this past weekend.", .dct = "2025-06-18", .span = "this past weekend",
     .type = "DATE", .value = "2025-W24-WE", .first = NULL},
    {.text = "The vote will be held by the end of March.", .dct = "2025-06-18", .span = "the end of March",
     .type = "DATE", .value = "2026-03", .first = "2026-03-01", .last = "2026-03-31"},
    {.text = "Rates will rise at the end of next month.", .dct = "2025-06-18", .span = "the end of next month",
     .type = "DATE", .value = "2025-07", .first = "2025-07-01", .last = "2025-07-31"},
    {.text = "The ministers met. The next day they signed.", .dct = "2025-12-06", .span = "The next day",
     .type = "DATE", .value = "2025-12-07", .first = "2025-12-07", .last = "2025-12-07"},
    {.text = "The rally began at 10:30 a.m. in the square.", .dct = "2025-12-06", .span = "10:30 a.m.",
     .type = "TIME", .value = "2025-12-06T10:30", .first = NULL},
    {.text = "The siege lasted 2 1/2 years.", .dct = "2025-12-06", .span = "2 1/2 years", .type = "DURATION",
     .value = "P2Y6M", .first = NULL},
    {.text = "The flight took five and a half hours.", .dct = "2025-12-06", .span = "five and a half hours",
     .type = "DURATION", .value = "PT5H30M", .first = NULL},
    {.text = "He was jailed for a year and a half.", .dct = "2025-12-06", .span = "a year and a half",
     .type = "DURATION", .value = "P1Y6M", .first = NULL},
    {.text = "Inspectors visit every week.", .dct = "2025-12-06", .span = "every week", .type = "SET",
     .value = "P1W", .first = NULL},
    {.text = "Trade is now recovering.", .dct = "2025-12-06", .span = "now", .type = "DATE",
     .value = "PRESENT_REF", .first = NULL},
};

static const tcase_t financial[] = {
    {.text = "Net income rose 5% in the third-quarter results.", .dct = "1989-10-26", .span = "third-quarter",
     .type = "DATE", .value = "1989-Q3", .first = "1989-07-01", .last = "1989-09-30"},
    {.text = "Sales fell in the quarter, the company said.", .dct = "1989-10-26", .span = "the quarter",
     .type = "DATE", .value = "1989-Q3", .first = "1989-07-01", .last = "1989-09-30"},
    {.text = "Profit rose in the fourth quarter.", .dct = "1998-01-20", .span = "the fourth quarter",
     .type = "DATE", .value = "1997-Q4", .first = "1997-10-01", .last = "1997-12-31"},
    {.text = "Earnings rose in the third quarter. A year earlier, they fell.", .dct = "1989-10-26",
     .span = "A year earlier", .type = "DATE", .value = "1988-Q3", .first = "1988-07-01", .last = "1988-09-30"},
    /* "the year" as financial news writes it */
    {.text = "The company had revenue of $76 million for the year ended Sept. 30.", .dct = "1989-11-02",
     .span = "the year", .type = "DURATION", .value = "P1Y", .first = NULL},
    {.text = "For the fiscal year, volume was flat.", .dct = "1989-11-02", .span = "the fiscal year",
     .type = "DATE", .value = "1989", .first = "1989-01-01", .last = "1989-12-31"},
    /* a year compared with the quarter under discussion */
    {.text = "Profit rose in the third quarter. Sales fell from the 1988 quarter.", .dct = "1989-10-26",
     .span = "the 1988 quarter", .type = "DATE", .value = "1988-Q3", .first = "1988-07-01", .last = "1988-09-30"},
    {.text = "Sales rose 4% in the third quarter, up from the same period last year.", .dct = "1989-10-26",
     .span = "the same period last year", .type = "DATE", .value = "1988-Q3", .first = "1988-07-01",
     .last = "1988-09-30"},
    {.text = "Costs fell in the second quarter against the corresponding quarter a year earlier.",
     .dct = "1989-10-26", .span = "the corresponding quarter a year earlier", .type = "DATE", .value = "1988-Q2",
     .first = "1988-04-01", .last = "1988-06-30"},
    {.text = "Sales grew in the third quarter. Last year's quarter was weaker.", .dct = "1989-10-26",
     .span = "Last year's quarter", .type = "DATE", .value = "1988-Q3", .first = "1988-07-01", .last = "1988-09-30"},
    {.text = "Demand should recover in the last half of 1990.", .dct = "1989-10-26", .span = "the last half of 1990",
     .type = "DATE", .value = "1990-H2", .first = "1990-07-01", .last = "1990-12-31"},
    {.text = "Losses narrowed in the first two quarters of 1990.", .dct = "1990-10-26",
     .span = "the first two quarters of 1990", .type = "DATE", .value = "1990-H1", .first = "1990-01-01",
     .last = "1990-06-30"},
    {.text = "Results were flat in the first half of 1990.", .dct = "1989-10-26", .span = "the first half of 1990",
     .type = "DATE", .value = "1990-H1", .first = "1990-01-01", .last = "1990-06-30"},
    {.text = "Revenue grew in Q3 2024, the company said.", .dct = "2025-06-18", .span = "Q3 2024",
     .type = "DATE", .value = "2024-Q3", .first = "2024-07-01", .last = "2024-09-30"},
    {.text = "Margins fell in H1 2025.", .dct = "2025-08-18", .span = "H1 2025", .type = "DATE",
     .value = "2025-H1", .first = "2025-01-01", .last = "2025-06-30"},
    {.text = "Sales rose in fiscal 2024.", .dct = "2025-08-18", .span = "fiscal 2024", .type = "DATE",
     .value = "2024", .first = "2024-01-01", .last = "2024-12-31"},
    {.text = "The charge hit the current fiscal year.", .dct = "1989-10-26", .span = "the current fiscal year",
     .type = "DATE", .value = "1989", .first = "1989-01-01", .last = "1989-12-31"},
};

static const tcase_t named[] = {
    {.text = "Stores were busy on Thanksgiving.", .dct = "1999-12-01", .span = "Thanksgiving", .type = "DATE",
     .value = "1999-11-25", .first = "1999-11-25", .last = "1999-11-25"},
    {.text = "Voters go to the polls on Election Day.", .dct = "1998-10-20", .span = "Election Day",
     .type = "DATE", .value = "1998-11-03", .first = "1998-11-03", .last = "1998-11-03"},
    {.text = "Churches were full at Easter.", .dct = "2000-05-01", .span = "Easter", .type = "DATE",
     .value = "2000-04-23", .first = "2000-04-23", .last = "2000-04-23"},
    /* past tense, but the Easter before is a year away and this one six
     * days ahead: the closest; "last" still means the one before */
    {.text = "Pilgrims filled the old city as Easter week began.", .dct = "2000-04-17", .span = "Easter",
     .type = "DATE", .value = "2000-04-23", .first = "2000-04-23", .last = "2000-04-23"},
    {.text = "The family gathered last Christmas.", .dct = "2000-01-10", .span = "last Christmas",
     .type = "DATE", .value = "1999-12-25", .first = "1999-12-25", .last = "1999-12-25"},
    {.text = "The law dates from nineteen ninety-four.", .dct = "1998-02-01", .span = "nineteen ninety-four",
     .type = "DATE", .value = "1994", .first = "1994-01-01", .last = "1994-12-31"},
    {.text = "Music changed in the nineties.", .dct = "1998-02-01", .span = "the nineties", .type = "DATE",
     .value = "199", .first = "1990-01-01", .last = "1999-12-31"},
    {.text = "It was the bloodiest war of the 20th century.", .dct = "1998-02-01", .span = "the 20th century",
     .type = "DATE", .value = "19", .first = "1900-01-01", .last = "1999-12-31"},
    {.text = "Prices have climbed in recent years.", .dct = "1998-02-01", .span = "recent years", .type = "DATE",
     .value = "PAST_REF"},
    {.text = "No change is expected in the near future.", .dct = "1998-02-01", .span = "the near future",
     .type = "DATE", .value = "FUTURE_REF"},
    {.text = "Its 1990 invasion of Kuwait was condemned.", .dct = "1998-03-06", .span = "1990", .type = "DATE",
     .value = "1990", .first = "1990-01-01", .last = "1990-12-31"},
    {.text = "The refinery closed last night.", .dct = "1998-01-20", .span = "last night", .type = "TIME",
     .value = "1998-01-19TNI"},
    {.text = "They marched every July.", .dct = "1998-01-20", .span = "every July", .type = "SET",
     .value = "XXXX-07"},
};

static const tcase_t durations[] = {
    /* digits grouped by commas are one number, never a year */
    {.text = "The fighting has lasted for more than 1,000 days.", .dct = "2025-11-21",
     .span = "more than 1,000 days", .type = "DURATION", .value = "P1000D"},
    {.text = "The strike lasted three days.", .dct = "2025-12-06", .span = "three days", .type = "DURATION",
     .value = "P3D", .first = NULL},
    {.text = "Several months of delay followed.", .dct = "2025-12-06", .span = "Several months",
     .type = "DURATION", .value = "PXM", .first = NULL},
    {.text = "They spent more than 24 hours at sea.", .dct = "2025-12-06", .span = "more than 24 hours",
     .type = "DURATION", .value = "PT24H", .first = NULL},
    {.text = "The loan runs for a couple of years.", .dct = "2025-12-06", .span = "a couple of years",
     .type = "DURATION", .value = "P2Y"},
    {.text = "The index fell for eight trading days.", .dct = "2025-12-06", .span = "eight trading days",
     .type = "DURATION", .value = "P8D"},
    {.text = "The fight went on for over an hour.", .dct = "2025-12-06", .span = "an hour", .type = "DURATION",
     .value = "PT1H"},
};

/* Every date expression of the seed articles, in new sentences of the same
 * construction, with each seed's publication date. */
static const tcase_t seeds[] = {
    /* seed 000, published 2026-01-24 */
    {.text = "A spokesman confirmed on Friday that the delegations had met.", .dct = "2026-01-24",
     .span = "Friday", .type = "DATE", .value = "2026-01-23", .first = "2026-01-23", .last = "2026-01-23"},
    {.text = "The talks seek to end a nearly four-year invasion, officials said.", .dct = "2026-01-24",
     .span = "nearly four-year", .type = "DURATION", .value = "P4Y"},
    {.text = "He described a years-long stalemate between the sides.", .dct = "2026-01-24",
     .span = "years-long", .type = "DURATION", .value = "PXY"},
    /* seed 001, published 2025-12-19 */
    {.text = "Negotiators are set to start another round on Friday, aides said.", .dct = "2025-12-19",
     .span = "Friday", .type = "DATE", .value = "2025-12-19", .first = "2025-12-19", .last = "2025-12-19"},
    {.text = "The nearly four-year-long war shows no sign of ending.", .dct = "2025-12-19",
     .span = "nearly four-year-long", .type = "DURATION", .value = "P4Y"},
    {.text = "The envoys plan to hold a meeting in Miami this weekend.", .dct = "2025-12-19",
     .span = "this weekend", .type = "DATE", .value = "2025-W51-WE", .first = "2025-12-20",
     .last = "2025-12-21"},
    {.text = "The secretary may attend part of the meeting on Saturday.", .dct = "2025-12-19",
     .span = "Saturday", .type = "DATE", .value = "2025-12-20", .first = "2025-12-20", .last = "2025-12-20"},
    {.text = "He hoped a deal could be done before the end of the year.", .dct = "2025-12-19",
     .span = "the end of the year", .type = "DATE", .value = "2025", .first = "2025-01-01",
     .last = "2025-12-31"},
    /* seed 002, published 2025-12-06 */
    {.text = "Both teams will sit down today for a third consecutive day of meetings.", .dct = "2025-12-06",
     .span = "today", .type = "DATE", .value = "2025-12-06", .first = "2025-12-06", .last = "2025-12-06"},
    {.text = "Both teams will sit down today for a third consecutive day of meetings.", .dct = "2025-12-06",
     .span = "a third consecutive day", .type = "DURATION", .value = "P3D"},
    {.text = "Negotiators began a third day of talks near the coast.", .dct = "2025-12-06",
     .span = "a third day", .type = "DURATION", .value = "P3D"},
    {.text = "The envoys flew to the capital on Tuesday, where they presented a plan.", .dct = "2025-12-06",
     .span = "Tuesday", .type = "DATE", .value = "2025-12-02", .first = "2025-12-02", .last = "2025-12-02"},
    {.text = "The statement summed up Friday's session in a few lines.", .dct = "2025-12-06",
     .span = "Friday", .type = "DATE", .value = "2025-12-05", .first = "2025-12-05", .last = "2025-12-05"},
    {.text = "The draft first appeared late last month in the press.", .dct = "2025-12-06",
     .span = "late last month", .type = "DATE", .value = "2025-11", .first = "2025-11-01",
     .last = "2025-11-30"},
    {.text = "The aide called Tuesday's five-hour meeting friendly.", .dct = "2025-12-06",
     .span = "five-hour", .type = "DURATION", .value = "PT5H"},
    {.text = "The president said Wednesday that the visit went well.", .dct = "2025-12-06",
     .span = "Wednesday", .type = "DATE", .value = "2025-12-03", .first = "2025-12-03", .last = "2025-12-03"},
    {.text = "Since he took office in January, policy has shifted.", .dct = "2025-12-06",
     .span = "January", .type = "DATE", .value = "2025-01", .first = "2025-01-01", .last = "2025-01-31"},
    {.text = "He was in India this week to meet the prime minister.", .dct = "2025-12-06",
     .span = "this week", .type = "DATE", .value = "2025-W49", .first = "2025-12-01", .last = "2025-12-07"},
    {.text = "Early Saturday, the governor reported new drone attacks.", .dct = "2025-12-06",
     .span = "Early Saturday", .type = "DATE", .value = "2025-12-06", .first = "2025-12-06",
     .last = "2025-12-06"},
    /* seed 003, published 2025-12-06 */
    {.text = "The adviser met the negotiator at a club on Friday.", .dct = "2025-12-06", .span = "Friday",
     .type = "DATE", .value = "2025-12-05", .first = "2025-12-05", .last = "2025-12-05"},
    {.text = "The plan would end nearly four years of war.", .dct = "2025-12-06", .span = "nearly four years",
     .type = "DURATION", .value = "P4Y"},
    {.text = "In a speech late on Thursday, the president urged calm.", .dct = "2025-12-06",
     .span = "late on Thursday", .type = "DATE", .value = "2025-12-04", .first = "2025-12-04",
     .last = "2025-12-04"},
    {.text = "A drone hit a house on Thursday night, killing a child.", .dct = "2025-12-06",
     .span = "Thursday night", .type = "TIME", .value = "2025-12-04TNI", .first = "2025-12-04",
     .last = "2025-12-04"},
    /* seed 004, published 2026-02-18 */
    {.text = "The spokesman spoke ahead of Wednesday's session about the agenda.", .dct = "2026-02-18",
     .span = "Wednesday", .type = "DATE", .value = "2026-02-18", .first = "2026-02-18", .last = "2026-02-18"},
    {.text = "They refined the decisions discussed yesterday, he added.", .dct = "2026-02-18",
     .span = "yesterday", .type = "DATE", .value = "2026-02-17", .first = "2026-02-17", .last = "2026-02-17"},
    {.text = "Tuesday's session ran beyond four hours.", .dct = "2026-02-18", .span = "Tuesday", .type = "DATE",
     .value = "2026-02-17", .first = "2026-02-17", .last = "2026-02-17"},
    {.text = "Tuesday's session ran beyond four hours.", .dct = "2026-02-18", .span = "four hours",
     .type = "DURATION", .value = "PT4H"},
    {.text = "The president revealed late Tuesday that missiles were fired.", .dct = "2026-02-18",
     .span = "late Tuesday", .type = "DATE", .value = "2026-02-17", .first = "2026-02-17",
     .last = "2026-02-17"},
};

/* Not temporal expressions in TimeML (TimeBank and AQUAINT never tag
 * ages), nor look-alikes of codes ("H2"): each text must come out with no
 * timex at all. */
static const char *const untagged[] = {
    "The nearly four-year-old conflict continues.",
    "The drone killed a 12-year-old boy.",
    "The paper pays a quarterly dividend.",
    "About three-quarters of the shares were sold.",
    "The company bought 1,990 trucks and paid $2000 for 2010 permits.",
    "He drove an H2 truck to the plant next to the station.",
    "He served in the 3rd division and lived on the 4th floor.",
    "In the year since the attack, the town rebuilt its school.",
    "Banks borrowed at overnight rates after an overnight curfew.",
    "The team was named the best of the year by the league.",
    "Two men and a dog met some friends, and many more came by.",
    "A car drove into a Christmas market and the Easter eggs were found.",
};

START_TEST(test_untagged) {
  for (size_t i = 0; i < sizeof untagged / sizeof untagged[0]; i++) {
    tl_timex_list l = {0};
    ck_assert_int_eq(tl_timex_tag(&l, untagged[i], strlen(untagged[i]), tday("2025-12-06")), 0);
    ck_assert_msg(l.count == 0, "tagged '%.*s' in: %s", l.count ? (int)(l.items[0].end - l.items[0].start) : 0,
                  l.count ? untagged[i] + l.items[0].start : "", untagged[i]);
    tl_timex_list_free(&l);
  }
}
END_TEST

/* ranges of days: the first and the last day are each an expression of
 * the same month (and year, when it is written after the last day) */
static const tcase_t ranges[] = {
    {.text = "Leaders met in Rome on June 5-7 to discuss trade.", .dct = "2025-06-10", .span = "June 5",
     .type = "DATE", .value = "2025-06-05", .first = "2025-06-05", .last = "2025-06-05"},
    {.text = "Leaders met in Rome on June 5-7 to discuss trade.", .dct = "2025-06-10", .span = "7", .type = "DATE",
     .value = "2025-06-07", .first = "2025-06-07", .last = "2025-06-07"},
    {.text = "The summit, held June 5-7, 2024, ended without a deal.", .dct = "2025-06-10", .span = "June 5",
     .type = "DATE", .value = "2024-06-05", .first = "2024-06-05", .last = "2024-06-05"},
    {.text = "The summit, held June 5-7, 2024, ended without a deal.", .dct = "2025-06-10", .span = "7, 2024",
     .type = "DATE", .value = "2024-06-07", .first = "2024-06-07", .last = "2024-06-07"},
    {.text = "Envoys met in Geneva on 2-3 June.", .dct = "2025-06-10", .span = "2", .type = "DATE",
     .value = "2025-06-02", .first = "2025-06-02", .last = "2025-06-02"},
    {.text = "Envoys met in Geneva on 2-3 June.", .dct = "2025-06-10", .span = "3 June", .type = "DATE",
     .value = "2025-06-03", .first = "2025-06-03", .last = "2025-06-03"},
    {.text = "Talks ran from Dec. 4 to 6 in Doha.", .dct = "2025-12-10", .span = "6", .type = "DATE",
     .value = "2025-12-06", .first = "2025-12-06", .last = "2025-12-06"},
    {.text = "Between 12 and 14 March 2025 the envoys met.", .dct = "2025-11-21", .span = "12", .type = "DATE",
     .value = "2025-03-12", .first = "2025-03-12", .last = "2025-03-12"},
    /* a range of weekdays ends after it starts; a past one lies before
     * publication (the DCT 2026-03-10 is a Tuesday) */
    {.text = "The fair runs from Monday to Wednesday in Lyon.", .dct = "2026-03-10", .span = "Wednesday",
     .type = "DATE", .value = "2026-03-11", .first = "2026-03-11", .last = "2026-03-11"},
    {.text = "The port was shut Monday-Wednesday by the strike.", .dct = "2026-03-10", .span = "Monday",
     .type = "DATE", .value = "2026-03-02", .first = "2026-03-02", .last = "2026-03-02"},
    {.text = "The port was shut Monday-Wednesday by the strike.", .dct = "2026-03-10", .span = "Wednesday",
     .type = "DATE", .value = "2026-03-04", .first = "2026-03-04", .last = "2026-03-04"},
    {.text = "Envoys will meet between Thursday and Saturday.", .dct = "2026-03-13", .span = "Saturday",
     .type = "DATE", .value = "2026-03-21", .first = "2026-03-21", .last = "2026-03-21"},
};

/* holidays by rule: fixed days, N-th weekdays, days counted from Easter
 * or from Thanksgiving, names with an apostrophe */
static const tcase_t holidays[] = {
    {.text = "The march took place on Good Friday.", .dct = "2025-05-20", .span = "Good Friday", .type = "DATE",
     .value = "2025-04-18", .first = "2025-04-18", .last = "2025-04-18"},
    {.text = "Shoppers lined up on Black Friday.", .dct = "2025-12-03", .span = "Black Friday", .type = "DATE",
     .value = "2025-11-28", .first = "2025-11-28", .last = "2025-11-28"},
    /* November 2024 began on a Friday: the fourth Friday is not the day
     * after Thanksgiving */
    {.text = "Online sales peaked on Cyber Monday.", .dct = "2024-12-10", .span = "Cyber Monday", .type = "DATE",
     .value = "2024-12-02", .first = "2024-12-02", .last = "2024-12-02"},
    /* the Tuesday after the first Monday: November 2022 began on a Tuesday */
    {.text = "Voters go to the polls on Election Day.", .dct = "2022-10-20", .span = "Election Day", .type = "DATE",
     .value = "2022-11-08", .first = "2022-11-08", .last = "2022-11-08"},
    {.text = "The party is on New Year's Eve.", .dct = "2025-12-10", .span = "New Year's Eve", .type = "DATE",
     .value = "2025-12-31", .first = "2025-12-31", .last = "2025-12-31"},
    {.text = "Schools close on Martin Luther King Day.", .dct = "2025-12-10", .span = "Martin Luther King Day",
     .type = "DATE", .value = "2026-01-19", .first = "2026-01-19", .last = "2026-01-19"},
    {.text = "Rallies were held on Juneteenth.", .dct = "2025-07-01", .span = "Juneteenth", .type = "DATE",
     .value = "2025-06-19", .first = "2025-06-19", .last = "2025-06-19"},
};

/* typographic apostrophes, dashes and spaces read as their ASCII forms */
static const tcase_t typographic[] = {
    {.text = "They wed on Valentine\u2019s Day.", .dct = "2025-03-01", .span = "Valentine\u2019s Day",
     .type = "DATE", .value = "2025-02-14", .first = "2025-02-14", .last = "2025-02-14"},
    {.text = "Tuesday\u2019s vote was close.", .dct = "2025-11-21", .span = "Tuesday", .type = "DATE",
     .value = "2025-11-18", .first = "2025-11-18", .last = "2025-11-18"},
    {.text = "Leaders met in Rome on June 5\u20137 to discuss trade.", .dct = "2025-06-10", .span = "7",
     .type = "DATE", .value = "2025-06-07", .first = "2025-06-07", .last = "2025-06-07"},
    {.text = "The vote opens at 10\u00a0a.m. Friday.", .dct = "2025-11-19", .span = "10\u00a0a.m. Friday",
     .type = "TIME", .value = "2025-11-21T10:00"},
};

/* the present of a verb of scheduled events points ahead */
static const tcase_t scheduled[] = {
    {.text = "The trial opens Monday, prosecutors said.", .dct = "2025-11-22", .span = "Monday", .type = "DATE",
     .value = "2025-11-24", .first = "2025-11-24", .last = "2025-11-24"},
    {.text = "The season starts Friday.", .dct = "2025-11-22", .span = "Friday", .type = "DATE",
     .value = "2025-11-28", .first = "2025-11-28", .last = "2025-11-28"},
    {.text = "Biden said he would travel to Ohio on Monday.", .dct = "2025-01-02", .span = "Monday",
     .type = "DATE", .value = "2025-01-06", .first = "2025-01-06", .last = "2025-01-06"},
    /* an ending and an awaited day are ahead; "due" points ahead before
     * by/in/on, and "due to" a noun is a cause (DCT: Friday 2013-03-15) */
    {.text = "The vote takes place Sunday.", .dct = "2013-03-15", .span = "Sunday", .type = "DATE",
     .value = "2013-03-17", .first = "2013-03-17", .last = "2013-03-17"},
    {.text = "The two-day summit ends Tuesday.", .dct = "2013-03-15", .span = "Tuesday", .type = "DATE",
     .value = "2013-03-19", .first = "2013-03-19", .last = "2013-03-19"},
    {.text = "Investors await Wednesday's rate decision.", .dct = "2013-03-15", .span = "Wednesday",
     .type = "DATE", .value = "2013-03-20", .first = "2013-03-20", .last = "2013-03-20"},
    {.text = "The vote is due by mid-December.", .dct = "2013-03-15", .span = "mid-December", .type = "DATE",
     .value = "2013-12", .first = "2013-12-01", .last = "2013-12-31"},
    {.text = "The firm cut its payout due to its third-quarter loss.", .dct = "1998-01-01",
     .span = "third-quarter", .type = "DATE", .value = "1997-Q3", .first = "1997-07-01", .last = "1997-09-30"},
};

/* frequencies, years with an apostrophe, halves of a relative year, the
 * weekend after a date */
static const tcase_t news_forms[] = {
    /* a bare clock time takes the day under discussion, also when a time
     * of day named it; "since" a month looks back */
    {.text = "The quake struck on Monday afternoon. Officials said on Tuesday that it hit at 4:10 p.m.",
     .dct = "2024-01-02", .span = "4:10 p.m.", .type = "TIME", .value = "2024-01-01T16:10"},
    {.text = "The parliament has been split since the July elections.", .dct = "2024-12-13", .span = "July",
     .type = "DATE", .value = "2024-07", .first = "2024-07-01", .last = "2024-07-31"},
    /* British clock times and fortnights */
    {.text = "The strike began at 2.30pm on Tuesday.", .dct = "2026-03-10", .span = "2.30pm", .type = "TIME",
     .value = "2026-03-10T14:30"},
    {.text = "Shots were heard at 9.45 a.m. Friday near the port.", .dct = "2026-03-10", .span = "9.45 a.m. Friday",
     .type = "TIME", .value = "2026-03-06T09:45"},
    {.text = "The vote was held a fortnight ago in Leeds.", .dct = "2026-03-10", .span = "a fortnight ago",
     .type = "DATE", .value = "2026-W09", .first = "2026-02-23", .last = "2026-03-01"},
    {.text = "In the past fortnight prices doubled.", .dct = "2026-03-10", .span = "the past fortnight",
     .type = "DURATION", .value = "P2W"},
    {.text = "The deal must be signed by the 20th, an aide said.", .dct = "2026-03-10", .span = "the 20th",
     .type = "DATE", .value = "2026-03-20", .first = "2026-03-20", .last = "2026-03-20"},
    {.text = "The board meets twice a year.", .dct = "2025-11-21", .span = "twice a year", .type = "SET",
     .value = "P1Y"},
    {.text = "They meet three times a month.", .dct = "2025-11-21", .span = "three times a month", .type = "SET",
     .value = "P1M"},
    {.text = "The magazine appears every other week.", .dct = "2025-11-21", .span = "every other week",
     .type = "SET", .value = "P2W"},
    {.text = "The law was amended in '08.", .dct = "2025-11-21", .span = "'08", .type = "DATE", .value = "2008",
     .first = "2008-01-01", .last = "2008-12-31"},
    {.text = "Music changed in the late '80s.", .dct = "2025-11-21", .span = "late '80s", .type = "DATE",
     .value = "198", .first = "1980-01-01", .last = "1989-12-31"},
    {.text = "Deliveries begin in the second half of next year.", .dct = "2025-11-21",
     .span = "the second half of next year", .type = "DATE", .value = "2026-H2", .first = "2026-07-01",
     .last = "2026-12-31"},
    {.text = "The accord was signed on 21.11.2025 in Bern.", .dct = "2026-11-21", .span = "21.11.2025",
     .type = "DATE", .value = "2025-11-21", .first = "2025-11-21", .last = "2025-11-21"},
    {.text = "The 2024-25 budget was passed.", .dct = "2026-11-21", .span = "2024-25", .type = "DATE",
     .value = "2024", .first = "2024-01-01", .last = "2025-12-31"},
    {.text = "Heating costs soared in winter 2025-26.", .dct = "2026-11-21", .span = "winter 2025", .type = "DATE",
     .value = "2025-WI", .first = "2025-12-01", .last = "2026-02-28"},
    {.text = "Fighting eased in the first week of March.", .dct = "2026-11-21", .span = "the first week of March",
     .type = "DATE", .value = "2026-W10", .first = "2026-03-02", .last = "2026-03-08"},
    {.text = "The envoy arrived on Dec. 2. The same week, talks stalled.", .dct = "2025-12-20",
     .span = "The same week", .type = "DATE", .value = "2025-W49", .first = "2025-12-01", .last = "2025-12-07"},
    {.text = "The vote was on Oct. 3. Prices rose earlier in the year.", .dct = "2025-12-20",
     .span = "earlier in the year", .type = "DATE", .value = "2025", .first = "2025-01-01", .last = "2025-12-31"},
    /* the weekday written before a date picks its year */
    {.text = "The company will report earnings on Thursday, Oct. 30.", .dct = "2025-11-21",
     .span = "Thursday, Oct. 30", .type = "DATE", .value = "2025-10-30", .first = "2025-10-30", .last = "2025-10-30"},
    /* a quarter a plan is for lies ahead; a reported one does not */
    {.text = "The merger is expected to close in the first quarter.", .dct = "2025-11-21",
     .span = "the first quarter", .type = "DATE", .value = "2026-Q1", .first = "2026-01-01", .last = "2026-03-31"},
    {.text = "The bank plans to restructure after a third-quarter loss.", .dct = "2025-11-21",
     .span = "third-quarter", .type = "DATE", .value = "2025-Q3", .first = "2025-07-01", .last = "2025-09-30"},
    /* a day of a month counted from the publication date */
    {.text = "The ban takes effect on the first of next month.", .dct = "2025-06-26",
     .span = "the first of next month", .type = "DATE", .value = "2025-07-01", .first = "2025-07-01",
     .last = "2025-07-01"},
    {.text = "The offer ends on the last day of the month.", .dct = "2025-06-26", .span = "the last day of the month",
     .type = "DATE", .value = "2025-06-30", .first = "2025-06-30", .last = "2025-06-30"},
    /* an intention points ahead of itself; the day of the vow does not */
    {.text = "The sides had agreed to begin expert talks on Wednesday.", .dct = "2025-04-20", .span = "Wednesday",
     .type = "DATE", .value = "2025-04-23", .first = "2025-04-23", .last = "2025-04-23"},
    {.text = "The president Saturday vowed to hunt down the bombers.", .dct = "2025-04-23", .span = "Saturday",
     .type = "DATE", .value = "2025-04-19", .first = "2025-04-19", .last = "2025-04-19"},
    {.text = "They agreed on Friday to meet again.", .dct = "2025-04-16", .span = "Friday", .type = "DATE",
     .value = "2025-04-11", .first = "2025-04-11", .last = "2025-04-11"},
    /* ... but a deal agreed is the agreement's day */
    {.text = "The chipmaker agreed to buy its rival on Tuesday.", .dct = "2025-04-16", .span = "Tuesday",
     .type = "DATE", .value = "2025-04-15", .first = "2025-04-15", .last = "2025-04-15"},
    /* "overnight" is the night before publication; "a year ago today" that day */
    {.text = "Russia launched drones at Kyiv overnight, officials said.", .dct = "2025-06-18",
     .span = "overnight", .type = "TIME", .value = "2025-06-17TNI", .first = "2025-06-17", .last = "2025-06-17"},
    {.text = "The war began three years ago today.", .dct = "2025-02-24", .span = "three years ago today",
     .type = "DATE", .value = "2022-02-24", .first = "2022-02-24", .last = "2022-02-24"},
    /* "the previous week" is the week before the date under discussion */
    {.text = "The agency said on Wednesday that it had opened an inquiry the previous week.", .dct = "2025-11-21",
     .span = "the previous week", .type = "DATE", .value = "2025-W46", .first = "2025-11-10", .last = "2025-11-16"},
    {.text = "Turnout was low before the July election.", .dct = "2025-11-10", .span = "July", .type = "DATE",
     .value = "2025-07", .first = "2025-07-01", .last = "2025-07-31"},
    {.text = "Talks resume after the New Year holiday.", .dct = "2025-12-20", .span = "New Year", .type = "DATE",
     .value = "2026-01-01", .first = "2026-01-01", .last = "2026-01-01"},
    {.text = "They met on Tuesday, March 3. Protesters returned the following weekend.", .dct = "2026-11-21",
     .span = "the following weekend", .type = "DATE", .value = "2026-W10-WE", .first = "2026-03-07",
     .last = "2026-03-08"},
};

/* holidays that name something else */
START_TEST(test_holiday_names) {
  const char *t = "Negotiators signed the Good Friday Agreement in 1998. Crowds lined the Thanksgiving Day Parade. "
                  "Families travelled home for Lunar New Year.";
  tl_timex_list l = {0};
  ck_assert_int_eq(tl_timex_tag(&l, t, strlen(t), tday("2025-06-10")), 0);
  ck_assert_uint_eq(l.count, 1);
  ck_assert_str_eq(l.items[0].value, "1998");
  tl_timex_list_free(&l);
}
END_TEST

START_TEST(test_holidays) { RUN_ALL(holidays); }
END_TEST

START_TEST(test_typographic) { RUN_ALL(typographic); }
END_TEST

START_TEST(test_scheduled) { RUN_ALL(scheduled); }
END_TEST

/* a distance is no frequency, a quoted number no year, a version no date */
START_TEST(test_not_frequencies) {
  const char *t = "He was once a year ahead of his class. He said '90 percent' of it. Version 1.10.2025.3 shipped.";
  tl_timex_list l = {0};
  ck_assert_int_eq(tl_timex_tag(&l, t, strlen(t), tday("2025-06-10")), 0);
  for (size_t i = 0; i < l.count; i++)
    ck_assert_msg(l.items[i].type != TL_TIMEX_SET && strcmp(l.items[i].value, "1990") != 0 &&
                      strcmp(l.items[i].value, "2025-10-01") != 0,
                  "'%.*s' tagged as %s",
                  (int)(l.items[i].end - l.items[i].start), t + l.items[i].start, l.items[i].value);
  tl_timex_list_free(&l);
}
END_TEST

START_TEST(test_news_forms) { RUN_ALL(news_forms); }
END_TEST

/* The tagger skips a sentence with no digit and no temporal word other
 * than a number word (sentence_may_tag); these expressions are each in a
 * sentence whose only temporal words are an ordinal, number words or
 * "fortnight", and must still be found.  The first sentence leaves long
 * words in the token buffer under the short ones of the last, which must
 * still read as "the" and "week" (is_word compares eight bytes). */
static const tcase_t filtered[] = {
    {.text = "Extraordinary circumstances overwhelmed everybody. Payments resume on the fifth.", .dct = "2025-06-10",
     .span = "the fifth", .type = "DATE", .value = "2025-06-05"},
    {.text = "The treaty dates from nineteen eighty-four.", .dct = "2025-06-10", .span = "nineteen eighty-four",
     .type = "DATE", .value = "1984"},
    {.text = "The strike ended a fortnight ago.", .dct = "2025-06-10", .span = "a fortnight ago", .type = "DATE",
     .value = "2025-W22"},
    {.text = "Extraordinary circumstances overwhelmed everybody yesterday. It ended last week.",
     .dct = "2025-06-10", .span = "last week", .type = "DATE", .value = "2025-W23"},
};

START_TEST(test_filtered) { RUN_ALL(filtered); }
END_TEST

/* numbers after a date that are not its last day */
START_TEST(test_not_ranges) {
  const char *t = "On June 5 to 7 million viewers watched. Prices rose on June 3-4% a day. He left on June 9 at 10:30.";
  tl_timex_list l = {0};
  ck_assert_int_eq(tl_timex_tag(&l, t, strlen(t), tday("2025-06-10")), 0);
  for (size_t i = 0; i < l.count; i++)
    ck_assert_msg(l.items[i].rule == NULL || strncmp(l.items[i].rule, "day_range", 9) != 0, "'%.*s' tagged as a day",
                  (int)(l.items[i].end - l.items[i].start), t + l.items[i].start);
  tl_timex_list_free(&l);
}
END_TEST

START_TEST(test_ranges) { RUN_ALL(ranges); }
END_TEST

START_TEST(test_absolute) { RUN_ALL(absolute); }
END_TEST
START_TEST(test_weekdays) { RUN_ALL(weekdays); }
END_TEST
START_TEST(test_relative) { RUN_ALL(relative); }
END_TEST
START_TEST(test_durations) { RUN_ALL(durations); }
END_TEST
START_TEST(test_financial) { RUN_ALL(financial); }
END_TEST
START_TEST(test_named) { RUN_ALL(named); }
END_TEST
START_TEST(test_seeds) { RUN_ALL(seeds); }
END_TEST

START_TEST(test_offsets_and_order) {
  const char *t = "On Monday and on 2025-12-09 they met. \xD7\xA9 Later on Friday too.";
  tl_timex_list l = {0};
  ck_assert_int_eq(tl_timex_tag(&l, t, strlen(t), tday("2025-12-10")), 0);
  ck_assert_uint_eq(l.count, 3);
  for (size_t i = 0; i < l.count; i++) {
    ck_assert_uint_lt(l.items[i].start, l.items[i].end);
    if (i)
      ck_assert_uint_le(l.items[i - 1].end, l.items[i].start);
  }
  ck_assert_int_eq(strncmp(t + l.items[2].start, "Friday", 6), 0);
  tl_timex_list_free(&l);
}
END_TEST

START_TEST(test_no_false_dates) {
  const char *t = "May I ask what he will march for? The 2,500 troops and 116 drones.";
  tl_timex_list l = {0};
  ck_assert_int_eq(tl_timex_tag(&l, t, strlen(t), tday("2025-12-10")), 0);
  ck_assert_uint_eq(l.count, 0);
  tl_timex_list_free(&l);
}
END_TEST

/* TimeML output: the text escaped by libxml2, relative expressions
 * pointing at the DCT or at the expression they count from. */
START_TEST(test_timeml) {
  const char *t = "Talks ended on March 3 <b>&</b>. Three days later the army left.";
  tl_timex_list l = {0};
  tl_day dct = tday("2025-06-18");
  ck_assert_int_eq(tl_timex_tag(&l, t, strlen(t), dct), 0);
  char *doc = tl_export_timeml(t, strlen(t), &l, dct);
  ck_assert_ptr_nonnull(doc);
  ck_assert_ptr_nonnull(strstr(doc, "<TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-06-18\" "
                                    "functionInDocument=\"CREATION_TIME\">2025-06-18</TIMEX3>"));
  ck_assert_ptr_nonnull(strstr(doc, "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-03-03\" "
                                    "temporalFunction=\"true\" anchorTimeID=\"t0\">March 3</TIMEX3>"));
  ck_assert_ptr_nonnull(strstr(doc, "&lt;b&gt;&amp;&lt;/b&gt;"));
  ck_assert_ptr_nonnull(strstr(doc, "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2025-03-06\" "
                                    "temporalFunction=\"true\" anchorTimeID=\"t1\">Three days later</TIMEX3>"));
  free(doc);
  tl_timex_list_free(&l);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("timex");
  struct {
    const char *name;
    const TTest *fn;
  } tcs[] = {{"absolute", test_absolute},   {"weekdays", test_weekdays}, {"relative", test_relative},
             {"durations", test_durations}, {"seeds", test_seeds},       {"offsets", test_offsets_and_order},
             {"false_dates", test_no_false_dates}, {"untagged", test_untagged},
             {"financial", test_financial}, {"named", test_named},       {"timeml", test_timeml},
             {"ranges", test_ranges},       {"not_ranges", test_not_ranges},
             {"holidays", test_holidays},   {"holiday_names", test_holiday_names},
             {"typographic", test_typographic}, {"scheduled", test_scheduled},
             {"news_forms", test_news_forms}, {"not_frequencies", test_not_frequencies},
             {"filtered", test_filtered}};
  for (size_t i = 0; i < sizeof tcs / sizeof tcs[0]; i++) {
    TCase *tc = tcase_create(tcs[i].name);
    tcase_add_test(tc, tcs[i].fn);
    suite_add_tcase(s, tc);
  }
  return s;
}

TL_CHECK_MAIN(suite)
