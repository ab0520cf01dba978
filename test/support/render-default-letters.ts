/**
 * Every default letter as a user gets it, for a look by eye:
 *   npx tsx test/support/render-default-letters.ts
 * composes each kind in French in its default tone (and the first reminder in its three tones,
 * the formal notice in English and to a consumer) from realistic data, the way the app does
 * (buildLetterRequest → composeLetter → withPlace), lays each out with the main-process code and
 * writes test-results/default-letters/<name>.pdf and <name>-<page>.png (pdftoppm -r 70;
 * poppler-utils). LETTERS_DPI=100 for a closer look.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { letterSpecSchema } from '../../electron/letter-spec';
import { loadLetterFonts } from '../../electron/main/pdf/fonts';
import { renderLetter } from '../../electron/main/pdf/letter-pdf';
import { SAMPLE_COMPANY } from './sample-company';
import type { CompanyProfile } from '../../renderer/src/domain/company-profile';
import { buildLetterRequest, withPlace, type LetterChoice, type LetterSources } from '../../renderer/src/domain/letter-request';
import { composeLetter } from '../../renderer/src/domain/letters/compose';
import type { CallNotesData, ComposeInput, PlanData } from '../../renderer/src/domain/letters/letter-data';
import type { Customer, Invoice, Payment } from '../../renderer/src/domain/model';
import { DEFAULT_RATES } from '../../renderer/src/domain/rates/default-rates';
import { DEFAULT_TEMPLATES } from '../../renderer/src/domain/templates/defaults/index';
import { DEFAULT_TONE, type TemplateKind, type TemplateTone } from '../../renderer/src/domain/templates/kinds';
import { testLogger } from './ports';

const out = path.resolve('test-results/default-letters');
const dpi = process.env.LETTERS_DPI ?? '70';

/** 2025 H2: B2B default rate 12,15 % (ECB 2,15 % on 1 July + 10 points), legal rate 2,76 %. */
const TODAY = '2025-10-15';
const NOW = '2025-10-15T08:30:00.000Z';

export const company: CompanyProfile = SAMPLE_COMPANY;

export const businessCustomer: Customer = {
  id: 'c1',
  reference: '411GARNIER',
  name: 'Garnier Bâtiment',
  kind: 'business',
  siren: '542065479',
  vatNumber: 'FR12542065479',
  address: 'Garnier Bâtiment\nService comptabilité\n27 boulevard des Belges\n69006 Lyon',
  contacts: [{ id: 'k1', name: 'Mme Sophie Garnier', role: 'Responsable comptable' }],
  createdAt: NOW,
  updatedAt: NOW,
};

export const consumerCustomer: Customer = {
  id: 'c1',
  reference: '411LEROY',
  name: 'Thomas Leroy',
  kind: 'consumer',
  address: 'Thomas Leroy\n5 chemin des Vignes\n69340 Francheville',
  contacts: [],
  createdAt: NOW,
  updatedAt: NOW,
};

const invoice = (id: string, number: string, issueDate: string, dueDate: string, amountCents: number, extra: Partial<Invoice> = {}): Invoice => ({
  id,
  customerId: 'c1',
  number,
  issueDate,
  dueDate,
  amountCents,
  openCents: amountCents,
  sourceOpenCents: amountCents,
  hold: null,
  source: 'import',
  createdAt: NOW,
  updatedAt: NOW,
  ...extra,
});

/** Three late invoices (one partly paid, one late across 1 July), and an older one paid in full. */
export const invoices: Invoice[] = [
  invoice('i0', 'FA-2025-0318', '2025-03-10', '2025-04-09', 215000, { openCents: 0, sourceOpenCents: 0 }),
  invoice('i1', 'FA-2025-0412', '2025-05-20', '2025-06-19', 384000),
  invoice('i2', 'FA-2025-0457', '2025-07-02', '2025-08-01', 125460, { openCents: 75460, source: 'manual' }),
  invoice('i3', 'FA-2025-0489', '2025-08-05', '2025-09-04', 61248),
];

export const payments: Payment[] = [
  {
    id: 'p0',
    customerId: 'c1',
    kind: 'payment',
    source: 'import',
    date: '2025-04-14',
    amountCents: 215000,
    reference: 'VIR GARNIER 0414',
    allocations: [{ invoiceId: 'i0', cents: 215000, pendingCents: 0 }],
    unallocatedCents: 0,
    createdAt: NOW,
  },
  {
    id: 'p1',
    customerId: 'c1',
    kind: 'payment',
    source: 'manual',
    date: '2025-08-20',
    amountCents: 50000,
    reference: 'VIR 0820',
    allocations: [{ invoiceId: 'i2', cents: 50000, pendingCents: 50000 }],
    unallocatedCents: 0,
    createdAt: NOW,
  },
];

export const callNotes: CallNotesData = {
  callDate: '2025-10-14',
  theirStep: 'virement de 1 500,00 € le 20 octobre, puis du solde en deux fois.',
  ourStep: 'suspendre nos relances et vous envoyer une copie de la facture FA-2025-0457.',
  dates: 'premier virement le 20 octobre, solde le 20 novembre et le 20 décembre 2025.',
  checkOn: '2025-10-22',
  ifBroken: 'nous reprendrons la procédure de recouvrement par une mise en demeure.',
};

/** 3 840,00 + 754,60 + 612,48 = 5 207,08 € in three monthly instalments, the last one taking the cent. */
export const plan: PlanData = {
  instalments: [
    { dueDate: '2025-11-05', amountCents: 173569 },
    { dueDate: '2025-12-05', amountCents: 173569 },
    { dueDate: '2026-01-05', amountCents: 173570 },
  ],
  penalties: { mode: 'waived', cents: 15329 },
};

export function sources(customer: Customer = businessCustomer): LetterSources {
  return {
    company,
    logo: null,
    customer,
    invoices,
    payments,
    rates: DEFAULT_RATES,
    templates: DEFAULT_TEMPLATES,
    settings: {
      envelopeOffsetMm: { x: 0, y: 0 },
      signatureName: 'Paul Girard',
      signatureRole: 'Gérant',
      place: '',
      formalNoticeDeadlineDays: 8,
      defaultTone: 'cordial',
    },
  };
}

const LATE = ['i1', 'i2', 'i3'];

interface Sample {
  name: string;
  kind: TemplateKind;
  tone: TemplateTone;
  language: 'fr' | 'en';
  customer?: Customer;
}

export const SAMPLES: Sample[] = [
  ...(['courtesy', 'reminder-1', 'reminder-2', 'formal-notice', 'statement', 'call-notes', 'plan-agreement'] as const).map(
    (kind): Sample => ({ name: `${kind}-fr-${DEFAULT_TONE[kind]}`, kind, tone: DEFAULT_TONE[kind], language: 'fr' }),
  ),
  { name: 'reminder-1-fr-ferme', kind: 'reminder-1', tone: 'ferme', language: 'fr' },
  { name: 'reminder-1-fr-formel', kind: 'reminder-1', tone: 'formel', language: 'fr' },
  { name: 'formal-notice-en-formel', kind: 'formal-notice', tone: 'formel', language: 'en' },
  { name: 'formal-notice-fr-consumer', kind: 'formal-notice', tone: 'formel', language: 'fr', customer: consumerCustomer },
];

/** The composed letter of a sample, as the letter composer builds it. */
export function composeSample(sample: Sample) {
  const customer = sample.customer ?? businessCustomer;
  const choice: LetterChoice = {
    kind: sample.kind,
    tone: sample.tone,
    language: sample.language,
    invoiceIds: sample.kind === 'statement' ? invoices.filter((i) => i.openCents > 0).map((i) => i.id) : LATE,
    contactId: customer.contacts[0]?.id ?? null,
    ...(sample.kind === 'formal-notice' ? { trackingNumber: '1A 234 567 8901 2' } : {}),
  };
  const request = buildLetterRequest(sources(customer), choice, TODAY, NOW);
  if (!request.ok) throw new Error(`${sample.name}: request refused: ${request.missing.join(', ')}`);
  const input: ComposeInput = {
    ...request.input,
    ...(sample.kind === 'call-notes' ? { callNotes } : {}),
    ...(sample.kind === 'plan-agreement' ? { plan } : {}),
  };
  const composed = composeLetter(input);
  if (!composed.ok) throw new Error(`${sample.name}: refused: ${JSON.stringify({ missing: composed.missing, errors: composed.errors })}`);
  return { letter: withPlace(composed.letter, '', TODAY, sample.language), warnings: composed.warnings, input, penalties: request.penalties };
}

async function main() {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const fonts = await loadLetterFonts('resources');
  const log = testLogger();
  for (const sample of SAMPLES) {
    const { letter, warnings, penalties } = composeSample(sample);
    const spec = letterSpecSchema.parse(letter);
    const { bytes, pages } = await renderLetter(spec, fonts, log);
    const pdf = path.join(out, `${sample.name}.pdf`);
    await writeFile(pdf, bytes);
    execFileSync('pdftoppm', ['-r', dpi, '-png', pdf, path.join(out, sample.name)]);
    const figures = penalties.invoices.map((p) => `${p.number} ${p.result.ok ? `${p.result.interestCents}+${p.result.indemnityCents}` : p.result.error.code}`);
    console.log(`${sample.name}: ${pages} page(s); ${figures.join(', ')}${warnings.length ? `; warnings ${JSON.stringify(warnings)}` : ''}`);
  }
  if (log.lines.length > 0) console.log('log:', JSON.stringify(log.lines));
  const files = (await readdir(out)).filter((file) => file.endsWith('.png')).sort();
  console.log(files.map((file) => path.join(out, file)).join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
