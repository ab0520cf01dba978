/**
 * The tables a letter can show, each also as plain lines for e-mails: the invoices (with their
 * penalties when claimed), the instalments of a payment plan, the account statement with its
 * running balance. Column widths are shares of the text width and add up to 1; a totals row has
 * one cell per column, its label first (the layout lets it run over the empty cells after it).
 */
import type { Statement, StatementLine } from '../customer-statement';
import { sumCents, type Cents } from '../money';
import type { TableValue } from '../templates/values';
import type { LetterInvoiceLine, LetterLanguage, PlanData } from './letter-data';
import type { LetterTableContent } from './letter-content';
import { count, money, shortDate, WORDS } from './wording';

// The flat indemnity per late invoice owed by a business debtor (Code de commerce D441-5): one
// figure, the one the penalty computation uses.
export { FLAT_INDEMNITY_CENTS } from '../penalties/compute';
import { FLAT_INDEMNITY_CENTS } from '../penalties/compute';

type Column = LetterTableContent['columns'][number];
const left = (label: string, width: number): Column => ({ label, align: 'left', width });
const right = (label: string, width: number): Column => ({ label, align: 'right', width });

/** A totals row: the label in the first cell, amounts in the columns given, the rest empty. */
function totalsRow(columns: number, label: string, cells: Record<number, string>): string[] {
  return Array.from({ length: columns }, (_, index) => (index === 0 ? label : (cells[index] ?? '')));
}

export interface InvoiceTotals {
  openCents: Cents;
  lateCents: Cents;
  interestCents: Cents;
  indemnityCents: Cents;
  claimedCents: Cents;
}

export function invoiceTotals(invoices: readonly LetterInvoiceLine[]): InvoiceTotals {
  const openCents = sumCents(invoices.map((invoice) => invoice.openCents));
  const lateCents = sumCents(invoices.filter((invoice) => invoice.daysLate > 0).map((invoice) => invoice.openCents));
  const interestCents = sumCents(invoices.map((invoice) => invoice.interestCents));
  const indemnityCents = sumCents(invoices.map((invoice) => invoice.indemnityCents));
  return { openCents, lateCents, interestCents, indemnityCents, claimedCents: lateCents + interestCents + indemnityCents };
}

/** "N° FA-001 du 12/03/2026, échue le 11/04/2026 : 1 234,56 €", the invoice-list line. */
export function invoiceListLine(invoice: LetterInvoiceLine, language: LetterLanguage, withPenalties = false): string {
  const words = WORDS[language];
  const owed =
    invoice.openCents === invoice.amountCents
      ? money(invoice.openCents, language)
      : words.partOf(money(invoice.openCents, language), money(invoice.amountCents, language));
  const line = words.invoiceLine(
    invoice.number,
    shortDate(invoice.issueDate, language),
    shortDate(invoice.dueDate, language),
    invoice.daysLate > 0,
    owed,
  );
  if (!withPenalties || invoice.interestCents + invoice.indemnityCents === 0) return line;
  return `${line} (${words.penaltiesOfLine(money(invoice.interestCents, language), money(invoice.indemnityCents, language))})`;
}

export function invoiceTable(invoices: readonly LetterInvoiceLine[], language: LetterLanguage, withPenalties: boolean): TableValue {
  const words = WORDS[language];
  const c = words.columns;
  const totals = invoiceTotals(invoices);
  const m = (cents: Cents) => money(cents, language);
  const lateCell = (days: number) => (days > 0 ? words.days(count(days, language)) : '');

  let table: LetterTableContent;
  if (withPenalties) {
    const columns = [
      left(c.invoice, 0.14),
      left(c.date, 0.11),
      left(c.due, 0.11),
      right(c.amount, 0.14),
      right(c.open, 0.14),
      right(c.late, 0.08),
      right(c.interest, 0.14),
      right(c.indemnity, 0.14),
    ];
    const n = columns.length;
    table = {
      columns,
      rows: invoices.map((invoice) => [
        invoice.number,
        shortDate(invoice.issueDate, language),
        shortDate(invoice.dueDate, language),
        m(invoice.amountCents),
        m(invoice.openCents),
        lateCell(invoice.daysLate),
        m(invoice.interestCents),
        m(invoice.indemnityCents),
      ]),
      totals: [
        totalsRow(n, words.totalRow, { 4: m(totals.openCents), 6: m(totals.interestCents), 7: m(totals.indemnityCents) }),
        totalsRow(n, words.principalLate, { 7: m(totals.lateCents) }),
        totalsRow(n, words.totalInterest, { 7: m(totals.interestCents) }),
        totalsRow(n, words.totalIndemnity(m(FLAT_INDEMNITY_CENTS)), { 7: m(totals.indemnityCents) }),
        totalsRow(n, words.totalClaimed, { 7: m(totals.claimedCents) }),
      ],
    };
  } else {
    const columns = [left(c.invoice, 0.2), left(c.date, 0.14), left(c.due, 0.14), right(c.amount, 0.19), right(c.open, 0.19), right(c.late, 0.14)];
    table = {
      columns,
      rows: invoices.map((invoice) => [
        invoice.number,
        shortDate(invoice.issueDate, language),
        shortDate(invoice.dueDate, language),
        m(invoice.amountCents),
        m(invoice.openCents),
        lateCell(invoice.daysLate),
      ]),
      totals: [totalsRow(columns.length, words.totalRow, { 4: m(totals.openCents) })],
    };
  }

  const colon = language === 'en' ? ':' : ' :';
  const lines = invoices.map((invoice) => invoiceListLine(invoice, language, withPenalties));
  lines.push(`${words.totalRow}${colon} ${m(totals.openCents)}`);
  if (withPenalties) {
    lines.push(
      `${words.principalLate}${colon} ${m(totals.lateCents)}`,
      `${words.totalInterest}${colon} ${m(totals.interestCents)}`,
      `${words.totalIndemnity(m(FLAT_INDEMNITY_CENTS))}${colon} ${m(totals.indemnityCents)}`,
      `${words.totalClaimed}${colon} ${m(totals.claimedCents)}`,
    );
  }
  return { type: 'table', table, lines };
}

export function planTable(plan: PlanData, language: LetterLanguage): TableValue {
  const words = WORDS[language];
  const c = words.columns;
  const columns = [left(c.instalment, 0.24), left(c.date, 0.38), right(c.instalmentAmount, 0.38)];
  const total = sumCents(plan.instalments.map((instalment) => instalment.amountCents));
  const colon = language === 'en' ? ':' : ' :';
  return {
    type: 'table',
    table: {
      columns,
      rows: plan.instalments.map((instalment, index) => [
        String(index + 1),
        shortDate(instalment.dueDate, language),
        money(instalment.amountCents, language),
      ]),
      totals: [totalsRow(columns.length, words.planTotal, { 2: money(total, language) })],
    },
    lines: [
      ...plan.instalments.map((instalment, index) =>
        words.instalmentLine(index + 1, shortDate(instalment.dueDate, language), money(instalment.amountCents, language)),
      ),
      `${words.planTotal}${colon} ${money(total, language)}`,
    ],
  };
}

function statementLabel(line: StatementLine, language: LetterLanguage): string {
  const words = WORDS[language];
  switch (line.kind) {
    case 'invoice':
      return line.opening ? words.statementOpening : words.statementInvoice(line.number);
    case 'payment':
      return words.statementPayment(line.reference ?? '');
    case 'credit-note':
      return words.statementCreditNote(line.reference ?? '');
    case 'accounting-adjustment':
      return line.creditCents > 0 ? words.statementAdjustmentCredit : words.statementAdjustmentDebit;
  }
}

export function statementTable(statement: Statement, language: LetterLanguage): TableValue {
  const words = WORDS[language];
  const c = words.columns;
  const m = (cents: Cents) => money(cents, language);
  const columns = [left(c.date, 0.14), left(c.label, 0.38), right(c.debit, 0.16), right(c.credit, 0.16), right(c.balance, 0.16)];
  const balanceLabel = statement.balanceCents < 0 ? words.statementCreditBalance : words.statementBalance;
  const colon = language === 'en' ? ':' : ' :';
  return {
    type: 'table',
    table: {
      columns,
      rows: statement.lines.map((line) => [
        shortDate(line.date, language),
        statementLabel(line, language),
        line.debitCents ? m(line.debitCents) : '',
        line.creditCents ? m(line.creditCents) : '',
        m(line.balanceCents),
      ]),
      totals: [
        totalsRow(columns.length, words.statementTotals, { 2: m(statement.totalDebitCents), 3: m(statement.totalCreditCents) }),
        totalsRow(columns.length, balanceLabel, { 4: m(Math.abs(statement.balanceCents)) }),
      ],
    },
    lines: [
      ...statement.lines.map((line) => {
        const amount = line.debitCents ? m(line.debitCents) : `−${m(line.creditCents)}`;
        return `${shortDate(line.date, language)} ${statementLabel(line, language)}${colon} ${amount} (${c.balance.toLowerCase()} ${m(line.balanceCents)})`;
      }),
      `${balanceLabel}${colon} ${m(Math.abs(statement.balanceCents))}`,
    ],
  };
}
