/*
 * pc_rules_declaration.c
 *		The rules about the declaration (kind "declaration" in
 *		data/rules.csv): TR319, TR135, TR314, TR333.
 *
 * Pure functions of the row and its header (pc_rules.h).  Whether the
 * reference was used before and today's date are facts the glue finds.
 */
#include "pc_rules.h"

#include "pc_period.h"

/*
 * TR319: the product period does not end after the declaration month.
 * Figures: period end, the month's last day.
 */
void
pc_rule_tr319(const pc_row *row, const pc_header *h, pc_findings *f)
{
	int32_t		last = pc_month_last_day(h->declaration_month);

	f->failed[PC_R_TR319] = row->period_end > last;
	pc_set_figures(f, PC_R_TR319, 2, row->period_end, last, 0, 0);
}

/*
 * TR135: no date in the future (period start and end, declaration month).
 * Figures: the latest of those dates, today.
 */
void
pc_rule_tr135(const pc_row *row, const pc_header *h, int32_t today, pc_findings *f)
{
	int32_t		latest = row->period_start;

	if (row->period_end > latest)
		latest = row->period_end;
	if (h->declaration_month > latest)
		latest = h->declaration_month;
	f->failed[PC_R_TR135] = row->period_start > today || row->period_end > today ||
		h->declaration_month > today;
	pc_set_figures(f, PC_R_TR135, 2, latest, today, 0, 0);
}

/* TR314: the ReferentieNummer was not used before by this provider in this domain */
void
pc_rule_tr314(bool reference_used, pc_findings *f)
{
	f->failed[PC_R_TR314] = reference_used;
}

/* TR333: the DeclaratieNummer was not used before by this provider in this domain */
void
pc_rule_tr333(const pc_header *h, pc_findings *f)
{
	f->failed[PC_R_TR333] = h->duplicate;
}

void
pc_rules_declaration(const pc_row *row, const pc_header *h, int32_t today,
					 bool reference_used, pc_findings *f)
{
	pc_rule_tr319(row, h, f);
	pc_rule_tr135(row, h, today, f);
	pc_rule_tr314(reference_used, f);
	pc_rule_tr333(h, f);
}
