#!/usr/bin/env python3
"""tools/generate.py: deterministic synthetic declarations for productcodes.

A region of Dutch municipalities for one year (2025): the six Utrecht-West
municipalities (which use the shipped seed 004 catalogue for Wmo) and four
neighbours (seed 000 "Handboek productcodes" for Wmo in three of them, none
in the fourth), seed 000 for Jeugd everywhere; providers, clients,
allocations, contract tariffs and a year of monthly declarations, with a
known mix of errors.  Every row's outcome is written to expected.csv.

    python3 tools/generate.py --out /tmp/gen                 # scale 1.0, seed 42
    python3 tools/generate.py --scale 0.05 --seed 7 --out DIR
    python3 tools/generate.py --rows 1000000 --out DIR       # exactly N rows
    python3 tools/generate.py --self-check                   # the rules' examples

Scale 1.0 is about 50 providers (8-digit AGB), 3000 clients (valid BSNs,
birth dates within the products' age limits), 4900 allocations and 35,000
rows.  --rows N plans clients until about N rows and writes exactly N (the
last month's declarations are cut where the count is reached).  The
products, their limits and companions are read from data/*.csv.

The allocations: mostly specific (category, code, volume, unit and
frequency); about 3% aspecific (category only; half with a budget, half
with neither volume nor budget) and 0.8% generic (no category, a budget),
whose rows declare a product of the allocation's category (or any);
a fifth of the unit-82 products allocated per week (frequency 2,
outputgericht: the month's volume counts Sundays, IV077).

The rows: one declaration per provider, municipality, domain and month
(DeclaratieNummer D<gemeentecode><yyyymm>; DeclaratieDagtekening
(submitted_on) in the next month, received that day or the next); a row
per allocation active that month, for the whole month or clipped to the
allocation's start and end (TR387/TR388); volume x contract tariff (the
provider's own tariff where it has one, some indexed from 1 July); some
hours allocations declared in minutes, with the hourly tariff / 60
rounded as ProductTarief and the amount from the hourly tariff (IV081);
transport (08U01/08U02) only for clients at home, next to a day programme
or short stay of the same provider declared earlier in the same
declaration.  About 1.5% of accepted debits are credited in a later month
and sent again corrected (credit first).

The errors, about 4-5% of the rows, each row breaking exactly the rules
listed for it: a code of the same category that is not the allocation's
(TR340); the whole month while the allocation starts or ends in it (TR307
and TR387, or TR308 and TR388); a later start or an earlier end than the
allocation's in the month (TR387 or TR388 alone); over the allocated volume
(TR321 per week, TR322 frequency 6) or the budget (TR369); a second debit
for the same allocation, month and code (TR389); a BSN failing the
elfproef (FMT_BSN and TR304); a credit pointing to no debit (TR323); a
ToewijzingNummer the municipality never issued, or another provider's
allocation (TR338); a minutes row with the hourly tariff (TR418); a unit
the contract does not have on an allocation without a unit (TR341); a row
held back and sent for its month after the next month's declaration
(DeclaratieNummer ending in L: TR318); a credit that differs from its
debit in the period, the volume or the amount (TR323, S11).  Some held-back
rows are sent instead after a declaration of the later month whose only
row is rejected (DeclaratieNummer ending in X: TR338) and before that
month's regular declaration: TR318 does not apply (S12).

Round 2 (S11-S14): a credit gets only the format rules, CS339, the
declaration rules, TR323 (identical to its debit but for the references,
in a declaration to the same municipality) and TR390; TR318 counts only
earlier declarations with an accepted row, earlier in the order of
receipt (received_on, then declaration_id); TR322 on an open-ended
per-day/week/month allocation passes.

The rules are those of docs/rules.md (with the audit's changes S1-S10 of its
section 6): the evaluator below
implements them independently of the engine, including the rules no
generated row breaks (TR335, TR134, TR137, TR135 as DeclaratieDagtekening
after the day of receipt, CS339, CS100).  Rules undecided for lack of data
(TR341 or TR418 without a contract tariff) count as not failed; expected.csv
does not list them.  `--self-check` runs the date and amount functions on
the standard's examples (IV077, IV076, IV078, IV081, IV089, TR335, TR318 with
S12/S13, TR323's key fields).

Files written in DIR (CSV with a header, RFC 4180, UTF-8; an empty field is
NULL; load them with tools/load-generated.sh, in this order):

    catalogue_municipalities.csv  which municipality uses which shipped catalogue
    tariffs.csv                   contract tariffs (agb empty: any provider)
    clients.csv                   bsn, birth_date, lives_at_home
    allocations.csv               toewijzingen (specific, aspecific, generic)
    declarations.csv              323 headers, with explicit declaration_id,
                                  submitted_on and received_on
    declaration_rows.csv          the rows, input columns only, in check order
    expected.csv                  referentie_nummer, expected_status, expected_errors
    summary.json                  arguments and counts (rows, error mix)

How outcomes are known.  The generator keeps the running state the engine
keeps (accepted debits not cancelled by a credit, per allocation and per
client) and evaluates every row with the rules the data can reach (the
allocation rules, the declaration rules, TR381, TR418, TR346, CS339, the
running totals TR321/TR322/TR369/TR389, credits TR323/TR390 and the
regional rules).  A clean
row that this model would reject is made smaller or left out; an error row
is only written when the model finds exactly the rules it was built to
break (otherwise the clean row is written, or the extra row left out).
Rows are checked by the engine in file order, so the order of
declaration_rows.csv matters: per declaration, credits first, then
corrected debits, then the month's rows (day programmes before transport);
a late declaration (TR318) follows its provider's regular one.

Only the standard library; one random.Random per purpose, seeded from
--seed: identical arguments give identical files.
"""
import argparse
import csv
import datetime
import gc
import json
import os
import random
import sys

YEAR = 2025
MAX_AMOUNT = 99999999

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'data')

# Municipalities of the region, with a weight (roughly their population).
# The six Utrecht-West ones come from data/catalogue_municipalities.csv.
OTHER_MUNICIPALITIES = {'0344': 36, '0356': 8, '0353': 4, '0321': 6}
UW_WEIGHTS = {'1904': 8, '0632': 7, '0736': 6, '1696': 3, '0335': 2, '0589': 2}
# Seed 000 for Wmo in these (not in 0321: there no catalogue is registered
# for Wmo, so TR381 and the regional rules are not applied).
SEED000_WMO = ('0344', '0356', '0353')
LINK_VALIDITY = '[2024-01-01,)'

# How often a code is allocated (unknown codes: 5), and per code the usual
# use and tariff: ('m', lo, hi) pieces a month for frequency 6, ('w', lo, hi)
# units a week for per-week allocations; tariff range in cents per unit.
CODE_WEIGHT = {
    '45Z01': 25, '54Z01': 25, '54Z02': 4, '54Z03': 5, '46Z01': 3, '43Z01': 8,
    '43Z02': 4, '43Z03': 4, '43Z04': 4, '40Z01': 6, '42Z01': 6,
    '15Z01': 6, '15Z02': 3, '15Z03': 3, '15Z04': 4, '15Z05': 6, '02Z01': 20,
    '03Z01': 10, '08Z01': 6, '04A01': 3, '04A03': 3,
    '02U01': 20, '02U02': 15, '02U03': 6, '07U01': 6, '07U02': 10, '07U03': 8,
    '07U04': 4, '04U01': 5,
}
CODE_USE = {
    '43Z01': (20, 31, 4500, 6000), '43Z02': (20, 31, 15000, 19000),
    '43Z03': (20, 31, 9000, 12000), '43Z04': (20, 31, 25000, 32000),
    '46Z01': (1, 4, 80000, 150000), '54Z01': (1, 6, 20000, 60000),
    '54Z02': (1, 2, 5000, 9000), '54Z03': (1, 4, 30000, 50000),
    '45Z01': (2, 12, 6000, 12000), '40Z01': (4, 20, 3000, 6000),
    '42Z01': (4, 20, 1500, 4500),
    '15Z04': (20, 31, 12000, 16000), '15Z03': (20, 31, 7000, 9000),
    '15Z02': (20, 31, 9000, 11000), '15Z01': (4, 12, 6000, 9000),
    '02Z01': (2, 10, 5000, 8000), '15Z05': (2, 10, 5000, 8000),
    '03Z01': (4, 20, 3000, 5000), '08Z01': (4, 20, 1500, 3000),
    '04A01': (1, 6, 10000, 14000), '04A03': (1, 6, 14000, 18000),
    # per week
    '02U01': (2, 6, 5500, 6500), '02U02': (2, 6, 6500, 7500), '02U03': (2, 6, 8000, 9500),
    '07U01': (4, 16, 3000, 4000), '07U02': (2, 6, 4500, 5500), '07U03': (2, 6, 5500, 6500),
    '07U04': (2, 6, 6500, 8000), '04U01': (3, 5, 15000, 22000),
    '08U01': (2, 10, 1500, 2500), '08U02': (2, 10, 2500, 4000),
}
UNIT_DEFAULT_USE = {'82': (2, 12, 5000, 15000), '04': (2, 6, 5000, 8000),
                    '16': (2, 6, 4500, 8000), '14': (2, 4, 15000, 22000),
                    '01': (60, 240, 80, 140), '84': (2, 6, 3000, 6000)}

# Error mix: probability per clean row of each planned error (some only
# apply to some rows; see make_month).
P_WRONG_CODE = 0.0090      # TR340
P_OUTSIDE = 0.08           # TR307/TR308, per row clipped to the allocation's start/end
P_OVER_WEEK = 0.018        # TR321, per row of a per-week allocation without regional limits
P_OVER_TOTAL = 0.25        # TR322, per row of a frequency-6 allocation with little left
P_DOUBLE = 0.0070          # TR389
P_BAD_BSN = 0.0060         # FMT_BSN + TR304
P_DANGLING_CREDIT = 0.0060  # TR323, per clean row, placed among the credits
P_UNKNOWN_ALLOC = 0.0065   # TR338
P_CORRECTION = 0.015       # credit + corrected debit in a later month
P_MINUTES = 0.12           # hours allocations declared in minutes
# The allocation variants and the rules S1-S10 (docs/rules.md, section 6)
P_ASPECIFIC = 0.03         # allocations with a category and no code (half with a budget)
P_GENERIC = 0.008          # allocations with neither category nor code, with a budget
P_WEEKLY_OUTPUT = 0.2      # unit-82 allocations given per week (frequency 2): IV077 Sundays
P_OTHER_PROVIDER = 0.002   # TR338: another provider's (or domain's) allocation (S2)
P_LATER_START = 0.03       # TR387/TR388, per row clipped to the allocation's start/end (S10)
P_HOURLY_TARIFF = 0.05     # TR418, per minutes row on an hourly contract: the hourly tariff (S5)
P_WRONG_UNIT = 0.03        # TR341, per row on an allocation without a unit (S3)
P_OVER_BUDGET = 0.25       # TR369, per row of a budget allocation with little left
P_LATE = 0.0015            # TR318, per clean row: held back, sent for its month after a later one (S6)
# Round 2 (S11-S14)
P_CREDIT_DIFFERS = 0.10    # TR323, per correction: the credit differs from its debit in one key field (S11)
P_REJECTED_FIRST = 0.35    # per late declaration: sent after a declaration of the later month whose
                           # every row is rejected, and before the regular one: TR318 not applied (S12)


# --------------------------------------------------------------- dates

def d2o(y, m, d):
    return datetime.date(y, m, d).toordinal()


_DATE_TEXT = {}


def otext(o):
    s = _DATE_TEXT.get(o)
    if s is None:
        s = _DATE_TEXT[o] = datetime.date.fromordinal(o).isoformat()
    return s


_MONTH_OF = {}


def month_bounds(o):
    """(first, last, year*12+month-1) of the month of ordinal o."""
    r = _MONTH_OF.get(o)
    if r is None:
        dt = datetime.date.fromordinal(o)
        first = d2o(dt.year, dt.month, 1)
        nxt = d2o(dt.year + (dt.month == 12), dt.month % 12 + 1, 1)
        r = _MONTH_OF[o] = (first, nxt - 1, dt.year * 12 + dt.month - 1)
    return r


def weekday0(o):
    return (o + 6) % 7          # 0 = Monday; date.fromordinal(1) is a Monday


def iso_weeks_touching(start, end):
    if end < start:
        return 0
    return ((end - weekday0(end)) - (start - weekday0(start))) // 7 + 1


def sundays(start, end):
    """Sundays in [start, end] (ordinals: o % 7 == 0 is a Sunday)."""
    if end < start:
        return 0
    return end // 7 - (start - 1) // 7


def iv077_weeks(unit, domain, category, alloc_end, frm, to):
    """Weeks of a per-week allocation in [frm, to] (spec S4, IV077): output
    (unit 82/83) the Sundays, plus 1 when the allocation's last Sunday lies
    in [frm, to] and its end is no Sunday; Wmo category 01 (inspanning) 6;
    else the ISO weeks touching."""
    if to < frm:
        return 0
    if unit in ('82', '83'):
        n = sundays(frm, to)
        if alloc_end is not None and weekday0(alloc_end) != 6:
            last_sunday = alloc_end - weekday0(alloc_end) - 1
            if frm <= last_sunday <= to:
                n += 1
        return n
    if domain == 'WMO' and category == '01':
        return 6
    return iso_weeks_touching(frm, to)


def month_allowed(a, domain, frm, to):
    """TR321: the volume allocation a allows in [frm, to] (a month's part)."""
    if to < frm:
        return 0
    if a.freq == '2':
        return a.volume * iv077_weeks(a.unit, domain, a.category, a.end, frm, to)
    return allowed_volume(a.volume, a.freq, frm, to)


def add_months_clipped(o, months):
    """o plus months, the day clipped to the target month's last day."""
    y, m, d = ymd(o)
    total = y * 12 + m - 1 + months
    ny, nm = divmod(total, 12)
    nm += 1
    last = month_bounds(d2o(ny, nm, 1))[1]
    return min(d2o(ny, nm, 1) + d - 1, last)


def exact_dates_rules(a_start, a_end, ps, pe):
    """S10 (IV089), for a period inside one month: TR387 unless it starts on
    the 1st or on the allocation's start later in the month, TR388 likewise
    for the end."""
    mf, ml, _ = month_bounds(ps)
    E = []
    if a_start <= ml and ps != max(mf, a_start):
        E.append('TR387')
    if (a_end is None or a_end >= mf) and pe != (min(ml, a_end) if a_end is not None else ml):
        E.append('TR388')
    return E


def months_touching(start, end):
    if end < start:
        return 0
    return month_bounds(end)[2] - month_bounds(start)[2] + 1


def allowed_volume(volume, freq, start, end):
    if freq == '1':
        return volume * max(0, end - start + 1)
    if freq == '2':
        return volume * iso_weeks_touching(start, end)
    if freq == '4':
        return volume * months_touching(start, end)
    return volume


def ymd(o):
    dt = datetime.date.fromordinal(o)
    return dt.year, dt.month, dt.day


def age_years(birth, on):
    by, bm, bd = birth
    oy, om, od = ymd(on)
    age = oy - by
    if (om, od) < (bm, bd):
        age -= 1
    return age


def add_years_months(birth, years, months):
    y, m, d = birth
    total = y * 12 + (m - 1) + years * 12 + months
    ny, nm = divmod(total, 12)
    nm += 1
    last = (datetime.date(ny + (nm == 12), nm % 12 + 1, 1) - datetime.timedelta(days=1)).day
    return d2o(ny, nm, min(d, last))


def minutes_amount(hourly_tariff, minutes):
    return (hourly_tariff * minutes + 30) // 60     # half away from zero, both >= 0


# ---------------------------------------------------------------- BSN

def bsn_is_valid(s):
    if len(s) != 9 or not s.isdigit() or s == '000000000':
        return False
    total = sum((9 - i) * int(c) for i, c in enumerate(s[:8])) - int(s[8])
    return total % 11 == 0


def make_bsn(rng, used):
    while True:
        head = '%08d' % rng.randrange(10000000, 99999999)
        total = sum((9 - i) * int(c) for i, c in enumerate(head))
        check = total % 11            # 9d1..2d8 - d9 = 0 (mod 11)
        if check == 10:
            continue
        s = head + str(check)
        if s not in used and bsn_is_valid(s):
            used.add(s)
            return s


def broken_bsn(rng, bsn):
    """The BSN with its last digit changed: fails the elfproef."""
    d = int(bsn[8])
    return bsn[:8] + str((d + rng.randrange(1, 10)) % 10)


# ------------------------------------------------------------ catalogue

class Product:
    __slots__ = ('product_id', 'catalogue_id', 'code', 'category', 'domain', 'unit',
                 'frequency', 'max_week', 'max_year', 'min_age', 'max_age', 'max_age_ext',
                 'until_pension', 'home_only', 'companions', 'valid_from', 'valid_to')


def read_csv(name):
    with open(os.path.join(DATA, name), newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f))


def intornone(s):
    return int(s) if s not in (None, '') else None


def load_catalogue():
    products = {}
    for r in read_csv('products.csv'):
        p = Product()
        p.product_id = int(r['product_id'])
        p.catalogue_id = int(r['catalogue_id'])
        p.code = r['code']
        p.category = r['category']
        p.domain = r['domain']
        p.unit = r['unit']
        p.frequency = r['frequency']
        p.max_week = intornone(r['max_units_per_week'])
        p.max_year = intornone(r['max_units_per_year'])
        p.min_age = intornone(r['min_age_years'])
        p.max_age = intornone(r['max_age_years'])
        p.max_age_ext = intornone(r['max_age_extended_years'])
        p.until_pension = r['until_state_pension_age'] == 'true'
        p.home_only = r['home_only'] == 'true'
        p.companions = set()
        p.valid_from = d2o(*map(int, r['valid_from'].split('-'))) if r['valid_from'] else None
        p.valid_to = d2o(*map(int, r['valid_to'].split('-'))) if r['valid_to'] else None
        products[p.product_id] = p
    for r in read_csv('product_companions.csv'):
        products[int(r['product_id'])].companions.add(products[int(r['companion_product_id'])].code)
    shipped_links = [(int(r['catalogue_id']), r['gemeentecode'], r['domain'])
                     for r in read_csv('catalogue_municipalities.csv')]
    return list(products.values()), shipped_links


def product_valid(p, o):
    return (p.valid_from is None or p.valid_from <= o) and (p.valid_to is None or o < p.valid_to)


# --------------------------------------------------------------- model

class Client:
    __slots__ = ('bsn', 'gem', 'domain', 'birth', 'birth_o', 'at_home', 'extended', 'allocs')


class Alloc:
    __slots__ = ('gem', 'toew', 'client', 'bsn', 'agb', 'domain', 'category', 'code', 'product',
                 'volume', 'unit', 'freq', 'start', 'end', 'base', 'minutes', 'transport',
                 'feeds_transport', 'key', 'budget', 'variant', 'row_category', 'row_code')


class Provider:
    __slots__ = ('agb', 'domains', 'gems', 'weight')


def weighted(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


class Region:
    """Providers, clients, allocations and tariffs: everything before the rows."""

    def __init__(self, seed, n_clients, n_providers, target_rows=None):
        self.products, shipped_links = load_catalogue()
        rng = random.Random('%s:region' % seed)
        self.uw = [g for (c, g, d) in shipped_links if d == 'WMO']
        self.gems = sorted(set(self.uw) | set(OTHER_MUNICIPALITIES))
        self.gem_weight = [UW_WEIGHTS.get(g, OTHER_MUNICIPALITIES.get(g, 3)) for g in self.gems]
        # catalogue in use per (gemeente, domain)
        self.catalogue = {}
        for (c, g, d) in shipped_links:
            self.catalogue[(g, d)] = c
        self.links = []
        for g in self.gems:
            self.catalogue[(g, 'JW')] = 1
            self.links.append((1, g, 'JW', LINK_VALIDITY))
        for g in SEED000_WMO:
            self.catalogue[(g, 'WMO')] = 1
            self.links.append((1, g, 'WMO', LINK_VALIDITY))
        self.by_cat_code = {}
        for p in self.products:
            self.by_cat_code[(p.catalogue_id, p.domain, p.code)] = p
        # codes allocated per (gemeente, domain): its catalogue's, or seed 000's
        self.codes_for = {}
        for g in self.gems:
            for d in ('JW', 'WMO'):
                cat = self.catalogue.get((g, d), 1)
                self.codes_for[(g, d)] = [p for p in self.products
                                          if p.catalogue_id == cat and p.domain == d]

        self.make_providers(rng, n_providers)
        self.make_tariffs(random.Random('%s:tariffs' % seed))
        self.clients = []
        self.allocs = []
        self.used_bsn = set()
        self.next_toew = 100000 + rng.randrange(0, 1000) * 100
        crng = random.Random('%s:clients' % seed)
        if target_rows is None:
            for _ in range(n_clients):
                self.add_client(crng)
        else:
            planned = 0
            while planned < target_rows:
                planned += self.add_client(crng)
        self.alloc_by_key = {a.key: a for a in self.allocs}

    # providers ------------------------------------------------------------
    def make_providers(self, rng, n):
        used = set()
        self.providers = []
        for i in range(n):
            while True:
                agb = rng.choice(('98', '75', '73', '41', '03')) + '%06d' % rng.randrange(1000000)
                if agb not in used:
                    used.add(agb)
                    break
            p = Provider()
            p.agb = agb
            x = rng.random()
            p.domains = ('JW',) if x < 0.4 else ('WMO',) if x < 0.8 else ('JW', 'WMO')
            size = rng.random()
            if size < 0.15:
                p.gems = list(self.gems)                   # a large regional provider
                p.weight = 8.0
            else:
                k = 1 + int(rng.random() * 4)
                p.gems = sorted(set(rng.choices(self.gems, weights=self.gem_weight, k=k)))
                p.weight = 1.0 + rng.random() * 2
            self.providers.append(p)
        self.providers_for = {}
        for g in self.gems:
            for d in ('JW', 'WMO'):
                lst = [p for p in self.providers if d in p.domains and g in p.gems]
                if not lst:
                    lst = [p for p in self.providers if d in p.domains] or self.providers
                    p = lst[(int(g) + len(d)) % len(lst)]
                    if d not in p.domains:
                        p.domains = p.domains + (d,)
                    p.gems.append(g)
                    lst = [p]
                self.providers_for[(g, d)] = (lst, [p.weight for p in lst])

    # tariffs --------------------------------------------------------------
    def make_tariffs(self, rng):
        """Contract tariffs for every code a municipality uses: one for any
        provider (some indexed from 1 July), and some providers' own.  Every
        tariff period starts on the 1st of a month (contract_tariff relies
        on that)."""
        self.tariff_rows = []
        self.tariffs = {}          # (gem, code) -> [(agb, unit, from, to, cents)]
        self.tariff_cache = {}
        y0, y1, mid = d2o(YEAR, 1, 1), d2o(YEAR + 1, 1, 1), d2o(YEAR, 7, 1)

        def add(g, agb, code, unit, lo, hi, cents):
            self.tariff_rows.append((g, agb, code, unit, '[%s,%s)' % (otext(lo), otext(hi)), cents))
            self.tariffs.setdefault((g, code), []).append((agb, unit, lo, hi, cents))

        for g in self.gems:
            for d in ('JW', 'WMO'):
                for p in self.codes_for[(g, d)]:
                    lo, hi = use_of(p)[2:]
                    base = rng.randrange(lo, hi + 1)
                    base -= base % 5
                    if rng.random() < 0.3:
                        add(g, None, p.code, p.unit, y0, mid, base)
                        add(g, None, p.code, p.unit, mid, y1, base + base * 3 // 100)
                    else:
                        add(g, None, p.code, p.unit, y0, y1, base)
            for d in ('JW', 'WMO'):
                for prov in self.providers_for[(g, d)][0]:
                    if rng.random() < 0.15:
                        for p in self.codes_for[(g, d)]:
                            own = rng.randrange(self.tariffs[(g, p.code)][0][4] * 95 // 100,
                                                self.tariffs[(g, p.code)][0][4] * 108 // 100 + 1)
                            add(g, prov.agb, p.code, p.unit, y0, y1, own)

    def contract_tariff(self, g, agb, code, unit, on):
        """As the engine: the provider's own before any provider's, the
        row's unit before hours for a minutes row.  (cents, unit) or None."""
        i = month_bounds(on)[2] - YEAR * 12         # tariffs change on the 1st
        if not 0 <= i < 12:
            return self.find_tariff(g, agb, code, unit, on)
        k = (g, agb, code, unit)
        months = self.tariff_cache.get(k)
        if months is None:
            months = self.tariff_cache[k] = [self] * 12
        hit = months[i]
        if hit is self:
            hit = months[i] = self.find_tariff(g, agb, code, unit, on)
        return hit

    def find_tariff(self, g, agb, code, unit, on):
        best = None
        for (t_agb, t_unit, lo, hi, cents) in self.tariffs.get((g, code), ()):
            if t_agb is not None and t_agb != agb:
                continue
            if not (t_unit == unit or (unit == '01' and t_unit == '04')):
                continue
            if not (lo <= on < hi):
                continue
            rank = (t_agb is None, t_unit != unit)
            if best is None or rank < best[0]:
                best = (rank, cents, t_unit)
        return None if best is None else (best[1], best[2])

    def tariff_units(self, g, agb, code, on):
        """S3: the units of the contract tariffs (the provider's or any
        provider's) for the code on a day, in any unit."""
        return {t_unit for (t_agb, t_unit, lo, hi, cents) in self.tariffs.get((g, code), ())
                if (t_agb is None or t_agb == agb) and lo <= on < hi}

    def row_tariff(self, g, agb, code, unit, on):
        """What a clean row carries: (ProductTarief, hourly basis).  A
        minutes row on an hourly contract H: H / 60 rounded, the amount from
        H (IV081, S5); the basis is None otherwise."""
        t = self.contract_tariff(g, agb, code, unit, on)
        if unit == '01' and t[1] == '04':
            return (t[0] + 30) // 60, t[0]
        return t[0], None

    # clients and allocations ------------------------------------------------
    def add_client(self, rng):
        """One client with 1-3 allocations; returns the clean rows planned."""
        c = Client()
        c.bsn = make_bsn(rng, self.used_bsn)
        c.gem = weighted(rng, self.gems, self.gem_weight)
        c.domain = 'JW' if rng.random() < 0.45 else 'WMO'
        c.extended = False
        if c.domain == 'JW':
            if rng.random() < 0.06:
                c.extended = True           # 18 in 2024/2025, care started before 18
                b = rng.randrange(d2o(2006, 7, 1), d2o(2007, 12, 31) + 1)
            else:
                b = rng.randrange(d2o(2008, 1, 1), d2o(2022, 12, 31) + 1)
            c.at_home = rng.random() < 0.9
        else:
            b = rng.randrange(d2o(1935, 1, 1), d2o(2004, 12, 31) + 1)
            c.at_home = rng.random() < 0.88
        c.birth_o = b
        c.birth = ymd(b)
        c.allocs = []
        self.clients.append(c)

        x = rng.random()
        k = 1 if x < 0.55 else 2 if x < 0.85 else 3
        candidates = [p for p in self.codes_for[(c.gem, c.domain)] if not p.companions]
        planned = 0
        chosen = set()
        companion_allocs = []
        for _ in range(k):
            for _attempt in range(6):
                p = weighted(rng, candidates, [CODE_WEIGHT.get(q.code, 5) for q in candidates])
                if p.code in chosen:
                    continue
                a = self.make_alloc(rng, c, p)
                if a is None:
                    continue
                chosen.add(p.code)
                planned += self.register(c, a)
                if any(p.code in q.companions for q in self.codes_for[(c.gem, c.domain)]):
                    companion_allocs.append(a)
                break
        # transport, for clients at home, next to a day programme or short stay
        transports = [p for p in self.codes_for[(c.gem, c.domain)] if p.companions]
        if transports and companion_allocs and c.at_home and rng.random() < 0.4:
            comp = rng.choice(companion_allocs)
            p = weighted(rng, transports, [85 if i == 0 else 15 for i in range(len(transports))])
            if comp.code in p.companions:
                a = self.make_alloc(rng, c, p, like=comp)
                if a is not None:
                    comp.feeds_transport = True
                    planned += self.register(c, a)
        return planned

    def register(self, c, a):
        a.toew = self.next_toew
        self.next_toew += 1 + (self.next_toew % 7 == 0)
        a.key = (a.gem, a.toew)
        c.allocs.append(a)
        self.allocs.append(a)
        return months_in_year(a)

    def age_fits(self, p, c, start, first, last):
        """The age rules hold for every period start between first and last."""
        if p.min_age is not None and age_years(c.birth, first) < p.min_age:
            return False
        if p.max_age is not None and age_years(c.birth, last) >= p.max_age:
            if not (p.max_age_ext is not None and age_years(c.birth, last) < p.max_age_ext
                    and age_years(c.birth, start) < p.max_age):
                return False
        if p.until_pension and last >= add_years_months(c.birth, 67, 0):
            return False
        return True

    def make_alloc(self, rng, c, p, like=None):
        """An allocation of product p (the rows declare p).  Mostly specific
        (category, code, volume per unit and frequency); some aspecific
        (category only; a budget or nothing) or generic (a budget only),
        and some unit-82 products allocated per week (output, IV077)."""
        a = Alloc()
        a.gem, a.client, a.bsn, a.domain = c.gem, c, c.bsn, c.domain
        a.category, a.code, a.product = p.category, p.code, p
        a.row_category, a.row_code = p.category, p.code
        a.unit, a.freq = p.unit, p.frequency
        a.transport = bool(p.companions)
        a.feeds_transport = False
        a.budget = None
        a.variant = 'specifiek'
        x = rng.random()
        if like is None and not p.companions and not any(
                p.code in q.companions for q in self.codes_for[(c.gem, c.domain)]):
            if x < P_GENERIC:
                a.variant = 'generiek'
            elif x < P_GENERIC + P_ASPECIFIC:
                a.variant = 'aspecifiek'
        if a.variant == 'specifiek' and a.unit == '82' and a.freq == '6' and like is None \
                and rng.random() < P_WEEKLY_OUTPUT:
            a.freq = '2'
        a.minutes = a.unit == '04' and rng.random() < P_MINUTES
        if like is not None:
            a.agb, a.start, a.end = like.agb, like.start, like.end
        else:
            lst, w = self.providers_for[(c.gem, c.domain)]
            a.agb = weighted(rng, lst, w).agb
            if c.extended:
                a.start = rng.randrange(d2o(2024, 1, 1), d2o(2024, 6, 30) + 1)
            elif rng.random() < 0.3:
                a.start = rng.randrange(d2o(2024, 1, 1), d2o(2024, 12, 31) + 1)
            else:
                a.start = rng.randrange(d2o(YEAR, 1, 1), d2o(YEAR, 11, 30) + 1)
            if rng.random() < 0.5:
                a.start = month_bounds(a.start)[0]
            if a.freq == '6' and rng.random() < 0.4:
                a.end = None
            else:
                a.end = a.start + rng.randrange(91, 451 if a.freq == '6' else 366)
                if rng.random() < 0.5:
                    a.end = month_bounds(a.end)[1]
                if a.end < d2o(YEAR, 2, 1):
                    a.end = rng.randrange(d2o(YEAR, 2, 1), d2o(YEAR, 12, 31) + 1)
        first = max(a.start, d2o(YEAR, 1, 1))
        last = min(a.end or d2o(YEAR, 12, 31), d2o(YEAR, 12, 31))
        if last < first or not self.age_fits(p, c, a.start, first,
                                             max(first, month_bounds(last)[0])):
            return None
        lo, hi = use_of(p)[:2]
        a.base = rng.randint(lo, hi)
        if p.frequency == '6' and a.freq == '2':
            a.base = max(1, a.base * 12 // 52)             # pieces a month -> a week
        if a.variant != 'specifiek':
            # no Omvang (CD080): a budget (end date required, CD075) or nothing
            a.code = a.unit = a.freq = a.volume = None
            if a.variant == 'generiek':
                a.category = None
            if a.variant == 'generiek' or rng.random() < 0.5:
                if a.end is None:
                    a.end = a.start + rng.randrange(180, 451)
                    if a.end < d2o(YEAR, 2, 1):
                        a.end = rng.randrange(d2o(YEAR, 2, 1), d2o(YEAR, 12, 31) + 1)
                weeks = 1 if p.frequency == '6' else 4.35
                month_cents = a.base * weeks * use_of(p)[3]
                factor = rng.choice((0.3, 1.3, 1.3))       # some budgets run out
                a.budget = min(MAX_AMOUNT, int(month_cents * months_in_year(a) * factor) // 100 * 100)
            return a
        if a.freq == '6':
            months = months_in_year(a)
            a.volume = (a.base * 12 * months + 7) // 8 + 2     # 1.5 x the usual use, and 2
        else:
            a.volume = a.base
        return a


def use_of(p):
    u = CODE_USE.get(p.code)
    return u if u is not None else UNIT_DEFAULT_USE.get(p.unit, (2, 10, 5000, 10000))


YEAR_FIRST, YEAR_LAST = d2o(YEAR, 1, 1), d2o(YEAR, 12, 31)
CS100_FIRST = d2o(2021, 1, 1)


def months_in_year(a):
    """How many months of YEAR the allocation touches: its rows."""
    lo = max(a.start, YEAR_FIRST)
    hi = min(a.end, YEAR_LAST) if a.end is not None else YEAR_LAST
    return months_touching(lo, hi)


def tr318_applies(history, month_first, received, decl_id):
    """TR318 (S6, S12, S13): the declaration's month lies before the month of
    an earlier declaration of the provider to the municipality in the domain.
    history: (received_on, declaration_id, declaration_month) of the
    declarations with at least one accepted row (S12); earlier is in the
    order of receipt, received_on and then declaration_id (S13)."""
    return any(m > month_first for (rcv, i, m) in history if (rcv, i) < (received, decl_id))


# the key fields a credit repeats from its debit (IV091), in the order TR323
# reports the first that differs
CREDIT_KEY_FIELDS = ((3, 'toewijzing_nummer'), (4, 'bsn'), (5, 'category'), (6, 'code'),
                     (7, 'period_start'), (8, 'period_end'), (9, 'volume'), (10, 'unit'),
                     (11, 'tariff_cents'), (12, 'amount_cents'))


def credit_differs(credit, debit):
    """The first key field in which a credit differs from its debit, or None (S11)."""
    for (i, name) in CREDIT_KEY_FIELDS:
        if credit[i] != debit[i]:
            return name
    return None


# ------------------------------------------------------------- the oracle

class Engine:
    """The engine's running state, and its rules for the rows we make.

    The engine counts accepted debits that no accepted credit cancels.  A
    row's period lies inside one month, so only rows of the same month can
    overlap it (TR389, companions) or share its month total (TR321,
    REG_MAX_WEEK): that state is kept per month, and months no later row
    can reach are dropped (see prune) to keep memory flat for large runs.
    Only debits that will be credited are remembered by reference; a credit
    pointing anywhere else is one pointing to nothing (TR323)."""

    def __init__(self, region):
        self.r = region
        self.valid_bsn = region.used_bsn
        self.months = {}          # month -> (alloc_month, alloc_rows, client_month, client_rows)
        self.oldest = 0           # months before this one were dropped
        self.alloc_total = {}     # alloc key -> [units, minutes, amount in cents]
        self.client_year = {}     # (bsn, code, year) -> volume
        self.debits = {}          # ref -> (agb, domain, allocation, row, gem) of debits to be credited
        self.credited = set()     # refs of debits an accepted credit cancels

    def month(self, mon):
        st = self.months.get(mon)
        if st is None:
            if mon < self.oldest:
                raise RuntimeError('a row for a month the model no longer keeps')
            # alloc key -> [units, minutes]; alloc key -> {ref: (code, category, ps, pe)};
            # (bsn, code) -> volume; bsn -> {ref: (code, ps, pe)}
            st = self.months[mon] = ({}, {}, {}, {})
        return st

    def prune(self, oldest):
        """Forget months before oldest (year*12 + month - 1)."""
        for mon in [k for k in self.months if k < oldest]:
            del self.months[mon]
        self.oldest = oldest

    def evaluate(self, row, decl):
        """The rules row (a list in CSV order) breaks, as a sorted list
        (S1-S10 of docs/rules.md, section 6)."""
        (_, ref, vorig, toew, bsn, category, code, ps, pe, vol, unit, tariff, amount, dc) = row[:14]
        r = self.r
        gem, agb, domain = decl.gem, decl.agb, decl.domain
        E = []
        bsn_ok = bsn in self.valid_bsn or bsn_is_valid(bsn)
        if not bsn_ok:
            E.append('FMT_BSN')
        if ps < CS100_FIRST:
            E.append('CS100')
        a = r.alloc_by_key.get((gem, toew))
        # S2: another provider's or domain's allocation is no allocation
        if a is not None and (a.agb != agb or a.domain != domain):
            a = None
        mf, ml, mon = month_bounds(ps)
        st = self.month(mon)
        period_ok = ps <= pe <= ml
        credit = dc == 'C'
        # S11: a credit gets only the format rules, CS339, the declaration
        # rules, TR323 and TR390
        if credit:
            pass
        elif a is None:
            E.append('TR338')
        else:
            if a.bsn != bsn:
                E.append('TR304')
            if a.category is not None and a.category != category:      # S1
                E.append('TR339')
            if a.code is not None and a.code != code:
                E.append('TR340')
            if a.unit is not None:
                if a.unit != unit and not (a.unit == '04' and unit == '01'):
                    E.append('TR341')
            else:                                                        # S3
                units = r.tariff_units(gem, agb, code, ps)
                if units and unit not in units and not (unit == '01' and '04' in units):
                    E.append('TR341')
            if ps < a.start:
                E.append('TR307')
            if a.end is not None and pe > a.end:
                E.append('TR308')
            if period_ok:                                                # S10
                E.extend(exact_dates_rules(a.start, a.end, ps, pe))
        if pe > decl.month_last:
            E.append('TR319')
        if decl.tr318:                                                   # S6, S12, S13
            E.append('TR318')
        if pe < add_months_clipped(decl.submitted, -60):                 # S7
            E.append('TR335')
        if decl.submitted > decl.received:                               # S8
            E.append('TR135')
        if ps > decl.submitted:
            E.append('TR134')
        if pe > decl.submitted:
            E.append('TR137')

        if credit:
            # TR323 (S11): an accepted debit of this provider and domain, in a
            # declaration to this municipality, identical but for the references
            d = self.debits.get(vorig)
            if d is None or d[0] != agb or d[1] != domain or d[4] != gem or \
                    credit_differs(row, d[3]) is not None:
                E.append('TR323')
            if vorig in self.credited:
                E.append('TR390')
        elif a is not None:
            key = a.key
            in_min = unit == '01'
            mu, mm = st[0].get(key, (0, 0))
            tu, tm, tc = self.alloc_total.get(key, (0, 0, 0))
            if in_min:
                mm += vol
                tm += vol
            else:
                mu += vol
                tu += vol
            factor = 60 if a.unit == '04' else 1
            if factor == 1:
                month_units, total_units = mu + mm, tu + tm
            else:
                month_units, total_units = mu * 60 + mm, tu * 60 + tm
            if a.volume is not None and a.freq is not None:
                if a.freq != '6':
                    lo = max(mf, a.start)
                    hi = min(ml, a.end) if a.end is not None else ml
                    if month_units > month_allowed(a, domain, lo, hi) * factor:   # S4
                        E.append('TR321')
                    # open-ended per day/week/month: decided, it passes (S14)
                    if a.end is not None and total_units > \
                            allowed_volume(a.volume, a.freq, a.start, a.end) * factor:
                        E.append('TR322')
                elif total_units > a.volume * factor:
                    E.append('TR322')
            if a.budget is not None and tc + amount > a.budget:
                E.append('TR369')
            rows = st[1].get(key)
            if rows:
                for (c2, cat2, ps2, pe2) in rows.values():
                    if c2 == code and cat2 == category and ps2 <= pe and pe2 >= ps:
                        E.append('TR389')
                        break

        # catalogue: TR381 and, for a product found, the regional rules
        cat = r.catalogue.get((gem, domain))
        p = None
        if cat is not None and not credit:
            p = r.by_cat_code.get((cat, domain, code))
            if p is not None and not product_valid(p, ps):
                p = None
            if p is None or p.category != category:
                E.append('TR381')
        if p is not None and bsn_ok:
            if dc == 'D' and (p.max_week is not None or p.max_year is not None or p.companions):
                if p.max_week is not None and st[2].get((bsn, code), 0) + vol > \
                        p.max_week * iso_weeks_touching(mf, ml):
                    E.append('REG_MAX_WEEK')
                if p.max_year is not None and \
                        self.client_year.get((bsn, code, mon // 12), 0) + vol > p.max_year:
                    E.append('REG_MAX_JAAR')
                if p.companions:
                    rows = st[3].get(bsn)
                    if not (rows and any(c2 in p.companions and ps2 <= pe and pe2 >= ps
                                         for (c2, ps2, pe2) in rows.values())):
                        E.append('REG_SAMEN_MET')
            if p.home_only or p.min_age is not None or p.max_age is not None or p.until_pension:
                c = r.client_by_bsn.get(bsn)
                if c is not None:
                    if p.home_only and not c.at_home:
                        E.append('REG_THUISWONEND')
                    age = age_years(c.birth, ps)
                    too_old = False
                    if p.max_age is not None and age >= p.max_age:
                        too_old = not (p.max_age_ext is not None and age < p.max_age_ext and
                                       a is not None and age_years(c.birth, a.start) < p.max_age)
                    if p.until_pension and ps >= add_years_months(c.birth, 67, 0):
                        too_old = True
                    if too_old or (p.min_age is not None and age < p.min_age):
                        E.append('REG_LEEFTIJD')

        # TR418 and TR346 (S5), CS339 (S9)
        t = r.contract_tariff(gem, agb, code, unit, ps) if not credit else None
        hourly = t is not None and t[1] == '04' and unit == '01'
        if t is not None:
            if tariff != ((t[0] + 30) // 60 if hourly else t[0]):
                E.append('TR418')
        if unit == '83':
            if amount != vol:
                E.append('CS339')
        elif credit:
            pass
        elif t is not None:
            if amount != (minutes_amount(t[0], vol) if hourly else vol * tariff):
                E.append('TR346')
        elif not (amount == vol * tariff or (
                unit == '01' and minutes_amount(60 * tariff - 30, vol) <= amount
                <= minutes_amount(60 * tariff + 29, vol))):
            E.append('TR346')
        if len(E) > 1:
            E.sort()
        return E

    def accept(self, row, decl, remember=False):
        """Update the running state for a row the engine accepts; remember
        a debit that a later credit will point to."""
        if row[13] == 'C':
            d = self.debits[row[2]]
            self.credited.add(row[2])
            self._count(d[2], d[3], -1)
            return
        a = self.r.alloc_by_key[(decl.gem, row[3])]
        if remember:
            self.debits[row[1]] = (decl.agb, decl.domain, a, row, decl.gem)
        self._count(a, row, +1)

    def _count(self, a, row, sign):
        (_, ref, _, _, bsn, category, code, ps, pe, vol, unit, _, _, _) = row[:14]
        mon = month_bounds(ps)[2]
        st = self.month(mon)
        idx = 1 if unit == '01' else 0
        key = a.key
        m = st[0].get(key)
        if m is None:
            m = st[0][key] = [0, 0]
        m[idx] += sign * vol
        t = self.alloc_total.get(key)
        if t is None:
            t = self.alloc_total[key] = [0, 0, 0]
        t[idx] += sign * vol
        t[2] += sign * row[12]
        ck = (bsn, code)
        st[2][ck] = st[2].get(ck, 0) + sign * vol
        yk = (bsn, code, mon // 12)
        self.client_year[yk] = self.client_year.get(yk, 0) + sign * vol
        if sign > 0:
            rows = st[1].get(key)
            if rows is None:
                rows = st[1][key] = {}
            rows[ref] = (code, category, ps, pe)
            rows = st[3].get(bsn)
            if rows is None:
                rows = st[3][bsn] = {}
            rows[ref] = (code, ps, pe)
        else:
            del st[1][key][ref]
            del st[3][bsn][ref]


# ------------------------------------------------------------ generation

class Declaration:
    __slots__ = ('id', 'agb', 'gem', 'domain', 'number', 'month_first', 'month_last',
                 'submitted', 'received', 'tr318', 'rows', 'expected', 'kinds')


class Generator:
    def __init__(self, region, seed, max_rows=None):
        self.r = region
        region.client_by_bsn = {c.bsn: c for c in region.clients}
        self.engine = Engine(region)
        self.rng = random.Random('%s:rows' % seed)
        self.max_rows = max_rows
        self.n_rows = 0
        self.next_ref = 1
        self.next_decl = 1
        self.counts = {}              # expected rule -> rows
        self.kinds = {}               # what was made -> rows
        self.scheduled = {}           # (month, agb, gem, domain) -> [(row, new volume)]
        self.late_doubles = {}        # (month, agb, gem, domain) -> [row]
        self.held = {}                # (month, agb, gem, domain) -> [row of the month before]
        self.history = {}             # (agb, gem, domain) -> [(received, id, month)] of the
                                      # declarations with an accepted row (TR318: S12, S13)
        self.allocs_of_gem = {}
        for a in region.allocs:
            self.allocs_of_gem.setdefault(a.gem, []).append(a)
        # allocations per declaration key, day programmes before transport
        self.by_key = {}
        for a in region.allocs:
            self.by_key.setdefault((a.agb, a.gem, a.domain), []).append(a)
        for lst in self.by_key.values():
            lst.sort(key=lambda a: (a.transport, a.toew))
        self.keys = sorted(self.by_key)

    def new_ref(self):
        s = 'R%09d' % self.next_ref
        self.next_ref += 1
        return s

    def kind(self, k, n=1):
        self.kinds[k] = self.kinds.get(k, 0) + n

    def clean_row(self, a, decl, first, last, lo, hi):
        """The row for allocation a in the month [first, last], period [lo, hi]
        (None when a per-week output allocation has no week in it, IV077).
        A row is the CSV's 14 fields and the hourly contract tariff its
        amount is computed from (a minutes row on an hourly contract), or None."""
        rng = self.rng
        p = a.product
        unit = p.unit
        if a.freq == '6' or (a.freq is None and p.frequency == '6'):
            days = hi - lo + 1
            vol = max(1, (a.base * days * rng.randint(80, 120) + 50 * (last - first + 1))
                      // (100 * (last - first + 1)))
        else:
            if a.volume is not None:
                allowed = month_allowed(a, decl.domain, lo, hi)
            else:
                allowed = a.base * iso_weeks_touching(lo, hi)
            if p.max_week is not None:
                allowed = min(allowed, p.max_week * iso_weeks_touching(first, last))
            if allowed <= 0:
                return None
            if a.unit in ('82', '83') and rng.random() < 0.3:
                vol = allowed           # all of it: the Sunday count decides (S4)
            else:
                vol = max(1, allowed * rng.randint(35, 55) // 100)
            if a.minutes:
                unit = '01'
                vol = max(15, vol * 60 - rng.randrange(0, 60))
        tariff, basis = self.r.row_tariff(a.gem, a.agb, a.row_code, unit, lo)
        row = [decl.id, self.new_ref(), None, a.toew, a.bsn, a.row_category, a.row_code, lo, hi,
               vol, unit, tariff, 0, 'D', basis]
        reamount(row)
        return row

    def emit(self, decl, row, expected, kind, remember=False):
        """Append the row with its expected outcome; update the state."""
        decl.rows.append(row)
        decl.expected.append(expected)
        decl.kinds.append(kind)
        if not expected:
            self.engine.accept(row, decl, remember)

    def try_clean(self, decl, row, remember=False, kind='clean'):
        """Write a clean row, made smaller if the totals would not allow it."""
        for _ in range(3):
            if not self.engine.evaluate(row, decl):
                self.emit(decl, row, [], kind, remember)
                return True
            vol = row[9] // 2 if row[9] > 1 else 0
            if vol < 1:
                break
            row[9] = vol
            reamount(row)
        self.kind('clean row left out (totals)')
        return False

    def try_error(self, decl, row, intended, kind):
        """Write an error row if the model finds exactly the intended rules."""
        got = self.engine.evaluate(row, decl)
        if got == intended:
            self.emit(decl, row, got, kind)
            return True
        self.kind('error not made: ' + kind)
        return False

    def declaration(self, agb, gem, domain, m):
        d = Declaration()
        d.id = None
        d.agb, d.gem, d.domain = agb, gem, domain
        d.number = 'D%s%d%02d' % (gem, YEAR, m)
        d.month_first = d2o(YEAR, m, 1)
        d.month_last = month_bounds(d.month_first)[1]
        d.rows, d.expected, d.kinds = [], [], []
        d.submitted = d.received = None
        d.tr318 = False
        return d

    def send(self, decl, late=False, on=None):
        """Number the declaration and date it: DeclaratieDagtekening after the
        declared month (TR134/TR137 pass), received that day or the next
        (TR135 passes); TR318 if the provider declared a later month to
        this municipality in this domain before (S6)."""
        rng = self.rng
        decl.id = self.next_decl
        after = month_bounds(decl.month_last + 1)
        if late:
            after = month_bounds(after[1] + 1)   # with the next month's declaration
            decl.number += 'L'
        if on is not None:                       # dated and received that day
            decl.submitted = decl.received = on
        else:
            decl.submitted = after[0] + rng.randrange(0, 10) + (10 if late else 0)
            decl.received = decl.submitted + rng.choice((0, 1))
        key = (decl.agb, decl.gem, decl.domain)
        decl.tr318 = tr318_applies(self.history.get(key, ()), decl.month_first,
                                   decl.received, decl.id)

    def sent(self, decl, out):
        """The declaration has rows: it takes its id.  Only one with an
        accepted row counts for a later declaration's TR318 (S12)."""
        key = (decl.agb, decl.gem, decl.domain)
        if not all(decl.expected):
            self.history.setdefault(key, []).append((decl.received, decl.id, decl.month_first))
        self.next_decl += 1
        out.append(decl)

    def make_month(self, m):
        """The declarations of month m, in file order."""
        rng = self.rng
        eng = self.engine
        # rows of this declaration month reach back at most 2 months
        # (corrections; doubles 1): older running state can go
        eng.prune(YEAR * 12 + m - 1 - 2)
        first = d2o(YEAR, m, 1)
        last = month_bounds(first)[1]
        out = []
        for key in self.keys:
            agb, gem, domain = key
            decl = self.declaration(agb, gem, domain, m)
            sk = (m,) + key
            active = []
            for a in self.by_key[key]:
                if a.start > last or (a.end is not None and a.end < first):
                    continue
                active.append((a, first, last, max(first, a.start),
                               min(last, a.end) if a.end is not None else last))
            corrections = self.scheduled.pop(sk, [])
            doubles = self.late_doubles.pop(sk, [])
            held = self.held.pop(sk, [])
            if not active and not corrections and not doubles and not held:
                continue
            if held and active and rng.random() < P_REJECTED_FIRST:
                # S12: a declaration of this month whose every row is rejected,
                # then last month's held rows (TR318 not applied), then the
                # regular declaration of this month
                day = month_bounds(last + 1)[0]
                rej = self.declaration(agb, gem, domain, m)
                rej.number += 'X'
                self.send(rej, on=day)
                (a, _, _, lo, hi) = active[rng.randrange(len(active))]
                bad = self.clean_row(a, rej, first, last, lo, hi)
                if bad is not None:
                    bad[3] = self.unknown_number(gem, rng)
                    self.try_error(rej, bad, ['TR338'],
                                   'unknown allocation, the only row of its declaration (TR338)')
                if rej.rows:
                    self.sent(rej, out)
                    self.late_declaration(key, m, held, out, on=day)
                    held = []
            self.send(decl)

            # 1. credits: of debits to correct, and some pointing to nothing
            fixed = []
            for (orig, new_vol) in corrections:
                credit = list(orig)
                credit[0], credit[1], credit[2], credit[13] = decl.id, self.new_ref(), orig[1], 'C'
                if rng.random() < P_CREDIT_DIFFERS and self.differing_credit(credit, rng):
                    # not the debit's: rejected, cancels nothing; no corrected debit
                    self.try_error(decl, credit, ['TR323'], 'credit differing from its debit in %s (TR323)'
                                   % credit_differs(credit, orig))
                    continue
                if eng.evaluate(credit, decl):
                    self.kind('error not made: correction')
                    continue
                self.emit(decl, credit, [], 'credit')
                fix = list(orig)
                fix[0], fix[1], fix[9] = decl.id, self.new_ref(), new_vol
                reamount(fix)
                fixed.append(fix)
            for (a, first, last, lo, hi) in active:
                if rng.random() < P_DANGLING_CREDIT:
                    credit = self.clean_row(a, decl, first, last, lo, hi)
                    if credit is None:
                        continue
                    credit[2] = 'R9%08d' % rng.randrange(10 ** 8)
                    credit[13] = 'C'
                    self.try_error(decl, credit, ['TR323'], 'credit without debit (TR323)')
            # 2. corrected debits
            for fix in fixed:
                self.try_clean(decl, fix, kind='corrected debit')

            # 3. the month's rows, day programmes before transport
            for (a, first, last, lo, hi) in active:
                row = self.clean_row(a, decl, first, last, lo, hi)
                if row is None:
                    self.kind('no row: no week of the output allocation in the month (IV077)')
                    continue
                if self.make_error_instead(decl, a, row, first, last, lo, hi):
                    continue
                if m < 12 and not a.transport and not a.feeds_transport and \
                        rng.random() < P_LATE:
                    # not in this declaration: sent for this month after the next one
                    self.held.setdefault((m + 1,) + key, []).append(row)
                    continue
                x = rng.random()
                correct = P_DOUBLE + P_UNKNOWN_ALLOC <= x < P_DOUBLE + P_UNKNOWN_ALLOC + \
                    P_CORRECTION and m < 12 and not a.transport
                if not self.try_clean(decl, row, remember=correct):
                    continue
                if x < P_DOUBLE:
                    dup = list(row)
                    dup[1] = None
                    dup[9] = 30 if dup[10] == '01' else 1
                    reamount(dup)
                    if m < 12 and rng.random() < 0.5:
                        self.late_doubles.setdefault((m + 1,) + key, []).append(dup)
                    else:
                        dup[0], dup[1] = decl.id, self.new_ref()
                        self.try_error(decl, dup, ['TR389'], 'double billing (TR389)')
                elif x < P_DOUBLE + P_UNKNOWN_ALLOC:
                    other = list(row)
                    other[1] = self.new_ref()
                    other[3] = self.unknown_number(gem, rng)
                    self.try_error(decl, other, ['TR338'], 'unknown allocation (TR338)')
                elif correct:
                    later = min(12, m + rng.choice((1, 1, 2)))
                    new_vol = row[9] - rng.randint(1, min(3, row[9] - 1)) if row[9] > 1 else row[9]
                    self.scheduled.setdefault((later,) + key, []).append((row, new_vol))
                if rng.random() < P_OTHER_PROVIDER:
                    self.other_providers_allocation(decl, first, last)

            # 4. debits sent again for last month's period
            for dup in doubles:
                dup[0], dup[1] = decl.id, self.new_ref()
                self.try_error(decl, dup, ['TR389'], 'double billing (TR389)')

            if decl.rows:
                self.sent(decl, out)

            # 5. last month's rows held back, in a declaration for last month
            # after this month's: TR318 (or clean if this month had no rows)
            if held:
                self.late_declaration(key, m, held, out)
        return out

    def late_declaration(self, key, m, held, out, on=None):
        """The declaration for month m - 1 of the rows held back: TR318 when
        a declaration of a later month with an accepted row came before it."""
        agb, gem, domain = key
        late = self.declaration(agb, gem, domain, m - 1)
        self.send(late, late=True, on=on)
        for row in held:
            row[0] = late.id
            if late.tr318:
                self.try_error(late, row, ['TR318'],
                               'earlier month after a later one (TR318)')
            elif on is not None:
                self.try_clean(late, row, kind='clean, sent late after an all-rejected '
                               'declaration of the later month (S12: no TR318)')
            else:
                self.try_clean(late, row, kind='clean, sent late')
        if late.rows:
            self.sent(late, out)

    def differing_credit(self, credit, rng):
        """Make the credit differ from its debit in one key field: the
        period, the volume or the amount (S11, TR323); False if none fits."""
        ps, pe = credit[7], credit[8]
        choices = []
        if pe > ps:
            choices.append('period_end')
        if ps > month_bounds(ps)[0] and ps > CS100_FIRST:
            choices.append('period_start')
        if credit[10] != '83':            # unit 83: amount = volume (CS339)
            choices += ['volume', 'amount']
        if not choices:
            return False
        f = choices[rng.randrange(len(choices))]
        if f == 'period_end':
            credit[8] = pe - 1
        elif f == 'period_start':
            credit[7] = ps - 1
        elif f == 'volume':
            credit[9] += 1
        else:
            credit[12] += 1
        return True

    def other_providers_allocation(self, decl, first, last):
        """S2: a row on an allocation of this municipality and domain that is
        another provider's, with its client's BSN: TR338 and nothing else."""
        rng = self.rng
        lst = self.allocs_of_gem[decl.gem]
        for _ in range(5):
            o = lst[rng.randrange(len(lst))]
            if o.agb == decl.agb or o.domain != decl.domain or o.start > last or \
                    (o.end is not None and o.end < first):
                continue
            lo, hi = max(first, o.start), min(last, o.end) if o.end is not None else last
            row = self.clean_row(o, decl, first, last, lo, hi)
            if row is None:
                return
            t = self.r.contract_tariff(decl.gem, decl.agb, row[6], row[10], lo)
            if t is not None:
                row[11], row[14] = ((t[0] + 30) // 60, t[0]) if (row[10], t[1]) == ('01', '04') \
                    else (t[0], None)
                reamount(row)
            self.try_error(decl, row, ['TR338'], "another provider's allocation (TR338)")
            return

    def unknown_number(self, gem, rng):
        """A ToewijzingNummer this municipality never issued: half of the
        time one of another municipality (a provider's mix-up)."""
        if rng.random() < 0.5:
            for _ in range(5):
                a = self.r.allocs[rng.randrange(len(self.r.allocs))]
                if (gem, a.toew) not in self.r.alloc_by_key:
                    return a.toew
        return 900000000 + rng.randrange(99999999)

    def make_error_instead(self, decl, a, row, first, last, lo, hi):
        """Perhaps replace the clean row by one that breaks a rule."""
        rng = self.rng
        eng = self.engine
        if a.feeds_transport:
            return False            # a transport row this month counts on it
        x = rng.random()
        # TR307 / TR308: the whole month, while the allocation starts or ends in it
        if (lo != first or hi != last) and rng.random() < P_OUTSIDE:
            bad = list(row)
            if lo != first and (hi == last or rng.random() < 0.5):
                bad[7], rule = first, 'TR307'
            else:
                bad[8], rule = last, 'TR308'
            bad[11], bad[14] = self.r.row_tariff(a.gem, a.agb, a.row_code, bad[10], bad[7])
            reamount(bad)
            # the period then also differs from the allocation's part of the month (S10)
            both = [rule, 'TR387' if rule == 'TR307' else 'TR388']
            if self.try_error(decl, bad, both, 'period outside the allocation (%s)' % ', '.join(both)):
                return True
        # TR387 / TR388 (S10): later than the allocation's start in the month,
        # or ending before its end there
        if (lo != first or hi != last) and hi > lo and rng.random() < P_LATER_START:
            bad = list(row)
            if lo != first and (hi == last or rng.random() < 0.5):
                bad[7], rule = rng.randint(lo + 1, hi), 'TR387'
            else:
                bad[8], rule = rng.randint(lo, hi - 1), 'TR388'
            if self.try_error(decl, bad, [rule], 'period not the allocation\'s part of the '
                              'month (%s)' % rule):
                return True
        # TR418 (S5): a minutes row on an hourly contract with the hourly tariff
        if row[14] is not None and rng.random() < P_HOURLY_TARIFF:
            bad = list(row)
            bad[11] = row[14]
            if self.try_error(decl, bad, ['TR418'], 'hourly tariff on a minutes row (TR418)'):
                return True
        # TR341 (S3): a unit the contract does not have, on an allocation without a unit
        if a.unit is None and rng.random() < P_WRONG_UNIT:
            have = self.r.tariff_units(a.gem, a.agb, a.row_code, lo)
            units = [u for u in ('04', '14', '16', '82', '84') if u not in have]
            if units:
                bad = list(row)
                bad[10], bad[14] = rng.choice(units), None
                if bad[10] != row[10] and row[10] == '01':
                    bad[9] = max(1, bad[9] // 60)
                reamount(bad)
                if self.try_error(decl, bad, ['TR341'], 'unit not in the contract (TR341)'):
                    return True
        # TR369: over the budget
        if a.budget is not None:
            left = a.budget - eng.alloc_total.get(a.key, (0, 0, 0))[2]
            if 0 <= left <= 3 * row[12] and rng.random() < P_OVER_BUDGET:
                bad = list(row)
                for _ in range(200):
                    if bad[12] > left:
                        break
                    bad[9] += max(1, bad[9] // 8)
                    reamount(bad)
                if left < bad[12] <= MAX_AMOUNT and \
                        self.try_error(decl, bad, ['TR369'], 'over the budget (TR369)'):
                    return True
        if x < P_WRONG_CODE and a.code is not None:
            others = [p for p in self.r.codes_for[(a.gem, a.domain)]
                      if p.category == a.category and p.code != a.code and p.unit == a.unit
                      and p.frequency == a.freq and same_limits(p, a.product)]
            if others:
                p = rng.choice(others)
                bad = list(row)
                bad[6] = p.code
                bad[11], bad[14] = self.r.row_tariff(a.gem, a.agb, p.code, bad[10], lo)
                reamount(bad)
                if self.try_error(decl, bad, ['TR340'], 'wrong code (TR340)'):
                    return True
        elif x < P_WRONG_CODE + P_BAD_BSN:
            bad = list(row)
            bad[4] = broken_bsn(rng, a.bsn)
            if self.try_error(decl, bad, ['FMT_BSN', 'TR304'], 'bad BSN (FMT_BSN, TR304)'):
                return True
        elif x < P_WRONG_CODE + P_BAD_BSN + P_OVER_WEEK and a.freq == '2' \
                and a.product.max_week is None and a.product.max_year is None \
                and not a.transport and row[10] == a.unit:
            mon = month_bounds(lo)[2]
            used = eng.month(mon)[0].get(a.key, (0, 0))
            factor = 60 if a.unit == '04' else 1
            room = month_allowed(a, decl.domain, lo, hi) - (used[0] * factor + used[1]) // factor
            bad = list(row)
            bad[9] = room + rng.randint(1, a.volume)
            reamount(bad)
            if self.try_error(decl, bad, ['TR321'], 'over the weekly volume (TR321)'):
                return True
        if a.freq == '6':
            t = eng.alloc_total.get(a.key, (0, 0, 0))
            left = a.volume - t[0] - t[1]
            if 0 <= left <= 3 * row[9] and rng.random() < P_OVER_TOTAL:
                bad = list(row)
                bad[9] = left + 1 + rng.randint(0, row[9] // 4)
                reamount(bad)
                if bad[12] <= MAX_AMOUNT and \
                        self.try_error(decl, bad, ['TR322'], 'over the total volume (TR322)'):
                    return True
        return False

    def run(self, out_dir):
        """Write every file; returns the summary."""
        r = self.r
        decl_file = open(os.path.join(out_dir, 'declarations.csv'), 'w', newline='', encoding='utf-8')
        rows_file = open(os.path.join(out_dir, 'declaration_rows.csv'), 'w', newline='', encoding='utf-8')
        exp_file = open(os.path.join(out_dir, 'expected.csv'), 'w', newline='', encoding='utf-8')
        dw, rw, ew = csv.writer(decl_file), csv.writer(rows_file), csv.writer(exp_file)
        dw.writerow(('declaration_id', 'agb', 'gemeentecode', 'domain', 'declaratie_nummer',
                     'declaration_month', 'submitted_on', 'received_on', 'total_cents', 'total_dc'))
        rw.writerow(('declaration_id', 'referentie_nummer', 'vorig_referentie_nummer',
                     'toewijzing_nummer', 'bsn', 'category', 'code', 'period_start', 'period_end',
                     'volume', 'unit', 'tariff_cents', 'amount_cents', 'dc'))
        ew.writerow(('referentie_nummer', 'expected_status', 'expected_errors'))
        accepted = rejected = n_decl = 0
        full = False
        for m in range(1, 13):
            for decl in self.make_month(m):
                rows, expected, kinds = decl.rows, decl.expected, decl.kinds
                if self.max_rows is not None and self.n_rows + len(rows) >= self.max_rows:
                    keep = self.max_rows - self.n_rows
                    rows, expected, kinds = rows[:keep], expected[:keep], kinds[:keep]
                    full = True
                for k in kinds:
                    self.kind(k)
                if rows:
                    total = sum(x[12] if x[13] == 'D' else -x[12] for x in rows)
                    n_decl += 1
                    dw.writerow((decl.id, decl.agb, decl.gem, decl.domain, decl.number,
                                 otext(decl.month_first), otext(decl.submitted),
                                 otext(decl.received),
                                 abs(total) if abs(total) <= MAX_AMOUNT else None,
                                 ('D' if total >= 0 else 'C') if abs(total) <= MAX_AMOUNT else None))
                    for x, e in zip(rows, expected):
                        rw.writerow((x[0], x[1], x[2], x[3], x[4], x[5], x[6], otext(x[7]),
                                     otext(x[8]), x[9], x[10], x[11], x[12], x[13]))
                        if e:
                            rejected += 1
                            ew.writerow((x[1], 'rejected', '{' + ','.join(e) + '}'))
                            for rule in e:
                                self.counts[rule] = self.counts.get(rule, 0) + 1
                        else:
                            accepted += 1
                            ew.writerow((x[1], 'accepted', '{}'))
                    self.n_rows += len(rows)
                if full:
                    break
            if full:
                break
        for f in (decl_file, rows_file, exp_file):
            f.close()
        return {'rows': self.n_rows, 'accepted': accepted, 'rejected': rejected,
                'declarations': n_decl, 'findings_per_rule': dict(sorted(self.counts.items())),
                'made': dict(sorted(self.kinds.items()))}


def reamount(row):
    """Set the row's IngediendBedrag from its volume: volume x tariff, or
    for a minutes row on an hourly contract H, H x minutes / 60 rounded
    half up (IV081, S5)."""
    if row[10] == '01' and row[14] is not None:
        row[12] = minutes_amount(row[14], row[9])
    else:
        row[12] = row[9] * row[11]


def same_limits(p, q):
    return (p.max_week, p.max_year, p.min_age, p.max_age, p.max_age_ext, p.until_pension,
            p.home_only, bool(p.companions)) == \
           (q.max_week, q.max_year, q.min_age, q.max_age, q.max_age_ext, q.until_pension,
            q.home_only, bool(q.companions))


def write_region(region, out_dir):
    def writer(name, header, rows):
        with open(os.path.join(out_dir, name), 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)
    writer('catalogue_municipalities.csv', ('catalogue_id', 'gemeentecode', 'domain', 'validity'),
           region.links)
    writer('tariffs.csv', ('gemeentecode', 'agb', 'code', 'unit', 'validity', 'tariff_cents'),
           region.tariff_rows)
    writer('clients.csv', ('bsn', 'birth_date', 'lives_at_home'),
           ((c.bsn, otext(c.birth_o), 'true' if c.at_home else 'false') for c in region.clients))
    writer('allocations.csv',
           ('gemeentecode', 'toewijzing_nummer', 'bsn', 'agb', 'domain', 'category', 'code',
            'volume', 'unit', 'frequency', 'budget_cents', 'start_date', 'end_date', 'deleted'),
           ((a.gem, a.toew, a.bsn, a.agb, a.domain, a.category, a.code, a.volume, a.unit, a.freq,
             a.budget, otext(a.start), otext(a.end) if a.end is not None else None, 'false')
            for a in region.allocs))


def self_check():
    """The date and amount functions against the examples of the spec
    (docs/rules.md: S4, S5, S6, S7, S10 and the IV077 examples)."""
    def o(s):
        return d2o(*map(int, s.split('-')))

    def weeks(unit, domain, cat, a_start, a_end, months):
        got = []
        for (y, m) in months:
            mf = d2o(y, m, 1)
            ml = month_bounds(mf)[1]
            got.append(iv077_weeks(unit, domain, cat, o(a_end),
                                   max(mf, o(a_start)), min(ml, o(a_end))))
        return got

    assert sundays(o('2022-08-01'), o('2022-08-31')) == 4
    assert sundays(o('2022-07-31'), o('2022-07-31')) == 1
    assert sundays(o('2022-08-01'), o('2022-08-06')) == 0
    oct_dec_22 = [(2022, 10), (2022, 11), (2022, 12)]
    jul_sep_22 = [(2022, 7), (2022, 8), (2022, 9)]
    # IV077 JW inspanning and output (JW-Regels 2022)
    assert weeks('04', 'JW', '45', '2022-10-11', '2022-12-28', oct_dec_22) == [4, 5, 5]
    assert iso_weeks_touching(o('2022-10-11'), o('2022-12-28')) == 12
    assert weeks('82', 'JW', '45', '2022-10-11', '2022-12-31', oct_dec_22) == [3, 4, 5]
    # IV076 ex. 1 (ends on a Sunday) and ex. 2 (ends on a Saturday)
    assert weeks('04', 'JW', '45', '2022-07-11', '2022-09-04', jul_sep_22) == [3, 5, 1]
    assert weeks('82', 'JW', '45', '2022-07-11', '2022-09-04', jul_sep_22) == [3, 4, 1]
    assert iso_weeks_touching(o('2022-07-11'), o('2022-09-04')) == 8
    assert weeks('82', 'JW', '45', '2022-07-11', '2022-09-03', jul_sep_22) == [3, 5, 0]
    # IV078 ex. 1
    assert weeks('04', 'JW', '45', '2021-10-12', '2021-12-13', [(2021, 10)]) == [3]
    # Wmo IV077: inspanning, category 01 (6 each), output ex. 1 and ex. 2
    oct_dec_25 = [(2025, 10), (2025, 11), (2025, 12)]
    assert weeks('04', 'WMO', '02', '2025-10-07', '2025-12-30', oct_dec_25) == [4, 5, 5]
    assert iso_weeks_touching(o('2025-10-07'), o('2025-12-30')) == 13
    assert weeks('04', 'WMO', '01', '2025-10-07', '2025-12-30', oct_dec_25) == [6, 6, 6]
    assert weeks('04', 'JW', '01', '2025-10-07', '2025-12-30', oct_dec_25) == [4, 5, 5]
    assert weeks('82', 'WMO', '01', '2025-10-07', '2025-12-30', oct_dec_25) == [3, 5, 5]
    assert weeks('82', 'WMO', '08', '2025-07-07', '2025-09-05',
                 [(2025, 7), (2025, 8), (2025, 9)]) == [3, 6, 0]
    # an output allocation without any Sunday: no week
    assert weeks('83', 'JW', '45', '2025-09-01', '2025-09-06', [(2025, 9)]) == [0]
    # IV081 (S5): per-minute tariff and amounts from the hourly tariff
    assert (8730 + 30) // 60 == 146 and (8724 + 30) // 60 == 145
    assert minutes_amount(8730, 90) == 13095 and minutes_amount(8730, 95) == 13823
    assert minutes_amount(8724, 95) == 13813
    assert minutes_amount(60 * 146 - 30, 95) <= 13823 <= minutes_amount(60 * 146 + 29, 95)
    row = [0, 'R', None, 1, 'b', '02', '02U01', 0, 0, 95, '01', 146, 0, 'D', 8730]
    reamount(row)
    assert row[12] == 13823
    # TR335 (S7): 60 months before the Dagtekening, the day clipped
    assert add_months_clipped(o('2026-03-15'), -60) == o('2021-03-15')
    assert add_months_clipped(o('2029-02-28'), -60) == o('2024-02-28')
    assert add_months_clipped(o('2024-02-29'), -60) == o('2019-02-28')
    assert add_months_clipped(o('2026-03-31'), -61) == o('2021-02-28')
    # TR318 (S6): earlier months 2021-01, -02, -03, -05 declared
    last = max(o('2021-01-01'), o('2021-02-01'), o('2021-03-01'), o('2021-05-01'))
    assert o('2021-04-01') < last and not o('2021-05-01') < last and not o('2021-06-01') < last
    hist = [(o('2021-02-03'), 1, o('2021-01-01')), (o('2021-03-03'), 2, o('2021-02-01')),
            (o('2021-04-03'), 3, o('2021-03-01')), (o('2021-06-03'), 4, o('2021-05-01'))]
    assert tr318_applies(hist, o('2021-04-01'), o('2021-06-10'), 5)
    assert not tr318_applies(hist, o('2021-05-01'), o('2021-06-10'), 5)
    assert not tr318_applies(hist, o('2021-06-01'), o('2021-07-03'), 5)
    # S12: the 2021-05 declaration had no accepted row (not in the history): 2021-04 passes
    assert not tr318_applies(hist[:3], o('2021-04-01'), o('2021-06-10'), 5)
    # S13: the order of receipt, not the declaration_id: the 2021-05 one (id 4)
    # received after the 2021-04 one (id 5) is not earlier; received the same
    # day it is (smaller id); a smaller id received later is not
    assert not tr318_applies(hist, o('2021-04-01'), o('2021-06-02'), 5)
    assert tr318_applies(hist, o('2021-04-01'), o('2021-06-03'), 5)
    assert not tr318_applies(hist, o('2021-04-01'), o('2021-06-03'), 3)
    assert tr318_applies([(o('2021-06-03'), 9, o('2021-05-01'))], o('2021-04-01'), o('2021-06-04'), 5)
    # TR323 (S11, IV091): a credit repeats its debit but for the references and DebetCredit
    deb = [1, 'R1', None, 'T1', '123456782', '45', '45A01', o('2021-04-01'), o('2021-04-30'),
           5, '04', 6000, 30000, 'D']
    cre = [2, 'R2', 'R1'] + deb[3:13] + ['C']
    assert credit_differs(cre, deb) is None
    for (i, name, v) in ((7, 'period_start', o('2021-04-02')), (8, 'period_end', o('2021-04-29')),
                         (9, 'volume', 6), (11, 'tariff_cents', None), (12, 'amount_cents', 30001)):
        c2 = list(cre)
        c2[i] = v
        assert credit_differs(c2, deb) == name, name
    # TR387/TR388 (S10, IV089): allocation 2022-04-08..2022-06-17
    a0, a1 = o('2022-04-08'), o('2022-06-17')
    for (ps, pe) in (('2022-04-08', '2022-04-30'), ('2022-05-01', '2022-05-31'),
                     ('2022-06-01', '2022-06-17')):
        assert exact_dates_rules(a0, a1, o(ps), o(pe)) == [], (ps, pe)
    assert exact_dates_rules(a0, a1, o('2022-04-15'), o('2022-04-30')) == ['TR387']
    assert exact_dates_rules(a0, a1, o('2022-06-01'), o('2022-06-10')) == ['TR388']
    assert exact_dates_rules(a0, None, o('2022-06-01'), o('2022-06-30')) == []
    print('generate.py --self-check: ok', file=sys.stderr)
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--seed', type=int, default=42)
    ap.add_argument('--scale', type=float, default=1.0,
                    help='1.0: ten municipalities, about 50 providers, 3000 clients')
    ap.add_argument('--rows', type=int, default=None,
                    help='write exactly this many declaration rows (overrides --scale)')
    ap.add_argument('--out', help='directory to write the CSV files into')
    ap.add_argument('--self-check', action='store_true',
                    help='check the date and amount rules against the examples of the '
                         'standard (IV077, IV081, IV089, TR335, TR318 with S12/S13, TR323) and exit')
    args = ap.parse_args(argv)
    if args.self_check:
        return self_check()
    if args.out is None:
        ap.error('the following arguments are required: --out')
    gc.disable()        # millions of small objects, no cycles to collect
    if args.scale <= 0 or (args.rows is not None and args.rows < 1):
        ap.error('--scale and --rows must be positive')
    os.makedirs(args.out, exist_ok=True)

    if args.rows is None:
        n_clients = max(30, round(3000 * args.scale))
        n_providers = max(4, round(50 * args.scale))
        region = Region(args.seed, n_clients, n_providers)
        summary = Generator(region, args.seed).run(args.out)
    else:
        # about 12 rows a client; plan a little fewer clean rows than asked
        # (errors, credits and corrections add some), and plan more if the
        # year turns out short.
        margin = 0.98
        while True:
            n_providers = max(4, round(50 * args.rows / 36000))
            region = Region(args.seed, None, n_providers, target_rows=int(args.rows * margin))
            summary = Generator(region, args.seed, max_rows=args.rows).run(args.out)
            if summary['rows'] == args.rows:
                break
            margin += 0.03
    write_region(region, args.out)
    summary = dict({'seed': args.seed, 'scale': args.scale if args.rows is None else None,
                    'rows_asked': args.rows, 'municipalities': len(region.gems),
                    'providers': len(region.providers), 'clients': len(region.clients),
                    'allocations': len(region.allocs), 'tariffs': len(region.tariff_rows)},
                   **summary)
    with open(os.path.join(args.out, 'summary.json'), 'w', encoding='utf-8') as f:
        json.dump(summary, f, indent=1)
        f.write('\n')
    print('generate.py: %(rows)d rows (%(accepted)d accepted, %(rejected)d rejected) in '
          '%(declarations)d declarations; %(clients)d clients, %(allocations)d allocations, '
          '%(providers)d providers' % summary, file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
