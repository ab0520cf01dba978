/**
 * A throwaway letter laid out once, a moment after the window shows: the first layout of a run
 * pays for reading the fonts and compiling the layout code (about 450 ms against 25 ms after),
 * and the user's first preview should not be the one that pays.
 */
import type { LetterSpec } from '../../letter-spec';

export const WARM_UP_LETTER: LetterSpec = {
  kind: 'reminder-1',
  language: 'fr',
  sender: { name: 'Relance', lines: ['1 rue de l’Exemple', '75001 Paris'] },
  returnAddress: 'Relance · 1 rue de l’Exemple · 75001 Paris',
  recipient: ['Client Exemple', '2 RUE DU TEST', '69003 LYON'],
  placeAndDate: 'Paris, le 1er janvier 2026',
  references: ['Nos références : client C0001'],
  subject: 'Facture n° FA-0001 – 1 234,56 €',
  blocks: [
    { type: 'paragraph', text: 'Madame, Monsieur,\nNous n’avons pas reçu votre règlement « à ce jour ».' },
    {
      type: 'table',
      table: {
        columns: [
          { label: 'Facture', align: 'left', width: 0.5 },
          { label: 'Montant', align: 'right', width: 0.5 },
        ],
        rows: [['FA-0001', '1\u202f234,56\u00a0€']],
        totals: [['Total', '1\u202f234,56\u00a0€']],
      },
    },
  ],
  signature: ['Relance'],
  footer: ['Relance'],
  pageLabel: 'Page {page} / {pages}',
  metadata: { title: 'Préchauffage', author: 'Relance', subject: 'Préchauffage', keywords: [], createdAt: '2026-01-01T00:00:00.000Z' },
  envelopeOffsetMm: { x: 0, y: 0 },
};
