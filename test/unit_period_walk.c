/*
 * unit_period_walk.c
 *		Brute-force and random unit tests for the date and period arithmetic
 *		(src/pc_period.c): every day of years 1..9999 walked with the
 *		reference calendar, and random periods, ages and additions checked
 *		against it.  The worked examples and edge cases are in
 *		test/unit_period.c.
 *
 * The checks are those of test/check.h; the last line is
 * "unit_period_walk: N passed, M failed"; the exit status is 1 when M is
 * not zero.
 *
 * Built with: gcc -Wall -Wextra -Werror -std=c99 -O1 -g -Isrc
 *             src/pc_core.c src/pc_period.c test/unit_period_walk.c
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

/* Uniform enough in [lo, hi] for test data (hi - lo < 2^32). */
static int32_t
rng_range(int32_t lo, int32_t hi)
{
	uint64_t	span = (uint64_t) ((int64_t) hi - lo + 1);

	return (int32_t) (lo + (int64_t) (rng_next() % span));
}

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

/* ----------------------------------------------------------- calendar */

/* ------------------------------------------------------ brute force */

/*
 * Every day of years 1..9999, walked with the reference calendar from
 * 0001-01-01 (a Monday): ymd in both directions, validity, weekday, the
 * month bounds and day + 1.  Landing exactly on 0 at 2000-01-01 and on
 * PC_DATE_MAX at 9999-12-31 ties the walk to the epoch.
 */
static void
test_walk_all_days(void)
{
	int			y = 1,
				m = 1,
				d = 1;
	int			wd = 1;
	int32_t		day;
	int32_t		first = PC_DATE_MIN;
	int			bad = 0;
	long		n = 0;

	for (day = PC_DATE_MIN; day <= PC_DATE_MAX; day++)
	{
		int			gy,
					gm,
					gd;

		if (d == 1)
			first = day;
		pc_date_to_ymd(day, &gy, &gm, &gd);
		LOOP_CHECK(bad, gy == y && gm == m && gd == d,
				   "day %ld gave %d-%d-%d want %d-%d-%d", (long) day,
				   gy, gm, gd, y, m, d);
		LOOP_CHECK(bad, pc_date_from_ymd(y, m, d) == day,
				   "%d-%d-%d gave %ld want %ld", y, m, d,
				   (long) pc_date_from_ymd(y, m, d), (long) day);
		LOOP_CHECK(bad, pc_iso_weekday(day) == wd, "day %ld weekday %d",
				   (long) day, pc_iso_weekday(day));
		LOOP_CHECK(bad, pc_month_first_day(day) == first,
				   "day %ld first %ld", (long) day,
				   (long) pc_month_first_day(day));
		LOOP_CHECK(bad, pc_month_last_day(day) ==
				   first + ref_month_len(y, m) - 1, "day %ld last %ld",
				   (long) day, (long) pc_month_last_day(day));
		/* the day after is invalid exactly when it rolls the month */
		LOOP_CHECK(bad, pc_date_is_valid_ymd(y, m, d + 1) ==
				   (d < ref_month_len(y, m)), "%d-%d-%d + 1", y, m, d);
		LOOP_CHECK(bad, pc_days_in_month(y, m) == ref_month_len(y, m),
				   "%d-%d", y, m);
		n++;
		ref_next(&y, &m, &d);
		wd = wd % 7 + 1;
		if (day == -1)
			LOOP_CHECK(bad, y == 2000 && m == 1 && d == 1,
					   "epoch walked to %d-%d-%d", y, m, d);
	}
	CHECKF(bad == 0, "%d failures walking years 1..9999", bad);
	CHECKF(n == 3652059 && y == 10000 && m == 1 && d == 1,
		   "walked %ld days to %d-%d-%d", n, y, m, d);
}

/*
 * Days 1990..2040 in detail: pairs of neighbouring days against the
 * closed forms for periods of one and two days, and the invariants of
 * pc_month_first_day/last_day on every day.
 */
static void
test_walk_1990_2040(void)
{
	int			y = 1990,
				m = 1,
				d = 1;
	int			wd = 1;
	int32_t		day;
	int			bad = 0;

	for (day = D_1990_01_01; day <= D_2040_12_31; day++)
	{
		int			ny = y,
					nm = m,
					nd = d;
		int			nwd = wd % 7 + 1;

		ref_next(&ny, &nm, &nd);
		LOOP_CHECK(bad, pc_date_from_ymd(ny, nm, nd) == day + 1,
				   "day after %d-%d-%d", y, m, d);
		LOOP_CHECK(bad, pc_period_days(day, day) == 1, "day %ld", (long) day);
		LOOP_CHECK(bad, pc_period_days(day, day + 1) == 2, "day %ld",
				   (long) day);
		LOOP_CHECK(bad, pc_period_days(day + 1, day) == 0, "day %ld",
				   (long) day);
		LOOP_CHECK(bad, pc_iso_weeks_touching(day, day) == 1, "day %ld",
				   (long) day);
		LOOP_CHECK(bad, pc_iso_weeks_touching(day, day + 1) ==
				   (nwd == 1 ? 2 : 1), "day %ld", (long) day);
		LOOP_CHECK(bad, pc_months_touching(day, day + 1) ==
				   (nd == 1 ? 2 : 1), "day %ld", (long) day);
		LOOP_CHECK(bad, pc_period_in_one_month(day, day + 1) == (nd != 1),
				   "day %ld", (long) day);
		LOOP_CHECK(bad, pc_period_in_one_month(day, day), "day %ld",
				   (long) day);
		LOOP_CHECK(bad, !pc_period_in_one_month(day + 1, day), "day %ld",
				   (long) day);
		LOOP_CHECK(bad, pc_period_in_one_month(pc_month_first_day(day),
											   pc_month_last_day(day)) &&
				   pc_period_days(pc_month_first_day(day),
								  pc_month_last_day(day)) ==
				   ref_month_len(y, m), "day %ld", (long) day);
		LOOP_CHECK(bad, pc_month_last_day(day) + 1 ==
				   pc_month_first_day(pc_month_last_day(day) + 1) &&
				   pc_month_first_day(day) - 1 ==
				   pc_month_last_day(pc_month_first_day(day) - 1),
				   "day %ld", (long) day);
		y = ny;
		m = nm;
		d = nd;
		wd = nwd;
	}
	CHECKF(bad == 0, "%d failures walking 1990..2040", bad);
	CHECKF(y == 2041 && m == 1 && d == 1 && wd == 2,
		   "walked to %d-%d-%d weekday %d", y, m, d, wd);
}

/*
 * Random periods: days, weeks and months touching, one-month-ness and the
 * allowed volumes, all counted by walking the period a day at a time.  The
 * walk starts from the core's ymd of start (verified day by day above) and
 * then uses only the reference calendar.
 */
static void
check_period_by_walking(int32_t start, int32_t end, int *bad)
{
	int			y,
				m,
				d;
	int64_t		days,
				weeks,
				months;
	int64_t		vol = (int64_t) (rng_next() % 100000000);

	pc_date_to_ymd(start, &y, &m, &d);
	ref_walk_period(start, end, y, m, d, pc_iso_weekday(start),
					&days, &weeks, &months);
	LOOP_CHECK(*bad, pc_period_days(start, end) == days,
			   "[%ld, %ld] days %ld want %ld", (long) start, (long) end,
			   (long) pc_period_days(start, end), (long) days);
	LOOP_CHECK(*bad, pc_iso_weeks_touching(start, end) == weeks,
			   "[%ld, %ld] weeks %ld want %ld", (long) start, (long) end,
			   (long) pc_iso_weeks_touching(start, end), (long) weeks);
	LOOP_CHECK(*bad, pc_months_touching(start, end) == months,
			   "[%ld, %ld] months %ld want %ld", (long) start, (long) end,
			   (long) pc_months_touching(start, end), (long) months);
	LOOP_CHECK(*bad, pc_period_in_one_month(start, end) == (months == 1),
			   "[%ld, %ld] one month", (long) start, (long) end);
	LOOP_CHECK(*bad, pc_allowed_volume(vol, PC_FREQ_DAY, start, end) ==
			   vol * days &&
			   pc_allowed_volume(vol, PC_FREQ_WEEK, start, end) ==
			   vol * weeks &&
			   pc_allowed_volume(vol, PC_FREQ_MONTH, start, end) ==
			   vol * months &&
			   pc_allowed_volume(vol, PC_FREQ_TOTAL, start, end) == vol,
			   "[%ld, %ld] volume %lld", (long) start, (long) end,
			   (long long) vol);
}

static void
test_random_periods(void)
{
	int			bad = 0;
	int			k;

	/* declaration-sized periods between 1990 and 2040 */
	for (k = 0; k < 50000; k++)
	{
		int32_t		start = rng_range(D_1990_01_01, D_2040_12_31);
		int32_t		len = rng_range(0, k % 4 == 0 ? 800 : 62);

		check_period_by_walking(start, start + len - 1, &bad);
	}
	/* anywhere in years 1..9999, up to a few years long */
	for (k = 0; k < 3000; k++)
	{
		int32_t		start = rng_range(PC_DATE_MIN, PC_DATE_MAX - 2000);
		int32_t		len = rng_range(0, 2000);

		check_period_by_walking(start, start + len - 1, &bad);
	}
	/* month-aligned and week-aligned periods */
	for (k = 0; k < 5000; k++)
	{
		int32_t		a = pc_month_first_day(rng_range(D_1990_01_01,
													 D_2040_12_31));
		int32_t		b = pc_month_last_day(a + rng_range(0, 400));
		int32_t		w = rng_range(D_1990_01_01, D_2040_12_31);

		check_period_by_walking(a, b, &bad);
		w -= pc_iso_weekday(w) - 1;
		check_period_by_walking(w, w + 7 * rng_range(1, 20) - 1, &bad);
		check_period_by_walking(w + 1, w + 7 * rng_range(1, 20), &bad);
	}
	CHECKF(bad == 0, "%d failures over random periods", bad);
}

/*
 * Ages: against the reference definition for random pairs, and day by day
 * over a lifetime: the age never goes down and goes up by exactly one, on
 * the birthday (1 March in non-leap years for 29 February).
 */
static void
test_random_ages(void)
{
	int			bad = 0;
	int			k;

	for (k = 0; k < 200000; k++)
	{
		int32_t		b = rng_range(PC_DATE_MIN, PC_DATE_MAX);
		int32_t		o = rng_range(PC_DATE_MIN, PC_DATE_MAX);
		int			by,
					bm,
					bd,
					oy,
					om,
					od;
		int			want;

		if (k % 2)
			o = b + rng_range(-400, 40000);
		if (o > PC_DATE_MAX)
			o = PC_DATE_MAX;
		pc_date_to_ymd(b, &by, &bm, &bd);
		pc_date_to_ymd(o, &oy, &om, &od);
		want = o < b ? -1 : ref_age(by, bm, bd, oy, om, od);
		LOOP_CHECK(bad, pc_age_years(b, o) == want, "age(%ld, %ld) = %d",
				   (long) b, (long) o, pc_age_years(b, o));
	}
	CHECKF(bad == 0, "%d failures over random ages", bad);

	bad = 0;
	for (k = 0; k < 60; k++)
	{
		/* some 29 February and 1 March births, the rest random */
		int32_t		b = k < 10 ? ymd(1992 + 4 * k, 2, 29) :
			k < 20 ? ymd(1990 + k, 3, 1) : rng_range(D_1990_01_01,
													 D_2040_12_31);
		int			by,
					bm,
					bd,
					y,
					m,
					d;
		int			prev = 0;
		int32_t		o;

		pc_date_to_ymd(b, &by, &bm, &bd);
		y = by;
		m = bm;
		d = bd;
		LOOP_CHECK(bad, pc_age_years(b, b - 1) == -1, "birth %ld", (long) b);
		for (o = b; o <= b + 36600; o++)
		{
			int			a = pc_age_years(b, o);
			int			birthday;

			if (bm == 2 && bd == 29 && !ref_leap(y))
				birthday = (m == 3 && d == 1);
			else
				birthday = (m == bm && d == bd);
			LOOP_CHECK(bad, a == prev + (o != b && birthday ? 1 : 0),
					   "birth %ld on %ld age %d prev %d", (long) b, (long) o,
					   a, prev);
			prev = a;
			ref_next(&y, &m, &d);
		}
		LOOP_CHECK(bad, prev == 100 || prev == 99, "birth %ld: %d at the end",
				   (long) b, prev);
	}
	CHECKF(bad == 0, "%d failures walking lifetimes", bad);
}

/* add_years_months against the reference month arithmetic and clamp. */
static void
test_random_add(void)
{
	int			bad = 0;
	int			k;

	for (k = 0; k < 200000; k++)
	{
		int32_t		day = rng_range(D_1990_01_01, D_2040_12_31);
		int			years = rng_range(-150, 150);
		int			months = rng_range(-400, 400);
		int			y,
					m,
					d;
		int			ny,
					nm,
					nd;

		if (k % 3 == 0)
			day = pc_month_last_day(day);	/* exercise the clamp */
		pc_date_to_ymd(day, &y, &m, &d);
		/* the reference always lands in 1806..2224, inside 1..9999 */
		LOOP_CHECK(bad, ref_add_years_months(y, m, d, years, months,
											 &ny, &nm, &nd) &&
				   pc_add_years_months(day, years, months) ==
				   pc_date_from_ymd(ny, nm, nd),
				   "%d-%d-%d + %d y %d m", y, m, d, years, months);
		/* adding whole years only: the same as 12 x years months */
		LOOP_CHECK(bad, pc_add_years_months(day, years, 0) ==
				   pc_add_years_months(day, 0, years * 12),
				   "%ld + %d y", (long) day, years);
	}
	CHECKF(bad == 0, "%d failures over random additions", bad);
}

/* Days near the int32 ends: sane answers and (under UBSan) no overflow. */
int
main(void)
{
	test_walk_all_days();
	test_walk_1990_2040();
	test_random_periods();
	test_random_ages();
	test_random_add();

	return check_summary("unit_period_walk");
}
