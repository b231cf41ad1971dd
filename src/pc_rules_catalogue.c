/*
 * pc_rules_catalogue.c
 *		The rules against the catalogue, the CBS list and the contract
 *		tariffs (kind "catalogue" in data/rules.csv): TR381, TR378, TR418,
 *		TR346, CS339.
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
	if (pc_is_credit(row))
		return;					/* S11: not for a credit */
	f->undecided[PC_R_TR381] = !p->has_catalogue;
	f->failed[PC_R_TR381] = p->has_catalogue &&
		(!p->found || strcmp(p->category, row->category) != 0);
}

/*
 * TR378: the gemeentecode is in the CBS list on the allocation's start
 * (listed).  Moot without the row's allocation (TR338).  Figure: the
 * allocation's start.
 */
void
pc_rule_tr378(const pc_allocation *a, bool listed, pc_findings *f)
{
	if (!a->found)
		return;
	f->failed[PC_R_TR378] = !listed;
	pc_set_figures(f, PC_R_TR378, 1, a->start_date, 0, 0, 0);
}

int64_t
pc_minute_tariff_cents(int64_t hourly_tariff_cents)
{
	return (hourly_tariff_cents + 30) / 60;
}

/*
 * TR418: the tariff is the contract tariff for this municipality,
 * provider (or any provider), code and unit on the period's start; a
 * minutes row on an hourly contract H carries the per-minute tariff H / 60
 * rounded half up (IV081: 87,30 an hour is 1,46 a minute).  Undecided
 * without a contract tariff (for a row with a tariff).  Figures: row
 * tariff, tariff expected, contract tariff.
 */
void
pc_rule_tr418(const pc_row *row, const pc_contract *c, pc_findings *f)
{
	int64_t		expected;

	if (pc_is_credit(row))
		return;					/* S11: not for a credit */
	if (!row->has_tariff)
		return;
	if (!c->found)
	{
		f->undecided[PC_R_TR418] = true;
		return;
	}
	expected = c->hourly ? pc_minute_tariff_cents(c->tariff) : c->tariff;
	f->failed[PC_R_TR418] = row->tariff != expected;
	pc_set_figures(f, PC_R_TR418, 3, row->tariff, expected, c->tariff, 0);
}

/*
 * TR346 (not for unit 83, which is CS339's): amount = volume x tariff; a
 * minutes row on an hourly contract H: H x minutes / 60 rounded to whole
 * cents (IV081: the unrounded tariff).  Without a contract, a minutes row
 * may also carry an amount that some hourly tariff rounding to its tariff
 * t gives: between the amounts of 60t - 30 and 60t + 29 an hour.  Not
 * applied when the tariff is missing or out of range (FMT_TARIEF,
 * FMT_BEDRAG have it).  Figures: amount, volume, tariff, amount expected
 * (volume x tariff without a contract).
 */
void
pc_rule_tr346(const pc_row *row, const pc_contract *c, pc_findings *f)
{
	int64_t		per_unit;

	if (pc_is_credit(row))
		return;					/* S11: not for a credit */
	if (pc_unit_is(row->unit, PC_UNIT_EURO) || !row->has_tariff ||
		!pc_in_amount_range(row->tariff) || !pc_in_amount_range(row->volume))
		return;
	per_unit = row->volume * row->tariff;
	if (c->found && c->hourly)
	{
		int64_t		expected = pc_minutes_amount_cents(c->tariff, row->volume);

		f->failed[PC_R_TR346] = row->amount != expected;
		pc_set_figures(f, PC_R_TR346, 4, row->amount, row->volume, row->tariff, expected);
		return;
	}
	if (c->found || !pc_unit_is(row->unit, PC_UNIT_MINUTE))
		f->failed[PC_R_TR346] = row->amount != per_unit;
	else
	{
		/*
		 * pc_minutes_amount_cents of those hourly tariffs, for positive
		 * ones; C's division truncates toward zero like SQL's (the
		 * baseline's), so a tariff of 0 gives the same bounds there
		 */
		int64_t		low = ((60 * row->tariff - 30) * row->volume + 30) / 60;
		int64_t		high = ((60 * row->tariff + 29) * row->volume + 30) / 60;

		f->failed[PC_R_TR346] = row->amount != per_unit &&
			!(row->amount >= low && row->amount <= high);
	}
	pc_set_figures(f, PC_R_TR346, 4, row->amount, row->volume, row->tariff, per_unit);
}

/*
 * CS339 (return code 0001): with unit 83 (euros) the amount equals the
 * volume.  Figures: amount, volume.
 */
void
pc_rule_cs339(const pc_row *row, pc_findings *f)
{
	if (!pc_unit_is(row->unit, PC_UNIT_EURO))
		return;
	f->failed[PC_R_CS339] = row->amount != row->volume;
	pc_set_figures(f, PC_R_CS339, 2, row->amount, row->volume, 0, 0);
}
