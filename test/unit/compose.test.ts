import { describe, expect, it } from 'vitest';
import { letterSpecSchema, type LetterSpec } from '../../electron/letter-spec';
import { formatDate, formatDateLong } from '../../renderer/src/domain/dates';
import { composeEmail, composeLetter } from '../../renderer/src/domain/letters/compose';
import type { LetterContent } from '../../renderer/src/domain/letters/letter-content';
import type { ComposeInput } from '../../renderer/src/domain/letters/letter-data';
import { invoiceTotals } from '../../renderer/src/domain/letters/tables';
import { formatEuros } from '../../renderer/src/domain/money';
import { DEFAULT_TEMPLATES, defaultTemplate } from '../../renderer/src/domain/templates/defaults/index';
import type { TemplateKind } from '../../renderer/src/domain/templates/kinds';
import { sampleLetterData } from '../../renderer/src/domain/templates/sample';

// A composed letter must be a LetterSpec of the contract: the typecheck fails here if the shapes drift.
const toSpec = (letter: LetterContent): LetterSpec => letter;

const TODAY = '2026-11-30';
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function input(kind: TemplateKind, language: 'fr' | 'en' = 'fr', overrides: Partial<ComposeInput> = {}): ComposeInput {
  const template = DEFAULT_TEMPLATES.find((t) => t.kind === kind && t.language === language)!;
  return { ...sampleLetterData(kind, language, TODAY), template, createdAt: '2026-11-30T09:15:00.000Z', ...overrides };
}

function letterOf(source: ComposeInput) {
  const result = composeLetter(source);
  if (!result.ok) throw new Error(`Refused: ${JSON.stringify(result)}`);
  return result;
}

/** Everything the letter prints, as plain text: heading parts, paragraphs, table cells and footer. */
function printed(letter: LetterContent): string {
  const body = letter.blocks.map((block) =>
    block.type === 'paragraph'
      ? block.text
      : [block.table.columns.map((c) => c.label), ...block.table.rows, ...block.table.totals].map((row) => row.join(' | ')).join('\n'),
  );
  return plain(
    [
      letter.sender.name,
      ...letter.sender.lines,
      ...letter.recipient,
      letter.placeAndDate,
      letter.registered?.label ?? '',
      ...letter.references,
      letter.subject,
      ...body,
      ...letter.signature,
      ...letter.footer,
    ].join('\n'),
  );
}

describe('composing every default letter', () => {
  it.each(DEFAULT_TEMPLATES.map((template) => [template.id, template] as const))(
    '%s gives a letter the PDF contract accepts, with no warning on complete data',
    (_id, template) => {
      const result = letterOf({ ...input(template.kind as TemplateKind, template.language), template });
      expect(() => letterSpecSchema.parse(toSpec(result.letter))).not.toThrow();
      expect(result.warnings).toEqual([]);
      for (const block of result.letter.blocks) {
        if (block.type !== 'table') continue;
        const total = block.table.columns.reduce((sum, column) => sum + column.width, 0);
        expect(total).toBeCloseTo(1, 9);
        for (const row of [...block.table.rows, ...block.table.totals]) expect(row).toHaveLength(block.table.columns.length);
      }
      const email = composeEmail({ ...input(template.kind as TemplateKind, template.language), template });
      expect(email.ok).toBe(true);
    },
  );
});

describe('the formal notice', () => {
  const source = input('formal-notice');
  const { letter } = letterOf(source);
  const text = printed(letter);
  const totals = invoiceTotals(source.invoices);
  const euros = (cents: number) => plain(formatEuros(cents));

  it('says "mise en demeure" in its subject and body', () => {
    expect(letter.subject).toMatch(/^Mise en demeure de payer/);
    expect(letter.blocks[0]).toEqual({ type: 'paragraph', text: 'MISE EN DEMEURE', bold: true });
  });

  it('identifies the creditor fully: name, legal form, SIREN, address', () => {
    expect(text).toContain('Créancier : Menuiserie Lambert, SARL, SIREN 732 829 320, 14 avenue Jean Jaurès, 69007 Lyon.');
  });

  it('identifies the debtor and addresses the letter to them by La Poste’s rules', () => {
    expect(text).toContain('Débiteur : Boulangerie Durand, SIREN 542 065 479, Zone artisanale des Prés, 3 rue du Moulin, 38200 Vienne.');
    expect(letter.recipient).toEqual(['Boulangerie Durand', 'À l’attention de Mme Claire Durand', 'Zone artisanale des Prés', '3 RUE DU MOULIN', '38200 VIENNE']);
  });

  it('lists each invoice with its number, date, due date, amount and what is owed', () => {
    for (const invoice of source.invoices) {
      const row = [invoice.number, formatDate(invoice.issueDate), formatDate(invoice.dueDate), euros(invoice.amountCents), euros(invoice.openCents)].join(' | ');
      expect(text).toContain(row);
    }
  });

  it('states the principal, the penalties, the 40 € indemnities and the total claimed separately', () => {
    expect(totals.claimedCents).toBe(totals.lateCents + totals.interestCents + totals.indemnityCents);
    expect(text).toContain(`– principal restant dû : ${euros(totals.lateCents)} ;`);
    expect(text).toContain(`: ${euros(totals.interestCents)} ;`);
    expect(text).toContain(`indemnité forfaitaire pour frais de recouvrement de 40,00 € par facture (article D441-5 du Code de commerce) : ${euros(totals.indemnityCents)} ;`);
    expect(text).toContain(`soit un total de ${euros(totals.claimedCents)}.`);
    expect(text).toContain(['Total réclamé', '', '', '', '', '', '', euros(totals.claimedCents)].join(' | '));
    for (const invoice of source.invoices) expect(text).toContain(euros(invoice.interestCents));
  });

  it('sets a deadline, says how to pay and what happens otherwise', () => {
    expect(text).toContain(`dans un délai de 8 jours, soit au plus tard le ${formatDateLong('2026-12-08')}`);
    expect(text).toContain('IBAN FR76 3000 6000 0112 3456 7890 189 – BIC AGRIFRPP');
    expect(text).toContain('injonction de payer');
  });

  it('is a registered letter, dated at the company’s city and signed', () => {
    expect(letter.registered).toEqual({ label: 'Lettre recommandée avec accusé de réception' });
    expect(letter.placeAndDate).toBe('Lyon, le 30 novembre 2026');
    expect(letter.signature).toEqual(['Julien Lambert', 'Gérant']);
  });

  it('carries the tracking number when it is known', () => {
    const { letter: tracked } = letterOf({ ...source, registered: { trackingNumber: '1A 234 567 8901 2' } });
    expect(tracked.registered).toEqual({ label: 'Lettre recommandée avec accusé de réception', trackingNumber: '1A 234 567 8901 2' });
  });

  it('has the document details: title, author, keywords, references, footer, page label', () => {
    expect(letter.metadata).toEqual({
      title: 'Mise en demeure – Boulangerie Durand – 30/11/2026',
      author: 'Menuiserie Lambert',
      subject: letter.subject,
      keywords: ['Mise en demeure', 'Boulangerie Durand', 'C0042', 'FA-2026-0117', 'FA-2026-0142', 'FA-2026-0158'],
      createdAt: '2026-11-30T09:15:00.000Z',
    });
    expect(letter.references).toEqual(['Nos références : client C0042', 'Factures : FA-2026-0117, FA-2026-0142, FA-2026-0158']);
    expect(letter.footer.map(plain)).toEqual([
      'Menuiserie Lambert – SARL – SIREN 732 829 320 – TVA FR44732829320',
      '14 avenue Jean Jaurès, 69007 Lyon',
      'IBAN FR76 3000 6000 0112 3456 7890 189 – BIC AGRIFRPP',
    ]);
    expect(letter.returnAddress).toBe('Menuiserie Lambert · 14 avenue Jean Jaurès · 69007 Lyon');
    expect(letter.pageLabel).toBe('Page {page} / {pages}');
  });

  it('to a consumer: no flat indemnity, and legal interest runs from the notice', () => {
    const consumer = input('formal-notice', 'fr', {
      customer: { ...source.customer, kind: 'consumer', siren: undefined },
      invoices: source.invoices.map((invoice) => ({ ...invoice, interestCents: 0, indemnityCents: 0 })),
    });
    const consumerText = printed(letterOf(consumer).letter);
    expect(consumerText).not.toMatch(/indemnit/i);
    expect(consumerText).not.toContain('D441-5');
    expect(consumerText).toContain('intérêts au taux légal');
    expect(consumerText).toContain(`soit un total de ${euros(totals.lateCents)}.`);
  });

  it('warns when the deadline is outside the usual 8 to 15 days', () => {
    expect(letterOf({ ...source, deadlineDays: 5 }).warnings).toEqual([{ key: 'templates.warnings.deadlineRange', params: { days: 5 } }]);
  });
});

describe('letters in English', () => {
  it('format amounts and dates the English way and number pages in English', () => {
    const { letter } = letterOf(input('reminder-2', 'en'));
    const text = printed(letter);
    expect(text).toContain('€2,400.00');
    expect(text).not.toContain('2 400,00');
    expect(letter.placeAndDate).toBe('Lyon, 30 November 2026');
    expect(letter.pageLabel).toBe('Page {page} of {pages}');
    expect(letter.references[0]).toBe('Our reference: customer C0042');
  });
});

describe('refusing to compose', () => {
  const empty = {
    name: '',
    legalForm: 'OTHER' as const,
    siren: '',
    vatNumber: '',
    addressLine1: '',
    addressLine2: '',
    postalCode: '',
    city: '',
    country: 'France',
    iban: '',
    bic: '',
    email: '',
    phone: '',
    paymentTermsDays: 30,
    paymentTermsRule: 'net' as const,
  };

  it('lists everything missing from an empty company profile', () => {
    const result = composeLetter(input('formal-notice', 'fr', { company: empty }));
    expect(result).toEqual({
      ok: false,
      errors: [],
      missing: [
        'templates.missing.companyName',
        'templates.missing.companyLegalForm',
        'templates.missing.companySiren',
        'templates.missing.companyAddress',
        'templates.missing.companyPostalCode',
        'templates.missing.companyCity',
        'templates.missing.companyIban',
      ],
    });
  });

  it('refuses a letter without the customer’s postal address, or with one the post cannot use', () => {
    const source = input('reminder-1');
    expect(composeLetter({ ...source, customer: { ...source.customer, address: undefined } })).toEqual({
      ok: false,
      errors: [],
      missing: ['templates.missing.customerAddress'],
    });
    expect(composeLetter({ ...source, customer: { ...source.customer, address: '3 rue du Moulin\nVienne' } })).toEqual({
      ok: false,
      errors: [],
      missing: ['templates.postal.missingCityLine'],
    });
  });

  it('needs the IBAN only for letters asking to be paid', () => {
    const noIban = { ...input('courtesy').company, iban: '', bic: '' };
    expect(composeLetter(input('courtesy', 'fr', { company: noIban }))).toMatchObject({ ok: false, missing: ['templates.missing.companyIban'] });
    expect(composeLetter(input('call-notes', 'fr', { company: noIban })).ok).toBe(true);
  });

  it('needs the data of its kind: call notes, instalments, statement, invoices, the signatory of a formal notice', () => {
    expect(composeLetter(input('call-notes', 'fr', { callNotes: null }))).toMatchObject({ missing: ['templates.missing.callNotes'] });
    expect(composeLetter(input('plan-agreement', 'fr', { plan: { instalments: [] } }))).toMatchObject({ missing: ['templates.missing.plan'] });
    expect(composeLetter(input('statement', 'fr', { statement: null }))).toMatchObject({ missing: ['templates.missing.statement'] });
    expect(composeLetter(input('reminder-2', 'fr', { invoices: [] }))).toMatchObject({ missing: ['templates.missing.invoices'] });
    expect(composeLetter(input('formal-notice', 'fr', { signature: { name: ' ', role: '' } }))).toMatchObject({
      missing: ['templates.missing.signatureName'],
    });
  });

  it('reports unknown variables before producing anything, with the data problems', () => {
    const template = { subject: 'Relance {{customer.nom}}', body: 'Bonjour,\n\n{{invoices.tablo}}' };
    const result = composeLetter(input('courtesy', 'fr', { template, company: { ...input('courtesy').company, iban: '' } }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toEqual(['templates.missing.companyIban']);
    expect(result.errors.map((e) => [e.code, e.line, e.column, e.params.suggestion])).toEqual([
      ['unknownVariable', 1, 9, 'customer.name'],
      ['unknownVariable', 3, 1, 'invoices.table'],
    ]);
    expect(composeEmail(input('courtesy', 'fr', { template })).ok).toBe(false);
  });
});

describe('composition details', () => {
  it('warns about a variable printed with nothing in it', () => {
    const source = input('courtesy');
    const template = { subject: 'Rappel', body: 'Appelez-nous au {{company.phone}}.\n{{#if company.phone}}{{company.phone}}{{/if}}' };
    const result = letterOf({ ...source, template, company: { ...source.company, phone: '' } });
    expect(result.warnings).toEqual([{ key: 'templates.warnings.emptyVariable', params: { name: 'company.phone' } }]);
  });

  it('keeps the printer correction within ±20 mm', () => {
    const { letter } = letterOf(input('courtesy', 'fr', { envelopeOffsetMm: { x: 35, y: -2.5 } }));
    expect(letter.envelopeOffsetMm).toEqual({ x: 20, y: -2.5 });
  });

  it('shortens the contact line to fit the window, and greets by civility', () => {
    const { letter } = letterOf(input('courtesy', 'fr', { contact: { name: 'M. Jean-Christophe Delacroix-Vasseur', role: '' } }));
    // "À l’attention de …" and "À l’att. de …" are over 38 characters here: the name alone goes.
    expect(letter.recipient[1]).toBe('M. Jean-Christophe Delacroix-Vasseur');
    const { letter: short } = letterOf(input('courtesy', 'fr', { contact: { name: 'Mme Durand', role: '' } }));
    expect(short.recipient[1]).toBe('À l’attention de Mme Durand');
    expect(letter.blocks[0]).toEqual({ type: 'paragraph', text: 'Monsieur,' });
    const { letter: anonymous } = letterOf(input('courtesy', 'fr', { contact: null }));
    expect(anonymous.blocks[0]).toEqual({ type: 'paragraph', text: 'Madame, Monsieur,' });
    expect(anonymous.recipient).toHaveLength(4);
  });

  it('leaves the signature block out of a payment plan agreement, which has both signatures in its text', () => {
    const { letter } = letterOf(input('plan-agreement'));
    expect(letter.signature).toEqual([]);
    expect(printed(letter)).toContain('Pour le débiteur, Boulangerie Durand');
  });

  it('puts the instalments and the statement in tables', () => {
    const plan = letterOf(input('plan-agreement')).letter.blocks.filter((b) => b.type === 'table');
    expect(plan).toHaveLength(2);
    const statement = letterOf(input('statement')).letter.blocks.find((b) => b.type === 'table');
    expect(statement?.type === 'table' && statement.table.columns.map((c) => c.label)).toEqual(['Date', 'Libellé', 'Débit', 'Crédit', 'Solde']);
  });

  it('composes the e-mail as plain text: the invoice table as one line per invoice, then the signature', () => {
    const result = composeEmail(input('courtesy'));
    if (!result.ok) throw new Error('refused');
    expect(result.subject).toBe('Rappel de paiement – factures n° FA-2026-0117, FA-2026-0142, FA-2026-0158');
    const text = plain(result.text);
    expect(text).toContain('N° FA-2026-0117 du 27/08/2026, échue le 26/09/2026 : 2 400,00 €');
    expect(text).toContain('N° FA-2026-0142 du 19/09/2026, échue le 19/10/2026 : 734,56 € restant dus sur 1 234,56 €');
    expect(text).toContain('Total : 4 094,56 €');
    expect(text.startsWith('Madame,\n\nSauf erreur de notre part')).toBe(true);
    expect(text.endsWith('Bien cordialement,\n\nJulien Lambert\nGérant\nMenuiserie Lambert\n04 72 00 12 34\ncompta@menuiserie-lambert.fr')).toBe(true);
    expect(text).not.toMatch(/\n{3,}/);
  });

  it('an e-mail needs no postal address', () => {
    const source = input('courtesy');
    expect(composeEmail({ ...source, customer: { ...source.customer, address: undefined } }).ok).toBe(true);
  });

  it('cuts what would not fit the contract and says so', () => {
    const source = input('courtesy');
    const result = letterOf({ ...source, template: { subject: 'x'.repeat(600), body: 'y'.repeat(25_000) } });
    expect(() => letterSpecSchema.parse(result.letter)).not.toThrow();
    expect(result.warnings).toContainEqual({ key: 'templates.warnings.truncated', params: {} });
  });

  it('builds the default of each kind from the built-in id too', () => {
    expect(defaultTemplate('builtin:formal-notice:en:formel')?.subject).toMatch(/Formal notice/);
  });
});

describe('French typography of the letters', () => {
  /** Every text a letter prints from its template: subject, paragraphs, table cells. */
  const texts = (letter: LetterContent) => [
    letter.subject,
    ...letter.blocks.flatMap((block) =>
      block.type === 'paragraph' ? [block.text] : [...block.table.columns.map((c) => c.label), ...block.table.rows.flat(), ...block.table.totals.flat()],
    ),
  ];

  it.each(DEFAULT_TEMPLATES.filter((t) => t.language === 'fr').map((template) => [template.id, template] as const))(
    '%s never breaks a line inside its punctuation: no-break spaces before : ; ! ? » and after «, typographic apostrophes',
    (_id, template) => {
      const { letter } = letterOf({ ...input(template.kind as TemplateKind, 'fr'), template, penaltyRateText: "au taux de l'intérêt légal" });
      for (const text of texts(letter)) {
        expect(text, text).not.toMatch(/ [:;!?»]|« /);
        expect(text, text).not.toMatch(/\p{L}'\p{L}/u);
        expect(text, text).not.toMatch(/\bn° /);
      }
    },
  );

  it('keeps "« le créancier »" in one piece in the payment plan agreement', () => {
    const { letter } = letterOf(input('plan-agreement'));
    expect(printed(letter)).toContain('ci-après « le créancier »');
    expect(texts(letter).join('\n')).toContain('«\u00a0le créancier\u00a0»');
  });

  it('keeps the no-break spaces of an amount in the subject, and leaves an English letter’s colons alone', () => {
    const source = input('courtesy');
    const { letter } = letterOf({ ...source, template: { subject: 'Solde : {{totals.open}}\nà régler', body: 'Bonjour' } });
    expect(letter.subject).toBe('Solde\u00a0: 4\u202f094,56\u00a0€ à régler');
    const english = letterOf(input('courtesy', 'en', { template: { subject: 'Balance: {{totals.open}}', body: 'Hello' } })).letter;
    expect(english.subject).toBe('Balance: €4,094.56');
  });
});

describe('wording of the default letters', () => {
  const text = (kind: TemplateKind, overrides: Partial<ComposeInput> = {}, language: 'fr' | 'en' = 'fr', tone?: string) => {
    const template = DEFAULT_TEMPLATES.find((t) => t.kind === kind && t.language === language && (!tone || t.tone === tone))!;
    return printed(letterOf(input(kind, language, { template, ...overrides })).letter);
  };
  const one = input('courtesy').invoices.slice(0, 1);

  it('the courtesy reminder asks whether the invoices were received in the right number', () => {
    expect(text('courtesy')).toContain('ou si vous ne les avez pas reçues,');
    expect(text('courtesy', { invoices: one })).toContain('ou si vous ne l’avez pas reçue,');
  });

  it('the second reminder adds the principal to the penalties to reach the total due', () => {
    const source = input('reminder-2');
    const totals = invoiceTotals(source.invoices);
    const euros = (cents: number) => plain(formatEuros(cents));
    expect(text('reminder-2')).toContain(
      `les pénalités s’élèvent à ${euros(totals.interestCents)} et les indemnités à ${euros(totals.indemnityCents)}, soit, avec le principal échu de ${euros(totals.lateCents)}, un total dû de ${euros(totals.claimedCents)}.`,
    );
  });

  it('the second reminder to a consumer does not say several invoices fell due on the oldest date', () => {
    const source = input('reminder-2');
    const consumer = { customer: { ...source.customer, kind: 'consumer' as const }, invoices: source.invoices.map((i) => ({ ...i, interestCents: 0, indemnityCents: 0 })) };
    expect(text('reminder-2', consumer)).toContain(`Ces factures sont exigibles depuis leur échéance, le ${formatDate(source.invoices[0]!.dueDate)} pour la plus ancienne.`);
    expect(text('reminder-2', { ...consumer, invoices: consumer.invoices.slice(0, 1) })).toContain(`Cette facture est exigible depuis le ${formatDate(source.invoices[0]!.dueDate)}.`);
  });

  it('the first firm reminder asks to pay the sum, not to "pay the payment"', () => {
    const firm = text('reminder-1', {}, 'fr', 'ferme');
    expect(firm).toContain('Nous vous demandons de régler cette somme au plus tard le');
    expect(firm).not.toContain('de le régler');
  });

  it('the formal notice to a consumer claims the principal without a one-line breakdown', () => {
    const source = input('formal-notice');
    const consumer = text('formal-notice', {
      customer: { ...source.customer, kind: 'consumer', siren: undefined },
      invoices: source.invoices.map((invoice) => ({ ...invoice, interestCents: 0, indemnityCents: 0 })),
    });
    expect(consumer).not.toContain('se décompose');
    expect(consumer).toContain('La somme réclamée correspond au principal restant dû sur ces factures, soit un total de');
    expect(consumer).toContain('À compter de la présente mise en demeure, les sommes dues portent intérêts au taux légal (article 1231-6 du Code civil).');
  });

  it('the payment plan agreement says what it does with the penalties, the rounding, and a single instalment', () => {
    const sample = sampleLetterData('plan-agreement', 'fr', TODAY).plan!;
    const plan = (extra: Partial<NonNullable<ComposeInput['plan']>>) => ({ plan: { ...sample, ...extra } });
    const base = plain(text('plan-agreement'));
    expect(base).toContain('soit réglée en 3 échéances mensuelles, de la façon suivante');
    expect(base).toContain('Les montants sont arrondis au centime : la dernière échéance porte le centime d’écart.');
    expect(base).not.toMatch(/pénalités de retard et (à )?l’indemnité/);

    const waived = plain(text('plan-agreement', plan({ penalties: { mode: 'waived', cents: 15_329 } })));
    expect(waived).toContain(
      'Le créancier renonce aux pénalités de retard et à l’indemnité forfaitaire pour frais de recouvrement, soit 153,29 €, à la condition que l’échéancier ci-dessous soit entièrement respecté',
    );
    const included = plain(text('plan-agreement', plan({ penalties: { mode: 'included', cents: 15_329 } })));
    expect(included).toContain('S’y ajoutent 153,29 € de pénalités de retard et d’indemnité forfaitaire pour frais de recouvrement');
    expect(plain(text('plan-agreement', plan({ penalties: { mode: 'waived', cents: 0 } })))).not.toContain('renonce');

    const first = plain(text('plan-agreement', plan({ instalments: [3_334, 3_333, 3_333].map((amountCents, n) => ({ dueDate: sample.instalments[n]!.dueDate, amountCents })) })));
    expect(first).toContain('Les montants sont arrondis au centime : la première échéance porte le centime d’écart.');
    const two = plain(text('plan-agreement', plan({ instalments: [25_000, 25_001, 25_001].map((amountCents, n) => ({ dueDate: sample.instalments[n]!.dueDate, amountCents })) })));
    expect(two).toContain('les 2 dernières échéances portent le centime d’écart');
    const byHand = plain(text('plan-agreement', plan({ instalments: [10_000, 50_000, 50_000].map((amountCents, n) => ({ dueDate: sample.instalments[n]!.dueDate, amountCents })) })));
    expect(byHand).not.toContain('arrondis');

    const single = plain(text('plan-agreement', plan({ instalments: [sample.instalments[0]!] })));
    expect(single).toContain('soit réglée en une seule échéance, de la façon suivante');
    expect(single).not.toContain('1 échéances');
    expect(plain(text('plan-agreement', plan({ instalments: [sample.instalments[0]!] }), 'en'))).toContain('be paid in a single instalment, as follows');
  });

  it('the payment plan agreement leaves room to sign: each signature on a line of its own', () => {
    const agreement = text('plan-agreement');
    expect(agreement).toContain('Signature :\n______________________________');
    expect(plain(agreement)).toContain('Mention manuscrite « Bon pour accord et reconnaissance de dette de [somme en toutes lettres] euros (4 094,56 €) »');
    expect(agreement).toContain('Date et signature :\n______________________________');
    expect(letterOf(input('plan-agreement')).letter.blocks.find((b) => b.type === 'table' && b.table.columns[0]!.label === 'Échéance n°')).toMatchObject({
      table: { columns: [{ label: 'Échéance n°' }, { label: 'Date' }, { label: 'Montant' }] },
    });
  });
});
