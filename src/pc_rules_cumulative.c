/*
 * pc_rules_cumulative.c
 *		The running totals of an allocation (kind "cumulative" in
 *		data/rules.csv): TR321 (the month), TR322 (the whole allocation),
 *		TR369 (the budget), TR389 (double billing) for a debit; TR323 and
 *		TR390 for a credit.
 *
 * The allocation's ledger is the array of its counted debits (accepted
 * debits no accepted credit cancelled) before this row, which the glue
 * reads after taking the allocation's lock; pc_allocation_totals_of() adds
 * it up and the rules compare the sums plus this row with the allocation.
 * An hours allocation (unit 04) counts in minutes: hours x 60 + minutes.
 */
#include "pc_rules.h"

#include <string.h>

#include "pc_period.h"

bool
pc_cumulative_needs_ledger(const pc_row *row)
{
	return pc_is_debit(row) && pc_in_amount_range(row->volume) &&
		pc_in_amount_range(row->amount);
}

bool
pc_cumulative_needs_credit_target(const pc_row *row)
{
	return pc_is_credit(row) && row->vorig_referentie != NULL;
}

void
pc_allocation_totals_of(const pc_row *row, const pc_ledger *ledger,
						pc_allocation_totals *t)
{
	int32_t		month_first = pc_month_first_day(row->period_start);
	int32_t		month_last = pc_month_last_day(row->period_start);
	int			i;

	memset(t, 0, sizeof(*t));
	for (i = 0; i < ledger->n_entries; i++)
	{
		const pc_ledger_entry *e = ledger->entries[i];
		bool		in_month = e->has_start &&
			e->period_start >= month_first && e->period_start <= month_last;

		if (e->unit_kind == PC_LEDGER_MINUTES)
		{
			t->total_minutes += e->volume;
			if (in_month)
				t->month_minutes += e->volume;
		}
		else if (e->unit_kind == PC_LEDGER_UNITS)
		{
			t->total_units += e->volume;
			if (in_month)
				t->month_units += e->volume;
		}
		t->amount += e->amount;
		/* TR389: the same product on an overlapping period */
		if (t->overlap == NULL &&
			e->has_code && e->code == row->code && e->category &&
			strcmp(e->category, row->category) == 0 &&
			e->has_start && e->has_end &&
			e->period_start <= row->period_end && e->period_end >= row->period_start)
			t->overlap = e;
	}
}

/* 60 for an hours allocation (counted in minutes), else 1 */
static int64_t
unit_factor(const pc_allocation *a)
{
	return pc_unit_is(a->unit, PC_UNIT_HOUR) ? 60 : 1;
}

/* units and minutes in the allocation's unit */
static int64_t
in_allocation_unit(int64_t units, int64_t minutes, int64_t factor)
{
	return factor == 1 ? units + minutes : units * factor + minutes;
}

/* this row's volume in the allocation's unit */
static int64_t
row_in_allocation_unit(const pc_row *row, int64_t factor)
{
	return pc_unit_is(row->unit, PC_UNIT_MINUTE) ? row->volume : row->volume * factor;
}

/* Sundays in [from, to] */
static int64_t
sundays(int32_t from, int32_t to)
{
	int32_t		first = from + (7 - pc_iso_weekday(from)) % 7;

	return first > to ? 0 : (int64_t) (to - first) / 7 + 1;
}

int64_t
pc_iv077_weeks(const pc_allocation *a, int32_t from, int32_t to)
{
	if (from > to)
		return 0;
	if (pc_unit_is(a->unit, "82") || pc_unit_is(a->unit, PC_UNIT_EURO))
	{
		int64_t		weeks = sundays(from, to);

		/* the allocation's last Sunday, when it does not end on one */
		if (a->has_end && pc_iso_weekday(a->end_date) != 7)
		{
			int32_t		last_sunday = a->end_date - pc_iso_weekday(a->end_date);

			if (last_sunday >= from && last_sunday <= to && last_sunday >= a->start_date)
				weeks++;
		}
		return weeks;
	}
	if (a->domain != NULL && strcmp(a->domain, "WMO") == 0 &&
		a->category != NULL && strcmp(a->category, "01") == 0)
		return 6;
	return pc_iso_weeks_touching(from, to);
}

/*
 * TR321: the volume of the row's month, this row included, fits what the
 * allocation allows for the part of the month it is valid (per day, week
 * or month; a total is TR322's; per week the weeks of IV077,
 * pc_iv077_weeks).  Figures: allocated volume, counted
 * before this row, this row, limit, all in the unit counted (minutes,
 * allocated x 60, for an hours allocation: S15).
 */
void
pc_rule_tr321(const pc_row *row, const pc_allocation *a,
			  const pc_allocation_totals *t, pc_findings *f)
{
	int32_t		month_first = pc_month_first_day(row->period_start);
	int32_t		month_last = pc_month_last_day(row->period_start);
	int64_t		factor = unit_factor(a);
	int64_t		before = in_allocation_unit(t->month_units, t->month_minutes, factor);
	int64_t		this_row = row_in_allocation_unit(row, factor);
	pc_frequency freq;
	int32_t		from,
				to;
	int64_t		limit;

	if (!a->has_volume || a->frequency == NULL)
		return;
	freq = pc_frequency_of_code(a->frequency);
	if (freq == PC_FREQ_TOTAL)
		return;
	from = month_first > a->start_date ? month_first : a->start_date;
	to = a->has_end && a->end_date < month_last ? a->end_date : month_last;
	if (from > to)
		limit = 0;
	else if (freq == PC_FREQ_WEEK)
		limit = a->volume * pc_iv077_weeks(a, from, to) * factor;
	else
		limit = pc_allowed_volume(a->volume, freq, from, to) * factor;
	f->failed[PC_R_TR321] = before + this_row > limit;
	pc_set_figures(f, PC_R_TR321, 4, a->volume * factor, before, this_row, limit);
}

/*
 * TR322: the volume of all the allocation's rows, this one included, fits
 * the volume allocated for its whole validity (a total as it is, per day,
 * week or month over start to end).  Without an end: per day or per
 * month it passes (S14: every accepted row fits its own period, TR321, so
 * the sum never exceeds the volume of the periods touched); per week
 * (whose end is mandatory) it is undecided.  Figures: allocated volume,
 * counted before this row, this row, limit, in the unit counted as TR321.
 */
void
pc_rule_tr322(const pc_row *row, const pc_allocation *a,
			  const pc_allocation_totals *t, pc_findings *f)
{
	int64_t		factor = unit_factor(a);
	int64_t		before = in_allocation_unit(t->total_units, t->total_minutes, factor);
	int64_t		this_row = row_in_allocation_unit(row, factor);
	pc_frequency freq;
	int64_t		limit;

	if (!a->has_volume || a->frequency == NULL)
		return;
	freq = pc_frequency_of_code(a->frequency);
	if (freq == PC_FREQ_TOTAL)
		limit = a->volume * factor;
	else if (a->has_end)
		limit = pc_allowed_volume(a->volume, freq, a->start_date, a->end_date) * factor;
	else if (freq == PC_FREQ_DAY || freq == PC_FREQ_MONTH)
		return;					/* decided by TR321 on every row: passes */
	else
	{
		/* per week without an end: no total to compare with */
		f->undecided[PC_R_TR322] = true;
		return;
	}
	f->failed[PC_R_TR322] = before + this_row > limit;
	pc_set_figures(f, PC_R_TR322, 4, a->volume * factor, before, this_row, limit);
}

/*
 * TR369: the amounts of all the allocation's rows, this one included, fit
 * its budget.  Figures: budget, counted before this row, this row.
 */
void
pc_rule_tr369(const pc_row *row, const pc_allocation *a,
			  const pc_allocation_totals *t, pc_findings *f)
{
	if (!a->has_budget)
		return;
	f->failed[PC_R_TR369] = t->amount + row->amount > a->budget;
	pc_set_figures(f, PC_R_TR369, 3, a->budget, t->amount, row->amount, 0);
}

/*
 * TR389: no counted debit of the same code and category on an overlapping
 * period.  Figures: the overlapping debit's period start and end.
 */
void
pc_rule_tr389(const pc_allocation_totals *t, pc_findings *f)
{
	f->failed[PC_R_TR389] = t->overlap != NULL;
	if (t->overlap != NULL)
		pc_set_figures(f, PC_R_TR389, 2, t->overlap->period_start,
					   t->overlap->period_end, 0, 0);
}

const char *const pc_credit_field_names[PC_CREDIT_FIELDS] = {
	"toewijzing", "bsn", "category", "code", "period_start", "period_end",
	"volume", "unit", "tariff", "amount"
};

/* both NULL or equal */
static bool
same_text(const char *a, const char *b)
{
	return a == NULL ? b == NULL : b != NULL && strcmp(a, b) == 0;
}

int
pc_credit_first_difference(const pc_row *credit, const pc_row *debit)
{
	if (credit->toewijzing != debit->toewijzing)
		return 1;
	if (!same_text(credit->bsn, debit->bsn))
		return 2;
	if (!same_text(credit->category, debit->category))
		return 3;
	if (credit->code != debit->code)
		return 4;
	if (credit->period_start != debit->period_start)
		return 5;
	if (credit->period_end != debit->period_end)
		return 6;
	if (credit->volume != debit->volume)
		return 7;
	if (!same_text(credit->unit, debit->unit))
		return 8;
	if (credit->has_tariff != debit->has_tariff ||
		(credit->has_tariff && credit->tariff != debit->tariff))
		return 9;
	if (credit->amount != debit->amount)
		return 10;
	return 0;
}

/*
 * TR323 (IV091): the credit points to an accepted debit of this provider
 * and domain, in a declaration to the same gemeentecode, and is identical
 * to it in ToewijzingNummer, BSN, category, code, period, volume, unit,
 * tariff and amount.  Figures: the first field that differs (0: no debit).
 */
void
pc_rule_tr323(const pc_row *row, const pc_credit_target *c, pc_findings *f)
{
	int			differs = c->debit_found ? pc_credit_first_difference(row, &c->debit) : 0;

	f->failed[PC_R_TR323] = !c->debit_found || differs != 0;
	if (f->failed[PC_R_TR323])
		pc_set_figures(f, PC_R_TR323, 1, differs, 0, 0, 0);
}

/* TR390: that debit is not credited already */
void
pc_rule_tr390(const pc_credit_target *c, pc_findings *f)
{
	f->failed[PC_R_TR390] = c->credited;
}

void
pc_rules_cumulative(const pc_row *row, const pc_allocation *a,
					const pc_ledger *ledger, const pc_credit_target *credit,
					pc_findings *f)
{
	pc_allocation_totals t;

	if (pc_is_credit(row))
	{
		/* S11: a credit needs no allocation, only its debit */
		if (pc_cumulative_needs_credit_target(row))
		{
			pc_rule_tr323(row, credit, f);
			pc_rule_tr390(credit, f);
		}
		return;
	}
	if (!a->found)
		return;					/* moot: TR338 */
	if (!pc_cumulative_needs_ledger(row))
		return;
	pc_allocation_totals_of(row, ledger, &t);
	pc_rule_tr321(row, a, &t, f);
	pc_rule_tr322(row, a, &t, f);
	pc_rule_tr369(row, a, &t, f);
	pc_rule_tr389(&t, f);
}
