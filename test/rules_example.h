/*
 * rules_example.h
 *		The example the rule tests share (test/unit_rules.c,
 *		test/unit_rules_totals.c): product 43Z03 of category 43 in minutes
 *		("01"), allocated 2025-01-06..2025-06-30 in hours, 8 a month, to BSN
 *		999999990 by municipality 0363; the row is 300 minutes in March
 *		2025 at 8551 cents an hour.  base() gives that passing row and its
 *		facts; each test changes what it is about.
 *
 * Included once by each test program after check.h, so the helpers are
 * static inline, as there.
 */
#ifndef TEST_RULES_EXAMPLE_H
#define TEST_RULES_EXAMPLE_H

#include <string.h>

#include "pc_core.h"
#include "pc_period.h"
#include "pc_rules.h"

static inline int32_t
day(int y, int m, int d)
{
	return pc_date_from_ymd(y, m, d);
}

static inline int32_t
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

/* 300 minutes of 43Z03 in March 2025 on an hourly contract of 8551 cents */
static inline void
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
	x->row.tariff = 143;		/* 8551 / 60 = 142.52 */
	x->row.amount = pc_minutes_amount_cents(8551, 300);	/* 42755 */
	x->row.dc = "D";

	x->header.agb = "12345678";
	x->header.gemeentecode = "0363";
	x->header.domain = "JW";
	x->header.declaration_month = day(2025, 3, 1);
	x->header.duplicate = false;
	x->header.submitted_on = day(2025, 4, 10);
	x->header.received_on = day(2025, 4, 11);
	x->header.has_last_month = true;
	x->header.last_month = day(2025, 2, 1);

	x->alloc.found = true;
	x->alloc.agb = "12345678";
	x->alloc.domain = "JW";
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
	x->contract.any_unit = true;

	x->client.found = true;
	x->client.has_birth_date = true;
	x->client.birth_date = day(2012, 5, 17);
	x->client.lives_at_home = true;
	x->client.has_pension_age = true;
	x->client.pension_years = 67;
	x->client.pension_months = 3;

	pc_findings_init(&x->f);
}

static inline int
count_failed(const pc_findings *f)
{
	int			r,
				n = 0;

	for (r = 0; r < PC_N_RULES; r++)
		n += f->failed[r];
	return n;
}

/* a debit of the ledgers */
static inline pc_ledger_entry
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

/* an allocation ledger of n entries */
#define LEDGER(name, arr) \
	const pc_ledger_entry *name##_ptr[sizeof(arr) / sizeof(arr[0])]; \
	pc_ledger	name = {(int) (sizeof(arr) / sizeof(arr[0])), name##_ptr}; \
	do { size_t i_; for (i_ = 0; i_ < sizeof(arr) / sizeof(arr[0]); i_++) \
		name##_ptr[i_] = &arr[i_]; } while (0)


#endif							/* TEST_RULES_EXAMPLE_H */
