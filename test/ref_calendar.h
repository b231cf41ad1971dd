/*
 * ref_calendar.h
 *		Reference calendar for the tests of the date and period arithmetic
 *		(test/unit_period*.c, test/fuzz_period.c).
 *
 * Its own Gregorian leap rule and month table, written out, a walk of one
 * day at a time and the other rules straight from their definitions.  It
 * never calls the core (it includes no header of src/), so the closed forms
 * of src/pc_period.c are always checked against something they do not share
 * a mistake with.
 *
 * Each test program is a single translation unit that includes this header
 * once; static inline keeps a program that does not use one of the
 * functions free of unused-function warnings.
 */
#ifndef TEST_REF_CALENDAR_H
#define TEST_REF_CALENDAR_H

#include <stdbool.h>
#include <stdint.h>

static inline int
ref_leap(int y)
{
	if (y % 400 == 0)
		return 1;
	if (y % 100 == 0)
		return 0;
	return y % 4 == 0;
}

/* m must be 1..12. */
static inline int
ref_month_len(int y, int m)
{
	static const int len[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	30, 31};

	return (m == 2 && ref_leap(y)) ? 29 : len[m];
}

/* The day after y-m-d. */
static inline void
ref_next(int *y, int *m, int *d)
{
	if (*d < ref_month_len(*y, *m))
		(*d)++;
	else if (*m < 12)
	{
		(*m)++;
		*d = 1;
	}
	else
	{
		(*y)++;
		*m = 1;
		*d = 1;
	}
}

/* Whether y-m-d exists and lies in the supported years 1..9999. */
static inline bool
ref_valid(int64_t y, int64_t m, int64_t d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
		d <= ref_month_len((int) y, (int) m);
}

/*
 * ISO weekday straight from y-m-d (Sakamoto's method, for y >= 1), so that
 * weekdays are tied to the calendar and not only to each other.
 */
static inline int
ref_weekday(int y, int m, int d)
{
	static const int t[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	int			w;

	if (m < 3)
		y--;
	w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;	/* 0 = Sunday */
	return w == 0 ? 7 : w;
}

/*
 * The period of days start..end (empty when end < start) walked a day at a
 * time from its first day, y-m-d with ISO weekday wd: *days is the number
 * of days, *weeks the ISO weeks it touches (the first day, then each
 * Monday) and *months the months it touches (the first day, then each
 * 1st).  Only the first day's date and weekday come from the caller.
 */
static inline void
ref_walk_period(int32_t start, int32_t end, int y, int m, int d, int wd,
				int64_t *days, int64_t *weeks, int64_t *months)
{
	int32_t		day;

	*days = 0;
	*weeks = 0;
	*months = 0;
	for (day = start; day <= end; day++)
	{
		(*days)++;
		if (day == start || wd == 1)
			(*weeks)++;
		if (day == start || d == 1)
			(*months)++;
		ref_next(&y, &m, &d);
		wd = wd % 7 + 1;
	}
}

/*
 * Age in full years on oy-om-od of someone born on by-bm-bd: one less
 * than the difference of the years until the birthday (bm, bd) is reached.
 */
static inline int
ref_age(int by, int bm, int bd, int oy, int om, int od)
{
	return oy - by - ((om < bm || (om == bm && od < bd)) ? 1 : 0);
}

/*
 * y-m-d plus years and months, as PostgreSQL adds an interval: all the
 * months at once, then the day clamped once to the length of the month
 * reached.  Sets *ny, *nm, *nd and returns true when the result lies in
 * years 1..9999; returns false, setting nothing, otherwise.
 */
static inline bool
ref_add_years_months(int y, int m, int d, int years, int months,
					 int *ny, int *nm, int *nd)
{
	int64_t		total = (int64_t) y * 12 + (m - 1) +
		(int64_t) years * 12 + months;

	if (total < 12 || total >= 10000 * 12)
		return false;
	*ny = (int) (total / 12);
	*nm = (int) (total % 12) + 1;
	*nd = d < ref_month_len(*ny, *nm) ? d : ref_month_len(*ny, *nm);
	return true;
}

#endif							/* TEST_REF_CALENDAR_H */
