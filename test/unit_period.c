/*
 * unit_period.c
 *		Unit tests for the date and period arithmetic (src/pc_period.c):
 *		worked examples and edge cases.  The brute-force walks and random
 *		checks are in test/unit_period_walk.c.
 *
 * The checks are those of test/check.h, as in unit_core.c: one line
 * (file:line and the expression) for each failure, and always the last line
 * "unit_period: N passed, M failed"; the exit status is 1 when M is not
 * zero.
 *
 * Expected values are either worked out by hand (the comments show how) or
 * computed by the reference calendar of test/ref_calendar.h, which walks the
 * calendar one day at a time with its own month table and leap rule and
 * never calls the closed-form code under test.
 *
 * Built with: gcc -Wall -Wextra -Werror -std=c99 -O1 -g -Isrc
 *             src/pc_core.c src/pc_period.c test/unit_period.c
 */
#include "pc_period.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "ref_calendar.h"

#define RNG_SEED	UINT64_C(0x2545F4914F6CDD1D)
#include "rng.h"

/* ------------------------------------------------------------ helpers */

/* Day numbers of a few anchors, checked by hand in test_known_dates. */
#define D_1990_01_01	(-3652)
#define D_2040_12_31	14975

/* Day number of y-m-d that must exist; -99999999 if the core refuses it. */
static int32_t
ymd(int y, int m, int d)
{
	int32_t		v = pc_date_from_ymd(y, m, d);

	return v == PC_DATE_INVALID ? -99999999 : v;
}

/* Reference rounding of p / 60, halves away from zero; p fits int64. */
static int64_t
ref_div60_round(int64_t p)
{
	int64_t		q = p / 60;
	int64_t		r = p % 60;

	if (r >= 30)
		q++;
	else if (r <= -30)
		q--;
	return q;
}

/* ----------------------------------------------------------- calendar */

static void
test_known_dates(void)
{
	static const struct
	{
		int			y,
					m,
					d;
		int32_t		day;
		int			wd;
	}			known[] =
	{
		/* the epoch: PostgreSQL's DateADT 0; it was a Saturday */
		{2000, 1, 1, 0, 6},
		{1999, 12, 31, -1, 5},
		/* 2000 is a leap year (divisible by 400): Jan 31 + Feb 29 = 60 */
		{2000, 2, 29, 59, 2},
		{2000, 3, 1, 60, 3},
		/* 2000..2025: 26 x 365 + 7 leap days (2000, 04, ..., 24) = 9497 */
		{2026, 1, 1, 9497, 4},
		/* + Jan..Oct (304) + 22 */
		{2026, 11, 23, 9823, 1},
		/* 2000..2023: 24 x 365 + 6 = 8766; + 31 + 28 */
		{2024, 1, 1, 8766, 1},
		{2024, 2, 29, 8825, 4},
		{2026, 3, 1, 9556, 7},
		{2026, 3, 31, 9586, 2},
		{2026, 12, 28, 9858, 1},
		{2027, 1, 3, 9864, 7},
		/* the Unix epoch, 30 x 365 + 7 days earlier */
		{1970, 1, 1, -10957, 4},
		/* 10 x 365 + 2 leap days (1992, 1996) before the epoch */
		{1990, 1, 1, D_1990_01_01, 1},
		/* 41 x 365 + 11 leap days (2000..2040) after it, less one */
		{2040, 12, 31, D_2040_12_31, 1},
		/* 1900 and 2100 are not leap years (divisible by 100, not 400) */
		{1900, 2, 28, -36466, 3},
		{1900, 3, 1, -36465, 4},
		{2100, 2, 28, 36583, 7},
		{2100, 3, 1, 36584, 1},
		/* ends of the supported range: 1999 years with 484 leap days */
		{1, 1, 1, PC_DATE_MIN, 1},
		/* 8000 years are 20 eras of 146097 days */
		{9999, 12, 31, PC_DATE_MAX, 5},
	};
	size_t		i;

	CHECK(PC_DATE_MIN == -(1999 * 365 + 499 - 19 + 4));
	CHECK(PC_DATE_MAX == 20 * 146097 - 1);
	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
	{
		int			y = -1,
					m = -1,
					d = -1;

		CHECKF(pc_date_from_ymd(known[i].y, known[i].m, known[i].d) ==
			   known[i].day, "%04d-%02d-%02d gave %ld want %ld",
			   known[i].y, known[i].m, known[i].d,
			   (long) pc_date_from_ymd(known[i].y, known[i].m, known[i].d),
			   (long) known[i].day);
		pc_date_to_ymd(known[i].day, &y, &m, &d);
		CHECKF(y == known[i].y && m == known[i].m && d == known[i].d,
			   "day %ld gave %04d-%02d-%02d", (long) known[i].day, y, m, d);
		CHECKF(pc_iso_weekday(known[i].day) == known[i].wd,
			   "weekday of %04d-%02d-%02d is %d want %d", known[i].y,
			   known[i].m, known[i].d, pc_iso_weekday(known[i].day),
			   known[i].wd);
	}
}

static void
test_validity(void)
{
	/* the months of 2026, a common year, January to December */
	static const int len_2026[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	30, 31};
	int			m;

	/* leap days */
	CHECK(pc_date_is_valid_ymd(2024, 2, 29));
	CHECK(pc_date_is_valid_ymd(2000, 2, 29));
	CHECK(pc_date_is_valid_ymd(1600, 2, 29));
	CHECK(!pc_date_is_valid_ymd(2025, 2, 29));
	CHECK(!pc_date_is_valid_ymd(1900, 2, 29));
	CHECK(!pc_date_is_valid_ymd(2100, 2, 29));
	CHECK(!pc_date_is_valid_ymd(2024, 2, 30));

	/* months and days out of range */
	CHECK(!pc_date_is_valid_ymd(2026, 4, 31));
	CHECK(pc_date_is_valid_ymd(2026, 4, 30));
	CHECK(!pc_date_is_valid_ymd(2026, 0, 1));
	CHECK(!pc_date_is_valid_ymd(2026, 13, 1));
	CHECK(!pc_date_is_valid_ymd(2026, 1, 0));
	CHECK(!pc_date_is_valid_ymd(2026, 1, 32));
	CHECK(!pc_date_is_valid_ymd(2026, -1, 1));
	CHECK(!pc_date_is_valid_ymd(2026, 1, -1));
	CHECK(!pc_date_is_valid_ymd(INT_MIN, INT_MIN, INT_MIN));
	CHECK(!pc_date_is_valid_ymd(INT_MAX, INT_MAX, INT_MAX));

	/* the supported years */
	CHECK(pc_date_is_valid_ymd(1, 1, 1));
	CHECK(pc_date_is_valid_ymd(9999, 12, 31));
	CHECK(!pc_date_is_valid_ymd(0, 12, 31));
	CHECK(!pc_date_is_valid_ymd(10000, 1, 1));
	CHECK(!pc_date_is_valid_ymd(-1, 1, 1));

	/* from_ymd refuses exactly what is_valid refuses */
	CHECK(pc_date_from_ymd(2025, 2, 29) == PC_DATE_INVALID);
	CHECK(pc_date_from_ymd(2026, 13, 1) == PC_DATE_INVALID);
	CHECK(pc_date_from_ymd(0, 1, 1) == PC_DATE_INVALID);
	CHECK(pc_date_from_ymd(10000, 1, 1) == PC_DATE_INVALID);
	CHECK(pc_date_from_ymd(INT_MAX, 12, 31) == PC_DATE_INVALID);

	/* month lengths: a whole common year, then February by the leap rule */
	for (m = 1; m <= 12; m++)
		CHECKF(pc_days_in_month(2026, m) == len_2026[m - 1],
			   "2026-%02d has %d days, want %d", m, pc_days_in_month(2026, m),
			   len_2026[m - 1]);
	CHECK(pc_days_in_month(2024, 2) == 29);
	CHECK(pc_days_in_month(2000, 2) == 29);
	CHECK(pc_days_in_month(1900, 2) == 28);
	CHECK(pc_days_in_month(2100, 2) == 28);
	CHECK(pc_days_in_month(2400, 2) == 29);
	CHECK(pc_days_in_month(2026, 0) == 0);
	CHECK(pc_days_in_month(2026, 13) == 0);
	CHECK(pc_days_in_month(2026, INT_MIN) == 0);
	/* the leap rule goes on outside 1..9999 (year 0 = 1 BC is leap) */
	CHECK(pc_days_in_month(0, 2) == 29);
	CHECK(pc_days_in_month(-100, 2) == 28);
	CHECK(pc_days_in_month(-400, 2) == 29);
	CHECK(pc_days_in_month(INT_MAX, 2) == 28);
	CHECK(pc_days_in_month(INT_MIN, 2) == 29);	/* -2^31: by 4, not by 100 */
}

static void
test_month_bounds(void)
{
	CHECK(pc_month_first_day(ymd(2026, 3, 17)) == ymd(2026, 3, 1));
	CHECK(pc_month_last_day(ymd(2026, 3, 17)) == ymd(2026, 3, 31));
	CHECK(pc_month_first_day(ymd(2026, 3, 1)) == ymd(2026, 3, 1));
	CHECK(pc_month_last_day(ymd(2026, 3, 31)) == ymd(2026, 3, 31));
	CHECK(pc_month_last_day(ymd(2024, 2, 1)) == ymd(2024, 2, 29));
	CHECK(pc_month_last_day(ymd(2026, 2, 1)) == ymd(2026, 2, 28));
	CHECK(pc_month_last_day(ymd(1900, 2, 10)) == ymd(1900, 2, 28));
	CHECK(pc_month_first_day(0) == 0);
	CHECK(pc_month_last_day(-1) == -1);
	CHECK(pc_month_first_day(-1) == ymd(1999, 12, 1));
	CHECK(pc_month_first_day(PC_DATE_MIN) == PC_DATE_MIN);
	CHECK(pc_month_last_day(PC_DATE_MAX) == PC_DATE_MAX);
	CHECK(pc_month_first_day(PC_DATE_MAX) == ymd(9999, 12, 1));
}

/* ------------------------------------------------------------ periods */

static void
test_periods(void)
{
	int32_t		mar1 = ymd(2026, 3, 1);
	int32_t		mar31 = ymd(2026, 3, 31);

	/* one calendar month */
	CHECK(pc_period_in_one_month(mar1, mar31));
	CHECK(pc_period_in_one_month(mar1, mar1));
	CHECK(pc_period_in_one_month(ymd(2026, 3, 10), ymd(2026, 3, 20)));
	CHECK(!pc_period_in_one_month(mar31, mar1));	/* reversed */
	CHECK(!pc_period_in_one_month(mar1, ymd(2026, 4, 1)));
	CHECK(!pc_period_in_one_month(ymd(2026, 2, 28), mar1));
	CHECK(!pc_period_in_one_month(ymd(2025, 3, 1), ymd(2026, 3, 31)));
	CHECK(!pc_period_in_one_month(ymd(2026, 12, 31), ymd(2027, 1, 1)));

	/* inclusive day counts */
	CHECK(pc_period_days(mar1, mar31) == 31);
	CHECK(pc_period_days(mar1, mar1) == 1);
	CHECK(pc_period_days(mar31, mar1) == 0);
	CHECK(pc_period_days(ymd(2024, 2, 1), ymd(2024, 2, 29)) == 29);
	CHECK(pc_period_days(ymd(2026, 1, 1), ymd(2026, 12, 31)) == 365);
	CHECK(pc_period_days(ymd(2024, 1, 1), ymd(2024, 12, 31)) == 366);
	CHECK(pc_period_days(PC_DATE_MIN, PC_DATE_MAX) == 3652059);
	CHECK(pc_period_days(-5, -1) == 5);
	CHECK(pc_period_days(-1, 0) == 2);
	/* saturates instead of overflowing */
	CHECK(pc_period_days(INT32_MIN, INT32_MAX) == INT32_MAX);
	CHECK(pc_period_days(INT32_MIN, -1) == INT32_MAX);	/* 2^31 */
	CHECK(pc_period_days(INT32_MIN, -2) == INT32_MAX);	/* 2^31 - 1 */
	CHECK(pc_period_days(INT32_MIN, -3) == INT32_MAX - 1);
	CHECK(pc_period_days(INT32_MAX, INT32_MIN) == 0);

	/*
	 * ISO weeks touching.  2026-11-23 is a Monday, so 23..29 is one week;
	 * 2026-11-25 (Wed) .. 2026-12-02 (Wed) touches two.
	 */
	CHECK(pc_iso_weeks_touching(ymd(2026, 11, 23), ymd(2026, 11, 23)) == 1);
	CHECK(pc_iso_weeks_touching(ymd(2026, 11, 23), ymd(2026, 11, 29)) == 1);
	CHECK(pc_iso_weeks_touching(ymd(2026, 11, 25), ymd(2026, 11, 27)) == 1);
	CHECK(pc_iso_weeks_touching(ymd(2026, 11, 29), ymd(2026, 11, 30)) == 2);
	CHECK(pc_iso_weeks_touching(ymd(2026, 11, 25), ymd(2026, 12, 2)) == 2);
	CHECK(pc_iso_weeks_touching(ymd(2026, 11, 23), ymd(2026, 11, 30)) == 2);
	CHECK(pc_iso_weeks_touching(ymd(2026, 11, 22), ymd(2026, 11, 29)) == 2);
	CHECK(pc_iso_weeks_touching(ymd(2026, 11, 22), ymd(2026, 11, 30)) == 3);

	/*
	 * March 2026: the 1st is a Sunday, the 31st a Tuesday.  Weeks:
	 * Feb 23-Mar 1, Mar 2-8, 9-15, 16-22, 23-29, Mar 30-Apr 5 = 6.
	 */
	CHECK(pc_iso_weeks_touching(mar1, mar31) == 6);
	CHECK(pc_iso_weeks_touching(ymd(2026, 3, 2), mar31) == 5);
	CHECK(pc_iso_weeks_touching(ymd(2026, 3, 2), ymd(2026, 3, 29)) == 4);
	/* February 2021: Monday 1st to Sunday 28th, exactly four weeks */
	CHECK(pc_iso_weeks_touching(ymd(2021, 2, 1), ymd(2021, 2, 28)) == 4);

	/*
	 * Across New Year: 2026-12-28 (Mon) .. 2027-01-03 (Sun) is ISO week 53
	 * of 2026, one week.  2020-12-31 (Thu) .. 2021-01-01 (Fri) likewise.
	 */
	CHECK(pc_iso_weeks_touching(ymd(2026, 12, 28), ymd(2027, 1, 3)) == 1);
	CHECK(pc_iso_weeks_touching(ymd(2026, 12, 28), ymd(2027, 1, 4)) == 2);
	CHECK(pc_iso_weeks_touching(ymd(2020, 12, 31), ymd(2021, 1, 1)) == 1);
	CHECK(pc_iso_weeks_touching(ymd(2026, 12, 27), ymd(2027, 1, 3)) == 2);

	/* empty, and the epoch (Sat 2000-01-01, Sun 01-02, Mon 01-03) */
	CHECK(pc_iso_weeks_touching(mar31, mar1) == 0);
	CHECK(pc_iso_weeks_touching(0, 1) == 1);
	CHECK(pc_iso_weeks_touching(0, 2) == 2);
	CHECK(pc_iso_weeks_touching(-1, 1) == 1);	/* Fri..Sun */
	/* a whole 2026 (Thu..Thu): 365 days = 52 weeks + 1 day, 53 weeks */
	CHECK(pc_iso_weeks_touching(ymd(2026, 1, 1), ymd(2026, 12, 31)) == 53);
	/* no overflow at the ends of int32 */
	CHECK(pc_iso_weeks_touching(INT32_MIN, INT32_MAX) > 613566756);
	CHECK(pc_iso_weeks_touching(INT32_MAX, INT32_MAX) == 1);

	/* months touching */
	CHECK(pc_months_touching(mar1, mar31) == 1);
	CHECK(pc_months_touching(mar31, mar31) == 1);
	CHECK(pc_months_touching(mar31, mar1) == 0);
	CHECK(pc_months_touching(ymd(2026, 1, 31), ymd(2026, 2, 1)) == 2);
	CHECK(pc_months_touching(ymd(2026, 1, 15), ymd(2026, 3, 10)) == 3);
	CHECK(pc_months_touching(ymd(2025, 12, 31), ymd(2026, 1, 1)) == 2);
	CHECK(pc_months_touching(ymd(2026, 1, 1), ymd(2026, 12, 31)) == 12);
	CHECK(pc_months_touching(ymd(2025, 11, 30), ymd(2027, 2, 1)) == 16);
	CHECK(pc_months_touching(PC_DATE_MIN, PC_DATE_MAX) == 9999 * 12);
	CHECK(pc_months_touching(INT32_MIN, INT32_MAX) > 140000000);
}

static void
test_allowed_volume(void)
{
	int32_t		mar1 = ymd(2026, 3, 1);
	int32_t		mar31 = ymd(2026, 3, 31);
	int32_t		apr1 = ymd(2026, 4, 1);

	/* March 2026: 31 days, 6 ISO weeks, 1 month */
	CHECK(pc_allowed_volume(2, PC_FREQ_DAY, mar1, mar31) == 62);
	CHECK(pc_allowed_volume(10, PC_FREQ_WEEK, mar1, mar31) == 60);
	CHECK(pc_allowed_volume(480, PC_FREQ_MONTH, mar1, mar31) == 480);
	CHECK(pc_allowed_volume(100, PC_FREQ_TOTAL, mar1, mar31) == 100);
	/* 2026-01-15..03-10 touches 3 months */
	CHECK(pc_allowed_volume(5, PC_FREQ_MONTH, ymd(2026, 1, 15),
							ymd(2026, 3, 10)) == 15);
	/* one day: the full weekly and monthly volume is available */
	CHECK(pc_allowed_volume(7, PC_FREQ_DAY, apr1, apr1) == 7);
	CHECK(pc_allowed_volume(7, PC_FREQ_WEEK, apr1, apr1) == 7);
	CHECK(pc_allowed_volume(7, PC_FREQ_MONTH, apr1, apr1) == 7);
	/* empty period: nothing, except the total which ignores the period */
	CHECK(pc_allowed_volume(7, PC_FREQ_DAY, apr1, mar31) == 0);
	CHECK(pc_allowed_volume(7, PC_FREQ_WEEK, apr1, mar31) == 0);
	CHECK(pc_allowed_volume(7, PC_FREQ_MONTH, apr1, mar31) == 0);
	CHECK(pc_allowed_volume(7, PC_FREQ_TOTAL, apr1, mar31) == 7);
	/* volume 0 */
	CHECK(pc_allowed_volume(0, PC_FREQ_WEEK, mar1, mar31) == 0);
	CHECK(pc_allowed_volume(0, PC_FREQ_TOTAL, mar1, mar31) == 0);
	/* bad arguments */
	CHECK(pc_allowed_volume(-1, PC_FREQ_DAY, mar1, mar31) == -1);
	CHECK(pc_allowed_volume(-1, PC_FREQ_TOTAL, mar1, mar31) == -1);
	CHECK(pc_allowed_volume(INT64_MIN, PC_FREQ_WEEK, mar1, mar31) == -1);
	CHECK(pc_allowed_volume(1, (pc_frequency) 4, mar1, mar31) == -1);
	CHECK(pc_allowed_volume(1, (pc_frequency) -1, mar1, mar31) == -1);
	/* the largest message volume over 10000 years: exact, no overflow */
	CHECK(pc_allowed_volume(99999999, PC_FREQ_DAY, PC_DATE_MIN, PC_DATE_MAX)
		  == INT64_C(99999999) * 3652059);
	CHECK(pc_allowed_volume(99999999, PC_FREQ_MONTH, PC_DATE_MIN,
							PC_DATE_MAX) == INT64_C(99999999) * 119988);
	CHECK(pc_allowed_volume(99999999, PC_FREQ_DAY, INT32_MIN, INT32_MAX)
		  == INT64_C(99999999) * (INT64_C(1) << 32));
	/* beyond int64: saturates */
	CHECK(pc_allowed_volume(INT64_MAX, PC_FREQ_DAY, mar1, mar1) == INT64_MAX);
	CHECK(pc_allowed_volume(INT64_MAX, PC_FREQ_DAY, mar1, mar31) ==
		  INT64_MAX);
	CHECK(pc_allowed_volume(INT64_MAX / 31, PC_FREQ_DAY, mar1, mar31) ==
		  INT64_MAX / 31 * 31);
	CHECK(pc_allowed_volume(INT64_MAX / 31 + 1, PC_FREQ_DAY, mar1, mar31) ==
		  INT64_MAX);
	CHECK(pc_allowed_volume(INT64_MAX, PC_FREQ_TOTAL, mar1, mar31) ==
		  INT64_MAX);
}

static void
test_minutes(void)
{
	int			bad = 0;
	int			k;

	/* 8550 x 20 / 60 = 171000 / 60 = 2850 exactly */
	CHECK(pc_minutes_amount_cents(8550, 20) == 2850);
	/* 8551 / 60 = 142.516... -> 143 */
	CHECK(pc_minutes_amount_cents(8551, 1) == 143);
	CHECK(pc_minutes_amount_cents(8551, 0) == 0);
	CHECK(pc_minutes_amount_cents(0, 12345) == 0);
	CHECK(pc_minutes_amount_cents(8551, 60) == 8551);
	CHECK(pc_minutes_amount_cents(8551, 120) == 17102);
	/* 8551 x 45 / 60 = 6413.25 -> 6413 */
	CHECK(pc_minutes_amount_cents(8551, 45) == 6413);
	/* halves go up: 30 / 60 = 0.5 -> 1; 90 / 60 = 1.5 -> 2 */
	CHECK(pc_minutes_amount_cents(30, 1) == 1);
	CHECK(pc_minutes_amount_cents(1, 30) == 1);
	CHECK(pc_minutes_amount_cents(29, 1) == 0);
	CHECK(pc_minutes_amount_cents(1, 29) == 0);
	CHECK(pc_minutes_amount_cents(90, 1) == 2);
	CHECK(pc_minutes_amount_cents(150, 1) == 3);	/* 2.5 -> 3, not 2 */
	CHECK(pc_minutes_amount_cents(89, 1) == 1);
	/* and away from zero when negative */
	CHECK(pc_minutes_amount_cents(-90, 1) == -2);
	CHECK(pc_minutes_amount_cents(90, -1) == -2);
	CHECK(pc_minutes_amount_cents(-90, -1) == 2);
	CHECK(pc_minutes_amount_cents(-30, 1) == -1);
	CHECK(pc_minutes_amount_cents(-29, 1) == 0);
	CHECK(pc_minutes_amount_cents(-8551, 1) == -143);
	/* 99999999^2 = 9999999800000001 = 60 x 166666663333333 + 21 */
	CHECK(pc_minutes_amount_cents(99999999, 99999999) ==
		  INT64_C(166666663333333));
	/* int64 ends: 2^63 - 1 = 60 x 153722867280912930 + 7 */
	CHECK(pc_minutes_amount_cents(INT64_MAX, 1) ==
		  INT64_C(153722867280912930));
	CHECK(pc_minutes_amount_cents(1, INT64_MAX) ==
		  INT64_C(153722867280912930));
	CHECK(pc_minutes_amount_cents(INT64_MIN, 1) ==
		  -INT64_C(153722867280912930));
	CHECK(pc_minutes_amount_cents(INT64_MAX, 60) == INT64_MAX);
	CHECK(pc_minutes_amount_cents(INT64_MIN, 60) == INT64_MIN);
	CHECK(pc_minutes_amount_cents(INT64_MIN, -60) == INT64_MAX);	/* sat */
	CHECK(pc_minutes_amount_cents(INT64_MAX, 61) == INT64_MAX);
	CHECK(pc_minutes_amount_cents(INT64_MIN, 61) == INT64_MIN);
	CHECK(pc_minutes_amount_cents(INT64_MAX, INT64_MAX) == INT64_MAX);
	CHECK(pc_minutes_amount_cents(INT64_MIN, INT64_MIN) == INT64_MAX);
	CHECK(pc_minutes_amount_cents(INT64_MIN, INT64_MAX) == INT64_MIN);
	/*
	 * Only the rounding crosses the limit: 75 x 7378697629483820646 =
	 * 60 (2^63 - 1) + 30, so the exact result is 2^63 - 0.5, rounded 2^63;
	 * one minute less is 2^63 - 1.75, rounded 2^63 - 2.  20507 x
	 * 26986020491114573 = 60 x 2^63 + 31 rounds to -(2^63 + 1) if negative.
	 */
	CHECK(pc_minutes_amount_cents(75, INT64_C(7378697629483820646)) ==
		  INT64_MAX);
	CHECK(pc_minutes_amount_cents(75, INT64_C(7378697629483820645)) ==
		  INT64_MAX - 1);
	/* negative, 2^63 is still representable: INT64_MIN, not saturated */
	CHECK(pc_minutes_amount_cents(-75, INT64_C(7378697629483820646)) ==
		  INT64_MIN);
	CHECK(pc_minutes_amount_cents(-20507, INT64_C(26986020491114573)) ==
		  INT64_MIN);
	CHECK(pc_minutes_amount_cents(20507, -INT64_C(26986020491114573)) ==
		  INT64_MIN);

	/* random values whose product fits int64: against plain arithmetic */
	for (k = 0; k < 200000; k++)
	{
		int64_t		t = (int64_t) (int32_t) (uint32_t) rng_next();
		int64_t		m = (int64_t) (int32_t) (uint32_t) rng_next();

		if (k % 2)
			m %= 1000;			/* realistic minute counts too */
		LOOP_CHECK(bad, pc_minutes_amount_cents(t, m) ==
				   ref_div60_round(t * m), "%lld x %lld",
				   (long long) t, (long long) m);
	}
	CHECKF(bad == 0, "%d failures over random 32-bit pairs", bad);

	/*
	 * Random 64-bit pairs beyond the int64 product: with m = 60 q + r (C
	 * division), t x m / 60 = t q + t r / 60 and t q is whole, so the
	 * rounding of the whole equals t q + the rounding of t r / 60, as long
	 * as t q fits.  |t| < 2^56 keeps t r (|r| < 60) in int64.
	 */
	bad = 0;
	for (k = 0; k < 200000; k++)
	{
		int64_t		t = (int64_t) (rng_next() >> 8) - (INT64_C(1) << 55);
		int64_t		m = (int64_t) (rng_next() >> (8 + rng_next() % 48)) -
			(INT64_C(1) << 54);
		int64_t		q = m / 60;
		int64_t		r = m % 60;

		if (q != 0 && (t > INT64_MAX / 2 / (q < 0 ? -q : q) ||
					   t < -(INT64_MAX / 2 / (q < 0 ? -q : q))))
			continue;
		LOOP_CHECK(bad, pc_minutes_amount_cents(t, m) ==
				   t * q + ref_div60_round(t * r), "%lld x %lld",
				   (long long) t, (long long) m);
	}
	CHECKF(bad == 0, "%d failures over random 64-bit pairs", bad);
}

/* ------------------------------------------------------ ages, addition */

static void
test_age(void)
{
	int32_t		b = ymd(2010, 6, 15);
	int32_t		leapling = ymd(2008, 2, 29);

	CHECK(pc_age_years(b, b) == 0);
	CHECK(pc_age_years(b, b - 1) == -1);
	CHECK(pc_age_years(b, INT32_MIN) == -1);
	CHECK(pc_age_years(b, ymd(2011, 6, 14)) == 0);
	CHECK(pc_age_years(b, ymd(2011, 6, 15)) == 1);
	/* the day before, on and after the 18th birthday */
	CHECK(pc_age_years(b, ymd(2028, 6, 14)) == 17);
	CHECK(pc_age_years(b, ymd(2028, 6, 15)) == 18);
	CHECK(pc_age_years(b, ymd(2028, 6, 16)) == 18);
	/* a later month but an earlier day counts; an earlier month does not */
	CHECK(pc_age_years(b, ymd(2028, 7, 1)) == 18);
	CHECK(pc_age_years(b, ymd(2028, 5, 31)) == 17);

	/*
	 * Born 29 February 2008: in a non-leap year still 16 on 28 February
	 * 2025 and 17 from 1 March; in a leap year the birthday is the 29th.
	 */
	CHECK(pc_age_years(leapling, ymd(2025, 2, 28)) == 16);
	CHECK(pc_age_years(leapling, ymd(2025, 3, 1)) == 17);
	CHECK(pc_age_years(leapling, ymd(2026, 2, 28)) == 17);
	CHECK(pc_age_years(leapling, ymd(2026, 3, 1)) == 18);
	CHECK(pc_age_years(leapling, ymd(2028, 2, 28)) == 19);
	CHECK(pc_age_years(leapling, ymd(2028, 2, 29)) == 20);
	CHECK(pc_age_years(leapling, ymd(2009, 2, 28)) == 0);
	CHECK(pc_age_years(leapling, ymd(2009, 3, 1)) == 1);
	/* 1 March births are not affected by leap years */
	CHECK(pc_age_years(ymd(2008, 3, 1), ymd(2025, 2, 28)) == 16);
	CHECK(pc_age_years(ymd(2008, 3, 1), ymd(2025, 3, 1)) == 17);
	CHECK(pc_age_years(ymd(2007, 3, 1), ymd(2008, 2, 29)) == 0);
	/* long spans, and no overflow at the ends of int32 */
	CHECK(pc_age_years(PC_DATE_MIN, PC_DATE_MAX) == 9998);
	CHECK(pc_age_years(PC_DATE_MIN, PC_DATE_MAX + 1) == 9999);
	CHECK(pc_age_years(INT32_MIN, INT32_MAX) > 11000000);
}

static void
test_add_years_months(void)
{
	int32_t		d;

	/* clamping to the end of the month */
	CHECK(pc_add_years_months(ymd(2024, 2, 29), 1, 0) == ymd(2025, 2, 28));
	CHECK(pc_add_years_months(ymd(2024, 2, 29), 4, 0) == ymd(2028, 2, 29));
	CHECK(pc_add_years_months(ymd(2024, 2, 29), -1, 0) == ymd(2023, 2, 28));
	CHECK(pc_add_years_months(ymd(2024, 1, 31), 0, 1) == ymd(2024, 2, 29));
	CHECK(pc_add_years_months(ymd(2023, 1, 31), 0, 1) == ymd(2023, 2, 28));
	CHECK(pc_add_years_months(ymd(2026, 3, 31), 0, 1) == ymd(2026, 4, 30));
	CHECK(pc_add_years_months(ymd(2024, 3, 31), 0, -1) == ymd(2024, 2, 29));
	CHECK(pc_add_years_months(ymd(1900, 1, 31), 0, 1) == ymd(1900, 2, 28));
	/* one clamp for the whole interval, as in PostgreSQL */
	CHECK(pc_add_years_months(ymd(2024, 2, 29), 1, 1) == ymd(2025, 3, 29));
	CHECK(pc_add_years_months(ymd(2024, 2, 29), 0, 13) == ymd(2025, 3, 29));
	CHECK(pc_add_years_months(ymd(2024, 1, 31), 1, 1) == ymd(2025, 2, 28));
	/* across year ends both ways */
	CHECK(pc_add_years_months(ymd(2024, 12, 15), 0, 1) == ymd(2025, 1, 15));
	CHECK(pc_add_years_months(ymd(2025, 1, 15), 0, -1) == ymd(2024, 12, 15));
	CHECK(pc_add_years_months(ymd(2025, 1, 15), 0, -13) == ymd(2023, 12, 15));
	CHECK(pc_add_years_months(ymd(2025, 1, 15), 0, -24) == ymd(2023, 1, 15));
	CHECK(pc_add_years_months(ymd(2025, 1, 15), 1, -12) == ymd(2025, 1, 15));
	CHECK(pc_add_years_months(ymd(2025, 1, 15), 0, 0) == ymd(2025, 1, 15));
	/* state pension age 67 years 3 months */
	CHECK(pc_add_years_months(ymd(1960, 5, 31), 67, 3) == ymd(2027, 8, 31));
	CHECK(pc_add_years_months(ymd(1958, 11, 30), 67, 3) == ymd(2026, 2, 28));
	CHECK(pc_add_years_months(ymd(1959, 11, 30), 67, 3) == ymd(2027, 2, 28));
	CHECK(pc_add_years_months(ymd(1960, 11, 30), 67, 3) == ymd(2028, 2, 29));
	/* the two 29 February conventions (see pc_period.h) */
	d = pc_add_years_months(ymd(2008, 2, 29), 18, 0);
	CHECK(d == ymd(2026, 2, 28));
	CHECK(pc_age_years(ymd(2008, 2, 29), d) == 17);
	CHECK(pc_age_years(ymd(2008, 2, 29), d + 1) == 18);
	/* the ends of the range, and saturation beyond int32 */
	CHECK(pc_add_years_months(PC_DATE_MIN, 9998, 11) == ymd(9999, 12, 1));
	CHECK(pc_add_years_months(PC_DATE_MAX, -9998, -11) == ymd(1, 1, 31));
	CHECK(pc_add_years_months(PC_DATE_MAX, INT_MAX, INT_MAX) == INT32_MAX);
	CHECK(pc_add_years_months(PC_DATE_MIN, INT_MIN, INT_MIN) == INT32_MIN);
	CHECK(pc_add_years_months(INT32_MAX, 0, 1) == INT32_MAX);
	CHECK(pc_add_years_months(INT32_MIN, 0, -1) == INT32_MIN);
	CHECK(pc_add_years_months(0, INT_MAX, INT_MIN) == INT32_MAX);
	CHECK(pc_add_years_months(0, -1, 11) == ymd(1999, 12, 1));
}

static void
test_int32_extremes(void)
{
	static const int32_t days[] = {INT32_MIN, INT32_MIN + 1, INT32_MIN + 40,
		-1, 0, 1, INT32_MAX - 40, INT32_MAX - 1, INT32_MAX};
	int			bad = 0;
	size_t		i;

	for (i = 0; i < sizeof(days) / sizeof(days[0]); i++)
	{
		int32_t		day = days[i];
		int			y,
					m,
					d;
		int			wd = pc_iso_weekday(day);

		pc_date_to_ymd(day, &y, &m, &d);
		LOOP_CHECK(bad, m >= 1 && m <= 12 && d >= 1 &&
				   d <= pc_days_in_month(y, m), "day %ld: %d-%d-%d",
				   (long) day, y, m, d);
		LOOP_CHECK(bad, wd >= 1 && wd <= 7, "day %ld: weekday %d",
				   (long) day, wd);
		LOOP_CHECK(bad, pc_month_first_day(day) <= day &&
				   pc_month_last_day(day) >= day, "day %ld", (long) day);
		if (day < INT32_MAX)
		{
			int			y2,
						m2,
						d2;

			pc_date_to_ymd(day + 1, &y2, &m2, &d2);
			ref_next(&y, &m, &d);
			LOOP_CHECK(bad, y2 == y && m2 == m && d2 == d,
					   "day %ld + 1", (long) day);
			LOOP_CHECK(bad, pc_iso_weekday(day + 1) == wd % 7 + 1,
					   "day %ld + 1", (long) day);
		}
		LOOP_CHECK(bad, pc_age_years(day, day) == 0, "day %ld", (long) day);
		LOOP_CHECK(bad, pc_add_years_months(day, 0, 0) == day, "day %ld",
				   (long) day);
	}
	CHECKF(bad == 0, "%d failures at the int32 ends", bad);
	CHECK(pc_month_last_day(INT32_MAX) == INT32_MAX);
	CHECK(pc_month_first_day(INT32_MIN) == INT32_MIN);
}

/* ISO dates as staged rows carry them: exactly YYYY-MM-DD, dates that exist. */
static void
test_parse_iso_date(void)
{
	int32_t		day;

	CHECK(pc_parse_iso_date("2000-01-01", 10, &day) && day == 0);
	CHECK(pc_parse_iso_date(" 2024-02-29\n", 12, &day) &&
		  day == pc_date_from_ymd(2024, 2, 29));
	CHECK(pc_parse_iso_date("9999-12-31", 10, &day) && day == pc_date_from_ymd(9999, 12, 31));
	CHECK(pc_parse_iso_date("0001-01-01", 10, &day) && day == pc_date_from_ymd(1, 1, 1));
	day = 7;
	CHECK(!pc_parse_iso_date("2025-02-29", 10, &day) && day == 7);	/* not a leap year */
	CHECK(!pc_parse_iso_date("2025-13-01", 10, &day));
	CHECK(!pc_parse_iso_date("2025-04-31", 10, &day));
	CHECK(!pc_parse_iso_date("2025-00-10", 10, &day));
	CHECK(!pc_parse_iso_date("0000-01-01", 10, &day));
	CHECK(!pc_parse_iso_date("2025-4-01", 9, &day));
	CHECK(!pc_parse_iso_date("01-04-2025", 10, &day));
	CHECK(!pc_parse_iso_date("2025/04/01", 10, &day));
	CHECK(!pc_parse_iso_date("2025-04-01T00", 13, &day));
	CHECK(!pc_parse_iso_date("", 0, &day));
	CHECK(!pc_parse_iso_date("+025-04-01", 10, &day));
	CHECK(day == 7);
}

int
main(void)
{
	test_known_dates();
	test_validity();
	test_month_bounds();
	test_periods();
	test_allowed_volume();
	test_minutes();
	test_age();
	test_add_years_months();
	test_int32_extremes();
	test_parse_iso_date();

	return check_summary("unit_period");
}
