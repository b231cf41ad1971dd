-- User rows for the dump/restore test (test/dump_restore.sh): one of each
-- kind a municipality adds, in shipped and in its own catalogues.
SET search_path = productcodes, public;
-- a future merger: a new municipality and the end of an old one is not
-- possible on shipped rows, so only the new code is added
INSERT INTO municipalities (gemeentecode, name, province, youth_region, validity)
VALUES ('1990', 'Nieuwe Gemeente', 'Utrecht', 'Utrecht-West', '[2027-01-01,)');
INSERT INTO catalogues (name, issuer, version_date, validity)
VALUES ('Handboek Regio Test 2027', 'Regio Test', '2026-10-31', '[2027-01-01,)');
INSERT INTO catalogue_municipalities (catalogue_id, gemeentecode, domain, validity)
VALUES (1000, '1990', 'JW', '[2027-01-01,)'), (1, '0363', 'JW', '[2023-01-01,)');
INSERT INTO segments (catalogue_id, name, domain) VALUES (1000, 'Ambulant', 'JW');
INSERT INTO products (catalogue_id, code, category, domain, segment, name, description,
					  unit, frequency, variant, validity, local_ref, max_age_years)
VALUES (1000, '45A03', '45', 'JW', 'Ambulant', 'Jeugdhulp ambulant licht',
		'Eigen product met ''quotes'', een backslash \ en een regel' || chr(10) || 'erna.',
		'04', '4', 'inspanningsgericht', '[2027-01-01,)', 'A.1', 18),
	   (1000, '45A04', '45', 'JW', 'Ambulant', 'Vervoer bij ambulant', NULL,
		'82', '1', 'outputgericht', '[2027-01-01,)', 'A.2', 18),
	   (1, '50H1A', '50', 'JW', NULL, 'Maatwerk jeugd (eigen code in gedeelde catalogus)', NULL,
		'83', '6', 'outputgericht', '[2024-01-01,)', NULL, NULL);
INSERT INTO product_companions (product_id, companion_product_id)
SELECT a.product_id, b.product_id FROM products a, products b
 WHERE a.code = '45A04' AND b.code = '45A03' AND a.catalogue_id = 1000 AND b.catalogue_id = 1000;
INSERT INTO tariffs (gemeentecode, agb, code, unit, validity, tariff_cents) VALUES
	('1990', NULL, '45A03', '04', '[2027-01-01,)', 8550),
	('1990', '12345678', '45A03', '04', '[2027-01-01,)', 8275),
	('0363', NULL, '43Z03', '82', '[2024-01-01,2025-01-01)', 1234567);
-- allocations, a declaration and checked rows: their outcomes must come
-- back exactly as stored, not be checked again on the day of the restore
INSERT INTO clients (bsn, birth_date, lives_at_home) VALUES ('123456782', '2012-05-01', true);
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, start_date, end_date)
VALUES ('0363', 5001, '123456782', '12345678', 'JW', '43', '43Z03', 10, '82', '6', '2024-01-01', '2024-12-31');
INSERT INTO declarations (agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on)
VALUES ('12345678', '0363', 'JW', 'D202403', '2024-03-01', '2024-04-02');
INSERT INTO declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code,
							  period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
SELECT declaration_id, ref, 5001, '123456782', '43', '43Z03', '2024-03-01', '2024-03-31', 1, '82',
	   1234567, amount, 'D'
  FROM declarations, (VALUES ('R-1', 1234567), ('R-2', 99)) AS v(ref, amount);
-- the second is rejected (amount is not volume x tariff, and the same month
-- again: double billing); TR346 is switched off afterwards, so checking it
-- again today would give other findings than the stored ones
INSERT INTO rule_settings (gemeentecode, rule_id, setting) VALUES ('0363', 'TR346', 'disabled');
