/* ====================================================================
 * Comments, so that \d+ and \df+ explain every object (new in 1.1): each
 * column of the tables, views and materialized views, and each function
 * that had none (the type support functions, the casts' functions, ...).
 * Column and function comments are English and name the iStandaard's
 * element where there is one; tables and views keep their Dutch comments
 * where they are made.  Grouped by object, in the order of the parts
 * that make them.  This part is also appended to the upgrade script from
 * 1.0 (NEW_IN_1_1), so a fresh and an upgraded 1.1 say the same;
 * sql/comments.sql fails on any object of the extension without one.
 * ==================================================================== */

/* --------------------------------------------------------------------
 * 30_catalogue.sql: the catalogue
 * -------------------------------------------------------------------- */
COMMENT ON COLUMN productcodes.domains.code IS 'JW (Jeugdwet) or WMO (Wmo 2015)';
COMMENT ON COLUMN productcodes.domains.name IS 'the domain''s short name (Jeugd, Wmo)';
COMMENT ON COLUMN productcodes.domains.law IS 'the law the domain''s care is given under';
COMMENT ON COLUMN productcodes.domains.shipped IS
'true: shipped with the extension (data/domains.csv), read-only (changed only by the extension''s upgrades); false: a row of your own';

COMMENT ON COLUMN productcodes.categories.code IS
'ProductCategorie: two characters (JZ020 31-38 and 40-55, WMO020 01-18)';
COMMENT ON COLUMN productcodes.categories.domain IS 'the domain whose list (JZ020 for JW, WMO020 for WMO) has the category';
COMMENT ON COLUMN productcodes.categories.name IS 'the category''s name in the list';
COMMENT ON COLUMN productcodes.categories.shipped IS
'true: shipped with the extension (data/categories.csv), read-only (changed only by the extension''s upgrades); false: a row of your own';

COMMENT ON COLUMN productcodes.units.code IS 'Eenheid: two digits of list WJ756 (01 minuut, 04 uur, 82 stuks (output), 83 euro''s, ...)';
COMMENT ON COLUMN productcodes.units.name IS 'the unit''s name in WJ756';
COMMENT ON COLUMN productcodes.units.shipped IS
'true: shipped with the extension (data/units.csv), read-only (changed only by the extension''s upgrades); false: a row of your own';

COMMENT ON COLUMN productcodes.frequencies.code IS
'Frequentie: one digit of list WMO757 (1 per dag, 2 per week, 4 per maand, 6 totaal binnen geldigheidsduur toewijzing)';
COMMENT ON COLUMN productcodes.frequencies.name IS 'the frequency''s name in WMO757';
COMMENT ON COLUMN productcodes.frequencies.period IS
'what a volume with this frequency is per: day, week, month, or allocation (once for the whole allocation)';
COMMENT ON COLUMN productcodes.frequencies.shipped IS
'true: shipped with the extension (data/frequencies.csv), read-only (changed only by the extension''s upgrades); false: a row of your own';

COMMENT ON COLUMN productcodes.unit_frequency_combinations.variant IS
'uitvoeringsvariant: inspanningsgericht or outputgericht';
COMMENT ON COLUMN productcodes.unit_frequency_combinations.unit IS 'a unit (units) allowed in that variant';
COMMENT ON COLUMN productcodes.unit_frequency_combinations.frequency IS 'a frequency (frequencies) allowed with that unit in that variant';
COMMENT ON COLUMN productcodes.unit_frequency_combinations.shipped IS
'true: shipped with the extension (data/unit_frequency_combinations.csv), read-only (changed only by the extension''s upgrades); false: a row of your own';

COMMENT ON COLUMN productcodes.municipalities.gemeentecode IS 'Gemeentecode (CBS): four digits, never given out twice';
COMMENT ON COLUMN productcodes.municipalities.name IS 'the municipality''s name (CBS)';
COMMENT ON COLUMN productcodes.municipalities.province IS 'the province the municipality lies in; NULL: not recorded';
COMMENT ON COLUMN productcodes.municipalities.youth_region IS 'the youth care region (jeugdregio) it belongs to; NULL: not recorded';
COMMENT ON COLUMN productcodes.municipalities.validity IS
'the days the gemeentecode is valid (a merger ends it; rule TR378); unbounded below: since before the 2026 list';
COMMENT ON COLUMN productcodes.municipalities.shipped IS
'true: shipped with the extension (data/municipalities.csv), read-only (changed only by the extension''s upgrades); false: a row of your own';

COMMENT ON COLUMN productcodes.state_pension_ages.validity IS
'the days on which this AOW-leeftijd is in force (REG_LEEFTIJD takes the one in force on a row''s period start); periods do not overlap';
COMMENT ON COLUMN productcodes.state_pension_ages.years IS 'the state pension age: whole years';
COMMENT ON COLUMN productcodes.state_pension_ages.months IS 'the state pension age: months on top of the years (0 to 11)';
COMMENT ON COLUMN productcodes.state_pension_ages.shipped IS
'true: shipped with the extension (data/state_pension_ages.csv), read-only (changed only by the extension''s upgrades); false: a row of your own';

COMMENT ON COLUMN productcodes.catalogues.catalogue_id IS
'identifies the catalogue; shipped ones below 1000, your own from 1000 on (identity)';
COMMENT ON COLUMN productcodes.catalogues.name IS 'the handbook''s name';
COMMENT ON COLUMN productcodes.catalogues.issuer IS 'who issued the handbook, such as a region; NULL: not stated';
COMMENT ON COLUMN productcodes.catalogues.version_date IS 'the handbook''s version date; NULL: not stated';
COMMENT ON COLUMN productcodes.catalogues.validity IS
'the days the catalogue is in force; look-ups and TR381 need this and catalogue_municipalities.validity to hold the date';
COMMENT ON COLUMN productcodes.catalogues.source IS
'the document a shipped catalogue comes from (seed 000, seed 004: data/README.md); free text for your own';
COMMENT ON COLUMN productcodes.catalogues.shipped IS
'true: shipped with the extension (data/catalogues.csv), read-only (changed only by the extension''s upgrades); false: a row of your own';

COMMENT ON COLUMN productcodes.catalogue_municipalities.catalogue_id IS 'the catalogue (catalogues) the municipality uses';
COMMENT ON COLUMN productcodes.catalogue_municipalities.gemeentecode IS 'Gemeentecode (CBS) of the municipality that uses it';
COMMENT ON COLUMN productcodes.catalogue_municipalities.domain IS 'the domain (JW or WMO) it uses the catalogue for';
COMMENT ON COLUMN productcodes.catalogue_municipalities.validity IS
'the days it uses the catalogue for that domain; one catalogue per municipality, domain and day';
COMMENT ON COLUMN productcodes.catalogue_municipalities.shipped IS
'true: shipped with the extension (data/catalogue_municipalities.csv), read-only (changed only by the extension''s upgrades); false: a row of your own';

COMMENT ON COLUMN productcodes.segments.catalogue_id IS 'the catalogue (catalogues) the segment is part of';
COMMENT ON COLUMN productcodes.segments.name IS 'the segment''s name in the handbook, as products.segment names it';
COMMENT ON COLUMN productcodes.segments.domain IS 'the domain (JW or WMO) of the segment''s products';
COMMENT ON COLUMN productcodes.segments.shipped IS
'true: shipped with the extension (data/segments.csv), read-only (changed only by the extension''s upgrades); false: a row of your own';

COMMENT ON COLUMN productcodes.products.product_id IS
'identifies the product version; shipped ones below 1,000,000, your own from 1,000,000 on (identity)';
COMMENT ON COLUMN productcodes.products.catalogue_id IS 'the catalogue (catalogues) the product is in';
COMMENT ON COLUMN productcodes.products.code IS 'ProductCode; one version per catalogue and day';
COMMENT ON COLUMN productcodes.products.category IS
'ProductCategorie (JZ020 or WMO020, of the product''s domain) the catalogue puts the code in (rule TR381)';
COMMENT ON COLUMN productcodes.products.domain IS 'JW or WMO';
COMMENT ON COLUMN productcodes.products.segment IS 'the segment of its catalogue (segments.name); NULL: none';
COMMENT ON COLUMN productcodes.products.sub_segment IS 'the sub-segment the handbook puts it in, within the segment; NULL: none';
COMMENT ON COLUMN productcodes.products.name IS 'the product''s name in the handbook';
COMMENT ON COLUMN productcodes.products.description IS
'the handbook''s description, as plain text; NULL: none (description_pending says whether one is to come)';
COMMENT ON COLUMN productcodes.products.description_pending IS
'the handbook says the description is still to come ("volgt nog"); description is then NULL';
COMMENT ON COLUMN productcodes.products.unit IS 'the unit (WJ756) the product is declared in';
COMMENT ON COLUMN productcodes.products.frequency IS 'the frequency (WMO757) of its volume';
COMMENT ON COLUMN productcodes.products.variant IS
'uitvoeringsvariant: inspanningsgericht or outputgericht; with unit and frequency an allowed combination (unit_frequency_combinations)';
COMMENT ON COLUMN productcodes.products.validity IS
'the days this version of the code is valid; two versions of a code in one catalogue do not overlap';
COMMENT ON COLUMN productcodes.products.max_units_per_week IS
'the most units a client may have per ISO week, counted as this times the weeks touching the month (REG_MAX_WEEK); NULL: no limit';
COMMENT ON COLUMN productcodes.products.max_units_per_year IS
'the most units a client may have per calendar year (REG_MAX_JAAR); NULL: no limit';
COMMENT ON COLUMN productcodes.products.min_age_years IS
'client must be at least this old on the period''s start (inclusive, REG_LEEFTIJD); NULL: no minimum';
COMMENT ON COLUMN productcodes.products.shipped IS
'true: shipped with the extension (data/products.csv), read-only (changed only by the extension''s upgrades); false: a row of your own';

COMMENT ON COLUMN productcodes.product_companions.product_id IS
'the product (products) that may only be declared with a companion (REG_SAMEN_MET)';
COMMENT ON COLUMN productcodes.product_companions.companion_product_id IS
'a companion (products): an accepted row of it for the same client in an overlapping period allows product_id';
COMMENT ON COLUMN productcodes.product_companions.shipped IS
'true: shipped with the extension (data/product_companions.csv), read-only (changed only by the extension''s upgrades); false: a row of your own';

COMMENT ON COLUMN productcodes.tariffs.tariff_id IS 'identifies the tariff; shipped ones below 1,000,000, your own from 1,000,000 on (identity)';
COMMENT ON COLUMN productcodes.tariffs.gemeentecode IS 'Gemeentecode (CBS) of the municipality whose contract it is';
COMMENT ON COLUMN productcodes.tariffs.agb IS
'AGB-code of the provider the tariff is for; NULL: any provider of the municipality (a provider''s own tariff wins)';
COMMENT ON COLUMN productcodes.tariffs.code IS 'ProductCode the tariff is for';
COMMENT ON COLUMN productcodes.tariffs.unit IS
'the unit (WJ756) the tariff is per; a row in minutes may use an hourly tariff (TR418: the hourly tariff / 60, rounded)';
COMMENT ON COLUMN productcodes.tariffs.validity IS 'the days the tariff is in force; TR418 takes the one in force on a row''s period start';
COMMENT ON COLUMN productcodes.tariffs.tariff_cents IS 'the contract tariff per unit, in cents; TR418 compares a row''s ProductTarief with it';
COMMENT ON COLUMN productcodes.tariffs.shipped IS
'true: shipped with the extension, read-only (changed only by the extension''s upgrades; there is no data/tariffs.csv: none are shipped); false: a row of your own';

/* --------------------------------------------------------------------
 * 40_rules.sql: the rules
 * -------------------------------------------------------------------- */
COMMENT ON COLUMN productcodes.rules.rule_id IS
'the rule''s id (TR322, FMT_BSN, REG_MAX_WEEK, ...), as declaration_rows.errors, warnings and undecided name it';
COMMENT ON COLUMN productcodes.rules.return_code IS 'the retourcode (list WJ001) a 325 gives a row rejected on the rule';
COMMENT ON COLUMN productcodes.rules.kind IS
'format, allocation, declaration, catalogue, cumulative or regional; the rule''s code is in src/pc_rules_<kind>.c';
COMMENT ON COLUMN productcodes.rules.text_nl IS 'what the finding means, in Dutch (rule_texts, row_findings, strict-mode errors)';
COMMENT ON COLUMN productcodes.rules.text_en IS 'what the finding means, in English (rule_texts, row_findings, strict-mode errors)';
COMMENT ON COLUMN productcodes.rules.shipped IS
'true: shipped with the extension (data/rules.csv), read-only (changed only by the extension''s upgrades); false: a row of your own';
COMMENT ON COLUMN productcodes.rules.explain_nl IS
'how a finding''s figures read in Dutch: {name} for each figure, [a part left out when a figure in it is missing] (row_findings.explanation); NULL: none';
COMMENT ON COLUMN productcodes.rules.explain_en IS
'how a finding''s figures read in English: {name} for each figure, [a part left out when a figure in it is missing] (row_findings.explanation); NULL: none';
COMMENT ON COLUMN productcodes.rules.source IS
'where the rule is written down: a path in the transcription of the standard, or the regional handbook (docs/rules.md)';

/* --------------------------------------------------------------------
 * 60_lookups.sql: catalogue_overview (a column of products says the same)
 * -------------------------------------------------------------------- */
COMMENT ON COLUMN productcodes.catalogue_overview.catalogue IS 'the name of the product''s catalogue (catalogues.name)';
COMMENT ON COLUMN productcodes.catalogue_overview.domain IS 'JW or WMO';
COMMENT ON COLUMN productcodes.catalogue_overview.domain_name IS 'the domain''s name (domains.name)';
COMMENT ON COLUMN productcodes.catalogue_overview.category IS
'ProductCategorie (JZ020 or WMO020, of the product''s domain) the catalogue puts the code in (rule TR381)';
COMMENT ON COLUMN productcodes.catalogue_overview.category_name IS 'the category''s name (categories.name)';
COMMENT ON COLUMN productcodes.catalogue_overview.segment IS 'the segment of its catalogue (segments.name); NULL: none';
COMMENT ON COLUMN productcodes.catalogue_overview.sub_segment IS 'the sub-segment the handbook puts it in, within the segment; NULL: none';
COMMENT ON COLUMN productcodes.catalogue_overview.code IS 'ProductCode; one version per catalogue and day';
COMMENT ON COLUMN productcodes.catalogue_overview.name IS 'the product''s name in the handbook';
COMMENT ON COLUMN productcodes.catalogue_overview.unit IS 'the unit (WJ756) the product is declared in';
COMMENT ON COLUMN productcodes.catalogue_overview.unit_name IS 'the unit''s name in WJ756 (units.name)';
COMMENT ON COLUMN productcodes.catalogue_overview.frequency IS 'the frequency (WMO757) of its volume';
COMMENT ON COLUMN productcodes.catalogue_overview.frequency_name IS 'the frequency''s name in WMO757 (frequencies.name)';
COMMENT ON COLUMN productcodes.catalogue_overview.variant IS
'uitvoeringsvariant: inspanningsgericht or outputgericht; with unit and frequency an allowed combination (unit_frequency_combinations)';
COMMENT ON COLUMN productcodes.catalogue_overview.validity IS
'the days this version of the code is valid; two versions of a code in one catalogue do not overlap';
COMMENT ON COLUMN productcodes.catalogue_overview.local_ref IS 'the region''s own reference, such as 2.02B';
COMMENT ON COLUMN productcodes.catalogue_overview.max_units_per_week IS
'the most units a client may have per ISO week, counted as this times the weeks touching the month (REG_MAX_WEEK); NULL: no limit';
COMMENT ON COLUMN productcodes.catalogue_overview.max_units_per_year IS
'the most units a client may have per calendar year (REG_MAX_JAAR); NULL: no limit';
COMMENT ON COLUMN productcodes.catalogue_overview.min_age_years IS
'client must be at least this old on the period''s start (inclusive, REG_LEEFTIJD); NULL: no minimum';
COMMENT ON COLUMN productcodes.catalogue_overview.max_age_years IS 'client must be younger than this (exclusive)';
COMMENT ON COLUMN productcodes.catalogue_overview.max_age_extended_years IS
'verlengde jeugdhulp: care that started before max_age_years may continue below this age';
COMMENT ON COLUMN productcodes.catalogue_overview.until_state_pension_age IS
'client must be younger than the state pension age (table state_pension_ages)';
COMMENT ON COLUMN productcodes.catalogue_overview.home_only IS 'only for clients living at home (extramuraal)';
COMMENT ON COLUMN productcodes.catalogue_overview.description_pending IS
'the handbook says the description is still to come ("volgt nog"); description is then NULL';
COMMENT ON COLUMN productcodes.catalogue_overview.example_code IS
'code invented for a source that names none (seed 004): a region replaces it with its own';
COMMENT ON COLUMN productcodes.catalogue_overview.product_id IS
'identifies the product version; shipped ones below 1,000,000, your own from 1,000,000 on (identity)';
COMMENT ON COLUMN productcodes.catalogue_overview.catalogue_id IS 'the catalogue (catalogues) the product is in';
COMMENT ON COLUMN productcodes.catalogue_overview.staff_qualification IS
'the least education of the staff who deliver it, where the catalogue sets one (seed 004: MBO3, MBO4, HBO)';

/* --------------------------------------------------------------------
 * 70_declarations.sql: settings, clients, allocations, declarations
 * -------------------------------------------------------------------- */
COMMENT ON COLUMN productcodes.rule_settings.gemeentecode IS
'Gemeentecode (CBS) the setting is for; NULL: every municipality (a municipality''s own setting wins)';
COMMENT ON COLUMN productcodes.rule_settings.rule_id IS 'the rule (rules) the setting is for; never FMT_VELD';
COMMENT ON COLUMN productcodes.rule_settings.setting IS
'error (the rule rejects the row), warning (reported, the row stays accepted) or disabled (not applied)';
COMMENT ON COLUMN productcodes.rule_settings.note IS 'free text, such as why the setting was made';

COMMENT ON COLUMN productcodes.clients.bsn IS 'the client''s BSN';
COMMENT ON COLUMN productcodes.clients.birth_date IS
'Geboortedatum (a 301 sets it); NULL: unknown, and the age rules (REG_LEEFTIJD) stay undecided';
COMMENT ON COLUMN productcodes.clients.lives_at_home IS
'thuiswonend (default true; a 301 does not carry it), for products only for clients living at home (REG_THUISWONEND)';

COMMENT ON COLUMN productcodes.allocations.allocation_id IS 'identifies the allocation in this database (identity); the iStandaard''s key is gemeentecode and toewijzing_nummer';
COMMENT ON COLUMN productcodes.allocations.gemeentecode IS 'Gemeentecode (CBS) of the municipality that made the allocation (the 301''s Afzender)';
COMMENT ON COLUMN productcodes.allocations.toewijzing_nummer IS 'ToewijzingNummer, unique per municipality; declaration rows name the allocation by it';
COMMENT ON COLUMN productcodes.allocations.bsn IS 'BSN of the client the care is allocated to';
COMMENT ON COLUMN productcodes.allocations.agb IS 'AGB-code of the provider the care is allocated to (the 301''s Ontvanger)';
COMMENT ON COLUMN productcodes.allocations.domain IS 'JW or WMO';
COMMENT ON COLUMN productcodes.allocations.volume IS
'Omvang/Volume: units per frequency (0 to 99999999); NULL with a budget, or with neither (an aspecific allocation)';
COMMENT ON COLUMN productcodes.allocations.unit IS 'Omvang/Eenheid (WJ756) of the volume; NULL without a volume';
COMMENT ON COLUMN productcodes.allocations.frequency IS
'Omvang/Frequentie (WMO757): the volume per day (1), week (2), month (4) or for the whole allocation (6); NULL without a volume';
COMMENT ON COLUMN productcodes.allocations.budget_cents IS 'Budget in cents (0 to 99999999); NULL for a volume';
COMMENT ON COLUMN productcodes.allocations.start_date IS 'Ingangsdatum: the first day of the allocation';

COMMENT ON COLUMN productcodes.declarations.declaration_id IS 'identifies the declaration (identity); declaration rows name it';
COMMENT ON COLUMN productcodes.declarations.agb IS 'AGB-code of the provider that declares (the 323''s Afzender)';
COMMENT ON COLUMN productcodes.declarations.gemeentecode IS
'Gemeentecode (CBS) of the municipality declared to (the 323''s Ontvanger); TR378 checks it against the CBS list';
COMMENT ON COLUMN productcodes.declarations.domain IS 'JW or WMO';
COMMENT ON COLUMN productcodes.declarations.declaratie_nummer IS
'DeclaratieNummer: 1 to 12 letters or digits, not used before by the provider in the domain (TR333)';
COMMENT ON COLUMN productcodes.declarations.declaration_month IS
'DeclaratiePeriode: the first day of the month declared, from January 2021 on (TR318, TR319)';
COMMENT ON COLUMN productcodes.declarations.total_cents IS
'TotaalIngediendBedrag in cents as the provider states it (0 to 999999999999, with total_dc); NULL: not stated';
COMMENT ON COLUMN productcodes.declarations.total_dc IS 'DebetCredit of the TotaalIngediendBedrag: D or C; NULL: not stated';

COMMENT ON COLUMN productcodes.declaration_rows.row_id IS 'identifies the declaration row (identity); revalidate() checks rows again in this order';
COMMENT ON COLUMN productcodes.declaration_rows.declaration_id IS 'the declaration (declarations) whose Prestatie the row is';
COMMENT ON COLUMN productcodes.declaration_rows.referentie_nummer IS
'ReferentieNummer: the provider''s reference of the row, used once per provider and domain (TR314)';
COMMENT ON COLUMN productcodes.declaration_rows.vorig_referentie_nummer IS
'VorigReferentieNummer: on a credit the ReferentieNummer of the debit it cancels; NULL on a debit (FMT_VORIGREF)';
COMMENT ON COLUMN productcodes.declaration_rows.toewijzing_nummer IS
'ToewijzingNummer of the allocation (of the declaration''s municipality) the row is declared on (TR338)';
COMMENT ON COLUMN productcodes.declaration_rows.bsn IS 'BSN of the Client as sent; text, so that a bad one is stored and rejected (FMT_BSN)';
COMMENT ON COLUMN productcodes.declaration_rows.category IS 'ProductCategorie as sent (FMT_CATEGORIE: in the domain''s list)';
COMMENT ON COLUMN productcodes.declaration_rows.code IS 'ProductCode (TR381: in that category in the catalogue in use)';
COMMENT ON COLUMN productcodes.declaration_rows.period_start IS
'ProductPeriode/Begindatum: the first day of care; the rules take the catalogue, tariff and age on this day';
COMMENT ON COLUMN productcodes.declaration_rows.period_end IS
'ProductPeriode/Einddatum: the last day of care (inclusive), in the month of period_start (FMT_PERIODE)';
COMMENT ON COLUMN productcodes.declaration_rows.volume IS 'GeleverdVolume: the units delivered in the period';
COMMENT ON COLUMN productcodes.declaration_rows.unit IS 'Eenheid of the volume as sent (FMT_EENHEID: in WJ756)';
COMMENT ON COLUMN productcodes.declaration_rows.tariff_cents IS
'ProductTarief: the price per unit in cents; NULL when the unit is 83 (euro''s), required otherwise (FMT_TARIEF)';
COMMENT ON COLUMN productcodes.declaration_rows.amount_cents IS
'IngediendBedrag/Bedrag in cents, not negative also on a credit (dc says which; FMT_BEDRAG: 0 to 99999999)';
COMMENT ON COLUMN productcodes.declaration_rows.dc IS
'IngediendBedrag/DebetCredit as sent: D (debit) or C (credit, cancelling the debit named in vorig_referentie_nummer)';
COMMENT ON COLUMN productcodes.declaration_rows.status IS
'the outcome: accepted or rejected, written by the trigger check_declaration_row and by revalidate(); unchecked (the default) only on a row the trigger did not check';
COMMENT ON COLUMN productcodes.declaration_rows.errors IS 'every rule (rules.rule_id) that rejects the row; empty when accepted';
COMMENT ON COLUMN productcodes.declaration_rows.warnings IS
'the rules found whose severity (rules.severity, or rule_settings) is warning: reported, the row stays accepted';
COMMENT ON COLUMN productcodes.declaration_rows.checked_at IS
'when the outcome was written: the start of the transaction that inserted the row or ran revalidate()';

/* --------------------------------------------------------------------
 * 70_declarations.sql, 73_findings.sql: row_findings
 * -------------------------------------------------------------------- */
COMMENT ON COLUMN productcodes.row_findings.row_id IS 'the declaration row (declaration_rows.row_id) of the finding';
COMMENT ON COLUMN productcodes.row_findings.declaration_id IS 'the row''s declaration (declarations.declaration_id)';
COMMENT ON COLUMN productcodes.row_findings.severity IS
'error (in errors: rejects the row), warning (in warnings: the row stays accepted) or undecided (in undecided: lacking data)';
COMMENT ON COLUMN productcodes.row_findings.rule_id IS 'the rule found (rules.rule_id)';
COMMENT ON COLUMN productcodes.row_findings.return_code IS 'the rule''s retourcode (list WJ001)';
COMMENT ON COLUMN productcodes.row_findings.text_nl IS 'the rule''s text in Dutch (rules.text_nl)';
COMMENT ON COLUMN productcodes.row_findings.text_en IS 'the rule''s text in English (rules.text_en)';
COMMENT ON COLUMN productcodes.row_findings.figures IS
'the figures that decided this finding (the rule''s entry in declaration_rows.figures); NULL: none';
COMMENT ON COLUMN productcodes.row_findings.explanation IS
'the figures in words, in the chosen language (productcodes.language), from the rule''s explain_nl or explain_en; NULL without a template or figures';

/* --------------------------------------------------------------------
 * 72_reporting.sql: rule texts
 * -------------------------------------------------------------------- */
COMMENT ON COLUMN productcodes.rule_texts.rule_id IS 'the rule (rules.rule_id)';
COMMENT ON COLUMN productcodes.rule_texts.return_code IS 'the rule''s retourcode (list WJ001)';
COMMENT ON COLUMN productcodes.rule_texts.kind IS 'format, allocation, declaration, catalogue, cumulative or regional';
COMMENT ON COLUMN productcodes.rule_texts.severity IS
'the default severity, error or warning; rule_settings changes it per municipality';
COMMENT ON COLUMN productcodes.rule_texts.text IS 'the rule''s text in the chosen language (productcodes.language: text_nl or text_en)';

/* --------------------------------------------------------------------
 * 72_reporting.sql: spend (a materialized view says what its view says)
 * -------------------------------------------------------------------- */
COMMENT ON COLUMN productcodes.spend_per_provider_month.gemeentecode IS 'Gemeentecode (CBS) of the municipality the rows were declared to';
COMMENT ON COLUMN productcodes.spend_per_provider_month.domain IS 'JW or WMO, the domain of the rows'' declarations';
COMMENT ON COLUMN productcodes.spend_per_provider_month.agb IS 'AGB-code of the provider that declared the rows';
COMMENT ON COLUMN productcodes.spend_per_provider_month.segment IS 'the product''s segment (products.segment); NULL: no product, or none';
COMMENT ON COLUMN productcodes.spend_per_provider_month.category IS 'ProductCategorie as declared';
COMMENT ON COLUMN productcodes.spend_per_provider_month.code IS 'ProductCode as declared';
COMMENT ON COLUMN productcodes.spend_per_provider_month.product_id IS
'the product the catalogue in use (catalogue_municipalities) gives the code on the first day of the rows'' period; NULL: none';
COMMENT ON COLUMN productcodes.spend_per_provider_month.product_name IS 'that product''s name; NULL: no product';
COMMENT ON COLUMN productcodes.spend_per_provider_month.month IS
'the first day of the month of care (the rows'' ProductPeriode), not of the declaration month';
COMMENT ON COLUMN productcodes.spend_per_provider_month.debit_rows IS 'the number of accepted debit rows';
COMMENT ON COLUMN productcodes.spend_per_provider_month.credit_rows IS 'the number of accepted credit rows';
COMMENT ON COLUMN productcodes.spend_per_provider_month.debit_cents IS 'the accepted debits'' IngediendBedrag added up, in cents';
COMMENT ON COLUMN productcodes.spend_per_provider_month.credit_cents IS 'the accepted credits'' IngediendBedrag added up, in cents (not negative)';
COMMENT ON COLUMN productcodes.spend_per_provider_month.amount_cents IS 'the spend: accepted debits minus accepted credits, in cents';
COMMENT ON COLUMN productcodes.spend_per_provider_month.debit_euros IS 'the same as debit_cents, in euros';
COMMENT ON COLUMN productcodes.spend_per_provider_month.credit_euros IS 'the same as credit_cents, in euros';
COMMENT ON COLUMN productcodes.spend_per_provider_month.amount_euros IS 'the same as amount_cents, in euros';

COMMENT ON COLUMN productcodes.spend_per_month.gemeentecode IS 'Gemeentecode (CBS) of the municipality the rows were declared to';
COMMENT ON COLUMN productcodes.spend_per_month.municipality IS 'the municipality''s name (municipalities.name)';
COMMENT ON COLUMN productcodes.spend_per_month.domain IS 'JW or WMO, the domain of the rows'' declarations';
COMMENT ON COLUMN productcodes.spend_per_month.segment IS 'the product''s segment (products.segment); NULL: no product, or none';
COMMENT ON COLUMN productcodes.spend_per_month.category IS 'ProductCategorie as declared';
COMMENT ON COLUMN productcodes.spend_per_month.category_name IS 'the category''s name (categories.name)';
COMMENT ON COLUMN productcodes.spend_per_month.code IS 'ProductCode as declared';
COMMENT ON COLUMN productcodes.spend_per_month.product_id IS
'the product the catalogue in use (catalogue_municipalities) gives the code on the first day of the rows'' period; NULL: none';
COMMENT ON COLUMN productcodes.spend_per_month.product_name IS 'that product''s name; NULL: no product';
COMMENT ON COLUMN productcodes.spend_per_month.month IS
'the first day of the month of care (the rows'' ProductPeriode), not of the declaration month';
COMMENT ON COLUMN productcodes.spend_per_month.debit_rows IS 'the number of accepted debit rows';
COMMENT ON COLUMN productcodes.spend_per_month.credit_rows IS 'the number of accepted credit rows';
COMMENT ON COLUMN productcodes.spend_per_month.debit_cents IS 'the accepted debits'' IngediendBedrag added up, in cents';
COMMENT ON COLUMN productcodes.spend_per_month.credit_cents IS 'the accepted credits'' IngediendBedrag added up, in cents (not negative)';
COMMENT ON COLUMN productcodes.spend_per_month.amount_cents IS 'the spend: accepted debits minus accepted credits, in cents';
COMMENT ON COLUMN productcodes.spend_per_month.debit_euros IS 'the same as debit_cents, in euros';
COMMENT ON COLUMN productcodes.spend_per_month.credit_euros IS 'the same as credit_cents, in euros';
COMMENT ON COLUMN productcodes.spend_per_month.amount_euros IS 'the same as amount_cents, in euros';

COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.gemeentecode IS 'Gemeentecode (CBS) of the municipality the rows were declared to';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.domain IS 'JW or WMO, the domain of the rows'' declarations';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.agb IS 'AGB-code of the provider that declared the rows';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.segment IS 'the product''s segment (products.segment); NULL: no product, or none';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.category IS 'ProductCategorie as declared';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.code IS 'ProductCode as declared';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.product_id IS
'the product the catalogue in use (catalogue_municipalities) gives the code on the first day of the rows'' period; NULL: none';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.product_name IS 'that product''s name; NULL: no product';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.month IS
'the first day of the month of care (the rows'' ProductPeriode), not of the declaration month';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.debit_rows IS 'the number of accepted debit rows';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.credit_rows IS 'the number of accepted credit rows';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.debit_cents IS 'the accepted debits'' IngediendBedrag added up, in cents';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.credit_cents IS 'the accepted credits'' IngediendBedrag added up, in cents (not negative)';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.amount_cents IS 'the spend: accepted debits minus accepted credits, in cents';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.debit_euros IS 'the same as debit_cents, in euros';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.credit_euros IS 'the same as credit_cents, in euros';
COMMENT ON COLUMN productcodes.spend_per_provider_month_mv.amount_euros IS 'the same as amount_cents, in euros';

COMMENT ON COLUMN productcodes.spend_per_month_mv.gemeentecode IS 'Gemeentecode (CBS) of the municipality the rows were declared to';
COMMENT ON COLUMN productcodes.spend_per_month_mv.municipality IS 'the municipality''s name (municipalities.name)';
COMMENT ON COLUMN productcodes.spend_per_month_mv.domain IS 'JW or WMO, the domain of the rows'' declarations';
COMMENT ON COLUMN productcodes.spend_per_month_mv.segment IS 'the product''s segment (products.segment); NULL: no product, or none';
COMMENT ON COLUMN productcodes.spend_per_month_mv.category IS 'ProductCategorie as declared';
COMMENT ON COLUMN productcodes.spend_per_month_mv.category_name IS 'the category''s name (categories.name)';
COMMENT ON COLUMN productcodes.spend_per_month_mv.code IS 'ProductCode as declared';
COMMENT ON COLUMN productcodes.spend_per_month_mv.product_id IS
'the product the catalogue in use (catalogue_municipalities) gives the code on the first day of the rows'' period; NULL: none';
COMMENT ON COLUMN productcodes.spend_per_month_mv.product_name IS 'that product''s name; NULL: no product';
COMMENT ON COLUMN productcodes.spend_per_month_mv.month IS
'the first day of the month of care (the rows'' ProductPeriode), not of the declaration month';
COMMENT ON COLUMN productcodes.spend_per_month_mv.debit_rows IS 'the number of accepted debit rows';
COMMENT ON COLUMN productcodes.spend_per_month_mv.credit_rows IS 'the number of accepted credit rows';
COMMENT ON COLUMN productcodes.spend_per_month_mv.debit_cents IS 'the accepted debits'' IngediendBedrag added up, in cents';
COMMENT ON COLUMN productcodes.spend_per_month_mv.credit_cents IS 'the accepted credits'' IngediendBedrag added up, in cents (not negative)';
COMMENT ON COLUMN productcodes.spend_per_month_mv.amount_cents IS 'the spend: accepted debits minus accepted credits, in cents';
COMMENT ON COLUMN productcodes.spend_per_month_mv.debit_euros IS 'the same as debit_cents, in euros';
COMMENT ON COLUMN productcodes.spend_per_month_mv.credit_euros IS 'the same as credit_cents, in euros';
COMMENT ON COLUMN productcodes.spend_per_month_mv.amount_euros IS 'the same as amount_cents, in euros';

/* --------------------------------------------------------------------
 * 72_reporting.sql: exhaustion of allocations (allocation_exhaustion,
 * allocations_near_exhaustion and allocation_exhaustion_mv have the
 * columns of allocation_exhaustion_on(as_of), and say the same)
 * -------------------------------------------------------------------- */
COMMENT ON COLUMN productcodes.allocation_exhaustion.allocation_id IS 'the allocation (allocations.allocation_id)';
COMMENT ON COLUMN productcodes.allocation_exhaustion.gemeentecode IS 'Gemeentecode (CBS) of the municipality that made the allocation';
COMMENT ON COLUMN productcodes.allocation_exhaustion.toewijzing_nummer IS 'ToewijzingNummer of the allocation';
COMMENT ON COLUMN productcodes.allocation_exhaustion.agb IS 'AGB-code of the provider the care is allocated to';
COMMENT ON COLUMN productcodes.allocation_exhaustion.domain IS 'JW or WMO';
COMMENT ON COLUMN productcodes.allocation_exhaustion.category IS 'ProductCategorie of the allocation; NULL for a generic one';
COMMENT ON COLUMN productcodes.allocation_exhaustion.code IS 'ProductCode of the allocation; NULL for an aspecific or generic one';
COMMENT ON COLUMN productcodes.allocation_exhaustion.start_date IS 'Ingangsdatum: the first day of the allocation';
COMMENT ON COLUMN productcodes.allocation_exhaustion.end_date IS 'the last day of the allocation (inclusive); NULL: open';
COMMENT ON COLUMN productcodes.allocation_exhaustion.deleted IS 'deleted with change reason 13 (rule TR384)';
COMMENT ON COLUMN productcodes.allocation_exhaustion.basis IS
'budget (allocated and used in cents) or volume (in the allocation''s unit)';
COMMENT ON COLUMN productcodes.allocation_exhaustion.unit IS 'the unit (WJ756) of the allocated volume; NULL without a volume';
COMMENT ON COLUMN productcodes.allocation_exhaustion.frequency IS 'the frequency (WMO757) of the allocated volume; NULL without a volume';
COMMENT ON COLUMN productcodes.allocation_exhaustion.allocated IS
'allocated_total(): the volume for the whole allocation in its unit, or the budget in cents; NULL for an open-ended volume per day, week or month, or without volume and budget';
COMMENT ON COLUMN productcodes.allocation_exhaustion.used IS
'accepted debits that no accepted credit cancels, periods starting on or before the as-of date, in the allocation''s unit (minutes on hours as 1/60 hour) or in cents, as TR321/TR322/TR369 count';
COMMENT ON COLUMN productcodes.allocation_exhaustion.remaining IS 'allocated minus used; NULL when allocated is NULL';
COMMENT ON COLUMN productcodes.allocation_exhaustion.used_pct IS
'used as a percentage of allocated, one decimal; NULL when allocated is NULL or 0';
COMMENT ON COLUMN productcodes.allocation_exhaustion.months_left IS
'calendar months after the as-of date''s month up to the end date''s month; 0 once it ends in the as-of month or before; NULL: open';
COMMENT ON COLUMN productcodes.allocation_exhaustion.last_month IS 'the first day of the latest month with use counted; NULL: none';
COMMENT ON COLUMN productcodes.allocation_exhaustion.run_rate_per_month IS
'use per month over the last three calendar months ended on the as-of date, divided by the months of them the allocation ran; NULL when it ran in none';
COMMENT ON COLUMN productcodes.allocation_exhaustion.projected_exhaustion IS
'the as-of date plus remaining x days run in those months / use in them, rounded up; NULL when nothing is left, nothing was used in them, or allocated is NULL';
COMMENT ON COLUMN productcodes.allocation_exhaustion.runs_out_before_end IS
'whether projected_exhaustion is on or before end_date (always, when open), true when nothing is left; false when nothing was used in the three months; NULL when allocated is NULL';

COMMENT ON COLUMN productcodes.allocations_near_exhaustion.allocation_id IS 'the allocation (allocations.allocation_id)';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.gemeentecode IS 'Gemeentecode (CBS) of the municipality that made the allocation';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.toewijzing_nummer IS 'ToewijzingNummer of the allocation';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.agb IS 'AGB-code of the provider the care is allocated to';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.domain IS 'JW or WMO';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.category IS 'ProductCategorie of the allocation; NULL for a generic one';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.code IS 'ProductCode of the allocation; NULL for an aspecific or generic one';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.start_date IS 'Ingangsdatum: the first day of the allocation';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.end_date IS 'the last day of the allocation (inclusive); NULL: open';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.deleted IS 'deleted with change reason 13 (rule TR384)';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.basis IS
'budget (allocated and used in cents) or volume (in the allocation''s unit)';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.unit IS 'the unit (WJ756) of the allocated volume; NULL without a volume';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.frequency IS 'the frequency (WMO757) of the allocated volume; NULL without a volume';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.allocated IS
'allocated_total(): the volume for the whole allocation in its unit, or the budget in cents; NULL for an open-ended volume per day, week or month, or without volume and budget';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.used IS
'accepted debits that no accepted credit cancels, periods starting on or before the as-of date, in the allocation''s unit (minutes on hours as 1/60 hour) or in cents, as TR321/TR322/TR369 count';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.remaining IS 'allocated minus used; NULL when allocated is NULL';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.used_pct IS
'used as a percentage of allocated, one decimal; NULL when allocated is NULL or 0';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.months_left IS
'calendar months after the as-of date''s month up to the end date''s month; 0 once it ends in the as-of month or before; NULL: open';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.last_month IS 'the first day of the latest month with use counted; NULL: none';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.run_rate_per_month IS
'use per month over the last three calendar months ended on the as-of date, divided by the months of them the allocation ran; NULL when it ran in none';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.projected_exhaustion IS
'the as-of date plus remaining x days run in those months / use in them, rounded up; NULL when nothing is left, nothing was used in them, or allocated is NULL';
COMMENT ON COLUMN productcodes.allocations_near_exhaustion.runs_out_before_end IS
'whether projected_exhaustion is on or before end_date (always, when open), true when nothing is left; false when nothing was used in the three months; NULL when allocated is NULL';

COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.as_of IS 'the date the figures are as of: the day of the last refresh_reporting()';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.allocation_id IS 'the allocation (allocations.allocation_id)';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.gemeentecode IS 'Gemeentecode (CBS) of the municipality that made the allocation';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.toewijzing_nummer IS 'ToewijzingNummer of the allocation';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.agb IS 'AGB-code of the provider the care is allocated to';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.domain IS 'JW or WMO';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.category IS 'ProductCategorie of the allocation; NULL for a generic one';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.code IS 'ProductCode of the allocation; NULL for an aspecific or generic one';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.start_date IS 'Ingangsdatum: the first day of the allocation';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.end_date IS 'the last day of the allocation (inclusive); NULL: open';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.deleted IS 'deleted with change reason 13 (rule TR384)';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.basis IS
'budget (allocated and used in cents) or volume (in the allocation''s unit)';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.unit IS 'the unit (WJ756) of the allocated volume; NULL without a volume';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.frequency IS 'the frequency (WMO757) of the allocated volume; NULL without a volume';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.allocated IS
'allocated_total(): the volume for the whole allocation in its unit, or the budget in cents; NULL for an open-ended volume per day, week or month, or without volume and budget';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.used IS
'accepted debits that no accepted credit cancels, periods starting on or before the as-of date, in the allocation''s unit (minutes on hours as 1/60 hour) or in cents, as TR321/TR322/TR369 count';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.remaining IS 'allocated minus used; NULL when allocated is NULL';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.used_pct IS
'used as a percentage of allocated, one decimal; NULL when allocated is NULL or 0';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.months_left IS
'calendar months after the as-of date''s month up to the end date''s month; 0 once it ends in the as-of month or before; NULL: open';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.last_month IS 'the first day of the latest month with use counted; NULL: none';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.run_rate_per_month IS
'use per month over the last three calendar months ended on the as-of date, divided by the months of them the allocation ran; NULL when it ran in none';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.projected_exhaustion IS
'the as-of date plus remaining x days run in those months / use in them, rounded up; NULL when nothing is left, nothing was used in them, or allocated is NULL';
COMMENT ON COLUMN productcodes.allocation_exhaustion_mv.runs_out_before_end IS
'whether projected_exhaustion is on or before end_date (always, when open), true when nothing is left; false when nothing was used in the three months; NULL when allocated is NULL';

COMMENT ON COLUMN productcodes.allocations_unused.allocation_id IS 'the allocation (allocations.allocation_id)';
COMMENT ON COLUMN productcodes.allocations_unused.gemeentecode IS 'Gemeentecode (CBS) of the municipality that made the allocation';
COMMENT ON COLUMN productcodes.allocations_unused.toewijzing_nummer IS 'ToewijzingNummer of the allocation';
COMMENT ON COLUMN productcodes.allocations_unused.agb IS 'AGB-code of the provider the care is allocated to';
COMMENT ON COLUMN productcodes.allocations_unused.domain IS 'JW or WMO';
COMMENT ON COLUMN productcodes.allocations_unused.category IS 'ProductCategorie of the allocation; NULL for a generic one';
COMMENT ON COLUMN productcodes.allocations_unused.code IS 'ProductCode of the allocation; NULL for an aspecific or generic one';
COMMENT ON COLUMN productcodes.allocations_unused.start_date IS 'Ingangsdatum: the first day of the allocation';
COMMENT ON COLUMN productcodes.allocations_unused.end_date IS 'the last day of the allocation (inclusive); NULL: open';
COMMENT ON COLUMN productcodes.allocations_unused.window_start IS 'the first day of the three ended months looked at';
COMMENT ON COLUMN productcodes.allocations_unused.window_end IS 'the last day of those months: the end of the last month ended today';
COMMENT ON COLUMN productcodes.allocations_unused.last_declared_month IS
'the first day of the latest month with a debit row (accepted or rejected) on the allocation, up to today; NULL: never declared';

/* --------------------------------------------------------------------
 * 72_reporting.sql: rejections
 * -------------------------------------------------------------------- */
COMMENT ON COLUMN productcodes.rejections_per_provider.agb IS 'AGB-code of the provider that declared';
COMMENT ON COLUMN productcodes.rejections_per_provider.gemeentecode IS 'Gemeentecode (CBS) of the municipality declared to';
COMMENT ON COLUMN productcodes.rejections_per_provider.domain IS 'JW or WMO';
COMMENT ON COLUMN productcodes.rejections_per_provider.month IS
'the declaration month (declarations.declaration_month): rejections count per message sent, not per month of care';
COMMENT ON COLUMN productcodes.rejections_per_provider.rows IS 'the checked rows (accepted or rejected) of the provider''s declarations of that month';
COMMENT ON COLUMN productcodes.rejections_per_provider.rejected_rows IS 'the rejected rows among them';
COMMENT ON COLUMN productcodes.rejections_per_provider.rejection_rate IS 'rejected_rows / rows x 100, two decimals';
COMMENT ON COLUMN productcodes.rejections_per_provider.debit_cents IS
'the IngediendBedrag of all checked debit rows (accepted and rejected) added up, in cents';
COMMENT ON COLUMN productcodes.rejections_per_provider.rejected_debit_cents IS
'the IngediendBedrag of the rejected debit rows added up, in cents';
COMMENT ON COLUMN productcodes.rejections_per_provider.rejected_credit_cents IS
'the IngediendBedrag of the rejected rows that are no debit (credits, or a D/C that is neither) added up, in cents';
COMMENT ON COLUMN productcodes.rejections_per_provider.debit_euros IS 'the same as debit_cents, in euros';
COMMENT ON COLUMN productcodes.rejections_per_provider.rejected_debit_euros IS 'the same as rejected_debit_cents, in euros';
COMMENT ON COLUMN productcodes.rejections_per_provider.rejected_credit_euros IS 'the same as rejected_credit_cents, in euros';

COMMENT ON COLUMN productcodes.rejections_per_rule.agb IS 'AGB-code of the provider that declared';
COMMENT ON COLUMN productcodes.rejections_per_rule.gemeentecode IS 'Gemeentecode (CBS) of the municipality declared to';
COMMENT ON COLUMN productcodes.rejections_per_rule.domain IS 'JW or WMO';
COMMENT ON COLUMN productcodes.rejections_per_rule.month IS
'the declaration month (declarations.declaration_month): rejections count per message sent, not per month of care';
COMMENT ON COLUMN productcodes.rejections_per_rule.rule_id IS 'the rule (rules.rule_id) that rejected the rows';
COMMENT ON COLUMN productcodes.rejections_per_rule.return_code IS 'the rule''s retourcode (list WJ001)';
COMMENT ON COLUMN productcodes.rejections_per_rule.reason IS 'the rule''s text in the chosen language (productcodes.language)';
COMMENT ON COLUMN productcodes.rejections_per_rule.rejected_rows IS
'the rows rejected on this rule (a row rejected on two rules counts for both)';
COMMENT ON COLUMN productcodes.rejections_per_rule.rejected_debit_cents IS
'the IngediendBedrag of those rows that are debits added up, in cents';
COMMENT ON COLUMN productcodes.rejections_per_rule.rows IS
'all checked rows of the provider''s declarations of that month (rejections_per_provider.rows)';
COMMENT ON COLUMN productcodes.rejections_per_rule.rejection_rate IS 'rejected_rows / rows x 100, two decimals';
COMMENT ON COLUMN productcodes.rejections_per_rule.rejected_debit_euros IS 'the same as rejected_debit_cents, in euros';

/* --------------------------------------------------------------------
 * 72_reporting.sql: the 325 answer
 * -------------------------------------------------------------------- */
COMMENT ON COLUMN productcodes.declaration_answer_rows.declaration_id IS 'the declaration (declarations.declaration_id)';
COMMENT ON COLUMN productcodes.declaration_answer_rows.row_id IS 'the rejected row (declaration_rows.row_id)';
COMMENT ON COLUMN productcodes.declaration_answer_rows.referentie_nummer IS 'its ReferentieNummer';
COMMENT ON COLUMN productcodes.declaration_answer_rows.amount_cents IS 'its IngediendBedrag in cents, as sent (not negative; dc says debit or credit)';
COMMENT ON COLUMN productcodes.declaration_answer_rows.dc IS 'its DebetCredit as sent: D or C';
COMMENT ON COLUMN productcodes.declaration_answer_rows.return_codes IS
'the distinct retourcodes of the rules that rejected it, in order: the Prestatie''s RetourCodes in the 325';
COMMENT ON COLUMN productcodes.declaration_answer_rows.rule_ids IS 'the rules that rejected it (declaration_rows.errors)';
COMMENT ON COLUMN productcodes.declaration_answer_rows.reasons IS
'each retourcode with its rule''s text in the chosen language (productcodes.language), separated by " | "';
COMMENT ON COLUMN productcodes.declaration_answer_rows.amount_euros IS 'the same as amount_cents, in euros';

COMMENT ON COLUMN productcodes.declaration_answers.declaration_id IS 'the declaration (declarations.declaration_id)';
COMMENT ON COLUMN productcodes.declaration_answers.agb IS 'AGB-code of the provider that declared';
COMMENT ON COLUMN productcodes.declaration_answers.gemeentecode IS 'Gemeentecode (CBS) of the municipality declared to';
COMMENT ON COLUMN productcodes.declaration_answers.domain IS 'JW or WMO';
COMMENT ON COLUMN productcodes.declaration_answers.declaratie_nummer IS 'DeclaratieNummer';
COMMENT ON COLUMN productcodes.declaration_answers.declaration_month IS 'the first day of the month declared (DeclaratiePeriode)';
COMMENT ON COLUMN productcodes.declaration_answers.rows IS 'all rows of the declaration';
COMMENT ON COLUMN productcodes.declaration_answers.accepted_rows IS 'its accepted rows';
COMMENT ON COLUMN productcodes.declaration_answers.rejected_rows IS 'its rejected rows: those the 325 returns';
COMMENT ON COLUMN productcodes.declaration_answers.unchecked_rows IS 'its rows the trigger did not check (status unchecked)';
COMMENT ON COLUMN productcodes.declaration_answers.submitted_cents IS
'the IngediendBedrag of all its rows, debits minus credits, in cents';
COMMENT ON COLUMN productcodes.declaration_answers.accepted_cents IS
'accepted debits minus accepted credits, in cents: the TotaalToegekendBedrag of the 325';
COMMENT ON COLUMN productcodes.declaration_answers.header_total_matches IS
'whether the header''s TotaalIngediendBedrag (total_cents with total_dc) equals submitted_cents; NULL when the header has none';
COMMENT ON COLUMN productcodes.declaration_answers.answer_code IS
'8001 when the declaration has rows and every one is accepted; NULL otherwise';
COMMENT ON COLUMN productcodes.declaration_answers.return_codes IS 'the distinct retourcodes of its rejected rows, in order';
COMMENT ON COLUMN productcodes.declaration_answers.submitted_euros IS 'the same as submitted_cents, in euros';
COMMENT ON COLUMN productcodes.declaration_answers.accepted_euros IS 'the same as accepted_cents, in euros';

/* --------------------------------------------------------------------
 * 75_staging.sql: staged rows (the fields as text, exactly as they arrived)
 * -------------------------------------------------------------------- */
COMMENT ON COLUMN productcodes.staged_rows.staged_id IS 'identifies the staged row (identity), in the order staged';
COMMENT ON COLUMN productcodes.staged_rows.staged_at IS 'when the row was staged (the start of the loading transaction)';
COMMENT ON COLUMN productcodes.staged_rows.declaration_id IS
'declaration_id as sent; must read as a whole number naming a stored declaration, or FMT_VELD';
COMMENT ON COLUMN productcodes.staged_rows.referentie_nummer IS 'ReferentieNummer as sent; required';
COMMENT ON COLUMN productcodes.staged_rows.vorig_referentie_nummer IS 'VorigReferentieNummer as sent; empty on a debit';
COMMENT ON COLUMN productcodes.staged_rows.toewijzing_nummer IS 'ToewijzingNummer as sent; must read as a whole number, or FMT_VELD';
COMMENT ON COLUMN productcodes.staged_rows.bsn IS 'BSN as sent; required (its elfproef is the checks'' FMT_BSN)';
COMMENT ON COLUMN productcodes.staged_rows.category IS 'ProductCategorie as sent; required';
COMMENT ON COLUMN productcodes.staged_rows.code IS 'ProductCode as sent; must read as a product code, or FMT_VELD';
COMMENT ON COLUMN productcodes.staged_rows.period_start IS 'ProductPeriode/Begindatum as sent; must read as a date YYYY-MM-DD, or FMT_VELD';
COMMENT ON COLUMN productcodes.staged_rows.period_end IS 'ProductPeriode/Einddatum as sent; must read as a date YYYY-MM-DD, or FMT_VELD';
COMMENT ON COLUMN productcodes.staged_rows.volume IS 'GeleverdVolume as sent; must read as a whole number, or FMT_VELD';
COMMENT ON COLUMN productcodes.staged_rows.unit IS 'Eenheid as sent; required';
COMMENT ON COLUMN productcodes.staged_rows.tariff_cents IS 'ProductTarief in cents as sent; empty, or a whole number (else FMT_VELD)';
COMMENT ON COLUMN productcodes.staged_rows.amount_cents IS 'IngediendBedrag in cents as sent; must read as a whole number, or FMT_VELD';
COMMENT ON COLUMN productcodes.staged_rows.dc IS 'DebetCredit as sent; required';
COMMENT ON COLUMN productcodes.staged_rows.status IS
'unchecked until the loading statement ends; then rejected with FMT_VELD, or the status its declaration row got then (a later revalidate() does not change it here)';
COMMENT ON COLUMN productcodes.staged_rows.errors IS
'{FMT_VELD} for a row that could not be read, else the errors its declaration row got at the end of the loading statement';
COMMENT ON COLUMN productcodes.staged_rows.row_id IS 'the declaration row (declaration_rows) it became; NULL when it could not be read';

/* --------------------------------------------------------------------
 * 77_messages.sql: iStandaarden messages
 * -------------------------------------------------------------------- */
COMMENT ON COLUMN productcodes.message_elements.message IS 'the message: JW301, JW323, WMO301 or WMO323';
COMMENT ON COLUMN productcodes.message_elements.path IS 'the element''s path from the root, local names: Bericht/Header/BerichtCode';
COMMENT ON COLUMN productcodes.message_elements.parent IS 'the path of the element that holds it; NULL for the root, Bericht';
COMMENT ON COLUMN productcodes.message_elements.seq IS 'its place in its parent''s sequence, from 1';
COMMENT ON COLUMN productcodes.message_elements.name IS 'its local name in the XSD';
COMMENT ON COLUMN productcodes.message_elements.ns IS
'its namespace: m the message''s, b the basisschema''s (elements of the basisschema''s types)';
COMMENT ON COLUMN productcodes.message_elements.min_occurs IS 'minOccurs: 0 optional, 1 required';
COMMENT ON COLUMN productcodes.message_elements.xpath IS
'the XPath that selects it from the document''s root, with the prefixes m and b (message_namespaces)';

COMMENT ON COLUMN productcodes.message_types.standard IS 'ijw (Jeugdwet) or iwmo (Wmo): the standard whose schemas define the type';
COMMENT ON COLUMN productcodes.message_types.type_name IS 'the simple type''s name in the XSD, such as LDT_Volume or JW323.BerichtCode';
COMMENT ON COLUMN productcodes.message_types.base IS 'what a value is read as: string, integer, date or time';
COMMENT ON COLUMN productcodes.message_types.min_length IS 'minLength in characters (strings only); NULL: none';
COMMENT ON COLUMN productcodes.message_types.max_length IS 'maxLength in characters (strings only); NULL: none';
COMMENT ON COLUMN productcodes.message_types.patterns IS 'the XSD patterns, each to match the whole value; NULL: none';
COMMENT ON COLUMN productcodes.message_types.enumeration IS 'the values allowed; NULL: any';
COMMENT ON COLUMN productcodes.message_types.min_value IS 'the least value of an integer type (inclusive); NULL: none';
COMMENT ON COLUMN productcodes.message_types.max_value IS 'the greatest value of an integer type (inclusive); NULL: none';

COMMENT ON COLUMN productcodes.message_rules.rule_id IS 'the message rule''s id (MSG_...), as message_refusals names it';
COMMENT ON COLUMN productcodes.message_rules.return_code IS 'the retourcode (list WJ001) of a 325 to a message refused on it: 0001 or 9056';
COMMENT ON COLUMN productcodes.message_rules.text_nl IS 'what the refusal means, in Dutch';
COMMENT ON COLUMN productcodes.message_rules.text_en IS 'what the refusal means, in English';

COMMENT ON COLUMN productcodes.messages.message_id IS 'identifies the stored message (identity); for a 323 also the Identificatie of its 325 answer';
COMMENT ON COLUMN productcodes.messages.message_type IS 'JW301, JW323, WMO301 or WMO323, from the namespace of its root element';
COMMENT ON COLUMN productcodes.messages.domain IS 'JW or WMO, from the message type';
COMMENT ON COLUMN productcodes.messages.receiver IS 'Ontvanger: the gemeentecode (323) or the provider''s AGB (301)';
COMMENT ON COLUMN productcodes.messages.identificatie IS
'BerichtIdentificatie/Identificatie: the sender''s id of the message, once per sender and message type (MSG_IDENTIFICATIE)';
COMMENT ON COLUMN productcodes.messages.dagtekening IS 'BerichtIdentificatie/Dagtekening: the day the sender made the message';
COMMENT ON COLUMN productcodes.messages.xsd_basisschema_versie IS 'XsdVersie/BasisschemaXsdVersie as sent';
COMMENT ON COLUMN productcodes.messages.xsd_bericht_versie IS 'XsdVersie/BerichtXsdVersie as sent';
COMMENT ON COLUMN productcodes.messages.status IS
'processed (stored, its rows booked) or refused (a 323 that broke a message rule: message_refusals; nothing booked)';
COMMENT ON COLUMN productcodes.messages.imported_at IS 'when the message was imported (the start of the importing transaction)';
COMMENT ON COLUMN productcodes.messages.declaratie_nummer IS 'DeclaratieNummer of a 323; NULL for a 301';
COMMENT ON COLUMN productcodes.messages.period_start IS 'DeclaratiePeriode/Begindatum of a 323; NULL for a 301';
COMMENT ON COLUMN productcodes.messages.period_end IS 'DeclaratiePeriode/Einddatum of a 323; NULL for a 301';
COMMENT ON COLUMN productcodes.messages.declaratie_dagtekening IS 'DeclaratieDagtekening of a 323; NULL for a 301';
COMMENT ON COLUMN productcodes.messages.total_cents IS 'TotaalIngediendBedrag/TotaalBedrag of a 323 in cents, as declared; NULL for a 301';
COMMENT ON COLUMN productcodes.messages.total_dc IS 'TotaalIngediendBedrag/DebetCredit of a 323: D or C; NULL for a 301';
COMMENT ON COLUMN productcodes.messages.declaration_id IS
'the declaration (declarations) a processed 323 became; NULL for a refused 323 and for a 301';
COMMENT ON COLUMN productcodes.messages.rows_stored IS
'a 323: its Prestaties stored (through staged_rows); a 301: its ToegewezenProducten stored; 0 when refused';
COMMENT ON COLUMN productcodes.messages.rows_accepted IS 'a 323: its stored rows accepted at the import; a 301: rows_stored';
COMMENT ON COLUMN productcodes.messages.rows_rejected IS 'a 323: its stored rows rejected at the import (FMT_VELD too); a 301: 0';
COMMENT ON COLUMN productcodes.messages.content IS 'the whole message as received';

COMMENT ON COLUMN productcodes.message_refusals.message_id IS 'the refused 323 (messages)';
COMMENT ON COLUMN productcodes.message_refusals.rule_id IS 'a message rule (message_rules) it broke';
COMMENT ON COLUMN productcodes.message_refusals.detail IS
'what broke it, such as the totals that differ or the ReferentieNummers that occur twice';

COMMENT ON COLUMN productcodes.message_rows.message_id IS 'the processed 323 (messages)';
COMMENT ON COLUMN productcodes.message_rows.seq IS 'the Prestatie''s place in the message, from 1, Client by Client';
COMMENT ON COLUMN productcodes.message_rows.client_seq IS 'the place of its Client in the message, from 1';
COMMENT ON COLUMN productcodes.message_rows.staged_id IS
'the staged row (staged_rows) it became, and through its row_id the declaration row';

COMMENT ON COLUMN productcodes.message_allocations.message_id IS 'the 301 (messages)';
COMMENT ON COLUMN productcodes.message_allocations.seq IS 'the ToegewezenProduct''s place in the message, from 1';
COMMENT ON COLUMN productcodes.message_allocations.allocation_id IS 'the allocation (allocations) it added, changed or deleted';
COMMENT ON COLUMN productcodes.message_allocations.action IS
'added (a new ToewijzingNummer), changed (a known one) or deleted (RedenWijziging 13)';

/* --------------------------------------------------------------------
 * 80_separation.sql, 85_message_separation.sql: municipalities apart
 * -------------------------------------------------------------------- */
COMMENT ON COLUMN productcodes.municipality_roles.role_name IS
'a role that works for the municipality; the row covers it and every role that has its privileges (a member with INHERIT, a chain of groups); a name that is no role covers nobody';
COMMENT ON COLUMN productcodes.municipality_roles.gemeentecode IS
'Gemeentecode (CBS) of a municipality the role works for; with separation on it sees and loads only those';

COMMENT ON FUNCTION productcodes.disable_municipality_separation() IS
'switches the separation between municipalities off (row-level security, on every table with an own_municipality policy); to be run by productcodes_admin or the tables'' owner (SECURITY DEFINER)';

COMMENT ON COLUMN productcodes.region_roles.role_name IS
'a role that works for the whole region; the row covers it and every role that has its privileges (a member with INHERIT, a chain of groups)';
