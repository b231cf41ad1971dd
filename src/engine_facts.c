/*
 * engine_facts.c
 *		Gathering the facts of a row and applying the core's rules to them.
 *
 * eng_apply_rules() goes through the rule kinds in rule order: it reads
 * what a kind needs (the catalogue copy, the header, the allocation, the
 * ledgers, the client), taking the locks that keep a running total
 * right (engine_locks.c) before it reads one, puts it into the plain structs of
 * pc_rules.h and calls the kind's functions.  Rules that need data the row
 * does not lead to (no catalogue in use, no contract tariff, no client
 * record) are undecided; those made moot (no allocation of this provider
 * and domain: TR338) are not applied.
 */
#include "engine.h"

#include "utils/builtins.h"

/* The product the catalogue in use gives the code, and its limits. */
static void
read_product(const statement_state *st, const pc_row *in, pc_product *p)
{
	int32		catalogue_id = cc_catalogue_for(st->cache, st->gemeentecode, st->domain,
												in->period_start);
	const cc_product *cp;

	memset(p, 0, sizeof(*p));
	p->has_catalogue = catalogue_id != 0;
	if (!p->has_catalogue)
		return;
	cp = cc_product_for(st->cache, catalogue_id, st->domain, in->code, in->period_start);
	if (cp == NULL)
		return;
	p->found = true;
	p->category = cp->category;
	p->has_max_week = cp->has_max_week;
	p->max_week = cp->max_week;
	p->has_max_year = cp->has_max_year;
	p->max_year = cp->max_year;
	p->has_min_age = cp->has_min_age;
	p->min_age = cp->min_age;
	p->has_max_age = cp->has_max_age;
	p->max_age = cp->max_age;
	p->has_max_age_extended = cp->has_max_age_extended;
	p->max_age_extended = cp->max_age_extended;
	p->until_pension = cp->until_pension;
	p->home_only = cp->home_only;
	p->has_companions = cp->has_companions;
	p->n_companions = cp->n_companions;
	p->companion_codes = cp->companion_codes;
}

/* The client and the pension age on a date. */
static void
read_client(statement_state *st, const char *bsn, DateADT on, pc_client *c)
{
	client_slot *slot = eng_client_of(st, bsn);

	memset(c, 0, sizeof(*c));
	c->found = slot->found;
	c->has_birth_date = slot->has_birth_date;
	c->birth_date = slot->birth_date;
	c->lives_at_home = slot->lives_at_home;
	c->has_pension_age = cc_pension_age(st->cache, on, &c->pension_years, &c->pension_months);
}

/* a ledger of the memo, as the core reads it */
static void
ledger_view(const ledger *l, pc_ledger *view)
{
	view->n_entries = l->n_entries;
	view->entries = (const pc_ledger_entry *const *) l->entries;
}

/*
 * Apply every rule; set f->failed[r] for each rule the row breaks and
 * f->undecided[r] for each it applies to but cannot decide.  The facts are
 * gathered in this order (locks and reads have effects), the rules of a
 * kind applied as soon as their facts are known.  *a_out is the row's
 * allocation as the rules saw it (found is false when TR338 failed).
 */
void
eng_apply_rules(statement_state *st, const pc_row *in, pc_findings *f, pc_allocation *a_out)
{
	pc_header	h;
	pc_list_facts lists;
	pc_allocation a;
	pc_product	p;
	pc_contract contract;
	pc_credit_target credit;
	pc_client	client;
	pc_ledger	allocation_ledger = {0, NULL};
	pc_ledger	client_ledger = {0, NULL};
	bool		used_before;
	bool		bsn_valid;

	st->current_referentie = in->referentie;
	h.agb = st->agb;
	h.gemeentecode = st->gemeentecode;
	h.domain = st->domain;
	h.declaration_month = st->declaration_month;
	h.duplicate = st->header_duplicate;
	h.submitted_on = st->submitted_on;
	h.received_on = st->received_on;
	h.has_last_month = st->has_last_month;
	h.last_month = st->last_month;

	/*
	 * the contract tariff for this municipality, provider (or any
	 * provider), code and unit on the period's start (TR341, TR418, TR346),
	 * and whether the contract has the code in any unit (TR341)
	 */
	memset(&contract, 0, sizeof(contract));
	contract.found = cc_tariff_for(st->cache, st->gemeentecode, st->agb, in->code,
								   in->unit, in->period_start,
								   &contract.tariff, &contract.hourly);
	contract.any_unit = contract.found ||
		cc_tariff_any_unit(st->cache, st->gemeentecode, st->agb, in->code, in->period_start);

	/* format: the row's fields, its category and unit in their lists */
	lists.category_listed = cc_has_category(st->cache, in->category, st->domain);
	lists.unit_listed = cc_has_unit(st->cache, in->unit);
	pc_rules_format(in, &lists, f);

	/* declaration: TR314 under the reference's lock */
	{
		char	   *key = psprintf("%s/%s/%s", st->agb, st->domain, in->referentie);

		eng_lock_key(st, ENG_LOCK_REFERENCE, key);
		pfree(key);
	}
	used_before = eng_reference_used(st, in->referentie);
	pc_rules_declaration(in, &h, used_before, f);

	/*
	 * allocation: the one with the number in this municipality, which is
	 * the row's only when it is the provider's and the domain's (TR338);
	 * else it is as if there was none: no other allocation rule, no
	 * running totals, nothing counted against it
	 */
	memset(&credit, 0, sizeof(credit));
	if (pc_is_credit(in))
	{
		/*
		 * S11: a credit gets no allocation rule; TR323 and TR390 under the
		 * lock of the debit's reference, which every credit of that debit
		 * takes whatever its ToewijzingNummer (and the debit itself took).
		 * Then the lock of the debit's allocation, whose running totals an
		 * accepted credit lowers: a corrected debit loaded meanwhile waits
		 * and counts the credit.
		 */
		memset(&a, 0, sizeof(a));
		st->row_slot = NULL;
		if (pc_cumulative_needs_credit_target(in))
		{
			char	   *key = psprintf("%s/%s/%s", st->agb, st->domain, in->vorig_referentie);

			eng_lock_key(st, ENG_LOCK_REFERENCE, key);
			pfree(key);
			eng_read_credit_target(st, in, &credit);
			if (st->credit_target_found)
			{
				char		akey[32];

				snprintf(akey, sizeof(akey), "%s/" INT64_FORMAT, st->credit_target.gemeentecode,
						 st->credit_target.toewijzing);
				eng_lock_key(st, ENG_LOCK_ALLOCATION, akey);
			}
		}
	}
	else
	{
		eng_read_allocation(st, in, &a);
		pc_rules_allocation(in, &h, &a, &contract, f);
		if (!pc_allocation_is_the_rows(&a, &h))
		{
			a.found = false;
			st->row_slot = NULL;
		}
		pc_rule_tr378(&a, a.found && cc_municipality_valid(st->cache, st->gemeentecode, a.start_date),
					  f);
		if (a.found)
		{
			char		key[32];

			snprintf(key, sizeof(key), "%s/" INT64_FORMAT, st->gemeentecode, in->toewijzing);
			eng_lock_key(st, ENG_LOCK_ALLOCATION, key);
			if (pc_cumulative_needs_ledger(in))
			{
				eng_allocation_ledger(st, st->row_slot);
				ledger_view(&st->row_slot->debits, &allocation_ledger);
			}
		}
	}
	pc_rules_cumulative(in, &a, &allocation_ledger, &credit, f);

	/* TR381: the catalogue in use puts this code in this category */
	read_product(st, in, &p);
	pc_rule_tr381(in, &p, f);

	/* regional: the client's ledger under the client's lock, the client */
	bsn_valid = !f->failed[PC_R_FMT_BSN];
	memset(&client, 0, sizeof(client));
	if (p.found && bsn_valid)
	{
		if (pc_regional_needs_ledger(in, &p))
		{
			client_slot *slot;

			eng_lock_key(st, ENG_LOCK_CLIENT, in->bsn);
			slot = eng_client_of(st, in->bsn);
			eng_client_ledger(st, slot, in->bsn);
			ledger_view(&slot->debits, &client_ledger);
		}
		if (pc_regional_needs_client(&p))
			read_client(st, in->bsn, in->period_start, &client);
	}
	pc_rules_regional(in, &a, &p, bsn_valid, &client_ledger, &client, f);

	/* TR418, TR346 and CS339 against the contract tariff */
	pc_rule_tr418(in, &contract, f);
	pc_rule_tr346(in, &contract, f);
	pc_rule_cs339(in, f);
	pc_findings_settle(in, f);
	*a_out = a;
}
