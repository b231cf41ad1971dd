/*
 * pc_rules_format.c
 *		The format rules (kind "format" in data/rules.csv, return code
 *		0001): one field of the row on its own, or a field against its list.
 *
 * Pure functions of the row (pc_rules.h); the lists' answers come as facts.
 */
#include "pc_rules.h"

#include <string.h>

#include "pc_core.h"
#include "pc_period.h"

/* FMT_BSN: nine digits passing the elfproef */
void
pc_rule_fmt_bsn(const pc_row *row, pc_findings *f)
{
	int32_t		value;

	f->failed[PC_R_FMT_BSN] = pc_bsn_parse(row->bsn, strlen(row->bsn), &value) != PC_BSN_OK;
}

/* FMT_CATEGORIE: the category is in the domain's list (JZ020, WMO020) */
void
pc_rule_fmt_categorie(const pc_list_facts *lists, pc_findings *f)
{
	f->failed[PC_R_FMT_CATEGORIE] = !lists->category_listed;
}

/* FMT_EENHEID: the unit is in list WJ756 */
void
pc_rule_fmt_eenheid(const pc_list_facts *lists, pc_findings *f)
{
	f->failed[PC_R_FMT_EENHEID] = !lists->unit_listed;
}

/* FMT_DEBETCREDIT: D or C */
void
pc_rule_fmt_debetcredit(const pc_row *row, pc_findings *f)
{
	f->failed[PC_R_FMT_DEBETCREDIT] = !(pc_is_debit(row) || pc_is_credit(row));
}

/* FMT_NUL_DEBET: an amount of 0 is a debit */
void
pc_rule_fmt_nul_debet(const pc_row *row, pc_findings *f)
{
	f->failed[PC_R_FMT_NUL_DEBET] = row->amount == 0 && !pc_is_debit(row);
	pc_set_figures(f, PC_R_FMT_NUL_DEBET, 1, row->amount, 0, 0, 0);
}

/*
 * FMT_PERIODE: the product period lies in one calendar month.  Figures:
 * period start and end.
 */
void
pc_rule_fmt_periode(const pc_row *row, pc_findings *f)
{
	f->failed[PC_R_FMT_PERIODE] = !pc_period_in_one_month(row->period_start, row->period_end);
	pc_set_figures(f, PC_R_FMT_PERIODE, 2, row->period_start, row->period_end, 0, 0);
}

/*
 * CS100 (JW-CS, WMO-CS: return code 0001): the product period does not
 * begin before 2021-01-01 (release 3.x).  Figures: period start, that day.
 */
void
pc_rule_cs100(const pc_row *row, pc_findings *f)
{
	f->failed[PC_R_CS100] = row->period_start < PC_CS100_FIRST_DAY;
	pc_set_figures(f, PC_R_CS100, 2, row->period_start, PC_CS100_FIRST_DAY, 0, 0);
}

/*
 * FMT_BEDRAG: volume, amount and (when present) tariff in 0..99999999.
 * Figures: volume, amount, tariff (0 when absent).
 */
void
pc_rule_fmt_bedrag(const pc_row *row, pc_findings *f)
{
	f->failed[PC_R_FMT_BEDRAG] = !pc_in_amount_range(row->volume) ||
		!pc_in_amount_range(row->amount) ||
		(row->has_tariff && !pc_in_amount_range(row->tariff));
	pc_set_figures(f, PC_R_FMT_BEDRAG, 3, row->volume, row->amount,
				   row->has_tariff ? row->tariff : 0, 0);
}

/* FMT_TARIEF: a tariff unless the unit is euros (83), then none */
void
pc_rule_fmt_tarief(const pc_row *row, pc_findings *f)
{
	f->failed[PC_R_FMT_TARIEF] = pc_unit_is(row->unit, PC_UNIT_EURO) == row->has_tariff;
}

/* FMT_VORIGREF: a credit has a (non-empty) previous reference, a debit none */
void
pc_rule_fmt_vorigref(const pc_row *row, pc_findings *f)
{
	f->failed[PC_R_FMT_VORIGREF] = pc_is_credit(row) ?
		(row->vorig_referentie == NULL || row->vorig_referentie[0] == '\0') :
		row->vorig_referentie != NULL;
}

/* FMT_REFERENTIE: 1 to 20 characters.  Figure: the length in bytes. */
void
pc_rule_fmt_referentie(const pc_row *row, pc_findings *f)
{
	size_t		len = strlen(row->referentie);

	f->failed[PC_R_FMT_REFERENTIE] = len == 0 || len > 20;
	pc_set_figures(f, PC_R_FMT_REFERENTIE, 1, (int64_t) len, 0, 0, 0);
}

void
pc_rules_format(const pc_row *row, const pc_list_facts *lists, pc_findings *f)
{
	pc_rule_fmt_bsn(row, f);
	pc_rule_fmt_categorie(lists, f);
	pc_rule_fmt_eenheid(lists, f);
	pc_rule_fmt_debetcredit(row, f);
	pc_rule_fmt_nul_debet(row, f);
	pc_rule_fmt_periode(row, f);
	pc_rule_cs100(row, f);
	pc_rule_fmt_bedrag(row, f);
	pc_rule_fmt_tarief(row, f);
	pc_rule_fmt_vorigref(row, f);
	pc_rule_fmt_referentie(row, f);
}
