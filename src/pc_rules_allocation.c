/*
 * pc_rules_allocation.c
 *		The rules comparing a row with its allocation (kind "allocation" in
 *		data/rules.csv): TR338, TR304, TR384, TR339, TR340, TR341, TR307,
 *		TR308, TR387, TR388.
 *
 * Pure functions of the row and the allocation (pc_rules.h).  All but
 * TR338 need an allocation; pc_rules_allocation() marks them undecided
 * when there is none.
 */
#include "pc_rules.h"

#include <string.h>

#include "pc_period.h"

/* TR338: the ToewijzingNummer names an allocation of this municipality */
void
pc_rule_tr338(const pc_allocation *a, pc_findings *f)
{
	f->failed[PC_R_TR338] = !a->found;
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

/* TR339: the category is the allocation's */
void
pc_rule_tr339(const pc_row *row, const pc_allocation *a, pc_findings *f)
{
	f->failed[PC_R_TR339] = strcmp(a->category, row->category) != 0;
}

/* TR340: the code is the allocation's, when it has one */
void
pc_rule_tr340(const pc_row *row, const pc_allocation *a, pc_findings *f)
{
	f->failed[PC_R_TR340] = a->has_code && a->code != row->code;
}

/*
 * TR341: the unit is the allocation's (none on a budget allocation);
 * minutes on an hours allocation are allowed.
 */
void
pc_rule_tr341(const pc_row *row, const pc_allocation *a, pc_findings *f)
{
	f->failed[PC_R_TR341] = a->unit != NULL && strcmp(a->unit, row->unit) != 0 &&
		!(pc_unit_is(a->unit, PC_UNIT_HOUR) && pc_unit_is(row->unit, PC_UNIT_MINUTE));
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
 * TR387: a period in one month begins on the 1st, unless the allocation
 * begins later that month.
 */
void
pc_rule_tr387(const pc_row *row, const pc_allocation *a, pc_findings *f)
{
	int32_t		month_first = pc_month_first_day(row->period_start);
	int32_t		month_last = pc_month_last_day(row->period_start);

	f->failed[PC_R_TR387] = pc_period_in_one_month(row->period_start, row->period_end) &&
		row->period_start != month_first &&
		!(a->start_date > month_first && a->start_date <= month_last);
}

/*
 * TR388: a period in one month ends on the month's last day, unless the
 * allocation ends earlier that month.
 */
void
pc_rule_tr388(const pc_row *row, const pc_allocation *a, pc_findings *f)
{
	int32_t		month_first = pc_month_first_day(row->period_start);
	int32_t		month_last = pc_month_last_day(row->period_start);

	f->failed[PC_R_TR388] = pc_period_in_one_month(row->period_start, row->period_end) &&
		row->period_end != month_last &&
		!(a->has_end && a->end_date >= month_first && a->end_date < month_last);
}

void
pc_rules_allocation(const pc_row *row, const pc_allocation *a, pc_findings *f)
{
	int			r;

	pc_rule_tr338(a, f);
	if (!a->found)
	{
		for (r = PC_R_TR304; r <= PC_R_TR388; r++)
			f->undecided[r] = true;
		return;
	}
	pc_rule_tr304(row, a, f);
	pc_rule_tr384(a, f);
	pc_rule_tr339(row, a, f);
	pc_rule_tr340(row, a, f);
	pc_rule_tr341(row, a, f);
	pc_rule_tr307(row, a, f);
	pc_rule_tr308(row, a, f);
	pc_rule_tr387(row, a, f);
	pc_rule_tr388(row, a, f);
}
