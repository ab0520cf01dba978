import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../renderer/src/db/database';
import type { Customer, Invoice } from '../../renderer/src/domain/model';
import { PlanEditor, type PlanDraftResult } from '../../renderer/src/features/payment-plans/PlanEditor';
import { renderInApp } from './render';

const stamp = '2026-01-01T00:00:00.000Z';
const TODAY = '2026-01-26'; // a Monday
const customer: Customer = {
  id: 'c1', reference: '411DUP', name: 'Menuiserie Dupont', kind: 'business', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp,
};
const invoice = (id: string, number: string, dueDate: string, cents: number): Invoice => ({
  id, customerId: 'c1', number, issueDate: '2025-10-01', dueDate, amountCents: cents, sourceOpenCents: cents, openCents: cents,
  hold: null, source: 'manual', createdAt: stamp, updatedAt: stamp,
});
// 3 000,00 + 2 207,08 = 5 207,08 €, both late on 26/01/2026.
const INVOICES = [invoice('i1', 'FA-101', '2025-11-15', 300_000), invoice('i2', 'FA-102', '2025-12-15', 220_708), invoice('i3', 'FA-090', '2025-09-01', 0)];

/** Spaces as formatEuros writes them (narrow no-break, no-break) made plain for comparing. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');

function renderEditor() {
  const onChange = vi.fn<(result: PlanDraftResult | null) => void>();
  renderInApp(<PlanEditor customer={customer} invoices={INVOICES} payments={[]} today={TODAY} onChange={onChange} />);
  const last = () => onChange.mock.calls.at(-1)?.[0];
  return { onChange, last };
}

const amounts = () => screen.getAllByTestId('plan-instalment-amount').map((cell) => plain(cell.textContent));
const dates = () => screen.getAllByTestId('plan-instalment-date').map((cell) => cell.textContent);

beforeEach(async () => {
  await Promise.all([database().rates.clear(), database().settings.clear()]);
});

describe('PlanEditor', () => {
  it('splits 5 207,08 € into 3 monthly instalments, the odd cent on the last, and says so', async () => {
    const { last } = renderEditor();
    await screen.findByTestId('plan-editor');
    // Only open invoices are offered, all ticked.
    const rows = screen.getAllByTestId('plan-invoice');
    expect(rows.map((r) => r.dataset.number)).toEqual(['FA-101', 'FA-102']);
    for (const row of rows) expect(within(row).getByRole('checkbox')).toBeChecked();
    // Defaults: 3 instalments, first one week after today on a business day, monthly.
    expect(screen.getByTestId('plan-count')).toHaveValue('3');
    expect(screen.getByTestId('plan-first')).toHaveValue('2026-02-02');

    await waitFor(() => expect(amounts()).toEqual(['1 735,69 €', '1 735,69 €', '1 735,70 €']));
    expect(dates()).toEqual(['02/02/2026', '02/03/2026', '02/04/2026']);
    expect(plain(screen.getByTestId('plan-total').textContent)).toBe('5 207,08 €');
    const sentence = plain(screen.getByTestId('plan-sentence').textContent);
    expect(sentence).toContain(
      '5 207,08 € en 3 échéances mensuelles, du 02/02/2026 au 02/04/2026. Les 2 premières échéances de 1 735,69 €, la dernière de 1 735,70 €.',
    );
    // Penalties are waived by default: the sentence says what is given up.
    expect(sentence).toMatch(/Pénalités de retard abandonnées : \d[\d ]*,\d\d €\.$/);

    const result = last();
    expect(result).not.toBeNull();
    expect(result?.plan.customerId).toBe('c1');
    expect(result?.plan.invoiceIds).toEqual(['i1', 'i2']);
    expect(result?.plan.instalments.map((i) => i.amountCents)).toEqual([173_569, 173_569, 173_570]);
    expect(result?.plan.penalties?.mode).toBe('waived');
    expect(result?.text).toBe(result?.summary.text);
  });

  it('refuses typed amounts short of the total with the French message, and gives the caller no plan', async () => {
    const user = userEvent.setup();
    const { onChange, last } = renderEditor();
    await screen.findByTestId('plan-editor');
    await waitFor(() => expect(last()).not.toBeNull());

    await user.click(screen.getByRole('switch', { name: /^Montants modifiés à la main/ }));
    // The typed amounts start from the equal split.
    const third = screen.getByTestId('plan-amount-3');
    expect(third).toHaveValue('1735,70');
    expect(screen.getByTestId('plan-amount-1')).toHaveValue('1735,69');
    await user.clear(third);
    await user.type(third, '1728,62');

    expect(plain((await screen.findByTestId('plan-amounts-error')).textContent)).toBe(
      'Il manque 7,08 € : les échéances font 5 200,00 € pour un total de 5 207,08 €.',
    );
    expect(last()).toBeNull();
    expect(screen.queryByTestId('plan-sentence')).toBeNull();

    // Put the 7,08 € on the first instalment: the plan comes back with the typed amounts.
    const first = screen.getByTestId('plan-amount-1');
    await user.clear(first);
    await user.type(first, '1 742,77');
    await waitFor(() => expect(last()?.plan.instalments.map((i) => i.amountCents)).toEqual([174_277, 173_569, 172_862]));
    expect(screen.queryByTestId('plan-amounts-error')).toBeNull();
    expect(plain(screen.getByTestId('plan-sentence').textContent)).toContain('Échéances de 1 742,77 €, 1 735,69 € et 1 728,62 €.');

    // An unreadable amount is explained next to it, and blocks the plan.
    await user.clear(first);
    await user.type(first, 'abc');
    expect(await screen.findByText('Montant illisible : saisissez par exemple 1 234,56.')).toBeInTheDocument();
    expect(last()).toBeNull();
    expect(onChange.mock.calls.some(([r]) => r !== null && r.plan.instalments.some((i) => i.amountCents === 0))).toBe(false);
  });

  it('refuses a first instalment in the past, next to the date', async () => {
    const { last } = renderEditor();
    await screen.findByTestId('plan-editor');
    await waitFor(() => expect(last()).not.toBeNull());
    fireEvent.change(screen.getByTestId('plan-first'), { target: { value: '2026-01-20' } });
    expect(
      await screen.findByText('La première échéance (20/01/2026) ne peut pas être dans le passé : nous sommes le 26/01/2026.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('plan-first')).toHaveAttribute('aria-invalid', 'true');
    expect(last()).toBeNull();
    // Today itself is fine.
    fireEvent.change(screen.getByTestId('plan-first'), { target: { value: TODAY } });
    await waitFor(() => expect(last()?.summary.firstDueDate).toBe(TODAY));
  });

  it('adds the penalties owed to the total when they are included', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor();
    await screen.findByTestId('plan-editor');
    await waitFor(() => expect(last()).not.toBeNull());
    const waived = last()!.summary.waivedPenaltiesCents;
    // Two late invoices of a business: at least the 40 € indemnity each.
    expect(waived).toBeGreaterThanOrEqual(8_000);

    await user.click(screen.getByRole('radio', { name: 'Incluses dans l’échéancier' }));
    await waitFor(() => expect(last()?.summary.totalCents).toBe(520_708 + waived));
    expect(last()?.plan.penalties).toEqual({ mode: 'included', cents: waived });
    expect(plain(screen.getByTestId('plan-total').textContent)).not.toBe('5 207,08 €');
    expect(plain(screen.getByTestId('plan-sentence').textContent)).toContain('Pénalités de retard incluses');
    const instalments = last()!.plan.instalments.map((i) => i.amountCents);
    expect(instalments.reduce((a, b) => a + b, 0)).toBe(520_708 + waived);
  });

  it('follows the invoices ticked, and refuses a plan without any', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor();
    await screen.findByTestId('plan-editor');
    await user.click(screen.getByRole('checkbox', { name: 'Inclure la facture FA-101' }));
    await waitFor(() => expect(last()?.plan.invoiceIds).toEqual(['i2']));
    expect(plain(screen.getByTestId('plan-total').textContent)).toBe('2 207,08 €');
    await user.click(screen.getByRole('checkbox', { name: 'Inclure la facture FA-102' }));
    expect(await screen.findByText('Choisissez au moins une facture à échelonner.')).toBeInTheDocument();
    expect(last()).toBeNull();
  });

  it('explains a number of instalments out of range, with the keyboard', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor();
    await screen.findByTestId('plan-editor');
    const count = screen.getByTestId('plan-count');
    await user.clear(count);
    await user.type(count, '61');
    expect(await screen.findByText('Le nombre d’échéances doit être un nombre entier entre 1 et 60.')).toBeInTheDocument();
    expect(last()).toBeNull();
    await user.clear(count);
    await user.type(count, '6');
    await waitFor(() => expect(last()?.plan.instalments).toHaveLength(6));
    expect(screen.getAllByTestId('plan-instalment')).toHaveLength(6);
  });
});
