import { describe, expect, it } from 'vitest';
import { letterSpecSchema } from '../../electron/letter-spec';
import type { CompanyProfile } from '../../renderer/src/domain/company-profile';
import { buildLetterRequest, defaultInvoiceIds, penaltyRateText, ratePeriods, withPlace, type LetterSources } from '../../renderer/src/domain/letter-request';
import { SAMPLE_COMPANY } from '../support/sample-company';
import { composeLetter } from '../../renderer/src/domain/letters/compose';
import type { Customer, Invoice, Payment } from '../../renderer/src/domain/model';
import { DEFAULT_RATES } from '../../renderer/src/domain/rates/default-rates';
import { DEFAULT_TEMPLATES } from '../../renderer/src/domain/templates/defaults/index';

const today = '2025-03-31'; // 2025 H1: B2B default rate 13,15 % (ECB 3,15 % on 1 January + 10 points)
const company: CompanyProfile = SAMPLE_COMPANY;
const customer = (kind: Customer['kind'], address = 'Menuiserie Dupont\n12 rue des Lilas\n69003 Lyon'): Customer => ({
  id: 'c1', reference: '411DUPONT', name: 'Menuiserie Dupont', kind, address, contacts: [{ id: 'k1', name: 'Claire Durand' }],
  createdAt: '', updatedAt: '',
});
const invoice = (id: string, number: string, amountCents: number, dueDate: string, extra: Partial<Invoice> = {}): Invoice => ({
  id, customerId: 'c1', number, issueDate: '2024-12-01', dueDate, amountCents, openCents: amountCents, sourceOpenCents: amountCents,
  hold: null, source: 'import', createdAt: '', updatedAt: '', ...extra,
});
const invoices = [
  invoice('a', 'FA-001', 500_000, '2025-03-01'), // 30 days late on 31 March
  invoice('b', 'FA-002', 120_000, '2025-03-21'), // 10 days late
  invoice('c', 'FA-003', 80_000, '2025-04-30'), // not due yet
  invoice('d', 'FA-004', 60_000, '2025-02-01', { hold: { kind: 'dispute', reason: 'Livraison incomplète', since: '2025-02-10', until: null } }),
  invoice('e', 'FA-005', 90_000, '2025-01-15', { openCents: 0, sourceOpenCents: 0 }),
];
const sources = (over: Partial<LetterSources> = {}): LetterSources => ({
  company, logo: null, customer: customer('business'), invoices, payments: [] as Payment[], rates: DEFAULT_RATES, templates: DEFAULT_TEMPLATES,
  settings: { envelopeOffsetMm: { x: 0, y: 0 }, signatureName: 'Paul Girard', signatureRole: 'Gérant', place: '', formalNoticeDeadlineDays: 8, defaultTone: 'cordial' },
  ...over,
});
const choice = { kind: 'formal-notice' as const, tone: 'formel' as const, language: 'fr' as const, invoiceIds: ['a', 'b'], contactId: 'k1' };

describe('which invoices a letter lists by default', () => {
  it('a reminder lists the late open invoices not on hold, oldest first', () => {
    expect(defaultInvoiceIds('reminder-1', invoices, today)).toEqual(['a', 'b']);
  });
  it('with nothing late yet, a courtesy reminder lists the open invoices coming due', () => {
    expect(defaultInvoiceIds('courtesy', invoices, '2025-02-15')).toEqual(['a', 'b', 'c']);
  });
  it('a statement lists every open invoice, held ones included', () => {
    expect(defaultInvoiceIds('statement', invoices, today)).toEqual(['d', 'a', 'b', 'c']);
  });
});

describe('a letter request', () => {
  it('carries each invoice with its days late, interest and indemnity as of today', () => {
    const request = buildLetterRequest(sources(), choice, today, '2025-03-31T09:00:00.000Z');
    if (!request.ok) throw new Error(request.missing.join());
    const [a, b] = request.input.invoices;
    expect(a).toMatchObject({ number: 'FA-001', daysLate: 30, indemnityCents: 4000 });
    // 5 000,00 € × 13,15 % × 30 / 365 = 54,0410… → 54,04 €
    expect(a!.interestCents).toBe(5404);
    // 1 200,00 € × 13,15 % × 10 / 365 = 4,3232… → 4,32 €
    expect(b!.interestCents).toBe(432);
    expect(request.penalties.interestCents).toBe(5404 + 432);
    expect(request.input.registered).toEqual({});
  });

  it('claims no flat indemnity from a consumer, and no interest before a formal notice', () => {
    const request = buildLetterRequest(sources({ customer: customer('consumer') }), choice, today, '2025-03-31T09:00:00.000Z');
    if (!request.ok) throw new Error(request.missing.join());
    expect(request.input.invoices.map((i) => [i.interestCents, i.indemnityCents])).toEqual([[0, 0], [0, 0]]);
  });

  it('composes into a letter main accepts, with the tracking number of a registered letter', () => {
    const request = buildLetterRequest(sources(), { ...choice, trackingNumber: '1A23456789012' }, today, '2025-03-31T09:00:00.000Z');
    if (!request.ok) throw new Error(request.missing.join());
    const letter = composeLetter(request.input);
    if (!letter.ok) throw new Error(letter.missing.join());
    expect(letterSpecSchema.parse(letter.letter).registered?.trackingNumber).toBe('1A23456789012');
  });

  it('refuses, with what to fill in, when the company profile was never saved or the customer has no address', () => {
    const noCompany = buildLetterRequest(sources({ company: null }), choice, today, '2025-03-31T09:00:00.000Z');
    if (!noCompany.ok) throw new Error('the request itself needs no company');
    const refused = composeLetter(noCompany.input);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.missing).toEqual(expect.arrayContaining(['templates.missing.companyName', 'templates.missing.companySiren', 'templates.missing.companyIban']));
    const noAddress = buildLetterRequest(sources({ customer: customer('business', '') }), choice, today, '2025-03-31T09:00:00.000Z');
    if (!noAddress.ok) throw new Error('unexpected');
    const refusedAddress = composeLetter(noAddress.input);
    expect(refusedAddress.ok ? [] : refusedAddress.missing).toContain('templates.missing.customerAddress');
  });

  it('refuses when no template exists for the kind and language', () => {
    expect(buildLetterRequest(sources({ templates: [] }), choice, today, '')).toEqual({ ok: false, missing: ['letterGeneration.missing.template'] });
  });
});

describe('wording', () => {
  it('states the rate of the half-year, for a business and for a consumer', () => {
    expect(penaltyRateText({ kind: 'business' }, DEFAULT_RATES, today, 'fr')).toBe(
      'au taux directeur de la Banque centrale européenne majoré de 10 points, soit 13,15\u00a0% l’an',
    );
    expect(penaltyRateText({ kind: 'consumer' }, DEFAULT_RATES, today, 'fr')).toBe('au taux de l’intérêt légal, soit 3,71\u00a0% l’an');
    expect(penaltyRateText({ kind: 'business' }, [], today, 'en')).toBe('at the European Central Bank main refinancing rate plus 10 percentage points');
  });

  it('writes the place of the letter settings, or leaves the company city', () => {
    const letter = { placeAndDate: 'Lyon, le 31 mars 2025' };
    expect(withPlace(letter, '', today, 'fr')).toBe(letter);
    expect(withPlace(letter, 'Villeurbanne', today, 'fr').placeAndDate).toBe('Villeurbanne, le 31 mars 2025');
  });
});

describe('the rate a letter states', () => {
  it('names the rate of each half-year when the late period spans 1 July, so every amount can be checked', () => {
    // FA-001 due 1 June 2025, to 31 July: 29 days at 13,15 % (2025 H1), 31 days at 12,15 % (2025 H2).
    const late = [invoice('a', 'FA-001', 500_000, '2025-06-01')];
    const request = buildLetterRequest(sources({ invoices: late }), { ...choice, invoiceIds: ['a'] }, '2025-07-31', '');
    if (!request.ok) throw new Error(request.missing.join());
    expect(request.input.penaltyRateText).toBe(
      'au taux directeur de la Banque centrale européenne majoré de 10 points, soit 13,15\u00a0% l’an au 1er semestre 2025 et 12,15\u00a0% l’an au 2e semestre 2025',
    );
    // 5 000 € × 13,15 % × 29 / 365 = 52,24 € ; 5 000 € × 12,15 % × 31 / 365 = 51,60 €
    expect(request.input.invoices[0]!.interestCents).toBe(5224 + 5160);
    const english = buildLetterRequest(sources({ invoices: late }), { ...choice, language: 'en', invoiceIds: ['a'] }, '2025-07-31', '');
    if (!english.ok) throw new Error(english.missing.join());
    expect(english.input.penaltyRateText).toBe(
      'at the European Central Bank main refinancing rate plus 10 percentage points, i.e. 13.15% a year in the first half of 2025 and 12.15% a year in the second half of 2025',
    );
  });

  it('states one figure when every late day bore the same rate, and groups consecutive half-years of one rate', () => {
    const request = buildLetterRequest(sources(), choice, today, '');
    if (!request.ok) throw new Error(request.missing.join());
    expect(request.input.penaltyRateText).toBe('au taux directeur de la Banque centrale européenne majoré de 10 points, soit 13,15\u00a0% l’an');
    // Due 15 January 2022, to 31 January 2023: 2022 H1 and H2 at 10 %, 2023 H1 at 12,50 %.
    const old = buildLetterRequest(sources({ invoices: [invoice('a', 'FA-001', 100_000, '2022-01-15')] }), { ...choice, invoiceIds: ['a'] }, '2023-01-31', '');
    if (!old.ok) throw new Error(old.missing.join());
    expect(ratePeriods(old.penalties)).toEqual([
      { from: '2022-01-01', to: '2022-07-01', basisPoints: 1000 },
      { from: '2023-01-01', to: '2023-01-01', basisPoints: 1250 },
    ]);
    expect(old.input.penaltyRateText).toBe(
      'au taux directeur de la Banque centrale européenne majoré de 10 points, soit 10,00\u00a0% l’an du 1er semestre 2022 au 2e semestre 2022 et 12,50\u00a0% l’an au 1er semestre 2023',
    );
  });
});
