/*
 * unit_rules_round2.c
 *		Unit tests of the second round of the rule audit (S11-S15,
 *		docs/rules.md section 6), found by the independent review
 *		(sql/review_fidelity.sql): credits get only the technical rules and
 *		TR323 compares the debit's key fields (IV085, IV091); TR318 counts
 *		only processed declarations, in the order of receipt (IV087, IV090);
 *		TR322 on open-ended allocations; the figures of TR321/TR322.
 *
 * On the example of test/rules_example.h.  The last line is
 * "unit_rules_round2: N passed, M failed".
 */
#include "pc_rules.h"

#include <stdio.h>
#include <string.h>

#include "check.h"
#include "rules_example.h"

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

int
main(void)
{
	test_s11_credits();
	test_s12_s13_tr318();
	test_s14_open_ended();
	test_s15_figures();
	return check_summary("unit_rules_round2");
}
