/*
 * engine_figures.c
 *		What an outcome says besides its errors and warnings: the rules the
 *		row could not be decided on (declaration_rows.undecided) and, for
 *		each rule found, the figures that decided it
 *		(declaration_rows.figures), which row_findings puts into words with
 *		the rule's template (rules.explain_nl, rules.explain_en).
 *
 * The core gives each rule's figures as positional numbers (pc_figures,
 * pc_rules.h); here they get their names and kinds: a name ending in
 * _cents is an amount in cents, a date is written as 'YYYY-MM-DD', any
 * other number as it is.  A few rules also show a field of the row, the
 * header or the allocation (a unit, a category, a reference) as text.  No
 * personal data (BSN, birth date) goes into the figures.
 */
#include "engine.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/json.h"

#include "pc_core.h"

typedef enum figure_kind
{
	FIG_NONE,
	FIG_NUMBER,					/* a count or volume; also _cents amounts */
	FIG_DATE
} figure_kind;

/* The names and kinds of a rule's positional figures. */
typedef struct figure_names
{
	pc_rule_id	rule;
	const char *name[PC_MAX_FIGURES];
	figure_kind kind[PC_MAX_FIGURES];
} figure_names;

#define N FIG_NUMBER
#define D FIG_DATE

static const figure_names figure_table[] = {
	{PC_R_FMT_NUL_DEBET, {"amount_cents"}, {N}},
	{PC_R_FMT_PERIODE, {"period_start", "period_end"}, {D, D}},
	{PC_R_CS100, {"period_start", "first_day"}, {D, D}},
	{PC_R_FMT_BEDRAG, {"volume", "amount_cents", "tariff_cents"}, {N, N, N}},
	{PC_R_FMT_REFERENTIE, {"length"}, {N}},
	{PC_R_TR307, {"period_start", "allocation_start"}, {D, D}},
	{PC_R_TR308, {"period_end", "allocation_end"}, {D, D}},
	{PC_R_TR387, {"period_start", "expected_start"}, {D, D}},
	{PC_R_TR388, {"period_end", "expected_end"}, {D, D}},
	{PC_R_TR319, {"period_end", "month_last"}, {D, D}},
	{PC_R_TR318, {"declaration_month", "last_month"}, {D, D}},
	{PC_R_TR335, {"period_end", "earliest_end", "submitted_on"}, {D, D, D}},
	{PC_R_TR135, {"submitted_on", "received_on"}, {D, D}},
	{PC_R_TR134, {"period_start", "submitted_on"}, {D, D}},
	{PC_R_TR137, {"period_end", "submitted_on"}, {D, D}},
	{PC_R_TR378, {"allocation_start"}, {D}},
	{PC_R_TR418, {"tariff_cents", "expected_cents", "contract_cents"}, {N, N, N}},
	{PC_R_TR346, {"amount_cents", "volume", "tariff_cents", "expected_cents"}, {N, N, N, N}},
	{PC_R_CS339, {"amount_cents", "volume"}, {N, N}},
	{PC_R_TR321, {"allocated", "before", "row", "limit"}, {N, N, N, N}},
	{PC_R_TR322, {"allocated", "before", "row", "limit"}, {N, N, N, N}},
	{PC_R_TR369, {"budget_cents", "before_cents", "row_cents"}, {N, N, N}},
	{PC_R_TR389, {"other_start", "other_end"}, {D, D}},
	{PC_R_REG_MAX_WEEK, {"max_week", "before", "row", "limit"}, {N, N, N, N}},
	{PC_R_REG_MAX_JAAR, {"max_year", "before", "row"}, {N, N, N}},
	/* the birth date (the second figure) is personal data: left out */
	{PC_R_REG_LEEFTIJD, {"age"}, {N}},
};

#undef N
#undef D

/* the rules in rule order, as a text[] */
Datum
eng_undecided_array(const pc_findings *f)
{
	Datum		elems[PC_N_RULES];
	int			n = 0;
	int			r;

	for (r = 0; r < PC_N_RULES; r++)
		if (f->undecided[r])
			elems[n++] = CStringGetTextDatum(pc_rule_names[r]);
	return PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}

static void
add_key(StringInfo buf, bool *first, const char *name)
{
	if (!*first)
		appendStringInfoString(buf, ", ");
	*first = false;
	escape_json(buf, name);
	appendStringInfoString(buf, ": ");
}

static void
add_text(StringInfo buf, bool *first, const char *name, const char *value)
{
	add_key(buf, first, name);
	if (value == NULL)
		appendStringInfoString(buf, "null");
	else
		escape_json(buf, value);
}

static void
add_number(StringInfo buf, bool *first, const char *name, int64 value)
{
	add_key(buf, first, name);
	appendStringInfo(buf, INT64_FORMAT, value);
}

static void
add_date(StringInfo buf, bool *first, const char *name, int32 day)
{
	int			y,
				m,
				d;

	add_key(buf, first, name);
	pc_date_to_ymd(day, &y, &m, &d);
	appendStringInfo(buf, "\"%04d-%02d-%02d\"", y, m, d);
}

static void
add_code(StringInfo buf, bool *first, const char *name, int32 packed)
{
	char		text[PC_CODE_MAXLEN + 1];

	if (pc_code_format(packed, text) < 0)
		text[0] = '\0';
	add_text(buf, first, name, text);
}

/* the fields of the row, header or allocation that a rule shows as text */
static void
add_fields(StringInfo buf, bool *first, pc_rule_id r, const statement_state *st,
		   const pc_row *in, const pc_allocation *a, const pc_findings *f)
{
	switch (r)
	{
		case PC_R_FMT_CATEGORIE:
			add_text(buf, first, "category", in->category);
			add_text(buf, first, "domain", st->domain);
			break;
		case PC_R_FMT_EENHEID:
		case PC_R_FMT_TARIEF:
			add_text(buf, first, "unit", in->unit);
			break;
		case PC_R_FMT_DEBETCREDIT:
		case PC_R_FMT_VORIGREF:
			add_text(buf, first, "dc", in->dc);
			break;
		case PC_R_TR338:
		case PC_R_TR384:
			add_number(buf, first, "toewijzing", in->toewijzing);
			break;
		case PC_R_TR339:
			add_text(buf, first, "category", in->category);
			add_text(buf, first, "allocation_category", a->found ? a->category : NULL);
			break;
		case PC_R_TR340:
			add_code(buf, first, "code", in->code);
			if (a->found && a->has_code)
				add_code(buf, first, "allocation_code", a->code);
			break;
		case PC_R_TR341:
			add_text(buf, first, "unit", in->unit);
			/* the allocation's unit, or (without one) the contract's */
			add_text(buf, first, "allowed", a->found && a->unit ? a->unit : "contract");
			break;
		case PC_R_TR314:
			add_text(buf, first, "referentie", in->referentie);
			break;
		case PC_R_TR333:
			add_text(buf, first, "declaratie_nummer", st->declaratie_nummer);
			break;
		case PC_R_TR381:
			add_code(buf, first, "code", in->code);
			add_text(buf, first, "category", in->category);
			break;
		case PC_R_TR378:
			add_text(buf, first, "gemeentecode", st->gemeentecode);
			break;
		case PC_R_TR321:
		case PC_R_TR322:
			/* an hours allocation is counted in minutes */
			add_text(buf, first, "unit",
					 a->found && pc_unit_is(a->unit, PC_UNIT_HOUR) ? PC_UNIT_MINUTE :
					 a->found ? a->unit : NULL);
			break;
		case PC_R_TR323:
			add_text(buf, first, "vorig_referentie", in->vorig_referentie);
			/* the first field that differs from the debit's (S11) */
			if (f->figures[PC_R_TR323].value[0] > 0 &&
				f->figures[PC_R_TR323].value[0] <= PC_CREDIT_FIELDS)
				add_text(buf, first, "differs",
						 pc_credit_field_names[f->figures[PC_R_TR323].value[0] - 1]);
			break;
		case PC_R_TR390:
			add_text(buf, first, "vorig_referentie", in->vorig_referentie);
			break;
		default:
			break;
	}
}

/*
 * The figures of every rule listed (in errors or warnings): a jsonb
 * object, rule_id -> object of named figures (an empty object for a rule
 * with none, so that every finding has its explanation).
 */
Datum
eng_figures_jsonb(const statement_state *st, const pc_row *in, const pc_allocation *a,
				  const pc_findings *f, const bool *listed)
{
	StringInfoData buf;
	bool		first_rule = true;
	int			r,
				i,
				k;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	for (r = 0; r < PC_N_RULES; r++)
	{
		const figure_names *names = NULL;
		const pc_figures *fig = &f->figures[r];
		bool		first = true;

		if (!listed[r])
			continue;
		if (!first_rule)
			appendStringInfoString(&buf, ", ");
		first_rule = false;
		escape_json(&buf, pc_rule_names[r]);
		appendStringInfoString(&buf, ": {");
		for (i = 0; i < (int) lengthof(figure_table); i++)
			if (figure_table[i].rule == (pc_rule_id) r)
				names = &figure_table[i];
		for (k = 0; names != NULL && k < fig->n && k < PC_MAX_FIGURES; k++)
		{
			if (names->name[k] == NULL || names->kind[k] == FIG_NONE)
				continue;
			if (names->kind[k] == FIG_DATE)
				add_date(&buf, &first, names->name[k], (int32) fig->value[k]);
			else
				add_number(&buf, &first, names->name[k], fig->value[k]);
		}
		add_fields(&buf, &first, (pc_rule_id) r, st, in, a, f);
		appendStringInfoChar(&buf, '}');
	}
	appendStringInfoChar(&buf, '}');
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
}
