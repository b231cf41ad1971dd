/*
 * pc_rules.c
 *		What the rules of the core share: their names, the findings record
 *		and a few small helpers (see pc_rules.h).
 *
 * No PostgreSQL header, no allocation, no state.
 */
#include "pc_rules.h"

#include <string.h>

const char *const pc_rule_names[PC_N_RULES] = {
	"FMT_BSN", "FMT_CATEGORIE", "FMT_EENHEID",
	"FMT_DEBETCREDIT", "FMT_NUL_DEBET", "FMT_PERIODE", "CS100", "FMT_BEDRAG",
	"FMT_TARIEF", "FMT_VORIGREF", "FMT_REFERENTIE",
	"TR338", "TR304", "TR384", "TR339", "TR340", "TR341", "TR307", "TR308",
	"TR387", "TR388", "TR319", "TR318", "TR335", "TR135", "TR134", "TR137",
	"TR314", "TR333", "TR381", "TR378",
	"TR418", "TR346", "CS339", "TR321", "TR322", "TR369", "TR389", "TR323", "TR390",
	"REG_MAX_WEEK", "REG_MAX_JAAR", "REG_SAMEN_MET", "REG_THUISWONEND", "REG_LEEFTIJD"
};

void
pc_findings_init(pc_findings *f)
{
	memset(f, 0, sizeof(*f));
}

void
pc_set_figures(pc_findings *f, pc_rule_id r, int n,
			   int64_t v0, int64_t v1, int64_t v2, int64_t v3)
{
	pc_figures *fig = &f->figures[r];

	fig->n = n;
	fig->value[0] = v0;
	fig->value[1] = v1;
	fig->value[2] = v2;
	fig->value[3] = v3;
}

void
pc_findings_settle(const pc_row *row, pc_findings *f)
{
	if (pc_is_credit(row))
		memset(f->undecided, 0, sizeof(f->undecided));
}

bool
pc_in_amount_range(int64_t v)
{
	return v >= 0 && v <= PC_MAX_AMOUNT;
}

bool
pc_unit_is(const char *unit, const char *code)
{
	return unit != NULL && strcmp(unit, code) == 0;
}

bool
pc_is_debit(const pc_row *row)
{
	return strcmp(row->dc, "D") == 0;
}

bool
pc_is_credit(const pc_row *row)
{
	return strcmp(row->dc, "C") == 0;
}

pc_frequency
pc_frequency_of_code(const char *code)
{
	switch (code[0])
	{
		case '1':
			return PC_FREQ_DAY;
		case '2':
			return PC_FREQ_WEEK;
		case '4':
			return PC_FREQ_MONTH;
		default:
			return PC_FREQ_TOTAL;	/* 6: within the allocation's validity */
	}
}
