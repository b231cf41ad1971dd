/*
 * unit_rules_spec.c
 *		Unit tests of the rules as the rule audit's spec (S1-S10,
 *		docs/rules.md section 6) has them, with the standard's worked examples
 *		in the standard's numbers: IV077 and IV076 (per-week volumes), the
 *		Wmo 2025 examples and Wmo category 01, IV081 (minutes on an hourly
 *		contract), IV089 (exact product periods), IV090 (TR318) and TR335.
 *
 * Each changed or new rule has a passing and a failing case here (the
 * other rules' cases are in test/unit_rules.c and test/unit_rules_totals.c,
 * the second round of the audit, S11-S15, in test/unit_rules_round2.c),
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
	test_settle();
	return check_summary("unit_rules_spec");
}
