/**
 * A synthetic, deterministic FEC (Fichier des Écritures Comptables) the size of a busy year: by
 * default 60 000 invoices for 1 500 customers, about 260 000 lines and 37 MB, like the file the
 * performance budget of ARCHITECTURE.md was measured on.
 *
 * Layout (FORMATS.md): UTF-8 without BOM, tab separated, LF, the 18 standard columns, dates
 * YYYYMMDD, amounts with a decimal comma and no thousands separator, "0,00" in the empty side.
 *
 * Each invoice is one sales-journal (VE) entry: a 411000 debit on the customer's auxiliary account
 * (CompAuxNum) plus a 706000 and a 445710 credit. Payments are bank-journal (BQ) entries: a 411000
 * credit on the auxiliary plus a 512000 debit. What happens to each invoice (seeded):
 * - ~58 % paid in full by one payment, lettered with the invoice (same EcritureLet on 411000 + aux);
 * - ~5 % paid in two instalments, both lettered with it;
 * - ~3 % partly paid by one lettered payment (a 'partial-lettering' warning each);
 * - ~2 % paid by an unlettered payment (invoice open, credit unallocated);
 * - the rest open; so is any invoice whose payment would fall after the export date.
 * Letters are per customer (AAA, AAB, ...), so the same letters recur across customers.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface FecOptions {
  invoices?: number;
  customers?: number;
  seed?: number;
  /** Fiscal year of the export; invoices from 1 January to 15 November, paid up to 28 November. */
  year?: number;
}

export interface OpenInvoiceSample {
  number: string;
  customerName: string;
  customerReference: string;
  /** "1234,56" */
  amount: string;
}

export interface GeneratedFec {
  file: string;
  bytes: number;
  /** Lines including the header. */
  lines: number;
  invoices: number;
  customers: number;
  payments: number;
  openInvoices: number;
  /** A few open invoices and customers, for search queries that must find something. */
  samples: { open: OpenInvoiceSample[]; customerNames: string[] };
}

const HEADER = [
  'JournalCode', 'JournalLib', 'EcritureNum', 'EcritureDate', 'CompteNum', 'CompteLib', 'CompAuxNum', 'CompAuxLib',
  'PieceRef', 'PieceDate', 'EcritureLib', 'Debit', 'Credit', 'EcritureLet', 'DateLet', 'ValidDate', 'Montantdevise', 'Idevise',
];

/** mulberry32: small, fast, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTIVITIES = [
  'Boulangerie', 'Menuiserie', 'Garage', 'Transports', 'Cabinet', 'Atelier', 'Pharmacie', 'Épicerie', 'Plomberie',
  'Électricité', 'Maçonnerie', 'Restaurant', 'Hôtel', 'Librairie', 'Imprimerie', 'Fromagerie', 'Boucherie', 'Coiffure',
  'Pâtisserie', 'Serrurerie', 'Charpente', 'Carrosserie', 'Jardinerie', 'Quincaillerie', 'Café', 'Bâtiment', 'Négoce',
];
const SURNAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent',
  'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Mercier',
  'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin',
  'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez',
  'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval',
];
const CITIES = [
  'Lyon', 'Nantes', 'Rennes', 'Lille', 'Angers', 'Tours', 'Dijon', 'Brest', 'Nîmes', 'Metz', 'Reims', 'Caen', 'Pau',
  'Annecy', 'Besançon', 'Limoges', 'Poitiers', 'Orléans', 'Amiens', 'Valence', 'Béziers', 'Colmar', 'Chambéry',
];
const FORMS = ['SARL', 'SAS', 'EURL', 'SA', 'SASU', ''];

const DAY_MS = 86_400_000;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const ymd = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10).replaceAll('-', '');
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const amount = (cents: number) => `${Math.floor(cents / 100)},${pad(cents % 100, 2)}`;

/** Per-customer lettering codes: AAA, AAB, ... ZZZ. */
const letterCode = (n: number) =>
  String.fromCharCode(65 + (Math.floor(n / 676) % 26), 65 + (Math.floor(n / 26) % 26), 65 + (n % 26));

interface Entry {
  day: number;
  seq: number;
  journal: 'VE' | 'BQ';
  lines: string[][]; // cells without JournalCode/JournalLib/EcritureNum/EcritureDate/ValidDate
}

export async function generateFec(dir: string, options: FecOptions = {}): Promise<GeneratedFec> {
  const invoiceCount = options.invoices ?? 60_000;
  const customerCount = options.customers ?? 1_500;
  const year = options.year ?? 2026;
  const random = prng(options.seed ?? 20261130);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

  // Customers: unique names with accents (UTF-8 multi-byte), a few with heavy weight.
  const names = new Set<string>();
  const customers: { ref: string; name: string; weight: number; letters: number }[] = [];
  for (let i = 1; i <= customerCount; i++) {
    let name = '';
    do {
      const form = pick(FORMS);
      name = `${form ? `${form} ` : ''}${pick(ACTIVITIES)} ${pick(SURNAMES)} ${pick(CITIES)}`;
    } while (names.has(name));
    names.add(name);
    customers.push({ ref: `C${pad(i, 5)}`, name, weight: 0.2 + random() * random() * 4, letters: 0 });
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const c of customers) cumulative.push((total += c.weight));
  const weightedCustomer = () => {
    const r = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return customers[lo]!;
  };

  const firstDay = dayOf(`${year}-01-02`);
  const lastInvoiceDay = dayOf(`${year}-11-15`);
  const exportDay = dayOf(`${year}-11-28`);
  const entries: Entry[] = [];
  let seq = 0;
  let paymentCount = 0;
  let paymentRef = 0;
  let openInvoices = 0;
  const samples: OpenInvoiceSample[] = [];

  const receivable = (c: { ref: string; name: string }) => ['411000', 'Clients', c.ref, c.name];
  const payment = (c: (typeof customers)[number], day: number, cents: number, letter: string, dateLet: string) => {
    paymentCount += 1;
    paymentRef += 1;
    const transfer = random() < 0.75;
    const ref = transfer ? `VIR${pad(paymentRef, 6)}` : `CHQ${pad(paymentRef, 6)}`;
    const label = transfer ? `Virement ${c.name}` : `Remise chèque ${c.name}`;
    entries.push({
      day,
      seq: seq++,
      journal: 'BQ',
      lines: [
        ['512000', 'Banque', '', '', ref, ymd(day), label, amount(cents), '0,00', '', ''],
        [...receivable(c), ref, ymd(day), label, '0,00', amount(cents), letter, dateLet],
      ],
    });
  };

  for (let n = 1; n <= invoiceCount; n++) {
    const c = weightedCustomer();
    const day = firstDay + Math.floor(((lastInvoiceDay - firstDay) * (n - 1)) / invoiceCount);
    const netCents = Math.round(Math.exp(Math.log(3_000) + random() * (Math.log(800_000) - Math.log(3_000))));
    const vatCents = Math.round(netCents * 0.2);
    const gross = netCents + vatCents;
    const number = `FA${year % 100}-${pad(n, 6)}`;
    const label = `Facture ${number}`;

    const fate = random();
    const delay = int(5, 75);
    const payDay = day + delay;
    const payable = payDay <= exportDay;
    let letter = '';
    let dateLet = '';
    let open = true;
    if (payable && fate < 0.63) {
      letter = letterCode(c.letters++);
      if (fate < 0.58) {
        dateLet = ymd(payDay);
        payment(c, payDay, gross, letter, dateLet);
        open = false;
      } else {
        const first = Math.round(gross * (0.3 + random() * 0.4));
        const secondDay = Math.min(exportDay, payDay + int(10, 40));
        dateLet = ymd(secondDay);
        payment(c, payDay, first, letter, dateLet);
        payment(c, secondDay, gross - first, letter, dateLet);
        open = false;
      }
    } else if (payable && fate < 0.66) {
      letter = letterCode(c.letters++);
      payment(c, payDay, Math.round(gross * (0.3 + random() * 0.5)), letter, '');
    } else if (payable && fate < 0.68) {
      payment(c, payDay, gross, '', '');
    }
    if (open) {
      openInvoices += 1;
      if (samples.length < 64 && n % Math.max(1, Math.floor(invoiceCount / 600)) === 0) samples.push({ number, customerName: c.name, customerReference: c.ref, amount: amount(gross) });
    }
    entries.push({
      day,
      seq: seq++,
      journal: 'VE',
      lines: [
        [...receivable(c), number, ymd(day), label, amount(gross), '0,00', letter, dateLet],
        ['706000', 'Ventes de marchandises', '', '', number, ymd(day), label, '0,00', amount(netCents), '', ''],
        ['445710', 'TVA collectée', '', '', number, ymd(day), label, '0,00', amount(vatCents), '', ''],
      ],
    });
  }

  entries.sort((a, b) => a.day - b.day || a.seq - b.seq);
  const numbers = { VE: 0, BQ: 0 };
  const out: string[] = [HEADER.join('\t')];
  for (const e of entries) {
    numbers[e.journal] += 1;
    const journalLib = e.journal === 'VE' ? 'Journal des ventes' : 'Banque';
    const num = `${e.journal}${pad(numbers[e.journal], 6)}`;
    const date = ymd(e.day);
    for (const l of e.lines) {
      // l: CompteNum CompteLib CompAuxNum CompAuxLib PieceRef PieceDate EcritureLib Debit Credit EcritureLet DateLet
      out.push([e.journal, journalLib, num, date, ...l, date, '', ''].join('\t'));
    }
  }
  const text = `${out.join('\n')}\n`;
  const buffer = Buffer.from(text, 'utf8');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `123456789FEC${year}1231.txt`);
  await writeFile(file, buffer);
  const step = Math.max(1, Math.floor(customerCount / 16));
  const customerNames = customers.filter((_, i) => i % step === 3 % step).slice(0, 16).map((c) => c.name);
  return {
    file,
    bytes: buffer.length,
    lines: out.length,
    invoices: invoiceCount,
    customers: customerCount,
    payments: paymentCount,
    openInvoices,
    samples: { open: samples, customerNames },
  };
}
