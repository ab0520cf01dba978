import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { addDays } from '../../renderer/src/domain/dates';
import { CSV_FIELDS, validateMapping } from '../../renderer/src/domain/import/csv-mapping';
import type { CsvMappingConfig } from '../../renderer/src/domain/import/csv-mapping';
import { buildCsvPreview } from '../../renderer/src/domain/import/csv-preset';
import { CSV_FIELD_LABELS_KEY, csvFieldLabels, csvMessages } from '../../renderer/src/domain/import/csv-messages';
import type { Detection, ImportIssue, Table } from '../../renderer/src/domain/import/types';

const detection: Detection = {
  encoding: 'utf-8',
  hasBom: false,
  separator: ';',
  headerLine: 1,
  rowCount: 0,
  format: 'csv',
  lineEnding: 'lf',
};

const table = (header: string[], rows: string[][]): Table => ({ header, rows: rows.map((cells, i) => ({ line: i + 2, cells })) });

/** Issues of every kind the preset can emit, from a handful of deliberately broken files. */
function everyIssue(): ImportIssue[] {
  const header = ['N° facture', 'Code client', 'Client', 'Date', 'Échéance', 'Montant TTC', 'Réglé', 'Reste à payer', 'E-mail', 'SIREN'];
  const columns = { invoiceNumber: 0, customerReference: 1, customerName: 2, issueDate: 3, dueDate: 4, amount: 5, paidAmount: 6, openAmount: 7, email: 8, siren: 9 };
  const config: CsvMappingConfig = { columns, dateOrder: 'DMY' };
  const rows = [
    ['F1', 'C1', 'Dupont', '01/02/2024', '03/03/2024', '100,00', '', '100,00', 'a@b.fr; c@d.fr', '123456789'],
    ['F1', 'C1', 'Dupont', '01/02/2024', '03/03/2024', '100,00', '', '100,00', '', ''], // duplicate-row
    ['F1', 'C1', 'Dupont', '01/02/2024', '03/03/2024', '100,00', '', '90,00', '', ''], // duplicate-invoice
    ['F2', 'C1', 'Durand', '01/02/2024', '03/03/2024', '100,00', '', '100,00', 'nope', ''], // name conflict, bad e-mail
    ['F3', 'C1', 'Dupont', '01/02/2024', '03/03/2024', 'abc', '', '', '', ''],
    ['F4', 'C1', 'Dupont', '01/02/2024', '03/03/2024', '1,234', '', '', '', ''],
    ['F5', 'C1', 'Dupont', '01/02/2024', '03/03/2024', '0,125', '', '', '', ''],
    ['F6', 'C1', 'Dupont', '01/02/2024', '03/03/2024', '99999999999999999', '', '', '', ''],
    ['F7', 'C1', 'Dupont', '31/02/2024', '03/03/2024', '100,00', '', '', '', ''],
    ['', 'C1', 'Dupont', '01/02/2024', '03/03/2024', '100,00', '', '', '', ''],
    ['F9', 'C1', 'Dupont', '01/02/2024', '03/03/2024', '100,00', '', '120,00', '', ''],
    ['F10', 'C1', 'Dupont', '01/02/2024', '03/03/2024', '100,00', '10,00', '50,00', '', ''], // mismatch
    ['F11', 'C1', 'Dupont', '01/02/2024', '01/01/2024', '100,00', '', '100,00', '', ''], // due before issue
    ['F12', 'C1', 'Dupont', '01/02/2024', '', '100,00', '', '100,00', '', ''], // derived / assumed
    ['F13', 'C1', 'Dupont', '01/02/2024', '03/03/2024', '0,00', '', '0,00', '', ''],
    ['Total', '', '', '', '', '1000,00', '', '', '', ''],
    ['Clients export', '', '', '', '', '', '', '', '', ''],
  ];
  const withTerms = { deriveDueDate: (d: string) => addDays(d, 30) };
  const paidOnly: CsvMappingConfig = { columns: { invoiceNumber: 0, customerReference: 1, issueDate: 3, amount: 5, paidAmount: 6 }, dateOrder: 'DMY' };
  const noDue: CsvMappingConfig = { columns: { invoiceNumber: 0, customerReference: 1, issueDate: 3, amount: 5 }, dateOrder: 'DMY' };
  return [
    ...validateMapping({ columns: { invoiceNumber: 0, amount: 0, email: 42 }, dateOrder: 'DMY' }, header),
    ...buildCsvPreview(table(header, rows), detection, config, withTerms).issues,
    ...buildCsvPreview(table(header, rows), detection, config).issues,
    ...buildCsvPreview(table(header, [['F1', 'C1', '', '01/02/2024', '', '100,00', '150,00']]), detection, paidOnly).issues,
    ...buildCsvPreview(table(header, [['F1', 'C1', '', '01/02/2024', '', '100,00']]), detection, noDue, withTerms).issues,
    ...buildCsvPreview(table(header, [['F1', 'C1', '', '01/02/2024', '', '100,00']]), detection, noDue).issues,
    ...buildCsvPreview(table(header, []), detection, noDue).issues,
  ];
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))].sort();

describe('csvMessages', () => {
  const issues = everyIssue();

  it('has a message for every issue code the preset emits, and no message for a code it never emits', () => {
    expect([...new Set(issues.map((i) => i.code))].sort()).toEqual(Object.keys(csvMessages).sort());
  });

  it('has French and English texts with the same placeholders', () => {
    for (const [code, { fr, en }] of Object.entries(csvMessages)) {
      expect(fr.trim(), code).not.toBe('');
      expect(en.trim(), code).not.toBe('');
      expect(placeholders(en), code).toEqual(placeholders(fr));
    }
  });

  it('only uses placeholders the issue provides, and names the line whenever there is one', () => {
    for (const issue of issues) {
      const message = csvMessages[issue.code]!;
      const available = new Set([...Object.keys(issue.params ?? {}), ...(issue.line === null ? [] : ['line'])]);
      for (const name of placeholders(message.fr)) expect(available.has(name), `${issue.code}: {{${name}}}`).toBe(true);
      if (issue.line !== null) expect(message.fr, issue.code).toMatch(/^Ligne \{\{line\}\}/);
      if (issue.line !== null) expect(message.en, issue.code).toMatch(/^Line \{\{line\}\}/);
    }
  });

  it('tells the user what to do about every error', () => {
    for (const issue of issues.filter((i) => i.severity === 'error')) {
      expect(csvMessages[issue.code]!.fr, issue.code).toMatch(/Corrigez|Complétez|Choisissez|Indiquez|Vérifiez|Exportez|gardez|corrigez/);
      expect(csvMessages[issue.code]!.en, issue.code).toMatch(/Correct|Fill|Pick|Check|Export|keep|correct/);
    }
  });

  it('has a label for every field, in both languages', () => {
    expect(Object.keys(csvFieldLabels).sort()).toEqual([...CSV_FIELDS].sort());
  });

  it('renders through i18next with nested field labels, leaving no placeholder behind', async () => {
    const catalogue = (lang: 'fr' | 'en') => {
      const issuesTexts = Object.fromEntries(Object.entries(csvMessages).map(([k, v]) => [k, v[lang]]));
      const fields = Object.fromEntries(Object.entries(csvFieldLabels).map(([k, v]) => [k, v[lang]]));
      expect(CSV_FIELD_LABELS_KEY).toBe('import.fields');
      return { translation: { import: { issues: issuesTexts, fields } } };
    };
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'fr',
      resources: { fr: catalogue('fr'), en: catalogue('en') },
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    for (const lng of ['fr', 'en'] as const) {
      for (const issue of issues) {
        const text = i18n.t(`import.issues.${issue.code}`, { lng, ...(issue.line === null ? {} : { line: issue.line }), ...issue.params });
        expect(text, text).not.toMatch(/\{\{|\$t\(|import\.(issues|fields)/);
        if (issue.line !== null) expect(text).toContain(String(issue.line));
      }
    }
    expect(i18n.t('import.issues.missing-value', { line: 12, field: 'invoiceNumber', column: 'N° facture' })).toBe(
      "Ligne 12 : la colonne « N° facture » est vide, alors que cette information (numéro de facture) est obligatoire. Complétez-la dans votre logiciel comptable ou dans le fichier, puis relancez l'import.",
    );
    expect(i18n.t('import.issues.mapping-missing', { lng: 'en', field: 'issueDate' })).toBe(
      'No column is chosen for “invoice date”, which is required. Pick the column of the file that holds it, then run the import again.',
    );
    expect(i18n.t('import.issues.bad-amount', { line: 7, field: 'amount', column: 'Montant TTC', value: 'abc' })).toBe(
      "Ligne 7 : le montant « abc » de la colonne « Montant TTC » n'est pas lisible. Corrigez-le dans votre logiciel comptable ou dans le fichier, puis relancez l'import.",
    );
  });
});
