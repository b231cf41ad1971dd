/*
 * pc_rules_allocation.c
 *		The rules comparing a row with its allocation (kind "allocation" in
 *		data/rules.csv): TR338, TR304, TR384, TR339, TR340, TR341, TR307,
 *		TR308, TR387, TR388.
 *
 * Pure functions of the row and the allocation (pc_rules.h).  All but
 * TR338 need the row's allocation (the provider's and the domain's); they
 * are moot when there is none.
 */
#include "pc_rules.h"

#include <string.h>

#include "pc_period.h"

bool
pc_allocation_is_the_rows(const pc_allocation *a, const pc_header *h)
{
	return a->found && a->agb != NULL && a->domain != NULL &&
		strcmp(a->agb, h->agb) == 0 && strcmp(a->domain, h->domain) == 0;
}

/*
 * TR338: the ToewijzingNummer names an allocation of this municipality
 * issued to this provider in this domain (OP276: another provider's
 * allocation, or the other domain's, is none).
 */
void
pc_rule_tr338(const pc_allocation *a, const pc_header *h, pc_findings *f)
{
	f->failed[PC_R_TR338] = !pc_allocation_is_the_rows(a, h);
}

/* TR304: the row's BSN is the allocation's */
void
pc_rule_tr304(const pc_row *row, const pc_allocation *a, pc_findings *f)
{
	f->failed[PC_R_TR304] = strcmp(a->bsn, row->bsn) != 0;
}

/* TR384: the allocation is not deleted (change reason 13) */
void
pc_rule_tr384(const pc_allocation *a, pc_findings *f)
{
	f->failed[PC_R_TR384] = a->deleted;
}

/* TR339: the category is the allocation's, when it has one (not generic) */
void
pc_rule_tr339(const pc_row *row, const pc_allocation *a, pc_findings *f)
{
	f->failed[PC_R_TR339] = a->category != NULL && strcmp(a->category, row->category) != 0;
}

/* TR340: the code is the allocation's, when it has one */
void
pc_rule_tr340(const pc_row *row, const pc_allocation *a, pc_findings *f)
{
	f->failed[PC_R_TR340] = a->has_code && a->code != row->code;
}

/*
 * TR341: the unit is the allocation's; minutes on an hours allocation are
 * allowed.  An allocation without a unit (aspecific, generic, budget): the
 * unit is one the contract has for the code (c->found: a tariff in the
 * row's unit, or hourly for minutes); undecided when the contract has the
 * code in no unit at all.
 */
void
pc_rule_tr341(const pc_row *row, const pc_allocation *a, const pc_contract *c,
			  pc_findings *f)
{
	if (a->unit != NULL)
		f->failed[PC_R_TR341] = strcmp(a->unit, row->unit) != 0 &&
			!(pc_unit_is(a->unit, PC_UNIT_HOUR) && pc_unit_is(row->unit, PC_UNIT_MINUTE));
	else if (!c->any_unit)
		f->undecided[PC_R_TR341] = true;
	else
		f->failed[PC_R_TR341] = !c->found;
}

/* TR307: the period does not begin before the allocation.  Figures: both starts. */
void
pc_rule_tr307(const pc_row *row, const pc_allocation *a, pc_findings *f)
{
	f->failed[PC_R_TR307] = row->period_start < a->start_date;
	pc_set_figures(f, PC_R_TR307, 2, row->period_start, a->start_date, 0, 0);
}

/* TR308: the period does not end after the allocation.  Figures: both ends. */
void
pc_rule_tr308(const pc_row *row, const pc_allocation *a, pc_findings *f)
{
	f->failed[PC_R_TR308] = a->has_end && row->period_end > a->end_date;
	if (a->has_end)
		pc_set_figures(f, PC_R_TR308, 2, row->period_end, a->end_date, 0, 0);
}

/*
 * TR387 (IV089): a period in one month begins on the 1st, or on the
 * allocation's start when that lies later in the month: exactly
 * max(1st, allocation start).  An allocation starting after the month is
 * TR307's.  Figures: period start, the start expected.
 */
void
pc_rule_tr387(const pc_row *row, const pc_allocation *a, pc_findings *f)
{
	int32_t		month_first = pc_month_first_day(row->period_start);
	int32_t		month_last = pc_month_last_day(row->period_start);
	int32_t		expected = a->start_date > month_first ? a->start_date : month_first;

	if (!pc_period_in_one_month(row->period_start, row->period_end) ||
		a->start_date > month_last)
		return;
	f->failed[PC_R_TR387] = row->period_start != expected;
	pc_set_figures(f, PC_R_TR387, 2, row->period_start, expected, 0, 0);
}

/*
 * TR388 (IV089): a period in one month ends on the month's last day, or on
 * the allocation's end when that lies earlier in the month: exactly
 * min(last day, allocation end).  An allocation that ended before the
 * month is TR308's.  Figures: period end, the end expected.
 */
void
pc_rule_tr388(const pc_row *row, const pc_allocation *a, pc_findings *f)
{
	int32_t		month_first = pc_month_first_day(row->period_start);
	int32_t		month_last = pc_month_last_day(row->period_start);
	int32_t		expected = a->has_end && a->end_date < month_last ? a->end_date : month_last;

	if (!pc_period_in_one_month(row->period_start, row->period_end) ||
		(a->has_end && a->end_date < month_first))
		return;
	f->failed[PC_R_TR388] = row->period_end != expected;
	pc_set_figures(f, PC_R_TR388, 2, row->period_end, expected, 0, 0);
}

void
pc_rules_allocation(const pc_row *row, const pc_header *h, const pc_allocation *a,
					const pc_contract *c, pc_findings *f)
{
	if (pc_is_credit(row))
		return;					/* S11: not for a credit */
	pc_rule_tr338(a, h, f);
	if (f->failed[PC_R_TR338])
		return;
	pc_rule_tr304(row, a, f);
	pc_rule_tr384(a, f);
	pc_rule_tr339(row, a, f);
	pc_rule_tr340(row, a, f);
	pc_rule_tr341(row, a, c, f);
	pc_rule_tr307(row, a, f);
	pc_rule_tr308(row, a, f);
	pc_rule_tr387(row, a, f);
	pc_rule_tr388(row, a, f);
}
