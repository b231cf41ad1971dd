/*
 * unit_rules_totals.c
 *		Unit tests of the rules of the core that count over ledgers: the
 *		kinds cumulative and regional (src/pc_rules_cumulative.c,
 *		src/pc_rules_regional.c), and their sums.  The other kinds are in
 *		test/unit_rules.c.
 *
 * Every rule function has at least a passing and a failing case, on the
 * example of test/rules_example.h.  The checks are those of test/check.h;
 * the last line is "unit_rules_totals: N passed, M failed".
 *
 * Built with: gcc -Wall -Wextra -Werror -std=c99 -O1 -g -Isrc
 *             src/pc_core.c src/pc_period.c src/pc_rules*.c test/unit_rules_totals.c
 */
#include "pc_rules.h"

#include <stdio.h>
#include <string.h>

#include "check.h"
#include "rules_example.h"

/* ---------------------------------------------------------- cumulative */

static void
test_cumulative_totals(void)
{
	example		x;
	pc_allocation_totals t;
	pc_ledger_entry e[4];
	pc_ledger	empty = {0, NULL};

	base(&x);
	e[0] = entry("43Z03", day(2025, 3, 10), day(2025, 3, 10), PC_LEDGER_MINUTES, 120, 17102);
	e[1] = entry("43Z03", day(2025, 2, 1), day(2025, 2, 28), PC_LEDGER_UNITS, 2, 17102);
	e[2] = entry("43Z03", day(2025, 3, 1), day(2025, 3, 1), PC_LEDGER_NO_UNIT, 0, 500);
	e[3] = entry("43Z03", day(2025, 3, 3), day(2025, 3, 3), PC_LEDGER_UNITS, 1, 8551);
	{
		LEDGER(l, e);
		pc_allocation_totals_of(&x.row, &l, &t);
	}
	CHECK(t.month_minutes == 120 && t.month_units == 1);
	CHECK(t.total_minutes == 120 && t.total_units == 3);
	CHECK(t.amount == 17102 + 17102 + 500 + 8551);
	CHECK(t.overlap == &e[0]);
	pc_allocation_totals_of(&x.row, &empty, &t);
	CHECK(t.month_units == 0 && t.amount == 0 && t.overlap == NULL);
}

static void
test_cumulative(void)
{
	example		x;
	pc_allocation_totals t;
	pc_ledger_entry e[2];
	pc_credit_target credit = {true, true, false, {0}};
	pc_ledger	empty = {0, NULL};
	int			r;

	/* 8 hours a month: March allows 480 minutes */
	base(&x);
	e[0] = entry("43Z03", day(2025, 3, 3), day(2025, 3, 3), PC_LEDGER_MINUTES, 120, 17102);
	e[1] = entry("43Z04", day(2025, 3, 4), day(2025, 3, 4), PC_LEDGER_UNITS, 1, 8551);
	{
		LEDGER(l, e);
		pc_allocation_totals_of(&x.row, &l, &t);
		pc_rule_tr321(&x.row, &x.alloc, &t, &x.f);
		/* 60 + 120 before, 300 now: 480 */
		CHECK(!x.f.failed[PC_R_TR321]);
		CHECK(x.f.figures[PC_R_TR321].n == 4 &&
			  x.f.figures[PC_R_TR321].value[0] == 480 &&
			  x.f.figures[PC_R_TR321].value[1] == 180 &&
			  x.f.figures[PC_R_TR321].value[2] == 300 &&
			  x.f.figures[PC_R_TR321].value[3] == 480);
		x.row.volume = 301;
		pc_rule_tr321(&x.row, &x.alloc, &t, &x.f);
		CHECK(x.f.failed[PC_R_TR321]);
		/* a row in hours counts 60 minutes each */
		base(&x);
		x.row.unit = PC_UNIT_HOUR;
		x.row.volume = 6;
		pc_rule_tr321(&x.row, &x.alloc, &t, &x.f);
		CHECK(x.f.failed[PC_R_TR321] && x.f.figures[PC_R_TR321].value[2] == 360);
		x.row.volume = 5;
		x.row.amount = 5 * 8551;
		pc_rules_cumulative(&x.row, &x.alloc, &l, &credit, &x.f);
		CHECK(!x.f.failed[PC_R_TR321]);
	}
	/* the allocation starts on 6 January: January allows 8 hours still */
	base(&x);
	x.row.period_start = day(2025, 1, 6);
	x.row.period_end = day(2025, 1, 31);
	x.row.volume = 480;
	pc_allocation_totals_of(&x.row, &empty, &t);
	pc_rule_tr321(&x.row, &x.alloc, &t, &x.f);
	CHECK(!x.f.failed[PC_R_TR321]);
	/* a total: TR321 is not applied */
	base(&x);
	x.alloc.frequency = "6";
	x.row.volume = 10000;
	pc_allocation_totals_of(&x.row, &empty, &t);
	pc_rule_tr321(&x.row, &x.alloc, &t, &x.f);
	CHECK(!x.f.failed[PC_R_TR321] && x.f.figures[PC_R_TR321].n == 0);

	/* TR322: 8 hours a month over January..June, 48 hours = 2880 minutes */
	base(&x);
	e[0] = entry("43Z03", day(2025, 1, 6), day(2025, 1, 31), PC_LEDGER_UNITS, 8, 68408);
	e[1] = entry("43Z03", day(2025, 2, 1), day(2025, 2, 28), PC_LEDGER_MINUTES, 2100, 299285);
	{
		LEDGER(l, e);
		pc_allocation_totals_of(&x.row, &l, &t);
		pc_rule_tr322(&x.row, &x.alloc, &t, &x.f);
		/* 480 + 2100 + 300 = 2880 */
		CHECK(!x.f.failed[PC_R_TR322]);
		CHECK(x.f.figures[PC_R_TR322].value[1] == 2580 &&
			  x.f.figures[PC_R_TR322].value[3] == 2880);
		x.row.volume = 301;
		pc_rule_tr322(&x.row, &x.alloc, &t, &x.f);
		CHECK(x.f.failed[PC_R_TR322]);
		/* a total of 40 hours */
		base(&x);
		x.alloc.frequency = "6";
		x.alloc.volume = 40;
		pc_rule_tr322(&x.row, &x.alloc, &t, &x.f);
		CHECK(x.f.failed[PC_R_TR322] && x.f.figures[PC_R_TR322].value[3] == 2400);
		/* per month without an end date: passes, decided (S14) */
		base(&x);
		x.alloc.has_end = false;
		x.row.volume = 100000;
		pc_rule_tr322(&x.row, &x.alloc, &t, &x.f);
		CHECK(!x.f.failed[PC_R_TR322]);
	}

	/* TR369: a budget of 1000 euros */
	base(&x);
	x.alloc.unit = NULL;
	x.alloc.has_volume = false;
	x.alloc.has_budget = true;
	x.alloc.budget = 100000;
	e[0] = entry("43Z03", day(2025, 1, 6), day(2025, 1, 31), PC_LEDGER_MINUTES, 300, 57245);
	e[1] = entry("43Z03", day(2025, 2, 1), day(2025, 2, 28), PC_LEDGER_MINUTES, 0, 0);
	{
		LEDGER(l, e);
		pc_allocation_totals_of(&x.row, &l, &t);
		pc_rule_tr369(&x.row, &x.alloc, &t, &x.f);
		/* 57245 + 42755 = 100000 */
		CHECK(!x.f.failed[PC_R_TR369]);
		CHECK(x.f.figures[PC_R_TR369].value[1] == 57245);
		x.row.amount++;
		pc_rule_tr369(&x.row, &x.alloc, &t, &x.f);
		CHECK(x.f.failed[PC_R_TR369]);
	}

	/* TR389: the same product on 10..20 March */
	base(&x);
	e[0] = entry("43Z03", day(2025, 3, 10), day(2025, 3, 20), PC_LEDGER_MINUTES, 60, 8551);
	e[1] = entry("43Z04", day(2025, 3, 1), day(2025, 3, 31), PC_LEDGER_MINUTES, 60, 8551);
	{
		LEDGER(l, e);
		pc_allocation_totals_of(&x.row, &l, &t);
		pc_rule_tr389(&t, &x.f);
		CHECK(x.f.failed[PC_R_TR389]);
		CHECK(x.f.figures[PC_R_TR389].value[0] == day(2025, 3, 10));
		base(&x);
		x.row.period_start = day(2025, 3, 21);
		pc_allocation_totals_of(&x.row, &l, &t);
		pc_rule_tr389(&t, &x.f);
		CHECK(!x.f.failed[PC_R_TR389]);
	}

	/* credits */
	base(&x);
	credit.debit = x.row;		/* its debit, field for field */
	pc_rule_tr323(&x.row, &credit, &x.f);
	pc_rule_tr390(&credit, &x.f);
	CHECK(!x.f.failed[PC_R_TR323] && !x.f.failed[PC_R_TR390]);
	credit.debit_found = false;
	pc_rule_tr323(&x.row, &credit, &x.f);
	CHECK(x.f.failed[PC_R_TR323]);
	credit.debit_found = true;
	credit.credited = true;
	pc_rule_tr390(&credit, &x.f);
	CHECK(x.f.failed[PC_R_TR390]);
	base(&x);
	x.row.dc = "C";
	x.row.vorig_referentie = "REF-2025-0000";
	x.row.volume = 100000;		/* volume rules are not applied to a credit */
	credit.debit = x.row;
	CHECK(pc_cumulative_needs_credit_target(&x.row) && !pc_cumulative_needs_ledger(&x.row));
	pc_rules_cumulative(&x.row, &x.alloc, &empty, &credit, &x.f);
	CHECK(x.f.failed[PC_R_TR390] && !x.f.failed[PC_R_TR321] && count_failed(&x.f) == 1);

	/* a debit with an amount out of range is not counted */
	base(&x);
	x.row.amount = -1;
	CHECK(!pc_cumulative_needs_ledger(&x.row));

	/* no allocation (TR338): all moot, neither failed nor undecided */
	base(&x);
	x.alloc.found = false;
	pc_rules_cumulative(&x.row, &x.alloc, &empty, &credit, &x.f);
	CHECK(count_failed(&x.f) == 0);
	for (r = PC_R_TR321; r <= PC_R_TR390; r++)
		CHECKF(!x.f.undecided[r], "%s", pc_rule_names[r]);
}

/* ------------------------------------------------------------ regional */

static void
test_regional(void)
{
	example		x;
	pc_client_totals t;
	pc_ledger_entry e[3];
	pc_ledger	empty = {0, NULL};
	int32_t		companions[1];
	int			r;

	companions[0] = code("07A01");

	/* at most 120 minutes a week: March 2025 touches 6 weeks, 720 */
	base(&x);
	x.product.has_max_week = true;
	x.product.max_week = 120;
	x.product.has_max_year = true;
	x.product.max_year = 2000;
	e[0] = entry("43Z03", day(2025, 3, 3), day(2025, 3, 3), PC_LEDGER_MINUTES, 420, 0);
	e[1] = entry("43Z03", day(2025, 1, 6), day(2025, 1, 31), PC_LEDGER_MINUTES, 1280, 0);
	e[2] = entry("43Z03", day(2024, 12, 2), day(2024, 12, 31), PC_LEDGER_MINUTES, 900, 0);
	{
		LEDGER(l, e);
		CHECK(pc_regional_needs_ledger(&x.row, &x.product));
		pc_client_totals_of(&x.row, &x.product, &l, &t);
		CHECK(t.month_volume == 420 && t.year_volume == 1700);
		pc_rule_reg_max_week(&x.row, &x.product, &t, &x.f);
		CHECK(!x.f.failed[PC_R_REG_MAX_WEEK]);
		CHECK(x.f.figures[PC_R_REG_MAX_WEEK].value[3] == 720);
		pc_rule_reg_max_jaar(&x.row, &x.product, &t, &x.f);
		CHECK(!x.f.failed[PC_R_REG_MAX_JAAR]);	/* 1700 + 300 = 2000 */
		x.row.volume = 301;
		pc_rule_reg_max_week(&x.row, &x.product, &t, &x.f);
		CHECK(x.f.failed[PC_R_REG_MAX_WEEK]);
		pc_rule_reg_max_jaar(&x.row, &x.product, &t, &x.f);
		CHECK(x.f.failed[PC_R_REG_MAX_JAAR]);
	}

	/* transport (07A01 rides with 43Z03): a companion on an overlapping day */
	base(&x);
	x.row.code = code("07A01");
	x.row.period_start = x.row.period_end = day(2025, 3, 14);
	x.product.has_companions = true;
	x.product.n_companions = 1;
	x.product.companion_codes = companions;
	companions[0] = code("43Z03");
	e[0] = entry("43Z03", day(2025, 3, 14), day(2025, 3, 14), PC_LEDGER_MINUTES, 240, 0);
	e[1] = entry("43Z04", day(2025, 3, 13), day(2025, 3, 13), PC_LEDGER_MINUTES, 240, 0);
	e[2] = entry("43Z03", day(2025, 3, 15), day(2025, 3, 15), PC_LEDGER_MINUTES, 240, 0);
	{
		LEDGER(l, e);
		pc_client_totals_of(&x.row, &x.product, &l, &t);
		pc_rule_reg_samen_met(&x.product, &t, &x.f);
		CHECK(!x.f.failed[PC_R_REG_SAMEN_MET]);
		x.row.period_start = x.row.period_end = day(2025, 3, 13);
		pc_client_totals_of(&x.row, &x.product, &l, &t);
		pc_rule_reg_samen_met(&x.product, &t, &x.f);
		CHECK(x.f.failed[PC_R_REG_SAMEN_MET]);
	}

	/* living at home */
	base(&x);
	x.product.home_only = true;
	pc_rule_reg_thuiswonend(&x.product, &x.client, &x.f);
	CHECK(!x.f.failed[PC_R_REG_THUISWONEND]);
	x.client.lives_at_home = false;
	pc_rule_reg_thuiswonend(&x.product, &x.client, &x.f);
	CHECK(x.f.failed[PC_R_REG_THUISWONEND]);
	base(&x);
	x.product.home_only = true;
	x.client.found = false;
	x.client.lives_at_home = false;
	pc_rule_reg_thuiswonend(&x.product, &x.client, &x.f);
	CHECK(!x.f.failed[PC_R_REG_THUISWONEND] && x.f.undecided[PC_R_REG_THUISWONEND]);

	/* ages: youth care up to 18, extended to 23 */
	base(&x);
	x.product.has_max_age = true;
	x.product.max_age = 18;
	pc_rule_reg_leeftijd(&x.row, &x.alloc, &x.product, &x.client, &x.f);
	CHECK(!x.f.failed[PC_R_REG_LEEFTIJD]);
	CHECK(x.f.figures[PC_R_REG_LEEFTIJD].value[0] == 12);
	x.client.birth_date = day(2006, 5, 17);	/* 18 on 2024-05-17 */
	pc_rule_reg_leeftijd(&x.row, &x.alloc, &x.product, &x.client, &x.f);
	CHECK(x.f.failed[PC_R_REG_LEEFTIJD]);
	x.product.has_max_age_extended = true;
	x.product.max_age_extended = 23;
	pc_findings_init(&x.f);
	pc_rule_reg_leeftijd(&x.row, &x.alloc, &x.product, &x.client, &x.f);
	CHECK(x.f.failed[PC_R_REG_LEEFTIJD]);	/* 18 when the allocation began */
	x.alloc.start_date = day(2024, 1, 8);	/* 17 then: care may go on */
	pc_findings_init(&x.f);
	pc_rule_reg_leeftijd(&x.row, &x.alloc, &x.product, &x.client, &x.f);
	CHECK(!x.f.failed[PC_R_REG_LEEFTIJD]);
	x.alloc.found = false;		/* start unknown: not too old yet */
	pc_rule_reg_leeftijd(&x.row, &x.alloc, &x.product, &x.client, &x.f);
	CHECK(!x.f.failed[PC_R_REG_LEEFTIJD]);
	/* at least 4 */
	base(&x);
	x.product.has_min_age = true;
	x.product.min_age = 4;
	x.client.birth_date = day(2021, 3, 2);	/* 3 on 2025-03-01 */
	pc_rule_reg_leeftijd(&x.row, &x.alloc, &x.product, &x.client, &x.f);
	CHECK(x.f.failed[PC_R_REG_LEEFTIJD]);
	x.client.birth_date = day(2021, 3, 1);	/* 4 that day */
	pc_rule_reg_leeftijd(&x.row, &x.alloc, &x.product, &x.client, &x.f);
	CHECK(!x.f.failed[PC_R_REG_LEEFTIJD]);
	/* until the state pension age (67 years 3 months) */
	base(&x);
	x.product.until_pension = true;
	x.client.birth_date = day(1957, 11, 30);	/* 67y3m on 2025-02-28 */
	pc_rule_reg_leeftijd(&x.row, &x.alloc, &x.product, &x.client, &x.f);
	CHECK(x.f.failed[PC_R_REG_LEEFTIJD]);
	x.client.birth_date = day(1957, 12, 2);	/* on 2025-03-02 */
	pc_rule_reg_leeftijd(&x.row, &x.alloc, &x.product, &x.client, &x.f);
	CHECK(!x.f.failed[PC_R_REG_LEEFTIJD]);
	/* no birth date: undecided */
	base(&x);
	x.product.has_max_age = true;
	x.product.max_age = 18;
	x.client.has_birth_date = false;
	pc_rule_reg_leeftijd(&x.row, &x.alloc, &x.product, &x.client, &x.f);
	CHECK(!x.f.failed[PC_R_REG_LEEFTIJD] && x.f.undecided[PC_R_REG_LEEFTIJD]);

	/* the kind: moot without the product (TR381) or a valid BSN */
	base(&x);
	x.product.found = false;
	pc_rules_regional(&x.row, &x.alloc, &x.product, true, NULL, NULL, &x.f);
	for (r = PC_R_REG_MAX_WEEK; r <= PC_R_REG_LEEFTIJD; r++)
		CHECKF(!x.f.undecided[r] && !x.f.failed[r], "%s", pc_rule_names[r]);
	base(&x);
	x.product.has_max_year = true;
	x.product.max_year = 100;
	x.product.home_only = true;
	x.client.lives_at_home = false;
	CHECK(pc_regional_needs_client(&x.product));
	pc_rules_regional(&x.row, &x.alloc, &x.product, true, &empty, &x.client, &x.f);
	CHECK(x.f.failed[PC_R_REG_MAX_JAAR] && x.f.failed[PC_R_REG_THUISWONEND] &&
		  count_failed(&x.f) == 2);
	base(&x);
	x.product.has_max_year = true;
	x.product.max_year = 100;
	pc_rules_regional(&x.row, &x.alloc, &x.product, false, NULL, NULL, &x.f);
	CHECK(count_failed(&x.f) == 0 && !x.f.undecided[PC_R_REG_MAX_JAAR]);
	/* a credit counts no volume */
	base(&x);
	x.row.dc = "C";
	x.product.has_max_year = true;
	CHECK(!pc_regional_needs_ledger(&x.row, &x.product));
}

int
main(void)
{
	test_cumulative_totals();
	test_cumulative();
	test_regional();
	return check_summary("unit_rules_totals");
}
