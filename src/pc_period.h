/*
 * pc_period.h
 *		The PostgreSQL-free core of productcodes: date and period arithmetic
 *		for the declaration rules (DOMAIN.md section 4).
 *
 * Like pc_core.h, nothing here may include a PostgreSQL header, and nothing
 * uses <time.h>, the locale or global state: every function is a pure
 * function of its arguments, compiled on its own for test/unit_period*.c and
 * test/fuzz_period.c.
 *
 * A date is an int32 day number counted from 2000-01-01 = 0 in the
 * proleptic Gregorian calendar.  That is exactly PostgreSQL's DateADT, so
 * the server glue passes dates straight through.  (DateADT's -infinity and
 * infinity are INT32_MIN and INT32_MAX; the glue must deal with them before
 * calling in here, since to this code they are just very remote days.)
 *
 * Calendar years 1..9999 (PC_DATE_MIN..PC_DATE_MAX) are the supported range
 * and are tested day by day.  Outside it the functions still return without
 * undefined behaviour for every int32 argument: the calendar simply goes on
 * (year 0, negative years), and results that would not fit their type are
 * saturated as documented per function.
 *
 * Periods are [start, end] with the end date INCLUSIVE, as in a declaration
 * row's ProductPeriode (2026-03-01..2026-03-31).  A period with end < start
 * is empty.
 */
#ifndef PC_PERIOD_H
#define PC_PERIOD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PC_DATE_MIN_YEAR	1
#define PC_DATE_MAX_YEAR	9999
#define PC_DATE_MIN			(-730119)	/* 0001-01-01 */
#define PC_DATE_MAX			2921939 /* 9999-12-31 */

/*
 * Returned by pc_date_from_ymd for a date that does not exist.  It equals
 * PostgreSQL's DATEVAL_NOBEGIN (-infinity), so it must never be passed on
 * as a date: test with pc_date_is_valid_ymd first.
 */
#define PC_DATE_INVALID		INT32_MIN

/* ---------------------------------------------------------------------
 * Calendar dates
 * ---------------------------------------------------------------------
 */

/*
 * Day number of year y, month m (1..12), day d (1..days in that month).
 * Returns PC_DATE_INVALID unless pc_date_is_valid_ymd(y, m, d).
 */
extern int32_t pc_date_from_ymd(int y, int m, int d);

/*
 * True when y-m-d is a date in years PC_DATE_MIN_YEAR..PC_DATE_MAX_YEAR
 * (rule TR135: "dates exist"), so 2024-02-29 is valid and 2025-02-29,
 * 2026-04-31 and 0000-01-01 are not.
 */
extern bool pc_date_is_valid_ymd(int y, int m, int d);

/*
 * Parse an ISO date "YYYY-MM-DD" (exactly that form, surrounding ASCII white
 * space ignored) into a day number.  False (day untouched) for anything
 * else, including dates that do not exist such as 2025-02-29.
 */
extern bool pc_parse_iso_date(const char *s, size_t len, int32_t *day);

/*
 * Split a day number into year, month (1..12) and day of month.  Defined
 * for every int32 day: before 0001-01-01 the years are astronomical
 * (0 = 1 BC, -1 = 2 BC, ...), as in PostgreSQL's internal year.
 */
extern void pc_date_to_ymd(int32_t day, int *y, int *m, int *d);

/*
 * Days in month m (1..12) of year y: 28..31, with the Gregorian leap rule
 * (1900 and 2100 are not leap years, 2000 is).  0 when m is out of range.
 */
extern int	pc_days_in_month(int y, int m);

/*
 * First day of the calendar month containing day.  Saturates at INT32_MIN
 * at the very bottom of the int32 range, where the month's first day is not
 * representable.
 */
extern int32_t pc_month_first_day(int32_t day);

/*
 * Last day of the calendar month containing day: the natural end date of a
 * declaration period.  Saturates at INT32_MAX at the very top of the int32
 * range, where the month's end is not representable.
 */
extern int32_t pc_month_last_day(int32_t day);

/* ---------------------------------------------------------------------
 * Periods [start, end], end inclusive
 * ---------------------------------------------------------------------
 */

/*
 * True when start <= end and both lie in the same calendar month, as a
 * declaration row's ProductPeriode and the DeclaratiePeriode must.
 */
extern bool pc_period_in_one_month(int32_t start, int32_t end);

/*
 * Number of days in [start, end], counting both ends (a one-day period is
 * 1); 0 when end < start.  Saturates at INT32_MAX, which only a period
 * longer than about 5.8 million years can reach.
 */
extern int32_t pc_period_days(int32_t start, int32_t end);

/* ISO 8601 day of the week: 1 = Monday .. 7 = Sunday (2000-01-01 is 6). */
extern int	pc_iso_weekday(int32_t day);

/*
 * Number of ISO weeks (Monday..Sunday) holding at least one day of
 * [start, end]; 0 when end < start.  Weeks are counted as runs of days, not
 * by ISO week number, so a week across New Year counts once
 * (2026-12-28..2027-01-03 is one week) and March 2026 touches six weeks.
 * This is the multiplier for frequency "per week" in rule TR321.
 */
extern int32_t pc_iso_weeks_touching(int32_t start, int32_t end);

/*
 * Number of calendar months holding at least one day of [start, end]; 0
 * when end < start.  2026-01-31..2026-02-01 touches 2.
 */
extern int32_t pc_months_touching(int32_t start, int32_t end);

/* ---------------------------------------------------------------------
 * Volumes and amounts
 * ---------------------------------------------------------------------
 */

/*
 * The frequency of an allocated volume (list WMO757).  The enumerators are
 * not the national codes (1, 2, 4, 6): the glue maps a code to one of
 * these and rejects any other code itself.
 */
typedef enum pc_frequency
{
	PC_FREQ_DAY,				/* 1: per day */
	PC_FREQ_WEEK,				/* 2: per week */
	PC_FREQ_MONTH,				/* 4: per month */
	PC_FREQ_TOTAL				/* 6: in total, for the whole allocation */
} pc_frequency;

/*
 * The volume an allocation of `volume` units per frequency f allows for the
 * period [start, end] (rule TR321): volume x pc_period_days for PC_FREQ_DAY,
 * x pc_iso_weeks_touching for PC_FREQ_WEEK, x pc_months_touching for
 * PC_FREQ_MONTH, and volume itself for PC_FREQ_TOTAL, whatever the period
 * (the total is checked over all rows by TR322 instead).  An empty period
 * allows 0, except for PC_FREQ_TOTAL.
 *
 * Volumes are never negative, so a negative volume or an unknown f returns
 * -1.  With volume <= 99999999 (the message field's maximum) the product
 * cannot overflow for any int32 period; larger volumes saturate at
 * INT64_MAX.
 */
extern int64_t pc_allowed_volume(int64_t volume, pc_frequency f,
								 int32_t start, int32_t end);

/*
 * Amount in cents for `minutes` minutes on an hourly tariff (rule TR346):
 * hourly_tariff_cents x minutes / 60, rounded to whole cents with halves
 * away from zero (8551 cents/hour x 1 minute = 142.516... -> 143; 30 cents
 * x 1 minute = 0.5 -> 1).  Computed exactly in integers, never in floating
 * point.  Negative arguments are allowed (the sign follows the usual rule);
 * a result beyond the int64 range saturates at INT64_MIN or INT64_MAX, which
 * no pair of message values (each <= 99999999) comes near.
 */
extern int64_t pc_minutes_amount_cents(int64_t hourly_tariff_cents,
									   int64_t minutes);

/* ---------------------------------------------------------------------
 * Ages and calendar addition
 * ---------------------------------------------------------------------
 */

/*
 * Age in full years on day `on` of someone born on day `birth`; -1 when
 * on < birth.  The age goes up on the day whose month and day equal the
 * birth date's.  Someone born on 29 February has no such day in a non-leap
 * year and becomes a year older on 1 March there (28 February is still the
 * old age), exactly like the years of PostgreSQL's age().
 *
 * Note that pc_add_years_months(birth, n, 0) clamps 29 February to
 * 28 February instead; the two differ for that one birth date.  Use the
 * one whose convention the rule at hand asks for.
 */
extern int	pc_age_years(int32_t birth, int32_t on);

/*
 * Calendar addition of years and months, like PostgreSQL's date + interval
 * 'years years months months': the month count (12 x years + months, either
 * may be negative) is added to the year and month first, then the day of
 * month is clamped to the length of the resulting month (2024-01-31 +
 * 1 month = 2024-02-29; 2024-02-29 + 1 year = 2025-02-28).  Because the
 * clamp happens once, 2024-02-29 + 1 year 1 month is 2025-03-29, as in
 * PostgreSQL.  Used for "reaches the state pension age (67 years 3 months)
 * on".  A result outside the int32 range saturates at INT32_MIN or
 * INT32_MAX; compare with PC_DATE_MIN/PC_DATE_MAX to reject such dates.
 */
extern int32_t pc_add_years_months(int32_t day, int years, int months);

#endif							/* PC_PERIOD_H */
