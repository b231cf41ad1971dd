/*
 * unit_rules.c
 *		Unit tests of the rules of the core that look at one row and its
 *		facts: the kinds format, allocation, declaration and catalogue
 *		(src/pc_rules_format.c, _allocation.c, _declaration.c, _catalogue.c)
 *		and what they share (src/pc_rules.c).  The running totals are in
 *		test/unit_rules_totals.c.
 *
 * Every rule function has at least a passing and a failing case, on the
 * example of test/rules_example.h.  The checks are those of test/check.h;
 * the last line is "unit_rules: N passed, M failed".
 *
 * Built with: gcc -Wall -Wextra -Werror -std=c99 -O1 -g -Isrc
 *             src/pc_core.c src/pc_period.c src/pc_rules*.c test/unit_rules.c
 */
#include "pc_rules.h"

#include <stdio.h>
#include <string.h>

#include "check.h"
#include "rules_example.h"

/* -------------------------------------------------------------- shared */

static void
test_shared(void)
{
	int			r;

	CHECK(strcmp(pc_rule_names[PC_R_FMT_BSN], "FMT_BSN") == 0);
	CHECK(strcmp(pc_rule_names[PC_R_TR322], "TR322") == 0);
	CHECK(strcmp(pc_rule_names[PC_R_REG_LEEFTIJD], "REG_LEEFTIJD") == 0);
	for (r = 0; r < PC_N_RULES; r++)
		CHECKF(pc_rule_names[r] != NULL && pc_rule_names[r][0] != '\0', "rule %d", r);
	CHECK(pc_in_amount_range(0) && pc_in_amount_range(99999999));
	CHECK(!pc_in_amount_range(-1) && !pc_in_amount_range(100000000));
	CHECK(pc_unit_is("01", PC_UNIT_MINUTE) && !pc_unit_is(NULL, PC_UNIT_MINUTE));
	CHECK(pc_frequency_of_code("1") == PC_FREQ_DAY);
	CHECK(pc_frequency_of_code("2") == PC_FREQ_WEEK);
	CHECK(pc_frequency_of_code("4") == PC_FREQ_MONTH);
	CHECK(pc_frequency_of_code("6") == PC_FREQ_TOTAL);
}

/* -------------------------------------------------------------- format */

static void
test_format(void)
{
	example		x;
	pc_list_facts lists = {true, true};

	/* the example passes every format rule */
	base(&x);
	pc_rules_format(&x.row, &lists, &x.f);
	CHECKF(count_failed(&x.f) == 0, "%d failed", count_failed(&x.f));

	base(&x);
	x.row.bsn = "999999991";	/* fails the elfproef */
	pc_rule_fmt_bsn(&x.row, &x.f);
	CHECK(x.f.failed[PC_R_FMT_BSN]);
	base(&x);
	pc_rule_fmt_bsn(&x.row, &x.f);
	CHECK(!x.f.failed[PC_R_FMT_BSN]);

	base(&x);
	lists.category_listed = false;
	pc_rule_fmt_categorie(&lists, &x.f);
	CHECK(x.f.failed[PC_R_FMT_CATEGORIE]);
	lists.category_listed = true;
	base(&x);
	pc_rule_fmt_categorie(&lists, &x.f);
	CHECK(!x.f.failed[PC_R_FMT_CATEGORIE]);

	base(&x);
	lists.unit_listed = false;
	pc_rule_fmt_eenheid(&lists, &x.f);
	CHECK(x.f.failed[PC_R_FMT_EENHEID]);
	lists.unit_listed = true;
	base(&x);
	pc_rule_fmt_eenheid(&lists, &x.f);
	CHECK(!x.f.failed[PC_R_FMT_EENHEID]);

	base(&x);
	x.row.dc = "X";
	pc_rule_fmt_debetcredit(&x.row, &x.f);
	CHECK(x.f.failed[PC_R_FMT_DEBETCREDIT]);
	base(&x);
	x.row.dc = "C";
	pc_rule_fmt_debetcredit(&x.row, &x.f);
	CHECK(!x.f.failed[PC_R_FMT_DEBETCREDIT]);

	base(&x);
	x.row.amount = 0;
	x.row.dc = "C";
	pc_rule_fmt_nul_debet(&x.row, &x.f);
	CHECK(x.f.failed[PC_R_FMT_NUL_DEBET]);
	base(&x);
	x.row.amount = 0;
	pc_rule_fmt_nul_debet(&x.row, &x.f);
	CHECK(!x.f.failed[PC_R_FMT_NUL_DEBET]);

	base(&x);
	x.row.period_end = day(2025, 4, 1);	/* two months */
	pc_rule_fmt_periode(&x.row, &x.f);
	CHECK(x.f.failed[PC_R_FMT_PERIODE]);
	base(&x);
	x.row.period_start = day(2025, 3, 10);
	x.row.period_end = day(2025, 3, 9);	/* ends before it begins */
	pc_rule_fmt_periode(&x.row, &x.f);
	CHECK(x.f.failed[PC_R_FMT_PERIODE]);
	base(&x);
	x.row.period_start = x.row.period_end = day(2025, 3, 14);
	pc_rule_fmt_periode(&x.row, &x.f);
	CHECK(!x.f.failed[PC_R_FMT_PERIODE]);

	base(&x);
	x.row.amount = 100000000;
	pc_rule_fmt_bedrag(&x.row, &x.f);
	CHECK(x.f.failed[PC_R_FMT_BEDRAG]);
	CHECK(x.f.figures[PC_R_FMT_BEDRAG].n == 3 &&
		  x.f.figures[PC_R_FMT_BEDRAG].value[1] == 100000000);
	base(&x);
	x.row.tariff = -1;
	pc_rule_fmt_bedrag(&x.row, &x.f);
	CHECK(x.f.failed[PC_R_FMT_BEDRAG]);
	base(&x);
	x.row.volume = 99999999;
	pc_rule_fmt_bedrag(&x.row, &x.f);
	CHECK(!x.f.failed[PC_R_FMT_BEDRAG]);

	base(&x);
	x.row.has_tariff = false;	/* minutes need a tariff */
	pc_rule_fmt_tarief(&x.row, &x.f);
	CHECK(x.f.failed[PC_R_FMT_TARIEF]);
	base(&x);
	x.row.unit = PC_UNIT_EURO;	/* euros must not have one */
	pc_rule_fmt_tarief(&x.row, &x.f);
	CHECK(x.f.failed[PC_R_FMT_TARIEF]);
	base(&x);
	x.row.unit = PC_UNIT_EURO;
	x.row.has_tariff = false;
	pc_rule_fmt_tarief(&x.row, &x.f);
	CHECK(!x.f.failed[PC_R_FMT_TARIEF]);

	base(&x);
	x.row.dc = "C";				/* a credit without VorigReferentieNummer */
	pc_rule_fmt_vorigref(&x.row, &x.f);
	CHECK(x.f.failed[PC_R_FMT_VORIGREF]);
	base(&x);
	x.row.dc = "C";
	x.row.vorig_referentie = "";
	pc_rule_fmt_vorigref(&x.row, &x.f);
	CHECK(x.f.failed[PC_R_FMT_VORIGREF]);
	base(&x);
	x.row.vorig_referentie = "REF-2025-0000";	/* a debit with one */
	pc_rule_fmt_vorigref(&x.row, &x.f);
	CHECK(x.f.failed[PC_R_FMT_VORIGREF]);
	base(&x);
	x.row.dc = "C";
	x.row.vorig_referentie = "REF-2025-0000";
	pc_rule_fmt_vorigref(&x.row, &x.f);
	CHECK(!x.f.failed[PC_R_FMT_VORIGREF]);

	base(&x);
	x.row.referentie = "";
	pc_rule_fmt_referentie(&x.row, &x.f);
	CHECK(x.f.failed[PC_R_FMT_REFERENTIE]);
	base(&x);
	x.row.referentie = "123456789012345678901";	/* 21 */
	pc_rule_fmt_referentie(&x.row, &x.f);
	CHECK(x.f.failed[PC_R_FMT_REFERENTIE]);
	CHECK(x.f.figures[PC_R_FMT_REFERENTIE].value[0] == 21);
	base(&x);
	x.row.referentie = "12345678901234567890";	/* 20 */
	pc_rule_fmt_referentie(&x.row, &x.f);
	CHECK(!x.f.failed[PC_R_FMT_REFERENTIE]);
}

/* ---------------------------------------------------------- allocation */

static void
test_allocation(void)
{
	example		x;
	int			r;

	base(&x);
	pc_rules_allocation(&x.row, &x.header, &x.alloc, &x.contract, &x.f);
	CHECKF(count_failed(&x.f) == 0, "%d failed", count_failed(&x.f));

	/* no allocation: TR338, the others moot (neither failed nor undecided) */
	base(&x);
	x.alloc.found = false;
	pc_rules_allocation(&x.row, &x.header, &x.alloc, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR338] && count_failed(&x.f) == 1);
	for (r = PC_R_TR338; r <= PC_R_TR388; r++)
		CHECKF(!x.f.undecided[r], "%s", pc_rule_names[r]);

	base(&x);
	x.alloc.bsn = "999999989";
	pc_rule_tr304(&x.row, &x.alloc, &x.f);
	CHECK(x.f.failed[PC_R_TR304]);
	base(&x);
	pc_rule_tr304(&x.row, &x.alloc, &x.f);
	CHECK(!x.f.failed[PC_R_TR304]);

	base(&x);
	x.alloc.deleted = true;
	pc_rule_tr384(&x.alloc, &x.f);
	CHECK(x.f.failed[PC_R_TR384]);
	base(&x);
	pc_rule_tr384(&x.alloc, &x.f);
	CHECK(!x.f.failed[PC_R_TR384]);

	base(&x);
	x.row.category = "45";
	pc_rule_tr339(&x.row, &x.alloc, &x.f);
	CHECK(x.f.failed[PC_R_TR339]);
	base(&x);
	pc_rule_tr339(&x.row, &x.alloc, &x.f);
	CHECK(!x.f.failed[PC_R_TR339]);

	base(&x);
	x.row.code = code("43Z04");
	pc_rule_tr340(&x.row, &x.alloc, &x.f);
	CHECK(x.f.failed[PC_R_TR340]);
	base(&x);
	x.row.code = code("43Z04");
	x.alloc.has_code = false;	/* a category allocation */
	pc_rule_tr340(&x.row, &x.alloc, &x.f);
	CHECK(!x.f.failed[PC_R_TR340]);

	base(&x);
	x.row.unit = "14";			/* etmaal on an hours allocation */
	pc_rule_tr341(&x.row, &x.alloc, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR341]);
	base(&x);					/* minutes on hours */
	pc_rule_tr341(&x.row, &x.alloc, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR341]);
	base(&x);
	x.alloc.unit = PC_UNIT_MINUTE;
	x.row.unit = PC_UNIT_HOUR;	/* hours on a minutes allocation */
	pc_rule_tr341(&x.row, &x.alloc, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR341]);
	base(&x);
	x.alloc.unit = NULL;		/* budget allocation, the contract has 14 */
	x.row.unit = "14";
	pc_rule_tr341(&x.row, &x.alloc, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR341] && !x.f.undecided[PC_R_TR341]);

	base(&x);
	x.row.period_start = day(2025, 1, 1);
	x.row.period_end = day(2025, 1, 31);
	pc_rule_tr307(&x.row, &x.alloc, &x.f);
	CHECK(x.f.failed[PC_R_TR307]);
	CHECK(x.f.figures[PC_R_TR307].n == 2 &&
		  x.f.figures[PC_R_TR307].value[0] == day(2025, 1, 1) &&
		  x.f.figures[PC_R_TR307].value[1] == day(2025, 1, 6));
	base(&x);
	x.row.period_start = day(2025, 1, 6);
	pc_rule_tr307(&x.row, &x.alloc, &x.f);
	CHECK(!x.f.failed[PC_R_TR307]);

	base(&x);
	x.row.period_start = day(2025, 7, 1);
	x.row.period_end = day(2025, 7, 31);
	pc_rule_tr308(&x.row, &x.alloc, &x.f);
	CHECK(x.f.failed[PC_R_TR308]);
	CHECK(x.f.figures[PC_R_TR308].value[1] == day(2025, 6, 30));
	base(&x);
	x.row.period_start = day(2025, 7, 1);
	x.row.period_end = day(2025, 7, 31);
	x.alloc.has_end = false;	/* open-ended */
	pc_rule_tr308(&x.row, &x.alloc, &x.f);
	CHECK(!x.f.failed[PC_R_TR308]);

	base(&x);
	x.row.period_start = day(2025, 3, 2);	/* not the 1st */
	pc_rule_tr387(&x.row, &x.alloc, &x.f);
	CHECK(x.f.failed[PC_R_TR387]);
	base(&x);
	x.row.period_start = day(2025, 1, 6);	/* the allocation starts then */
	x.row.period_end = day(2025, 1, 31);
	pc_rule_tr387(&x.row, &x.alloc, &x.f);
	CHECK(!x.f.failed[PC_R_TR387]);
	base(&x);
	x.row.period_start = day(2025, 3, 2);
	x.row.period_end = day(2025, 4, 1);	/* FMT_PERIODE has it */
	pc_rule_tr387(&x.row, &x.alloc, &x.f);
	CHECK(!x.f.failed[PC_R_TR387]);

	base(&x);
	x.row.period_end = day(2025, 3, 30);	/* not the last day */
	pc_rule_tr388(&x.row, &x.alloc, &x.f);
	CHECK(x.f.failed[PC_R_TR388]);
	base(&x);
	x.alloc.end_date = day(2025, 3, 20);	/* the allocation ends then */
	x.row.period_end = day(2025, 3, 20);
	pc_rule_tr388(&x.row, &x.alloc, &x.f);
	CHECK(!x.f.failed[PC_R_TR388]);
}

/* --------------------------------------------------------- declaration */

static void
test_declaration(void)
{
	example		x;

	base(&x);
	pc_rules_declaration(&x.row, &x.header, false, &x.f);
	CHECKF(count_failed(&x.f) == 0, "%d failed", count_failed(&x.f));

	base(&x);
	x.header.declaration_month = day(2025, 2, 1);	/* row for March */
	pc_rule_tr319(&x.row, &x.header, &x.f);
	CHECK(x.f.failed[PC_R_TR319]);
	CHECK(x.f.figures[PC_R_TR319].value[1] == day(2025, 2, 28));
	base(&x);
	x.header.declaration_month = day(2025, 4, 1);	/* declared later */
	pc_rule_tr319(&x.row, &x.header, &x.f);
	CHECK(!x.f.failed[PC_R_TR319]);

	/* TR135: the DeclaratieDagtekening against the day of receipt */
	base(&x);
	x.header.submitted_on = day(2025, 4, 12);
	pc_rule_tr135(&x.header, &x.f);
	CHECK(x.f.failed[PC_R_TR135]);
	CHECK(x.f.figures[PC_R_TR135].value[0] == day(2025, 4, 12) &&
		  x.f.figures[PC_R_TR135].value[1] == day(2025, 4, 11));
	base(&x);
	x.header.submitted_on = x.header.received_on;
	pc_rule_tr135(&x.header, &x.f);
	CHECK(!x.f.failed[PC_R_TR135]);

	base(&x);
	pc_rule_tr314(true, &x.f);
	CHECK(x.f.failed[PC_R_TR314]);
	base(&x);
	pc_rule_tr314(false, &x.f);
	CHECK(!x.f.failed[PC_R_TR314]);

	base(&x);
	x.header.duplicate = true;
	pc_rule_tr333(&x.header, &x.f);
	CHECK(x.f.failed[PC_R_TR333]);
	base(&x);
	pc_rule_tr333(&x.header, &x.f);
	CHECK(!x.f.failed[PC_R_TR333]);
}

/* ----------------------------------------------------------- catalogue */

static void
test_catalogue(void)
{
	example		x;

	base(&x);
	pc_rule_tr381(&x.row, &x.product, &x.f);
	CHECK(!x.f.failed[PC_R_TR381] && !x.f.undecided[PC_R_TR381]);
	base(&x);
	x.product.category = "45";
	pc_rule_tr381(&x.row, &x.product, &x.f);
	CHECK(x.f.failed[PC_R_TR381]);
	base(&x);
	x.product.found = false;	/* not in the catalogue in use */
	pc_rule_tr381(&x.row, &x.product, &x.f);
	CHECK(x.f.failed[PC_R_TR381]);
	base(&x);
	x.product.has_catalogue = x.product.found = false;
	pc_rule_tr381(&x.row, &x.product, &x.f);
	CHECK(!x.f.failed[PC_R_TR381] && x.f.undecided[PC_R_TR381]);

	base(&x);
	pc_rule_tr378(&x.alloc, false, &x.f);
	CHECK(x.f.failed[PC_R_TR378]);
	base(&x);
	pc_rule_tr378(&x.alloc, true, &x.f);
	CHECK(!x.f.failed[PC_R_TR378] && !x.f.undecided[PC_R_TR378]);
	base(&x);
	x.alloc.found = false;		/* moot: TR338 */
	pc_rule_tr378(&x.alloc, false, &x.f);
	CHECK(!x.f.failed[PC_R_TR378] && !x.f.undecided[PC_R_TR378]);

	base(&x);
	pc_rule_tr418(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR418]);
	base(&x);
	x.row.tariff = 8500;
	pc_rule_tr418(&x.row, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR418]);
	CHECK(x.f.figures[PC_R_TR418].value[0] == 8500 &&
		  x.f.figures[PC_R_TR418].value[1] == 143 &&
		  x.f.figures[PC_R_TR418].value[2] == 8551);
	base(&x);
	x.row.tariff = 8500;
	x.contract.found = false;
	pc_rule_tr418(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR418] && x.f.undecided[PC_R_TR418]);

	/* minutes on an hourly contract: 8551 x 300 / 60 = 42755 */
	base(&x);
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR346]);
	base(&x);
	x.row.amount = 300 * 8551;	/* per unit, but the contract is hourly */
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR346]);
	base(&x);
	x.row.amount = 300 * 143;
	x.contract.hourly = false;	/* a tariff per minute */
	x.contract.tariff = 143;
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR346]);
	/* no contract: volume x tariff, or an hourly tariff rounding to 143 */
	base(&x);
	x.contract.found = false;	/* 8551 an hour: 42755 */
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR346]);
	base(&x);
	x.contract.found = false;
	x.row.amount = 300 * 143;
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR346]);
	base(&x);
	x.contract.found = false;
	x.row.amount = 42749;		/* below 8550 an hour x 300 / 60 = 42750 */
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR346]);
	base(&x);
	x.contract.found = false;
	x.row.amount = 43046;		/* above 8609 an hour x 300 / 60 = 43045 */
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR346]);
	base(&x);
	x.contract.found = false;
	x.row.amount = 43045;
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR346]);
	base(&x);
	x.contract.found = false;	/* hours: only volume x tariff */
	x.row.unit = PC_UNIT_HOUR;
	x.row.volume = 5;
	x.row.tariff = 8551;
	x.row.amount = 5 * 8551 + 1;
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR346]);

	/* CS339: euros, amount = volume; TR346 does not apply to unit 83 */
	base(&x);
	x.row.unit = PC_UNIT_EURO;
	x.row.has_tariff = false;
	x.row.volume = x.row.amount = 12500;
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	pc_rule_cs339(&x.row, &x.f);
	CHECK(!x.f.failed[PC_R_TR346] && !x.f.failed[PC_R_CS339]);
	x.row.amount = 12501;
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	pc_rule_cs339(&x.row, &x.f);
	CHECK(!x.f.failed[PC_R_TR346] && x.f.failed[PC_R_CS339]);
	CHECK(x.f.figures[PC_R_CS339].value[0] == 12501 &&
		  x.f.figures[PC_R_CS339].value[1] == 12500);
	base(&x);
	x.row.amount = 1;			/* not euros: CS339 does not apply */
	pc_rule_cs339(&x.row, &x.f);
	CHECK(!x.f.failed[PC_R_CS339]);
	base(&x);
	x.row.has_tariff = false;	/* FMT_TARIEF has it */
	x.row.amount = 1;
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR346]);
}

int
main(void)
{
	test_shared();
	test_format();
	test_allocation();
	test_declaration();
	test_catalogue();
	return check_summary("unit_rules");
}
