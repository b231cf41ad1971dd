/*
 * unit_rules_spec.c
 *		Unit tests of the rules as the rule audit's spec (S1-S10,
 *		docs/rules.md section 6) has them, with the standard's worked examples
 *		in the standard's numbers: IV077 and IV076 (per-week volumes), the
 *		Wmo 2025 examples and Wmo category 01, IV081 (minutes on an hourly
 *		contract), IV089 (exact product periods), IV090 (TR318) and TR335.
 *
 * Each changed or new rule has a passing and a failing case here (the
 * other rules' cases are in test/unit_rules.c and test/unit_rules_totals.c),
 * on the example of test/rules_example.h.  The last line is
 * "unit_rules_spec: N passed, M failed".
 */
#include "pc_rules.h"

#include <stdio.h>
#include <string.h>

#include "check.h"
#include "rules_example.h"

/* ------------------------------------------------- S1, S2, S3: allocation */

static void
test_variants(void)
{
	example		x;

	/* S1: a generic allocation (no category, no code, a budget) */
	base(&x);
	x.alloc.category = NULL;
	x.alloc.has_code = false;
	x.alloc.unit = NULL;
	x.alloc.has_volume = false;
	x.alloc.frequency = NULL;
	x.alloc.has_budget = true;
	x.alloc.budget = 100000;
	x.row.category = "45";		/* any category of the domain */
	x.row.code = code("45A12");
	pc_rules_allocation(&x.row, &x.header, &x.alloc, &x.contract, &x.f);
	CHECKF(count_failed(&x.f) == 0, "%d failed", count_failed(&x.f));
	CHECK(!x.f.undecided[PC_R_TR339] && !x.f.undecided[PC_R_TR340]);
	/* an aspecific allocation still compares the category */
	base(&x);
	x.alloc.has_code = false;
	x.row.category = "45";
	pc_rule_tr339(&x.row, &x.alloc, &x.f);
	CHECK(x.f.failed[PC_R_TR339]);

	/* S2: another provider's allocation is none: TR338 and nothing else */
	base(&x);
	x.alloc.agb = "22222222";
	CHECK(!pc_allocation_is_the_rows(&x.alloc, &x.header));
	x.row.category = "45";		/* would fail TR339 on the allocation */
	pc_rules_allocation(&x.row, &x.header, &x.alloc, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR338] && count_failed(&x.f) == 1);
	base(&x);
	x.alloc.domain = "WMO";		/* the other domain's */
	pc_rules_allocation(&x.row, &x.header, &x.alloc, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR338] && count_failed(&x.f) == 1);
	base(&x);
	CHECK(pc_allocation_is_the_rows(&x.alloc, &x.header));
	pc_rule_tr338(&x.alloc, &x.header, &x.f);
	CHECK(!x.f.failed[PC_R_TR338]);

	/* S3: TR341 on an allocation without a unit, against the contract */
	base(&x);
	x.alloc.unit = NULL;
	x.alloc.has_code = false;
	x.contract.found = false;	/* no tariff in the row's unit ... */
	x.contract.any_unit = true;	/* ... but in another one */
	pc_rule_tr341(&x.row, &x.alloc, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR341] && !x.f.undecided[PC_R_TR341]);
	base(&x);
	x.alloc.unit = NULL;
	x.contract.hourly = true;	/* minutes row on an hourly contract */
	pc_rule_tr341(&x.row, &x.alloc, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR341] && !x.f.undecided[PC_R_TR341]);
	base(&x);
	x.alloc.unit = NULL;
	x.contract.found = x.contract.any_unit = false;	/* no contract for the code */
	pc_rule_tr341(&x.row, &x.alloc, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR341] && x.f.undecided[PC_R_TR341]);
	base(&x);					/* with a unit: the contract does not matter */
	x.contract.found = x.contract.any_unit = false;
	pc_rule_tr341(&x.row, &x.alloc, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR341] && !x.f.undecided[PC_R_TR341]);
}

/* ------------------------------------------------------- S4: IV077 weeks */

/*
 * TR321's limit for the part of the month [month_first, month_last] that
 * allocation [start, end] of `volume` per week in `unit` covers, for a row
 * of that part (hours counted in minutes: divided by 60 here).
 */
static int64_t
week_limit(const char *unit, const char *domain, const char *category,
		   int32_t start, int32_t end, int64_t volume, int32_t month_first)
{
	example		x;
	pc_allocation_totals t;
	int32_t		month_last = pc_month_last_day(month_first);

	base(&x);
	memset(&t, 0, sizeof(t));
	x.alloc.unit = unit;
	x.alloc.domain = domain;
	x.alloc.category = category;
	x.alloc.start_date = start;
	x.alloc.has_end = true;
	x.alloc.end_date = end;
	x.alloc.volume = volume;
	x.alloc.frequency = "2";
	x.row.unit = unit;
	x.row.volume = 0;
	x.row.period_start = month_first > start ? month_first : start;
	x.row.period_end = month_last < end ? month_last : end;
	pc_rule_tr321(&x.row, &x.alloc, &t, &x.f);
	if (x.f.figures[PC_R_TR321].n != 4)
		return -1;
	return x.f.figures[PC_R_TR321].value[3] / (pc_unit_is(unit, PC_UNIT_HOUR) ? 60 : 1);
}

/* TR322's limit for the whole allocation (hours in hours) */
static int64_t
total_limit(const char *unit, int32_t start, int32_t end, int64_t volume)
{
	example		x;
	pc_allocation_totals t;

	base(&x);
	memset(&t, 0, sizeof(t));
	x.alloc.unit = unit;
	x.alloc.start_date = start;
	x.alloc.end_date = end;
	x.alloc.volume = volume;
	x.alloc.frequency = "2";
	x.row.unit = unit;
	x.row.volume = 0;
	pc_rule_tr322(&x.row, &x.alloc, &t, &x.f);
	return x.f.figures[PC_R_TR322].value[3] / (pc_unit_is(unit, PC_UNIT_HOUR) ? 60 : 1);
}

#define WEEK_CHECK(unit, dom, cat, s, e, v, m, expected) \
	do { int64_t got_ = week_limit(unit, dom, cat, s, e, v, m); \
		 CHECKF(got_ == (expected), "limit %lld, expected %lld", \
				(long long) got_, (long long) (expected)); } while (0)

static void
test_iv077(void)
{
	const char *H = PC_UNIT_HOUR;
	const char *E = PC_UNIT_EURO;
	example		x;
	pc_allocation_totals t;

	/* IV077 JW inspanningsgericht: 11-10-2022..28-12-2022, 3 uur per week */
	WEEK_CHECK(H, "JW", "43", day(2022, 10, 11), day(2022, 12, 28), 3, day(2022, 10, 1), 12);
	WEEK_CHECK(H, "JW", "43", day(2022, 10, 11), day(2022, 12, 28), 3, day(2022, 11, 1), 15);
	WEEK_CHECK(H, "JW", "43", day(2022, 10, 11), day(2022, 12, 28), 3, day(2022, 12, 1), 15);
	CHECK(total_limit(H, day(2022, 10, 11), day(2022, 12, 28), 3) == 36);

	/* IV077 JW outputgericht: 11-10-2022..31-12-2022 (Sat), 300 euro a week */
	WEEK_CHECK(E, "JW", "43", day(2022, 10, 11), day(2022, 12, 31), 30000, day(2022, 10, 1), 90000);
	WEEK_CHECK(E, "JW", "43", day(2022, 10, 11), day(2022, 12, 31), 30000, day(2022, 11, 1), 120000);
	WEEK_CHECK(E, "JW", "43", day(2022, 10, 11), day(2022, 12, 31), 30000, day(2022, 12, 1), 150000);

	/* IV076 example 1: 11-07-2022..04-09-2022 (a Sunday) */
	WEEK_CHECK(E, "JW", "43", day(2022, 7, 11), day(2022, 9, 4), 30000, day(2022, 7, 1), 90000);
	WEEK_CHECK(E, "JW", "43", day(2022, 7, 11), day(2022, 9, 4), 30000, day(2022, 8, 1), 120000);
	WEEK_CHECK(E, "JW", "43", day(2022, 7, 11), day(2022, 9, 4), 30000, day(2022, 9, 1), 30000);
	CHECK(total_limit(E, day(2022, 7, 11), day(2022, 9, 4), 30000) == 240000);
	WEEK_CHECK(H, "JW", "43", day(2022, 7, 11), day(2022, 9, 4), 3, day(2022, 7, 1), 9);
	WEEK_CHECK(H, "JW", "43", day(2022, 7, 11), day(2022, 9, 4), 3, day(2022, 8, 1), 15);
	WEEK_CHECK(H, "JW", "43", day(2022, 7, 11), day(2022, 9, 4), 3, day(2022, 9, 1), 3);
	CHECK(total_limit(H, day(2022, 7, 11), day(2022, 9, 4), 3) == 24);

	/* IV076 example 2: 11-07-2022..03-09-2022 (a Saturday): no row for September */
	WEEK_CHECK(E, "JW", "43", day(2022, 7, 11), day(2022, 9, 3), 30000, day(2022, 7, 1), 90000);
	WEEK_CHECK(E, "JW", "43", day(2022, 7, 11), day(2022, 9, 3), 30000, day(2022, 8, 1), 150000);
	WEEK_CHECK(E, "JW", "43", day(2022, 7, 11), day(2022, 9, 3), 30000, day(2022, 9, 1), 0);

	/* IV078 example 1: 12-10-2021..13-12-2021, 3 uur per week */
	WEEK_CHECK(H, "JW", "43", day(2021, 10, 12), day(2021, 12, 13), 3, day(2021, 10, 1), 9);

	/* Wmo IV077 inspanningsgericht: 07-10-2025..30-12-2025, 3 uur per week */
	WEEK_CHECK(H, "WMO", "02", day(2025, 10, 7), day(2025, 12, 30), 3, day(2025, 10, 1), 12);
	WEEK_CHECK(H, "WMO", "02", day(2025, 10, 7), day(2025, 12, 30), 3, day(2025, 11, 1), 15);
	WEEK_CHECK(H, "WMO", "02", day(2025, 10, 7), day(2025, 12, 30), 3, day(2025, 12, 1), 15);
	CHECK(total_limit(H, day(2025, 10, 7), day(2025, 12, 30), 3) == 39);
	/* the same in Wmo category 01 (huishoudelijke hulp): always 6 weeks */
	WEEK_CHECK(H, "WMO", "01", day(2025, 10, 7), day(2025, 12, 30), 3, day(2025, 10, 1), 18);
	WEEK_CHECK(H, "WMO", "01", day(2025, 10, 7), day(2025, 12, 30), 3, day(2025, 11, 1), 18);
	WEEK_CHECK(H, "WMO", "01", day(2025, 10, 7), day(2025, 12, 30), 3, day(2025, 12, 1), 18);
	/* ... not in JW category 01, and not for an output allocation */
	WEEK_CHECK(H, "JW", "01", day(2025, 10, 7), day(2025, 12, 30), 3, day(2025, 10, 1), 12);
	WEEK_CHECK(E, "WMO", "01", day(2025, 10, 7), day(2025, 12, 30), 30000, day(2025, 10, 1), 90000);

	/* Wmo IV077 outputgericht, example 1 (start 07-10-2025): 3 / 5 / 4 + 1 */
	WEEK_CHECK(E, "WMO", "02", day(2025, 10, 7), day(2025, 12, 30), 30000, day(2025, 10, 1), 90000);
	WEEK_CHECK(E, "WMO", "02", day(2025, 10, 7), day(2025, 12, 30), 30000, day(2025, 11, 1), 150000);
	WEEK_CHECK(E, "WMO", "02", day(2025, 10, 7), day(2025, 12, 30), 30000, day(2025, 12, 1), 150000);
	/* example 2: 07-07-2025..05-09-2025 (a Friday): 3 / 5 + 1 / 0 */
	WEEK_CHECK(E, "WMO", "02", day(2025, 7, 7), day(2025, 9, 5), 30000, day(2025, 7, 1), 90000);
	WEEK_CHECK(E, "WMO", "02", day(2025, 7, 7), day(2025, 9, 5), 30000, day(2025, 8, 1), 180000);
	WEEK_CHECK(E, "WMO", "02", day(2025, 7, 7), day(2025, 9, 5), 30000, day(2025, 9, 1), 0);

	/* unit 82 is outputgericht too; an allocation without a Sunday: 0 */
	WEEK_CHECK("82", "JW", "43", day(2022, 7, 11), day(2022, 7, 16), 2, day(2022, 7, 1), 0);
	WEEK_CHECK("82", "JW", "43", day(2022, 7, 11), day(2022, 7, 17), 2, day(2022, 7, 1), 2);

	/* TR321 per week output: a row over the Sundays' volume fails, at it passes */
	base(&x);
	memset(&t, 0, sizeof(t));
	x.alloc.unit = x.row.unit = E;
	x.alloc.start_date = day(2022, 10, 11);
	x.alloc.end_date = day(2022, 12, 31);
	x.alloc.volume = 30000;
	x.alloc.frequency = "2";
	x.row.period_start = day(2022, 11, 1);
	x.row.period_end = day(2022, 11, 30);
	x.row.volume = 150000;		/* what the ISO weeks (5) would allow */
	pc_rule_tr321(&x.row, &x.alloc, &t, &x.f);
	CHECK(x.f.failed[PC_R_TR321]);
	x.row.volume = 120000;
	pc_findings_init(&x.f);
	pc_rule_tr321(&x.row, &x.alloc, &t, &x.f);
	CHECK(!x.f.failed[PC_R_TR321]);

	/* TR322 on an open-ended per-week allocation: undecided */
	base(&x);
	memset(&t, 0, sizeof(t));
	x.alloc.frequency = "2";
	x.alloc.has_end = false;
	pc_rule_tr322(&x.row, &x.alloc, &t, &x.f);
	CHECK(!x.f.failed[PC_R_TR322] && x.f.undecided[PC_R_TR322]);
	base(&x);					/* with an end it is decided */
	memset(&t, 0, sizeof(t));
	pc_rule_tr322(&x.row, &x.alloc, &t, &x.f);
	CHECK(!x.f.failed[PC_R_TR322] && !x.f.undecided[PC_R_TR322]);
}

/* --------------------------------------------------- S5: IV081 minutes */

static void
test_iv081(void)
{
	example		x;

	/* the standard's rounding: 87,30 an hour is 1,455 -> 1,46 a minute */
	CHECK(pc_minute_tariff_cents(8730) == 146);
	CHECK(pc_minutes_amount_cents(8730, 90) == 13095);
	CHECK(pc_minutes_amount_cents(8730, 95) == 13823);	/* 13822,5 */
	CHECK(pc_minute_tariff_cents(8724) == 145);	/* 1,454 -> 1,45 */
	CHECK(pc_minutes_amount_cents(8724, 95) == 13813);

	/* a row filled as IV081 says, on the hourly contract 8730: passes */
	base(&x);
	x.contract.tariff = 8730;
	x.row.tariff = 146;
	x.row.volume = 95;
	x.row.amount = 13823;
	pc_rule_tr418(&x.row, &x.contract, &x.f);
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR418] && !x.f.failed[PC_R_TR346]);
	x.row.volume = 90;
	x.row.amount = 13095;
	pc_rule_tr418(&x.row, &x.contract, &x.f);
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR418] && !x.f.failed[PC_R_TR346]);
	/* the hourly tariff in the row: TR418 (the amount is right) */
	base(&x);
	x.contract.tariff = 8730;
	x.row.tariff = 8730;
	x.row.volume = 95;
	x.row.amount = 13823;
	pc_rule_tr418(&x.row, &x.contract, &x.f);
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR418] && !x.f.failed[PC_R_TR346]);
	CHECK(x.f.figures[PC_R_TR418].value[1] == 146);
	/* the amount from the rounded tariff (146 x 95 = 13870): TR346 */
	base(&x);
	x.contract.tariff = 8730;
	x.row.tariff = 146;
	x.row.volume = 95;
	x.row.amount = 13870;
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR346]);
	CHECK(x.f.figures[PC_R_TR346].value[3] == 13823);
	/* 8724 an hour, 95 minutes: 145 and 13813 */
	base(&x);
	x.contract.tariff = 8724;
	x.row.tariff = 145;
	x.row.volume = 95;
	x.row.amount = 13813;
	pc_rule_tr418(&x.row, &x.contract, &x.f);
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR418] && !x.f.failed[PC_R_TR346]);
	/* no contract known: TR418 undecided, TR346 accepts the IV081 amount */
	base(&x);
	x.contract.found = false;
	x.row.tariff = 146;
	x.row.volume = 95;
	x.row.amount = 13823;
	pc_rule_tr418(&x.row, &x.contract, &x.f);
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(x.f.undecided[PC_R_TR418] && !x.f.failed[PC_R_TR418] && !x.f.failed[PC_R_TR346]);
	/* ... but not the row tariff read as an hourly one (8730 x 95 / 60) */
	base(&x);
	x.contract.found = false;
	x.row.tariff = 146;
	x.row.volume = 95;
	x.row.amount = pc_minutes_amount_cents(146, 95);	/* 231 */
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR346]);
	/* hours on the hourly contract: 2 hours at 8730 = 17460 */
	base(&x);
	x.contract.tariff = 8730;
	x.contract.hourly = false;
	x.row.unit = PC_UNIT_HOUR;
	x.row.tariff = 8730;
	x.row.volume = 2;
	x.row.amount = 17460;
	pc_rule_tr418(&x.row, &x.contract, &x.f);
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR418] && !x.f.failed[PC_R_TR346]);
}

/* ------------------------------------------- S6, S7, S8: declaration */

static void
test_declaration_dates(void)
{
	example		x;

	/* S6 (IV090): declared 01, 02, 03 and 05-2021 */
	base(&x);
	x.header.has_last_month = true;
	x.header.last_month = day(2021, 5, 1);
	x.header.declaration_month = day(2021, 4, 1);
	pc_rule_tr318(&x.header, &x.f);
	CHECK(x.f.failed[PC_R_TR318]);
	CHECK(x.f.figures[PC_R_TR318].value[1] == day(2021, 5, 1));
	base(&x);
	x.header.last_month = day(2021, 5, 1);
	x.header.declaration_month = day(2021, 5, 1);	/* a second May */
	pc_rule_tr318(&x.header, &x.f);
	CHECK(!x.f.failed[PC_R_TR318]);
	base(&x);
	x.header.last_month = day(2021, 5, 1);
	x.header.declaration_month = day(2021, 6, 1);
	pc_rule_tr318(&x.header, &x.f);
	CHECK(!x.f.failed[PC_R_TR318]);
	base(&x);					/* the first declaration */
	x.header.has_last_month = false;
	x.header.last_month = day(2030, 1, 1);
	pc_rule_tr318(&x.header, &x.f);
	CHECK(!x.f.failed[PC_R_TR318]);

	/* S7 TR335: 60 months before the DeclaratieDagtekening */
	CHECK(pc_tr335_limit(day(2026, 3, 15)) == day(2021, 3, 15));
	CHECK(pc_tr335_limit(day(2029, 2, 28)) == day(2024, 2, 28));
	CHECK(pc_tr335_limit(day(2026, 8, 31)) == day(2021, 8, 31));
	base(&x);
	x.header.submitted_on = day(2026, 3, 15);
	x.row.period_end = day(2021, 3, 14);
	pc_rule_tr335(&x.row, &x.header, &x.f);
	CHECK(x.f.failed[PC_R_TR335]);
	CHECK(x.f.figures[PC_R_TR335].value[1] == day(2021, 3, 15));
	base(&x);
	x.header.submitted_on = day(2026, 3, 15);
	x.row.period_end = day(2021, 3, 15);
	pc_rule_tr335(&x.row, &x.header, &x.f);
	CHECK(!x.f.failed[PC_R_TR335]);
	base(&x);
	x.header.submitted_on = day(2029, 2, 28);
	x.row.period_end = day(2024, 2, 27);
	pc_rule_tr335(&x.row, &x.header, &x.f);
	CHECK(x.f.failed[PC_R_TR335]);
	x.row.period_end = day(2024, 2, 28);
	pc_findings_init(&x.f);
	pc_rule_tr335(&x.row, &x.header, &x.f);
	CHECK(!x.f.failed[PC_R_TR335]);

	/* S8 TR134, TR137: the period against the DeclaratieDagtekening */
	base(&x);
	x.header.submitted_on = day(2025, 3, 15);	/* March declared on 15 March */
	pc_rule_tr134(&x.row, &x.header, &x.f);
	pc_rule_tr137(&x.row, &x.header, &x.f);
	CHECK(!x.f.failed[PC_R_TR134] && x.f.failed[PC_R_TR137]);
	base(&x);
	x.header.submitted_on = day(2025, 2, 28);
	pc_rule_tr134(&x.row, &x.header, &x.f);
	pc_rule_tr137(&x.row, &x.header, &x.f);
	CHECK(x.f.failed[PC_R_TR134] && x.f.failed[PC_R_TR137]);
	base(&x);
	x.header.submitted_on = day(2025, 3, 31);
	x.header.received_on = day(2025, 3, 31);
	pc_rules_declaration(&x.row, &x.header, false, &x.f);
	CHECKF(count_failed(&x.f) == 0, "%d failed", count_failed(&x.f));
	/* TR135: a DeclaratieDagtekening after the day of receipt */
	base(&x);
	x.header.received_on = day(2025, 4, 9);
	pc_rules_declaration(&x.row, &x.header, false, &x.f);
	CHECK(x.f.failed[PC_R_TR135] && count_failed(&x.f) == 1);
}

/* -------------------------------------------------- S9: CS100, CS339 */

static void
test_conditions(void)
{
	example		x;
	pc_list_facts lists = {true, true};

	base(&x);
	x.row.period_start = day(2020, 12, 1);
	x.row.period_end = day(2020, 12, 31);
	pc_rule_cs100(&x.row, &x.f);
	CHECK(x.f.failed[PC_R_CS100]);
	base(&x);
	x.row.period_start = day(2021, 1, 1);
	x.row.period_end = day(2021, 1, 31);
	pc_rules_format(&x.row, &lists, &x.f);
	CHECK(!x.f.failed[PC_R_CS100] && count_failed(&x.f) == 0);
	CHECK(day(2021, 1, 1) == PC_CS100_FIRST_DAY);

	base(&x);
	x.row.unit = PC_UNIT_EURO;
	x.row.has_tariff = false;
	x.row.volume = 30000;
	x.row.amount = 30001;
	pc_rule_cs339(&x.row, &x.f);
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_CS339] && !x.f.failed[PC_R_TR346]);
	x.row.amount = 30000;
	pc_findings_init(&x.f);
	pc_rule_cs339(&x.row, &x.f);
	CHECK(!x.f.failed[PC_R_CS339]);
}

/* ----------------------------------------------------- S10: IV089 */

static void
test_iv089(void)
{
	example		x;
	int			i;
	/* allocation 08-04-2022..17-06-2022 */
	struct
	{
		int32_t		start,
					end;
		bool		tr387,
					tr388;
	}			rows[] = {
		{day(2022, 4, 8), day(2022, 4, 30), false, false},
		{day(2022, 5, 1), day(2022, 5, 31), false, false},
		{day(2022, 6, 1), day(2022, 6, 17), false, false},
		{day(2022, 4, 15), day(2022, 4, 30), true, false},
		{day(2022, 6, 1), day(2022, 6, 10), false, true},
		{day(2022, 5, 2), day(2022, 5, 30), true, true},
	};

	for (i = 0; i < (int) (sizeof(rows) / sizeof(rows[0])); i++)
	{
		base(&x);
		x.alloc.start_date = day(2022, 4, 8);
		x.alloc.end_date = day(2022, 6, 17);
		x.row.period_start = rows[i].start;
		x.row.period_end = rows[i].end;
		pc_rule_tr387(&x.row, &x.alloc, &x.f);
		pc_rule_tr388(&x.row, &x.alloc, &x.f);
		CHECKF(x.f.failed[PC_R_TR387] == rows[i].tr387 &&
			   x.f.failed[PC_R_TR388] == rows[i].tr388, "row %d", i);
	}
	/* the figures: the start expected is the allocation's */
	base(&x);
	x.alloc.start_date = day(2022, 4, 8);
	x.row.period_start = day(2022, 4, 15);
	x.row.period_end = day(2022, 4, 30);
	pc_rule_tr387(&x.row, &x.alloc, &x.f);
	CHECK(x.f.figures[PC_R_TR387].value[1] == day(2022, 4, 8));
	/* an allocation starting after the month is TR307's, not TR387's */
	base(&x);
	x.alloc.start_date = day(2025, 4, 2);
	x.row.period_start = day(2025, 3, 2);
	pc_rule_tr387(&x.row, &x.alloc, &x.f);
	CHECK(!x.f.failed[PC_R_TR387]);
	/* one that ended before the month is TR308's, not TR388's */
	base(&x);
	x.alloc.end_date = day(2025, 2, 20);
	x.row.period_end = day(2025, 3, 20);
	pc_rule_tr388(&x.row, &x.alloc, &x.f);
	CHECK(!x.f.failed[PC_R_TR388]);
	/* open-ended: to the month's last day */
	base(&x);
	x.alloc.has_end = false;
	x.row.period_end = day(2025, 3, 30);
	pc_rule_tr388(&x.row, &x.alloc, &x.f);
	CHECK(x.f.failed[PC_R_TR388]);
}

/* ------------------------------------------------ round 2: S11 credits */

/*
 * S11 (review R4, R5): a credit gets only the technical rules; TR323
 * compares the debit's key fields (IV091).
 */
static void
test_s11_credits(void)
{
	example		x;
	pc_credit_target credit;
	pc_ledger	empty = {0, NULL};
	int			r;

	/* a credit identical to its debit passes TR323 */
	base(&x);
	memset(&credit, 0, sizeof(credit));
	credit.known = credit.debit_found = true;
	credit.debit = x.row;
	x.row.dc = "C";
	x.row.referentie = "REF-2025-0002";
	x.row.vorig_referentie = "REF-2025-0001";
	pc_rule_tr323(&x.row, &credit, &x.f);
	CHECK(!x.f.failed[PC_R_TR323]);
	/* R4: another period (May for an April debit) */
	x.row.period_start = day(2025, 4, 1);
	pc_rule_tr323(&x.row, &credit, &x.f);
	CHECK(x.f.failed[PC_R_TR323] && x.f.figures[PC_R_TR323].value[0] == 5);
	CHECK(strcmp(pc_credit_field_names[x.f.figures[PC_R_TR323].value[0] - 1], "period_start") == 0);
	/* R5: less volume and amount: the volume is named first */
	x.row.period_start = credit.debit.period_start;
	x.row.volume = 150;
	x.row.amount = credit.debit.amount / 2;
	pc_findings_init(&x.f);
	pc_rule_tr323(&x.row, &credit, &x.f);
	CHECK(x.f.failed[PC_R_TR323] && x.f.figures[PC_R_TR323].value[0] == 7);
	/* each field on its own */
	{
		pc_row		c = credit.debit;

		CHECK(pc_credit_first_difference(&c, &credit.debit) == 0);
		c.toewijzing++;
		CHECK(pc_credit_first_difference(&c, &credit.debit) == 1);
		c = credit.debit;
		c.bsn = "999999991";
		CHECK(pc_credit_first_difference(&c, &credit.debit) == 2);
		c = credit.debit;
		c.category = "45";
		CHECK(pc_credit_first_difference(&c, &credit.debit) == 3);
		c = credit.debit;
		c.code = code("43Z04");
		CHECK(pc_credit_first_difference(&c, &credit.debit) == 4);
		c = credit.debit;
		c.period_end--;
		CHECK(pc_credit_first_difference(&c, &credit.debit) == 6);
		c = credit.debit;
		c.unit = PC_UNIT_HOUR;
		CHECK(pc_credit_first_difference(&c, &credit.debit) == 8);
		c = credit.debit;
		c.has_tariff = false;
		CHECK(pc_credit_first_difference(&c, &credit.debit) == 9);
		credit.debit.has_tariff = false;
		credit.debit.tariff = 12;	/* both absent: equal */
		CHECK(pc_credit_first_difference(&c, &credit.debit) == 0);
		credit.debit = x.row;
		c = credit.debit;
		c.amount++;
		CHECK(pc_credit_first_difference(&c, &credit.debit) == 10);
	}
	/* no debit: TR323, figure 0 */
	credit.debit_found = false;
	pc_findings_init(&x.f);
	pc_rule_tr323(&x.row, &credit, &x.f);
	CHECK(x.f.failed[PC_R_TR323] && x.f.figures[PC_R_TR323].value[0] == 0);

	/*
	 * only the technical rules: a credit that would break every allocation,
	 * catalogue, tariff, total and regional rule fails none of them and has
	 * none undecided, even without an allocation (TR338)
	 */
	base(&x);
	x.row.dc = "C";
	x.row.vorig_referentie = "REF-2025-0000";
	x.row.volume = 100000;
	x.row.tariff = 1;
	x.alloc.found = false;
	x.product.found = false;
	x.contract.found = false;
	x.contract.any_unit = false;
	memset(&credit, 0, sizeof(credit));
	credit.known = credit.debit_found = true;
	credit.debit = x.row;
	pc_rules_allocation(&x.row, &x.header, &x.alloc, &x.contract, &x.f);
	pc_rules_cumulative(&x.row, &x.alloc, &empty, &credit, &x.f);
	pc_rule_tr381(&x.row, &x.product, &x.f);
	pc_rules_regional(&x.row, &x.alloc, &x.product, true, &empty, &x.client, &x.f);
	pc_rule_tr418(&x.row, &x.contract, &x.f);
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	pc_findings_settle(&x.row, &x.f);
	for (r = 0; r < PC_N_RULES; r++)
		CHECKF(!x.f.failed[r] && !x.f.undecided[r], "%s", pc_rule_names[r]);
	/* TR323 is decided without the allocation: another volume fails it */
	credit.debit.volume = 2;
	pc_rules_cumulative(&x.row, &x.alloc, &empty, &credit, &x.f);
	CHECK(x.f.failed[PC_R_TR323]);
	/* a debit on the same facts fails TR338 */
	base(&x);
	x.alloc.found = false;
	pc_rules_allocation(&x.row, &x.header, &x.alloc, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR338]);
}

/* ------------------------------------------- round 2: S12, S13 (TR318) */

/* the header of declaration (id, received, month) after the others */
static void
tr318_after(example *x, int64_t id, int32_t received, int32_t month,
			const pc_other_declaration *others, int n)
{
	int			i;

	base(x);
	x->header.declaration_month = month;
	x->header.received_on = received;
	x->header.has_last_month = false;
	x->header.last_month = 0;
	for (i = 0; i < n; i++)
		if (others[i].declaration_id != id && pc_tr318_counts(id, received, &others[i]) &&
			(!x->header.has_last_month || others[i].declaration_month > x->header.last_month))
		{
			x->header.has_last_month = true;
			x->header.last_month = others[i].declaration_month;
		}
	pc_rule_tr318(&x->header, &x->f);
}

static void
test_s12_s13_tr318(void)
{
	example		x;

	/* S12 (review R1): April accepted; June refused as a whole; then May */
	{
		const pc_other_declaration d[] = {
			{96101, day(2025, 4, 1), day(2025, 5, 5), true},
			{96102, day(2025, 6, 1), day(2025, 7, 3), false},
		};

		CHECK(!pc_tr318_counts(96103, day(2025, 7, 4), &d[1]));
		CHECK(pc_tr318_counts(96103, day(2025, 7, 4), &d[0]));
		tr318_after(&x, 96103, day(2025, 7, 4), day(2025, 5, 1), d, 2);
		CHECK(!x.f.failed[PC_R_TR318] && x.header.last_month == day(2025, 4, 1));
	}
	/* the same June with an accepted row: May fails */
	{
		const pc_other_declaration d[] = {
			{96101, day(2025, 4, 1), day(2025, 5, 5), true},
			{96102, day(2025, 6, 1), day(2025, 7, 3), true},
		};

		tr318_after(&x, 96103, day(2025, 7, 4), day(2025, 5, 1), d, 2);
		CHECK(x.f.failed[PC_R_TR318] && x.f.figures[PC_R_TR318].value[1] == day(2025, 6, 1));
	}
	/* S13 (review R3): June received 07-04 (larger id), April 07-10: April fails */
	{
		const pc_other_declaration d[] = {
			{96111, day(2025, 4, 1), day(2025, 7, 10), true},
			{96112, day(2025, 6, 1), day(2025, 7, 4), true},
		};

		tr318_after(&x, 96111, day(2025, 7, 10), day(2025, 4, 1), d, 2);
		CHECK(x.f.failed[PC_R_TR318]);
		tr318_after(&x, 96112, day(2025, 7, 4), day(2025, 6, 1), d, 2);
		CHECK(!x.f.failed[PC_R_TR318] && !x.header.has_last_month);
	}
	/* S13 (review R3b): June has the smaller id but was received later */
	{
		const pc_other_declaration d[] = {
			{96113, day(2025, 6, 1), day(2025, 7, 10), true},
			{96114, day(2025, 5, 1), day(2025, 7, 4), true},
		};

		tr318_after(&x, 96114, day(2025, 7, 4), day(2025, 5, 1), d, 2);
		CHECK(!x.f.failed[PC_R_TR318]);
		tr318_after(&x, 96113, day(2025, 7, 10), day(2025, 6, 1), d, 2);
		CHECK(!x.f.failed[PC_R_TR318] && x.header.last_month == day(2025, 5, 1));
	}
	/* the same day of receipt: the smaller id is the earlier */
	{
		const pc_other_declaration d = {10, day(2025, 6, 1), day(2025, 7, 4), true};

		CHECK(pc_tr318_counts(11, day(2025, 7, 4), &d));
		CHECK(!pc_tr318_counts(9, day(2025, 7, 4), &d));
		CHECK(!pc_tr318_counts(11, day(2025, 7, 3), &d));
	}
}

/* ------------------------------------- round 2: S14, S15 (TR321, TR322) */

/*
 * S14: TR322 on an open-ended allocation per day or per month passes and is
 * decided (every accepted row fits its own period, TR321); per week (end
 * mandatory) it stays undecided; with an end it is counted.
 */
static void
test_s14_open_ended(void)
{
	example		x;
	pc_allocation_totals t;
	const char *const freqs[] = {"1", "4"};
	int			i;

	for (i = 0; i < 2; i++)
	{
		base(&x);
		memset(&t, 0, sizeof(t));
		t.total_minutes = 1000000;	/* far beyond any volume */
		x.alloc.frequency = freqs[i];
		x.alloc.has_end = false;
		pc_rule_tr322(&x.row, &x.alloc, &t, &x.f);
		CHECKF(!x.f.failed[PC_R_TR322] && !x.f.undecided[PC_R_TR322] &&
			   x.f.figures[PC_R_TR322].n == 0, "frequency %s", freqs[i]);
		/* with an end the same counts fail */
		base(&x);
		x.alloc.frequency = freqs[i];
		pc_rule_tr322(&x.row, &x.alloc, &t, &x.f);
		CHECKF(x.f.failed[PC_R_TR322] && !x.f.undecided[PC_R_TR322],
			   "frequency %s with an end", freqs[i]);
	}
	/* the whole chain: no undecided TR322 for an open-ended month allocation */
	base(&x);
	x.alloc.frequency = "4";
	x.alloc.has_end = false;
	{
		pc_ledger	empty = {0, NULL};
		pc_credit_target credit = {false, false, false, {0}};

		pc_rules_cumulative(&x.row, &x.alloc, &empty, &credit, &x.f);
	}
	CHECK(!x.f.failed[PC_R_TR322] && !x.f.undecided[PC_R_TR322]);
}

/*
 * S15: on an hours allocation counted in minutes all four figures of TR321
 * and TR322 are minutes (allocated x 60); on another unit they are the
 * allocation's.
 */
static void
test_s15_figures(void)
{
	example		x;
	pc_allocation_totals t;

	/* 10 hours a month; 700 minutes in February (review R6) */
	base(&x);
	memset(&t, 0, sizeof(t));
	x.alloc.volume = 10;
	x.alloc.start_date = day(2025, 1, 1);
	x.alloc.has_end = true;
	x.alloc.end_date = day(2025, 12, 31);
	x.row.period_start = day(2025, 2, 1);
	x.row.period_end = day(2025, 2, 28);
	x.row.unit = PC_UNIT_MINUTE;
	x.row.volume = 700;
	t.total_units = 10;			/* January, in hours */
	pc_rule_tr321(&x.row, &x.alloc, &t, &x.f);
	CHECK(x.f.failed[PC_R_TR321]);
	CHECK(x.f.figures[PC_R_TR321].value[0] == 600 &&
		  x.f.figures[PC_R_TR321].value[1] == 0 &&
		  x.f.figures[PC_R_TR321].value[2] == 700 &&
		  x.f.figures[PC_R_TR321].value[3] == 600);
	pc_rule_tr322(&x.row, &x.alloc, &t, &x.f);
	CHECK(!x.f.failed[PC_R_TR322]);
	CHECK(x.f.figures[PC_R_TR322].value[0] == 600 &&
		  x.f.figures[PC_R_TR322].value[1] == 600 &&
		  x.f.figures[PC_R_TR322].value[2] == 700 &&
		  x.f.figures[PC_R_TR322].value[3] == 7200);
	/* a row in hours on it: 12 hours = 720 minutes */
	x.row.unit = PC_UNIT_HOUR;
	x.row.volume = 12;
	pc_findings_init(&x.f);
	pc_rule_tr321(&x.row, &x.alloc, &t, &x.f);
	CHECK(x.f.failed[PC_R_TR321] && x.f.figures[PC_R_TR321].value[2] == 720);
	/* pieces (82): the allocation's own unit, no factor */
	base(&x);
	memset(&t, 0, sizeof(t));
	x.alloc.unit = "82";
	x.alloc.volume = 2;
	x.alloc.frequency = "6";
	x.row.unit = "82";
	x.row.volume = 3;
	pc_rule_tr322(&x.row, &x.alloc, &t, &x.f);
	CHECK(x.f.failed[PC_R_TR322] && x.f.figures[PC_R_TR322].value[0] == 2 &&
		  x.f.figures[PC_R_TR322].value[2] == 3 &&
		  x.f.figures[PC_R_TR322].value[3] == 2);
	x.row.volume = 2;
	pc_findings_init(&x.f);
	pc_rule_tr322(&x.row, &x.alloc, &t, &x.f);
	CHECK(!x.f.failed[PC_R_TR322]);
}

/* ------------------------------------------------------ undecided */

static void
test_settle(void)
{
	example		x;

	base(&x);
	x.f.undecided[PC_R_TR418] = true;
	pc_findings_settle(&x.row, &x.f);
	CHECK(x.f.undecided[PC_R_TR418]);
	x.row.dc = "C";				/* a credit lists none */
	pc_findings_settle(&x.row, &x.f);
	CHECK(!x.f.undecided[PC_R_TR418]);
}

int
main(void)
{
	test_variants();
	test_iv077();
	test_iv081();
	test_declaration_dates();
	test_conditions();
	test_iv089();
	test_s11_credits();
	test_s12_s13_tr318();
	test_s14_open_ended();
	test_s15_figures();
	test_settle();
	return check_summary("unit_rules_spec");
}
