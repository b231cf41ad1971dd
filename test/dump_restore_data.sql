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
