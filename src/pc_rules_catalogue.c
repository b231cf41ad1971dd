/*
 * pc_rules_catalogue.c
 *		The rules against the catalogue, the CBS list and the contract
 *		tariffs (kind "catalogue" in data/rules.csv): TR381, TR378, TR418,
 *		TR346.
 *
 * Pure functions of the row and what the glue found in the catalogue
 * (pc_rules.h).
 */
#include "pc_rules.h"

#include <string.h>

#include "pc_period.h"

/*
 * TR381: the catalogue in use puts the code in the row's category.
 * Undecided when the municipality uses no catalogue then.
 */
void
pc_rule_tr381(const pc_row *row, const pc_product *p, pc_findings *f)
{
	f->undecided[PC_R_TR381] = !p->has_catalogue;
	f->failed[PC_R_TR381] = p->has_catalogue &&
		(!p->found || strcmp(p->category, row->category) != 0);
}

/*
 * TR378: the gemeentecode is in the CBS list on the allocation's start
 * (listed).  Undecided without an allocation.
 */
void
pc_rule_tr378(const pc_allocation *a, bool listed, pc_findings *f)
{
	f->undecided[PC_R_TR378] = !a->found;
	f->failed[PC_R_TR378] = a->found && !listed;
}

/*
 * TR418: the tariff is the contract tariff for this municipality,
 * provider (or any provider), code and unit on the period's start.
 * Undecided without a contract tariff.  Figures: row tariff, contract
 * tariff.
 */
void
pc_rule_tr418(const pc_row *row, const pc_contract *c, pc_findings *f)
{
	f->undecided[PC_R_TR418] = !c->found;
	if (!c->found)
		return;
	f->failed[PC_R_TR418] = row->has_tariff && row->tariff != c->tariff;
	pc_set_figures(f, PC_R_TR418, 2, row->has_tariff ? row->tariff : 0, c->tariff, 0, 0);
}

/*
 * TR346: amount = volume x tariff; unit 83 (euros): amount = volume;
 * minutes on an hourly tariff: tariff x minutes / 60, rounded to whole
 * cents.  Without a contract saying which, a minutes row passes either
 * reading.  Not applied when the tariff is missing or out of range
 * (FMT_TARIEF, FMT_BEDRAG have it).  Figures: amount, volume, tariff.
 */
void
pc_rule_tr346(const pc_row *row, const pc_contract *c, pc_findings *f)
{
	pc_set_figures(f, PC_R_TR346, 3, row->amount, row->volume,
				   row->has_tariff ? row->tariff : 0, 0);
	if (pc_unit_is(row->unit, PC_UNIT_EURO))
		f->failed[PC_R_TR346] = row->amount != row->volume;
	else if (row->has_tariff && pc_in_amount_range(row->tariff) &&
			 pc_in_amount_range(row->volume))
	{
		bool		per_unit = row->amount == row->volume * row->tariff;
		bool		per_hour = pc_unit_is(row->unit, PC_UNIT_MINUTE) &&
			row->amount == pc_minutes_amount_cents(row->tariff, row->volume);

		if (c->found)
			f->failed[PC_R_TR346] = c->hourly ? !per_hour : !per_unit;
		else
			f->failed[PC_R_TR346] = !(per_unit || per_hour);
	}
}
