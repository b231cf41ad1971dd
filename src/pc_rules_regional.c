/*
 * pc_rules_regional.c
 *		The regional rules of the seeds (kind "regional" in data/rules.csv),
 *		driven by the product's limits in the catalogue: REG_MAX_WEEK,
 *		REG_MAX_JAAR, REG_SAMEN_MET, REG_THUISWONEND, REG_LEEFTIJD.
 *
 * The client's ledger is the array of their counted debits with all
 * providers and municipalities of the table, before this row;
 * pc_client_totals_of() adds up the row's calendar year of it.
 */
#include "pc_rules.h"

#include "pc_period.h"

bool
pc_regional_needs_ledger(const pc_row *row, const pc_product *p)
{
	return pc_is_debit(row) && pc_in_amount_range(row->volume) &&
		(p->has_max_week || p->has_max_year || p->has_companions);
}

bool
pc_regional_needs_client(const pc_product *p)
{
	return p->home_only || p->has_min_age || p->has_max_age || p->until_pension;
}

void
pc_client_totals_of(const pc_row *row, const pc_product *p,
					const pc_ledger *ledger, pc_client_totals *t)
{
	int32_t		month_first = pc_month_first_day(row->period_start);
	int32_t		month_last = pc_month_last_day(row->period_start);
	int32_t		year_first,
				year_last;
	int			y,
				m,
				d,
				i,
				k;

	t->month_volume = t->year_volume = 0;
	t->companion = false;
	pc_date_to_ymd(row->period_start, &y, &m, &d);
	year_first = pc_date_from_ymd(y, 1, 1);
	year_last = pc_date_from_ymd(y, 12, 31);
	for (i = 0; i < ledger->n_entries; i++)
	{
		const pc_ledger_entry *e = ledger->entries[i];

		/* the client's rows of this calendar year */
		if (!e->has_start || e->period_start < year_first || e->period_start > year_last)
			continue;
		if (e->has_code && e->code == row->code)
		{
			t->year_volume += e->volume;
			if (e->period_start >= month_first && e->period_start <= month_last)
				t->month_volume += e->volume;
		}
		/* a companion product on an overlapping period */
		if (e->has_code && e->has_end &&
			e->period_start <= row->period_end && e->period_end >= row->period_start)
			for (k = 0; k < p->n_companions; k++)
				if (e->code == p->companion_codes[k])
					t->companion = true;
	}
}

/*
 * REG_MAX_WEEK: the client's volume of the code in the row's month, this
 * row included, fits the maximum per ISO week times the weeks touching the
 * month.  Figures: maximum per week, counted before this row, this row,
 * limit for the month.
 */
void
pc_rule_reg_max_week(const pc_row *row, const pc_product *p,
					 const pc_client_totals *t, pc_findings *f)
{
	int64_t		limit;

	if (!p->has_max_week)
		return;
	limit = p->max_week * pc_iso_weeks_touching(pc_month_first_day(row->period_start),
												pc_month_last_day(row->period_start));
	f->failed[PC_R_REG_MAX_WEEK] = t->month_volume + row->volume > limit;
	pc_set_figures(f, PC_R_REG_MAX_WEEK, 4, p->max_week, t->month_volume, row->volume, limit);
}

/*
 * REG_MAX_JAAR: the client's volume of the code in the row's calendar
 * year, this row included, fits the maximum per year.  Figures: maximum
 * per year, counted before this row, this row.
 */
void
pc_rule_reg_max_jaar(const pc_row *row, const pc_product *p,
					 const pc_client_totals *t, pc_findings *f)
{
	if (!p->has_max_year)
		return;
	f->failed[PC_R_REG_MAX_JAAR] = t->year_volume + row->volume > p->max_year;
	pc_set_figures(f, PC_R_REG_MAX_JAAR, 3, p->max_year, t->year_volume, row->volume, 0);
}

/* REG_SAMEN_MET: a companion product was declared on an overlapping period */
void
pc_rule_reg_samen_met(const pc_product *p, const pc_client_totals *t, pc_findings *f)
{
	if (p->has_companions)
		f->failed[PC_R_REG_SAMEN_MET] = !t->companion;
}

/*
 * REG_THUISWONEND: a product for clients living at home only.  Undecided
 * without the client's record.
 */
void
pc_rule_reg_thuiswonend(const pc_product *p, const pc_client *c, pc_findings *f)
{
	if (!p->home_only)
		return;
	f->undecided[PC_R_REG_THUISWONEND] = !c->found;
	f->failed[PC_R_REG_THUISWONEND] = c->found && !c->lives_at_home;
}

/*
 * REG_LEEFTIJD: the client's age on the period's start is within the
 * product's range: at least the minimum, below the maximum (verlengde
 * jeugdhulp: care that started before the maximum may go on up to the
 * extended maximum), and before the state pension age where the product
 * ends there.  Undecided without a birth date.  Figures: age, birth date.
 */
void
pc_rule_reg_leeftijd(const pc_row *row, const pc_allocation *a,
					 const pc_product *p, const pc_client *c, pc_findings *f)
{
	int			age;
	bool		too_old = false;

	if (!(p->has_min_age || p->has_max_age || p->until_pension))
		return;
	if (!c->has_birth_date)
	{
		f->undecided[PC_R_REG_LEEFTIJD] = true;
		return;
	}
	age = pc_age_years(c->birth_date, row->period_start);
	if (p->has_max_age && age >= p->max_age)
	{
		/*
		 * verlengde jeugdhulp: without the allocation its start is unknown,
		 * so only an age beyond the extension decides
		 */
		if (p->has_max_age_extended && age < p->max_age_extended)
			too_old = a->found &&
				pc_age_years(c->birth_date, a->start_date) >= p->max_age;
		else
			too_old = true;
	}
	if (p->until_pension && c->has_pension_age &&
		row->period_start >= pc_add_years_months(c->birth_date, c->pension_years,
												 c->pension_months))
		too_old = true;
	f->failed[PC_R_REG_LEEFTIJD] = too_old || (p->has_min_age && age < p->min_age);
	pc_set_figures(f, PC_R_REG_LEEFTIJD, 2, age, c->birth_date, 0, 0);
}

void
pc_rules_regional(const pc_row *row, const pc_allocation *a, const pc_product *p,
				  bool bsn_valid, const pc_ledger *ledger, const pc_client *client,
				  pc_findings *f)
{
	pc_client_totals t;

	/*
	 * moot for a product the catalogue lacks (TR381) or an invalid BSN;
	 * not for a credit (S11, IV085: refused for technical reasons only)
	 */
	if (!p->found || !bsn_valid || pc_is_credit(row))
		return;
	if (pc_regional_needs_ledger(row, p))
	{
		pc_client_totals_of(row, p, ledger, &t);
		pc_rule_reg_max_week(row, p, &t, f);
		pc_rule_reg_max_jaar(row, p, &t, f);
		pc_rule_reg_samen_met(p, &t, f);
	}
	if (pc_regional_needs_client(p))
	{
		pc_rule_reg_thuiswonend(p, client, f);
		pc_rule_reg_leeftijd(row, a, p, client, f);
	}
}
