/*
 * unit_rules.c
 *		Unit tests of the rules of the core (src/pc_rules*.c), without a
 *		server.
 *
 * Every rule function has at least a passing and a failing case, on the
 * realistic values of one example: product 43Z03 of category 43 in
 * minutes ("01"), allocated 2025-01-06..2025-06-30 to BSN 999999990 by
 * municipality 0363; the row is for March 2025.  Each test starts from
 * that passing row (base()) and changes what it is about.  The checks are
 * those of test/check.h; the last line is "unit_rules: N passed, M failed".
 *
 * Built with: gcc -Wall -Wextra -Werror -std=c99 -O1 -g -Isrc
 *             src/pc_core.c src/pc_period.c src/pc_rules*.c test/unit_rules.c
 */
#include "pc_rules.h"

#include <stdio.h>
#include <string.h>

#include "pc_core.h"
#include "pc_period.h"

#include "check.h"

/* ------------------------------------------------------------ the example */

static int32_t
day(int y, int m, int d)
{
	return pc_date_from_ymd(y, m, d);
}

static int32_t
code(const char *text)
{
	int32_t		packed = -1;

	(void) pc_code_parse(text, strlen(text), &packed, NULL);
	return packed;
}

typedef struct example
{
	pc_row		row;
	pc_header	header;
	pc_allocation alloc;
	pc_product	product;
	pc_contract contract;
	pc_client	client;
	pc_findings f;
} example;

/* 300 minutes of 43Z03 in March 2025 at 8551 cents an hour */
static void
base(example *x)
{
	memset(x, 0, sizeof(*x));
	x->row.referentie = "REF-2025-0001";
	x->row.vorig_referentie = NULL;
	x->row.toewijzing = 12345;
	x->row.bsn = "999999990";
	x->row.category = "43";
	x->row.code = code("43Z03");
	x->row.period_start = day(2025, 3, 1);
	x->row.period_end = day(2025, 3, 31);
	x->row.volume = 300;
	x->row.unit = PC_UNIT_MINUTE;
	x->row.has_tariff = true;
	x->row.tariff = 8551;
	x->row.amount = pc_minutes_amount_cents(8551, 300);	/* 42755 */
	x->row.dc = "D";

	x->header.agb = "12345678";
	x->header.gemeentecode = "0363";
	x->header.domain = "JW";
	x->header.declaration_month = day(2025, 3, 1);
	x->header.duplicate = false;

	x->alloc.found = true;
	x->alloc.bsn = "999999990";
	x->alloc.category = "43";
	x->alloc.has_code = true;
	x->alloc.code = code("43Z03");
	x->alloc.unit = PC_UNIT_HOUR;
	x->alloc.start_date = day(2025, 1, 6);
	x->alloc.has_end = true;
	x->alloc.end_date = day(2025, 6, 30);
	x->alloc.has_volume = true;
	x->alloc.volume = 8;		/* 8 hours ... */
	x->alloc.frequency = "4";	/* ... a month */

	x->product.has_catalogue = true;
	x->product.found = true;
	x->product.category = "43";

	x->contract.found = true;
	x->contract.tariff = 8551;
	x->contract.hourly = true;

	x->client.found = true;
	x->client.has_birth_date = true;
	x->client.birth_date = day(2012, 5, 17);
	x->client.lives_at_home = true;
	x->client.has_pension_age = true;
	x->client.pension_years = 67;
	x->client.pension_months = 3;

	pc_findings_init(&x->f);
}

static int
count_failed(const pc_findings *f)
{
	int			r,
				n = 0;

	for (r = 0; r < PC_N_RULES; r++)
		n += f->failed[r];
	return n;
}

/* a debit of the ledgers */
static pc_ledger_entry
entry(const char *c, int32_t start, int32_t end, pc_unit_kind kind, int64_t volume,
	  int64_t amount)
{
	pc_ledger_entry e;

	memset(&e, 0, sizeof(e));
	e.referentie = "REF-2025-0000";
	e.agb = "12345678";
	e.domain = "JW";
	e.category = "43";
	e.has_code = true;
	e.code = code(c);
	e.has_start = e.has_end = true;
	e.period_start = start;
	e.period_end = end;
	e.unit_kind = kind;
	e.volume = volume;
	e.amount = amount;
	return e;
}

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
	pc_rules_allocation(&x.row, &x.alloc, &x.f);
	CHECKF(count_failed(&x.f) == 0, "%d failed", count_failed(&x.f));

	/* no allocation: TR338, the others undecided */
	base(&x);
	x.alloc.found = false;
	pc_rules_allocation(&x.row, &x.alloc, &x.f);
	CHECK(x.f.failed[PC_R_TR338] && count_failed(&x.f) == 1);
	for (r = PC_R_TR304; r <= PC_R_TR388; r++)
		CHECKF(x.f.undecided[r], "%s", pc_rule_names[r]);
	CHECK(!x.f.undecided[PC_R_TR338]);

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
	pc_rule_tr341(&x.row, &x.alloc, &x.f);
	CHECK(x.f.failed[PC_R_TR341]);
	base(&x);					/* minutes on hours */
	pc_rule_tr341(&x.row, &x.alloc, &x.f);
	CHECK(!x.f.failed[PC_R_TR341]);
	base(&x);
	x.alloc.unit = PC_UNIT_MINUTE;
	x.row.unit = PC_UNIT_HOUR;	/* hours on a minutes allocation */
	pc_rule_tr341(&x.row, &x.alloc, &x.f);
	CHECK(x.f.failed[PC_R_TR341]);
	base(&x);
	x.alloc.unit = NULL;		/* budget allocation */
	x.row.unit = "14";
	pc_rule_tr341(&x.row, &x.alloc, &x.f);
	CHECK(!x.f.failed[PC_R_TR341]);

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
	int32_t		today = day(2025, 4, 10);

	base(&x);
	pc_rules_declaration(&x.row, &x.header, today, false, &x.f);
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

	base(&x);
	pc_rule_tr135(&x.row, &x.header, day(2025, 3, 30), &x.f);
	CHECK(x.f.failed[PC_R_TR135]);
	CHECK(x.f.figures[PC_R_TR135].value[0] == day(2025, 3, 31));
	base(&x);
	pc_rule_tr135(&x.row, &x.header, day(2025, 3, 31), &x.f);
	CHECK(!x.f.failed[PC_R_TR135]);
	base(&x);
	x.header.declaration_month = day(2025, 5, 1);
	pc_rule_tr135(&x.row, &x.header, today, &x.f);
	CHECK(x.f.failed[PC_R_TR135]);

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
	x.alloc.found = false;
	pc_rule_tr378(&x.alloc, false, &x.f);
	CHECK(!x.f.failed[PC_R_TR378] && x.f.undecided[PC_R_TR378]);

	base(&x);
	pc_rule_tr418(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR418]);
	base(&x);
	x.row.tariff = 8500;
	pc_rule_tr418(&x.row, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR418]);
	CHECK(x.f.figures[PC_R_TR418].value[0] == 8500 &&
		  x.f.figures[PC_R_TR418].value[1] == 8551);
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
	x.row.amount = 300 * 8551;
	x.contract.hourly = false;	/* a tariff per minute */
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR346]);
	base(&x);
	x.contract.found = false;	/* either reading passes */
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR346]);
	base(&x);
	x.contract.found = false;
	x.row.amount = 42756;
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR346]);
	base(&x);
	x.row.unit = PC_UNIT_EURO;	/* euros: amount = volume */
	x.row.has_tariff = false;
	x.row.volume = x.row.amount = 12500;
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR346]);
	x.row.amount = 12501;
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(x.f.failed[PC_R_TR346]);
	base(&x);
	x.row.has_tariff = false;	/* FMT_TARIEF has it */
	x.row.amount = 1;
	pc_rule_tr346(&x.row, &x.contract, &x.f);
	CHECK(!x.f.failed[PC_R_TR346]);
}

/* ---------------------------------------------------------- cumulative */

/* an allocation ledger of n entries */
#define LEDGER(name, arr) \
	const pc_ledger_entry *name##_ptr[sizeof(arr) / sizeof(arr[0])]; \
	pc_ledger	name = {(int) (sizeof(arr) / sizeof(arr[0])), name##_ptr}; \
	do { size_t i_; for (i_ = 0; i_ < sizeof(arr) / sizeof(arr[0]); i_++) \
		name##_ptr[i_] = &arr[i_]; } while (0)

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
	pc_credit_target credit = {true, true, false};
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
			  x.f.figures[PC_R_TR321].value[0] == 8 &&
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
		/* per month without an end date: not applied */
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
	pc_rule_tr323(&credit, &x.f);
	pc_rule_tr390(&credit, &x.f);
	CHECK(!x.f.failed[PC_R_TR323] && !x.f.failed[PC_R_TR390]);
	credit.debit_found = false;
	pc_rule_tr323(&credit, &x.f);
	CHECK(x.f.failed[PC_R_TR323]);
	credit.debit_found = true;
	credit.credited = true;
	pc_rule_tr390(&credit, &x.f);
	CHECK(x.f.failed[PC_R_TR390]);
	base(&x);
	x.row.dc = "C";
	x.row.vorig_referentie = "REF-2025-0000";
	x.row.volume = 100000;		/* volume rules are not applied to a credit */
	CHECK(pc_cumulative_needs_credit_target(&x.row) && !pc_cumulative_needs_ledger(&x.row));
	pc_rules_cumulative(&x.row, &x.alloc, &empty, &credit, &x.f);
	CHECK(x.f.failed[PC_R_TR390] && !x.f.failed[PC_R_TR321] && count_failed(&x.f) == 1);

	/* a debit with an amount out of range is not counted */
	base(&x);
	x.row.amount = -1;
	CHECK(!pc_cumulative_needs_ledger(&x.row));

	/* no allocation: all undecided */
	base(&x);
	x.alloc.found = false;
	pc_rules_cumulative(&x.row, &x.alloc, &empty, &credit, &x.f);
	CHECK(count_failed(&x.f) == 0);
	for (r = PC_R_TR321; r <= PC_R_TR390; r++)
		CHECKF(x.f.undecided[r], "%s", pc_rule_names[r]);
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

	/* the kind: nothing to apply without the product or a valid BSN */
	base(&x);
	x.product.found = false;
	pc_rules_regional(&x.row, &x.alloc, &x.product, true, NULL, NULL, &x.f);
	for (r = PC_R_REG_MAX_WEEK; r <= PC_R_REG_LEEFTIJD; r++)
		CHECKF(x.f.undecided[r] && !x.f.failed[r], "%s", pc_rule_names[r]);
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
	CHECK(count_failed(&x.f) == 0 && x.f.undecided[PC_R_REG_MAX_JAAR]);
	/* a credit counts no volume */
	base(&x);
	x.row.dc = "C";
	x.product.has_max_year = true;
	CHECK(!pc_regional_needs_ledger(&x.row, &x.product));
}

int
main(void)
{
	test_shared();
	test_format();
	test_allocation();
	test_declaration();
	test_catalogue();
	test_cumulative_totals();
	test_cumulative();
	test_regional();
	return check_summary("unit_rules");
}
