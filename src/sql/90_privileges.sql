/* ====================================================================
 * Privileges: the catalogue is public information, so everyone may read
 * it, and the rules; writing, tariffs (contract terms), allocations,
 * clients and declarations (personal data) are for roles the DBA grants.
 * ==================================================================== */
GRANT SELECT ON productcodes.domains, productcodes.categories, productcodes.units,
	productcodes.frequencies, productcodes.unit_frequency_combinations,
	productcodes.municipalities, productcodes.state_pension_ages,
	productcodes.catalogues, productcodes.catalogue_municipalities,
	productcodes.segments, productcodes.products, productcodes.product_companions,
	productcodes.catalogue_overview, productcodes.rules
	TO PUBLIC;

