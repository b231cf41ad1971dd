/*
 * pc_rules_declaration.c
 *		The rules about the declaration (kind "declaration" in
 *		data/rules.csv): TR319, TR318, TR335, TR135, TR134, TR137, TR314,
 *		TR333.
 *
 * Pure functions of the row and its header (pc_rules.h).  Whether the
 * reference was used before and the latest month declared before are
 * facts the glue finds.  No rule compares with today: the dates are the
 * header's (DeclaratieDagtekening, day of receipt), so checking a row
 * again on a later day gives the same outcome.
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
 * TR318 (IV090): the declaration month is not before the latest month the
 * provider declared earlier to this municipality in this domain (equal:
 * a second declaration of that month).  Figures: declaration month, that
 * latest month.
 */
void
pc_rule_tr318(const pc_header *h, pc_findings *f)
{
	if (!h->has_last_month)
		return;
	f->failed[PC_R_TR318] = h->declaration_month < h->last_month;
	pc_set_figures(f, PC_R_TR318, 2, h->declaration_month, h->last_month, 0, 0);
}

bool
pc_tr318_counts(int64_t declaration_id, int32_t received_on,
				const pc_other_declaration *other)
{
	if (!other->has_accepted_row)
		return false;
	return other->received_on < received_on ||
		(other->received_on == received_on && other->declaration_id < declaration_id);
}

int32_t
pc_tr335_limit(int32_t submitted_on)
{
	return pc_add_years_months(submitted_on, 0, -60);
}

/*
 * TR335: the period ends at most 5 years before the DeclaratieDagtekening
 * (60 months back, the day clipped to the month's length, as the XSLT's
 * monthsAfter "truncate").  Figures: period end, the earliest end allowed,
 * DeclaratieDagtekening.
 */
void
pc_rule_tr335(const pc_row *row, const pc_header *h, pc_findings *f)
{
	int32_t		limit = pc_tr335_limit(h->submitted_on);

	f->failed[PC_R_TR335] = row->period_end < limit;
	pc_set_figures(f, PC_R_TR335, 3, row->period_end, limit, h->submitted_on, 0);
}

/*
 * TR135: the DeclaratieDagtekening is not in the future: not after the day
 * the municipality received the declaration.  Figures: both days.
 */
void
pc_rule_tr135(const pc_header *h, pc_findings *f)
{
	f->failed[PC_R_TR135] = h->submitted_on > h->received_on;
	pc_set_figures(f, PC_R_TR135, 2, h->submitted_on, h->received_on, 0, 0);
}

/* TR134: the period does not begin after the DeclaratieDagtekening */
void
pc_rule_tr134(const pc_row *row, const pc_header *h, pc_findings *f)
{
	f->failed[PC_R_TR134] = row->period_start > h->submitted_on;
	pc_set_figures(f, PC_R_TR134, 2, row->period_start, h->submitted_on, 0, 0);
}

/* TR137: the period does not end after the DeclaratieDagtekening */
void
pc_rule_tr137(const pc_row *row, const pc_header *h, pc_findings *f)
{
	f->failed[PC_R_TR137] = row->period_end > h->submitted_on;
	pc_set_figures(f, PC_R_TR137, 2, row->period_end, h->submitted_on, 0, 0);
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
pc_rules_declaration(const pc_row *row, const pc_header *h,
					 bool reference_used, pc_findings *f)
{
	pc_rule_tr319(row, h, f);
	pc_rule_tr318(h, f);
	pc_rule_tr335(row, h, f);
	pc_rule_tr135(h, f);
	pc_rule_tr134(row, h, f);
	pc_rule_tr137(row, h, f);
	pc_rule_tr314(reference_used, f);
	pc_rule_tr333(h, f);
}
