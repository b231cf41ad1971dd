/*
 * pc_period.c
 *		Date and period arithmetic for the declaration rules, without
 *		PostgreSQL.
 *
 * See pc_period.h for the conventions.  Every function is pure: no
 * allocation, no global state, no <time.h> (whose time_t range and time
 * zone rules have nothing to do with calendar dates).
 *
 * The day-number conversion is the well-known era algorithm (as published
 * by Howard Hinnant): counting years from 1 March puts the leap day at the
 * end of the year, so the days before a month follow a linear formula, and
 * the Gregorian calendar repeats exactly every 400 years (146097 days, an
 * "era").  All intermediate arithmetic is done in int64_t, so every int32
 * day number and every int year is handled without overflow; results are
 * only narrowed (with saturation) on the way out.
 */
#include "pc_period.h"

/* Days in one 400-year Gregorian cycle. */
#define DAYS_PER_ERA		146097

/*
 * Day number of 2000-01-01 counted from 0000-03-01 (day 0 of the internal
 * count): five eras to 2000-03-01, less the 31 + 29 days of January and
 * February 2000.
 */
#define EPOCH_SHIFT			(5 * DAYS_PER_ERA - 60)

/* Floor division and modulo for b > 0; C's / and % truncate toward zero. */
static inline int64_t
floor_div(int64_t a, int64_t b)
{
	int64_t		q = a / b;

	if (a % b < 0)
		q--;
	return q;
}

static inline int64_t
floor_mod(int64_t a, int64_t b)
{
	return a - floor_div(a, b) * b;
}

static inline int32_t
clamp_int32(int64_t v)
{
	if (v > INT32_MAX)
		return INT32_MAX;
	if (v < INT32_MIN)
		return INT32_MIN;
	return (int32_t) v;
}

/*
 * Years are int64_t here because pc_add_years_months can move far outside
 * the int range before its result is saturated.  C's % yields 0 for exact
 * multiples whatever the sign, so the rule also holds for years <= 0.
 */
static inline bool
is_leap_year(int64_t y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static inline int
month_length(int64_t y, int m)
{
	static const int lengths[12] = {31, 28, 31, 30, 31, 30,
	31, 31, 30, 31, 30, 31};

	if (m == 2 && is_leap_year(y))
		return 29;
	return lengths[m - 1];
}

/* Day number (2000-01-01 = 0) of a valid y-m-d, for any int64 year. */
static int64_t
days_from_ymd(int64_t y, int m, int d)
{
	int64_t		era;
	int64_t		yoe;			/* year of era, 0..399 */
	int64_t		doy;			/* day of the March-based year, 0..365 */
	int64_t		doe;			/* day of era, 0..146096 */

	/* January and February belong to the previous March-based year */
	if (m <= 2)
		y--;
	era = floor_div(y, 400);
	yoe = y - era * 400;
	/* (153 * mp + 2) / 5 is the day of year on which month mp starts */
	doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * DAYS_PER_ERA + doe - EPOCH_SHIFT;
}

/* The inverse of days_from_ymd, for any day number an int32 can hold. */
static void
ymd_from_days(int64_t day, int64_t *y, int *m, int *d)
{
	int64_t		z = day + EPOCH_SHIFT;
	int64_t		era = floor_div(z, DAYS_PER_ERA);
	int64_t		doe = z - era * DAYS_PER_ERA;
	int64_t		yoe;
	int64_t		doy;
	int64_t		mp;

	/*
	 * Undo the leap days: one per 1460 days, none on the 36524th day of a
	 * century, one more on the last day of the era.
	 */
	yoe = (doe - doe / 1460 + doe / 36524 - doe / (DAYS_PER_ERA - 1)) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = era * 400 + yoe + (*m <= 2 ? 1 : 0);
}

bool
pc_date_is_valid_ymd(int y, int m, int d)
{
	if (y < PC_DATE_MIN_YEAR || y > PC_DATE_MAX_YEAR)
		return false;
	if (m < 1 || m > 12)
		return false;
	return d >= 1 && d <= month_length(y, m);
}

static bool
is_space_char(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* the value of n decimal digits at s, or -1 when one is not a digit */
static int
digits_value(const char *s, int n)
{
	int			v = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

bool
pc_parse_iso_date(const char *s, size_t len, int32_t *day)
{
	int			y,
				m,
				d;

	while (len > 0 && is_space_char(s[0]))
	{
		s++;
		len--;
	}
	while (len > 0 && is_space_char(s[len - 1]))
		len--;
	if (len != 10 || s[4] != '-' || s[7] != '-')
		return false;
	y = digits_value(s, 4);
	m = digits_value(s + 5, 2);
	d = digits_value(s + 8, 2);
	if (y < 0 || m < 0 || d < 0 || !pc_date_is_valid_ymd(y, m, d))
		return false;
	*day = pc_date_from_ymd(y, m, d);
	return true;
}

int32_t
pc_date_from_ymd(int y, int m, int d)
{
	if (!pc_date_is_valid_ymd(y, m, d))
		return PC_DATE_INVALID;
	return (int32_t) days_from_ymd(y, m, d);
}

void
pc_date_to_ymd(int32_t day, int *y, int *m, int *d)
{
	int64_t		year;

	/* an int32 day is at most about 5.9 million years away: fits an int */
	ymd_from_days(day, &year, m, d);
	*y = (int) year;
}

int
pc_days_in_month(int y, int m)
{
	if (m < 1 || m > 12)
		return 0;
	return month_length(y, m);
}

int32_t
pc_month_first_day(int32_t day)
{
	int64_t		y;
	int			m,
				d;

	ymd_from_days(day, &y, &m, &d);
	return clamp_int32((int64_t) day - (d - 1));
}

int32_t
pc_month_last_day(int32_t day)
{
	int64_t		y;
	int			m,
				d;

	ymd_from_days(day, &y, &m, &d);
	return clamp_int32((int64_t) day + (month_length(y, m) - d));
}

bool
pc_period_in_one_month(int32_t start, int32_t end)
{
	int64_t		y1,
				y2;
	int			m1,
				m2,
				d1,
				d2;

	if (end < start)
		return false;
	ymd_from_days(start, &y1, &m1, &d1);
	ymd_from_days(end, &y2, &m2, &d2);
	return y1 == y2 && m1 == m2;
}

/* Unsaturated day count of [start, end]: up to 2^32, so int64_t. */
static int64_t
period_days64(int32_t start, int32_t end)
{
	if (end < start)
		return 0;
	return (int64_t) end - start + 1;
}

int32_t
pc_period_days(int32_t start, int32_t end)
{
	return clamp_int32(period_days64(start, end));
}

/* 0 = Monday .. 6 = Sunday; 2000-01-01 was a Saturday. */
static inline int64_t
weekday0(int32_t day)
{
	return floor_mod((int64_t) day + 5, 7);
}

int
pc_iso_weekday(int32_t day)
{
	return (int) weekday0(day) + 1;
}

/*
 * The weeks touched are those from the Monday on or before start to the
 * Monday on or before end, inclusive.  Counting whole weeks between those
 * Mondays rather than comparing ISO week numbers keeps New Year (where week
 * 53 or week 1 straddles two calendar years) out of the picture.
 */
static int64_t
iso_weeks_touching64(int32_t start, int32_t end)
{
	int64_t		monday_start;
	int64_t		monday_end;

	if (end < start)
		return 0;
	monday_start = (int64_t) start - weekday0(start);
	monday_end = (int64_t) end - weekday0(end);
	return (monday_end - monday_start) / 7 + 1;
}

int32_t
pc_iso_weeks_touching(int32_t start, int32_t end)
{
	/* at most 2^32 / 7 + 1 weeks: always fits */
	return (int32_t) iso_weeks_touching64(start, end);
}

static int64_t
months_touching64(int32_t start, int32_t end)
{
	int64_t		y1,
				y2;
	int			m1,
				m2,
				d1,
				d2;

	if (end < start)
		return 0;
	ymd_from_days(start, &y1, &m1, &d1);
	ymd_from_days(end, &y2, &m2, &d2);
	return (y2 * 12 + m2) - (y1 * 12 + m1) + 1;
}

int32_t
pc_months_touching(int32_t start, int32_t end)
{
	/* at most about 141 million months: always fits */
	return (int32_t) months_touching64(start, end);
}

int64_t
pc_allowed_volume(int64_t volume, pc_frequency f, int32_t start, int32_t end)
{
	int64_t		periods;

	if (volume < 0)
		return -1;
	switch (f)
	{
		case PC_FREQ_DAY:
			periods = period_days64(start, end);
			break;
		case PC_FREQ_WEEK:
			periods = iso_weeks_touching64(start, end);
			break;
		case PC_FREQ_MONTH:
			periods = months_touching64(start, end);
			break;
		case PC_FREQ_TOTAL:
			return volume;
		default:
			/* not a pc_frequency: the glue passed an unmapped code */
			return -1;
	}
	/* both factors are >= 0, so only the upper bound can be crossed */
	if (periods != 0 && volume > INT64_MAX / periods)
		return INT64_MAX;
	return volume * periods;
}

int64_t
pc_minutes_amount_cents(int64_t hourly_tariff_cents, int64_t minutes)
{
	bool		negative = (hourly_tariff_cents < 0) != (minutes < 0);
	uint64_t	limit;
	uint64_t	a,
				b,
				qa,
				ra,
				qb,
				rb,
				small,
				sum,
				term;

	/*
	 * Work on magnitudes in uint64_t: |INT64_MIN| fits there, and rounding
	 * half away from zero is plain "round half up" on a magnitude.
	 */
	a = hourly_tariff_cents < 0 ? UINT64_C(0) - (uint64_t) hourly_tariff_cents
		: (uint64_t) hourly_tariff_cents;
	b = minutes < 0 ? UINT64_C(0) - (uint64_t) minutes : (uint64_t) minutes;
	limit = negative ? (uint64_t) INT64_MAX + 1 : (uint64_t) INT64_MAX;

	/*
	 * a x b may not fit 64 bits, so split both by 60: with a = 60 qa + ra
	 * and b = 60 qb + rb,
	 *		a x b = 60 (a qb + qa rb) + ra rb,
	 * hence a x b / 60 = a qb + qa rb + ra rb / 60, where ra rb < 3600 is
	 * exact and carries the whole fraction.  Each partial sum stays below
	 * 2^64 because its two terms are each checked against limit <= 2^63.
	 */
	qa = a / 60;
	ra = a % 60;
	qb = b / 60;
	rb = b % 60;
	small = ra * rb;

	if (qb != 0 && a > limit / qb)
		return negative ? INT64_MIN : INT64_MAX;
	sum = a * qb;
	term = qa * rb;				/* qa <= 2^63 / 60, rb < 60: no wrap */
	if (term > limit || sum > limit - term)
		return negative ? INT64_MIN : INT64_MAX;
	sum += term;
	term = small / 60 + (small % 60 >= 30 ? 1 : 0);
	if (sum > limit - term)
		return negative ? INT64_MIN : INT64_MAX;
	sum += term;

	if (!negative)
		return (int64_t) sum;
	if (sum == (uint64_t) INT64_MAX + 1)
		return INT64_MIN;
	return -(int64_t) sum;
}

int
pc_age_years(int32_t birth, int32_t on)
{
	int64_t		by,
				oy;
	int			bm,
				bd,
				om,
				od;
	int64_t		age;

	if (on < birth)
		return -1;
	ymd_from_days(birth, &by, &bm, &bd);
	ymd_from_days(on, &oy, &om, &od);

	/*
	 * One year less until the birthday (month, day) is reached.  For a
	 * 29 February birth in a non-leap year, (2, 28) is still before (2, 29)
	 * and (3, 1) is after it: the birthday falls on 1 March, as in age().
	 */
	age = oy - by;
	if (om < bm || (om == bm && od < bd))
		age--;
	return (int) age;			/* < 2^32 days apart: about 11.8M years */
}

int32_t
pc_add_years_months(int32_t day, int years, int months)
{
	int64_t		y;
	int			m,
				d;
	int64_t		total;
	int64_t		ny;
	int			nm;
	int			len;

	ymd_from_days(day, &y, &m, &d);

	/*
	 * Add all months at once and clamp the day once at the end, as
	 * PostgreSQL's timestamp + interval does; clamping after the years and
	 * again after the months would turn 2024-02-29 + 1 year 1 month into
	 * 2025-03-28 instead of 2025-03-29.  In int64_t nothing here can
	 * overflow: |years x 12| < 2^35.
	 */
	total = y * 12 + (m - 1) + (int64_t) years * 12 + months;
	ny = floor_div(total, 12);
	nm = (int) (total - ny * 12) + 1;
	len = month_length(ny, nm);
	if (d > len)
		d = len;
	return clamp_int32(days_from_ymd(ny, nm, d));
}
