/*
 * fuzz_period.c
 *		libFuzzer harness for the date and period arithmetic
 *		(src/pc_period.c).
 *
 * Built with: clang -g -O1 -fsanitize=fuzzer,address,undefined
 *             -fno-sanitize-recover=all -Isrc src/pc_core.c src/pc_period.c
 *             test/fuzz_period.c
 *
 * The input bytes are read, in order, as the fields of one test case
 * (missing bytes read as zero): dates bounded to years 1..9999, a period of
 * at most 400 days, a raw year-month-day triple, a birth date and a day to
 * take the age on, a volume and frequency, an hourly tariff and minutes,
 * and raw int32 days, years and months for the "no undefined behaviour
 * anywhere in int32" checks.  Properties are checked against the reference
 * calendar of test/ref_calendar.h (own leap rule and month table, walking a
 * day at a time), never against the core's closed forms.  A violated
 * property calls abort() (test/fuzz_require.h) so libFuzzer saves the input
 * as a crash artifact.
 */
#include "pc_period.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ref_calendar.h"

#define FUZZ_HARNESS "fuzz_period"
#include "fuzz_require.h"

#define MAX_WALK	400			/* longest period walked day by day */

/* ------------------------------------------------------------ input */

typedef struct reader
{
	const uint8_t *data;
	size_t		size;
	size_t		pos;
} reader;

/* The next n (<= 8) bytes as a little-endian number, zeros past the end. */
static uint64_t
take(reader *r, int n)
{
	uint64_t	v = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		uint64_t	b = r->pos < r->size ? r->data[r->pos] : 0;

		r->pos++;
		v |= b << (8 * i);
	}
	return v;
}

/* A day in years 1..9999. */
static int32_t
take_date(reader *r)
{
	return PC_DATE_MIN +
		(int32_t) (take(r, 4) % (uint64_t) (PC_DATE_MAX - PC_DATE_MIN + 1));
}

/* ---------------------------------------------------------- properties */

/* A date of years 1..9999: round trip, validity, weekday step. */
static void
check_date(int32_t day)
{
	int			y,
				m,
				d,
				y2,
				m2,
				d2;

	pc_date_to_ymd(day, &y, &m, &d);
	REQUIRE(ref_valid(y, m, d));
	REQUIRE(pc_date_is_valid_ymd(y, m, d));
	REQUIRE(pc_date_from_ymd(y, m, d) == day);
	REQUIRE(pc_days_in_month(y, m) == ref_month_len(y, m));
	REQUIRE(pc_iso_weekday(day) == ref_weekday(y, m, d));
	REQUIRE(pc_month_first_day(day) == day - (d - 1));
	REQUIRE(pc_month_last_day(day) == day + (ref_month_len(y, m) - d));
	if (day < PC_DATE_MAX)
	{
		pc_date_to_ymd(day + 1, &y2, &m2, &d2);
		ref_next(&y, &m, &d);
		REQUIRE(y2 == y && m2 == m && d2 == d);
		REQUIRE(pc_iso_weekday(day + 1) == pc_iso_weekday(day) % 7 + 1);
	}
}

/* A raw y-m-d triple: valid exactly when the reference says so. */
static void
check_ymd(int y, int m, int d)
{
	bool		valid = pc_date_is_valid_ymd(y, m, d);
	int32_t		day = pc_date_from_ymd(y, m, d);

	REQUIRE(valid == (bool) ref_valid(y, m, d));
	if (!valid)
	{
		REQUIRE(day == PC_DATE_INVALID);
		return;
	}
	else
	{
		int			y2,
					m2,
					d2;

		REQUIRE(day >= PC_DATE_MIN && day <= PC_DATE_MAX);
		pc_date_to_ymd(day, &y2, &m2, &d2);
		REQUIRE(y2 == y && m2 == m && d2 == d);
	}
}

/*
 * [start, end] with at most MAX_WALK days (end may be start - 1): every
 * count against a day-by-day walk with the reference calendar, and the
 * core's date and weekday of every day against the same walk.
 */
static void
check_period(int32_t start, int32_t end, int64_t volume, int freq)
{
	int			y,
				m,
				d;
	int			wd = pc_iso_weekday(start);
	int32_t		day;
	int64_t		days,
				weeks,
				months;
	int64_t		want = -1;

	REQUIRE(wd >= 1 && wd <= 7);
	pc_date_to_ymd(start, &y, &m, &d);
	ref_walk_period(start, end, y, m, d, wd, &days, &weeks, &months);
	for (day = start; day <= end; day++)
	{
		int			gy,
					gm,
					gd;

		pc_date_to_ymd(day, &gy, &gm, &gd);
		REQUIRE(gy == y && gm == m && gd == d);
		REQUIRE(pc_iso_weekday(day) == wd);
		ref_next(&y, &m, &d);
		wd = wd % 7 + 1;
	}
	REQUIRE(pc_period_days(start, end) == days);
	REQUIRE(pc_iso_weeks_touching(start, end) == weeks);
	REQUIRE(pc_months_touching(start, end) == months);
	REQUIRE(pc_period_in_one_month(start, end) == (months == 1));
	REQUIRE(weeks <= days && months <= days);
	REQUIRE(days <= 7 * weeks && days <= 31 * months);

	switch (freq)
	{
		case PC_FREQ_DAY:
			want = volume * days;
			break;
		case PC_FREQ_WEEK:
			want = volume * weeks;
			break;
		case PC_FREQ_MONTH:
			want = volume * months;
			break;
		case PC_FREQ_TOTAL:
			want = volume;
			break;
		default:
			want = -1;			/* not a frequency */
			break;
	}
	REQUIRE(pc_allowed_volume(volume, (pc_frequency) freq, start, end) ==
			want);
	REQUIRE(pc_allowed_volume(-1 - volume, (pc_frequency) freq, start, end)
			== -1);
}

/*
 * Ages: the reference definition, -1 before birth, and monotonicity in
 * both arguments (a day later is the same age or one more; someone born a
 * day later is the same age or one less).
 */
static void
check_age(int32_t birth, int32_t on)
{
	int			a = pc_age_years(birth, on);
	int			by,
				bm,
				bd,
				oy,
				om,
				od;

	if (on < birth)
	{
		REQUIRE(a == -1);
		return;
	}
	pc_date_to_ymd(birth, &by, &bm, &bd);
	pc_date_to_ymd(on, &oy, &om, &od);
	REQUIRE(a == ref_age(by, bm, bd, oy, om, od));
	REQUIRE(a >= 0 && a <= 9998);
	if (on < PC_DATE_MAX)
	{
		int			next = pc_age_years(birth, on + 1);

		REQUIRE(next == a || next == a + 1);
	}
	if (birth < on)
	{
		int			younger = pc_age_years(birth + 1, on);

		REQUIRE(younger == a || younger == a - 1);
	}

	/*
	 * Calendar addition agrees on when the last birthday was and the next
	 * one will be, except that it puts a 29 February birthday on
	 * 28 February in non-leap years, a day before age() counts it.
	 */
	REQUIRE(pc_add_years_months(birth, a, 0) <= on);
	if (by + a + 1 <= 9999)
		REQUIRE(pc_add_years_months(birth, a + 1, 0) > on ||
				(bm == 2 && bd == 29 &&
				 pc_add_years_months(birth, a + 1, 0) == on));
}

/* Calendar addition of a bounded interval, against the reference. */
static void
check_add(int32_t day, int years, int months)
{
	int			y,
				m,
				d;
	int			ny,
				nm,
				nd;
	int32_t		got = pc_add_years_months(day, years, months);

	pc_date_to_ymd(day, &y, &m, &d);
	if (!ref_add_years_months(y, m, d, years, months, &ny, &nm, &nd))
		return;					/* outside years 1..9999 */
	REQUIRE(got == pc_date_from_ymd(ny, nm, nd));
	/* and back: exact unless the day was clamped */
	if (nd == d)
		REQUIRE(pc_add_years_months(got, -years, -months) == day);
}

/*
 * Minutes on an hourly tariff: the rounding bounds, checked exactly with
 * 128-bit arithmetic where the compiler has it (clang and gcc on 64-bit
 * targets), else on the values whose product fits int64.
 */
static void
check_minutes(int64_t t, int64_t m)
{
	int64_t		got = pc_minutes_amount_cents(t, m);

	/* symmetric in its arguments, odd in each */
	REQUIRE(pc_minutes_amount_cents(m, t) == got);
	if (t != INT64_MIN && got != INT64_MIN && got != INT64_MAX)
		REQUIRE(pc_minutes_amount_cents(-t, m) == -got);
#ifdef __SIZEOF_INT128__
	{
		__int128	p = (__int128) t * m;
		__int128	q = p / 60;
		__int128	rem = p % 60;
		__int128	want;

		/* round the exact quotient half away from zero, then saturate */
		want = q + (rem >= 30 ? 1 : 0) - (rem <= -30 ? 1 : 0);
		if (want > INT64_MAX)
			want = INT64_MAX;
		if (want < INT64_MIN)
			want = INT64_MIN;
		REQUIRE(got == want);
		if (got != INT64_MAX && got != INT64_MIN)
		{
			/* |60 got - p| <= 30, and a tie goes away from zero */
			__int128	diff = (__int128) got * 60 - p;

			REQUIRE(diff <= 30 && diff >= -30);
			if (diff == 30 || diff == -30)
				REQUIRE((diff > 0) == (p > 0));
		}
	}
#else
	if (t > -(INT64_C(1) << 31) && t < (INT64_C(1) << 31) &&
		m > -(INT64_C(1) << 31) && m < (INT64_C(1) << 31))
	{
		int64_t		p = t * m;
		int64_t		diff = got * 60 - p;

		REQUIRE(diff <= 30 && diff >= -30);
		if (diff == 30 || diff == -30)
			REQUIRE((diff > 0) == (p > 0));
	}
#endif
	/* more minutes never cost less on a non-negative tariff */
	if (t >= 0 && m >= 0 && m < INT64_MAX)
		REQUIRE(pc_minutes_amount_cents(t, m + 1) >= got);
}

/* Any int32 day, years and months: sane results, no UB (UBSan). */
static void
check_raw(int32_t day, int32_t other, int years, int months)
{
	int			y,
				m,
				d;
	int			wd = pc_iso_weekday(day);
	int32_t		first = pc_month_first_day(day);
	int32_t		last = pc_month_last_day(day);
	int32_t		lo = day < other ? day : other;
	int32_t		hi = day < other ? other : day;

	pc_date_to_ymd(day, &y, &m, &d);
	REQUIRE(m >= 1 && m <= 12 && d >= 1 && d <= pc_days_in_month(y, m));
	REQUIRE(wd >= 1 && wd <= 7);
	REQUIRE(first <= day && day <= last);
	REQUIRE(first == INT32_MIN || (int64_t) day - first == d - 1);
	REQUIRE(last == INT32_MAX ||
			(int64_t) last - day == pc_days_in_month(y, m) - d);
	REQUIRE(pc_period_in_one_month(first, last));

	REQUIRE(pc_period_days(lo, hi) ==
			((int64_t) hi - lo + 1 > INT32_MAX ? INT32_MAX :
			 (int64_t) hi - lo + 1));
	REQUIRE(pc_period_days(hi, lo) == (lo == hi ? 1 : 0));
	REQUIRE(pc_iso_weeks_touching(lo, hi) >= 1 &&
			(int64_t) pc_iso_weeks_touching(lo, hi) <=
			((int64_t) hi - lo) / 7 + 2);
	REQUIRE(pc_months_touching(lo, hi) >= 1 &&
			(int64_t) pc_months_touching(lo, hi) <=
			((int64_t) hi - lo) / 28 + 2);
	REQUIRE(pc_age_years(lo, hi) >= 0);
	REQUIRE(pc_allowed_volume(99999999, PC_FREQ_DAY, lo, hi) ==
			INT64_C(99999999) * ((int64_t) hi - lo + 1));
	REQUIRE(pc_add_years_months(day, 0, 0) == day);
	(void) pc_add_years_months(day, years, months);
	(void) pc_add_years_months(other, months, years);
}

/*
 * ISO dates in text: an accepted text is a real date whose YYYY-MM-DD
 * form is the trimmed input; a date printed that way always parses back.
 */
static void
check_iso_date_text(const uint8_t *data, size_t size, int32_t some_day)
{
	int32_t		day = INT32_C(0x5A5A5A5A);
	char		buf[16];
	int			y,
				m,
				d;

	if (pc_parse_iso_date((const char *) data, size, &day))
	{
		size_t		lo = 0,
					hi = size;

		while (lo < hi && (data[lo] == ' ' || (data[lo] >= '\t' && data[lo] <= '\r')))
			lo++;
		while (hi > lo && (data[hi - 1] == ' ' || (data[hi - 1] >= '\t' && data[hi - 1] <= '\r')))
			hi--;
		pc_date_to_ymd(day, &y, &m, &d);
		REQUIRE(snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d) == 10);
		REQUIRE(hi - lo == 10 && memcmp(buf, data + lo, 10) == 0);
	}
	else
		REQUIRE(day == INT32_C(0x5A5A5A5A));

	pc_date_to_ymd(some_day, &y, &m, &d);
	REQUIRE(snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d) == 10);
	REQUIRE(pc_parse_iso_date(buf, 10, &day) && day == some_day);
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	reader		r = {data, size, 0};
	int32_t		start = take_date(&r);
	int32_t		len = (int32_t) (take(&r, 2) % (MAX_WALK + 1));
	int			ry = (int) (int16_t) take(&r, 2);
	int			rm = (int) (int8_t) take(&r, 1);
	int			rd = (int) (int8_t) take(&r, 1);
	int32_t		birth = take_date(&r);
	int32_t		age_span = (int32_t) (take(&r, 4) % 50000);
	int64_t		volume = (int64_t) (take(&r, 4) % 100000000);
	int			freq = (int) (take(&r, 1) % 5);
	int64_t		tariff = (int64_t) take(&r, 8);
	int64_t		minutes = (int64_t) take(&r, 8);
	int			years = (int) (int16_t) take(&r, 2) % 200;
	int			months = (int) (int16_t) take(&r, 2);
	int32_t		raw_day = (int32_t) take(&r, 4);
	int32_t		raw_other = (int32_t) take(&r, 4);
	int			raw_years = (int) (int32_t) take(&r, 4);
	int			raw_months = (int) (int32_t) take(&r, 4);
	int32_t		end;
	int32_t		on;

	/* keep [start, end] inside years 1..9999; len 0 is an empty period */
	if (start > PC_DATE_MAX - MAX_WALK)
		start = PC_DATE_MAX - MAX_WALK;
	end = start + len - 1;
	check_iso_date_text(data, size, start);

	check_date(start);
	check_date(birth);
	check_period(start, end, volume, freq);
	check_ymd(ry, rm, rd);
	/* and one near a valid date, for more hits on month ends */
	check_ymd(1 + ((ry & 0x7FFF) % 9999), 1 + ((rm & 0xFF) % 12),
			  1 + ((rd & 0xFF) % 32));

	on = birth + age_span - 400;
	if (on > PC_DATE_MAX)
		on = PC_DATE_MAX;
	check_age(birth, on);

	check_add(start, years, months % 2400);
	check_add(end >= start ? end : start, -years, months % 120);
	check_add(pc_month_last_day(start), years % 10, months % 24);

	/* realistic amounts, then anything */
	check_minutes(tariff % 100000000, minutes % 100000000);
	check_minutes(tariff, minutes);

	check_raw(raw_day, raw_other, raw_years, raw_months);
	return 0;
}
