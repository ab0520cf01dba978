/**
 * Texts of every issue the CSV open-items preset emits (csv-mapping.ts, csv-preset.ts), for a
 * user who is not an accountant: which line, what is wrong, what to do. French first.
 *
 * They are i18next strings meant for the catalogue at `import.issues.<code>`, rendered with
 * `t('import.issues.' + issue.code, { line: issue.line, ...issue.params })`. Field names (the
 * `field` / `otherField` params are keys such as "invoiceNumber") are translated by i18next
 * nesting, `$t(import.fields.{{field}})`, so `csvFieldLabels` must sit at `import.fields`
 * (constant CSV_FIELD_LABELS_KEY). Column names and values are shown as written in the file.
 */
import type { CsvField } from './csv-mapping';

export interface Bilingual {
  fr: string;
  en: string;
}

/** Where `csvFieldLabels` must be placed in the i18next catalogue (the messages nest into it). */
export const CSV_FIELD_LABELS_KEY = 'import.fields';

export const csvFieldLabels: Record<CsvField, Bilingual> = {
  invoiceNumber: { fr: 'numéro de facture', en: 'invoice number' },
  customerReference: { fr: 'code client', en: 'customer code' },
  customerName: { fr: 'nom du client', en: 'customer name' },
  issueDate: { fr: 'date de facture', en: 'invoice date' },
  dueDate: { fr: "date d'échéance", en: 'due date' },
  amount: { fr: 'montant TTC', en: 'amount incl. tax' },
  openAmount: { fr: 'reste à payer', en: 'amount outstanding' },
  paidAmount: { fr: 'montant réglé', en: 'amount paid' },
  label: { fr: 'libellé', en: 'description' },
  email: { fr: 'e-mail', en: 'e-mail' },
  phone: { fr: 'téléphone', en: 'phone' },
  address: { fr: 'adresse', en: 'address' },
  siren: { fr: 'SIREN / SIRET', en: 'SIREN / SIRET' },
};

const F = (param: string) => `$t(${CSV_FIELD_LABELS_KEY}.{{${param}}})`;

const FIX_FR = 'Corrigez-le dans votre logiciel comptable ou dans le fichier, puis relancez l\'import.';
const FIX_EN = 'Correct it in your accounting software or in the file, then run the import again.';

const FIX_DATE_FR =
  "Corrigez-la dans votre logiciel comptable ou dans le fichier, puis relancez l'import. Si beaucoup de dates sont refusées, vérifiez l'ordre jour/mois choisi pour le fichier.";
const FIX_DATE_EN =
  'Correct it in your accounting software or in the file, then run the import again. If many dates are refused, check the day/month order chosen for the file.';

export const csvMessages: Record<string, Bilingual> = {
  // --- Mapping (whole file, no line) -------------------------------------------------------
  'mapping-missing': {
    fr: `Aucune colonne n'est choisie pour « ${F('field')} », qui est obligatoire. Indiquez quelle colonne du fichier contient cette information, puis relancez l'import.`,
    en: `No column is chosen for “${F('field')}”, which is required. Pick the column of the file that holds it, then run the import again.`,
  },
  'mapping-bad-column': {
    fr: `La colonne {{column}} choisie pour « ${F('field')} » n'existe pas dans ce fichier. Choisissez une autre colonne.`,
    en: `Column {{column}}, chosen for “${F('field')}”, does not exist in this file. Pick another column.`,
  },
  'mapping-duplicate-column': {
    fr: `La colonne « {{column}} » est choisie à la fois pour « ${F('otherField')} » et pour « ${F('field')} ». Une colonne ne peut servir qu'une fois : corrigez le choix des colonnes.`,
    en: `Column “{{column}}” is chosen for both “${F('otherField')}” and “${F('field')}”. A column can only be used once: correct the column choices.`,
  },

  // --- Errors on a line (the file is refused) ----------------------------------------------
  'missing-value': {
    fr: `Ligne {{line}} : la colonne « {{column}} » est vide, alors que cette information (${F('field')}) est obligatoire. Complétez-la dans votre logiciel comptable ou dans le fichier, puis relancez l'import.`,
    en: `Line {{line}}: column “{{column}}” is empty, but this information (${F('field')}) is required. Fill it in in your accounting software or in the file, then run the import again.`,
  },
  // Also emitted by the FEC preset (same code, merged catalogue): the text suits both.
  'bad-amount': {
    fr: `Ligne {{line}} : le montant « {{value}} » de la colonne « {{column}} » n'est pas lisible. ${FIX_FR}`,
    en: `Line {{line}}: the amount “{{value}}” in column “{{column}}” cannot be read. ${FIX_EN}`,
  },
  'ambiguous-amount': {
    fr: "Ligne {{line}} : le montant « {{value}} » de la colonne « {{column}} » est ambigu : on ne sait pas si la virgule ou le point sépare les milliers ou les centimes. Exportez les montants avec leurs deux décimales (par exemple 1234,00), puis relancez l'import.",
    en: 'Line {{line}}: the amount “{{value}}” in column “{{column}}” is ambiguous: the comma or point could separate thousands or cents. Export amounts with their two decimals (for example 1234.00), then run the import again.',
  },
  'amount-too-many-decimals': {
    fr: `Ligne {{line}} : le montant « {{value}} » de la colonne « {{column}} » a plus de deux décimales, or un montant s'arrête aux centimes. ${FIX_FR}`,
    en: `Line {{line}}: the amount “{{value}}” in column “{{column}}” has more than two decimals, but an amount stops at cents. ${FIX_EN}`,
  },
  'amount-too-large': {
    fr: "Ligne {{line}} : le montant « {{value}} » de la colonne « {{column}} » est bien trop grand pour une facture. Vérifiez que la bonne colonne est choisie et que la valeur est juste, puis relancez l'import.",
    en: 'Line {{line}}: the amount “{{value}}” in column “{{column}}” is far too large for an invoice. Check that the right column is chosen and that the value is correct, then run the import again.',
  },
  // Also emitted by the FEC preset (same code, merged catalogue): the text suits both.
  'bad-date': {
    fr: `Ligne {{line}} : la date « {{value}} » de la colonne « {{column}} » n'est pas une date valide (format non reconnu, ou jour qui n'existe pas). ${FIX_DATE_FR}`,
    en: `Line {{line}}: the date “{{value}}” in column “{{column}}” is not a valid date (unknown format, or a day that does not exist). ${FIX_DATE_EN}`,
  },
  'open-exceeds-amount': {
    fr: "Ligne {{line}} (facture {{number}}) : le reste à payer « {{open}} » (colonne « {{column}} ») n'est pas compris entre 0 et le montant de la facture, « {{amount}} ». Vérifiez ces deux montants et les colonnes choisies, puis relancez l'import.",
    en: 'Line {{line}} (invoice {{number}}): the amount outstanding “{{open}}” (column “{{column}}”) is not between 0 and the invoice amount, “{{amount}}”. Check both amounts and the chosen columns, then run the import again.',
  },
  'paid-exceeds-amount': {
    fr: "Ligne {{line}} (facture {{number}}) : le montant réglé « {{paid}} » (colonne « {{column}} ») est négatif ou dépasse le montant de la facture, « {{amount}} ». Vérifiez ces deux montants et les colonnes choisies, puis relancez l'import.",
    en: 'Line {{line}} (invoice {{number}}): the amount paid “{{paid}}” (column “{{column}}”) is negative or larger than the invoice amount, “{{amount}}”. Check both amounts and the chosen columns, then run the import again.',
  },
  'duplicate-invoice': {
    fr: "Ligne {{line}} : la facture {{number}} du client {{customer}} figure déjà ligne {{firstLine}}, avec des dates ou des montants différents. Relance ne sait pas laquelle est juste : gardez une seule ligne par facture, puis relancez l'import.",
    en: 'Line {{line}}: invoice {{number}} of customer {{customer}} is already on line {{firstLine}}, with different dates or amounts. Relance cannot tell which one is right: keep one line per invoice, then run the import again.',
  },
  'no-invoices': {
    fr: "Le fichier ne contient aucune facture à importer. Vérifiez qu'il s'agit bien de l'échéancier (balance âgée) de vos clients et que les colonnes sont bien choisies.",
    en: 'The file contains no invoice to import. Check that it is your customers’ aged balance (open items) and that the columns are correctly chosen.',
  },

  // --- Warnings (imported, but worth a look) -----------------------------------------------
  'duplicate-row': {
    fr: 'Ligne {{line}} : la facture {{number}} du client {{customer}} figure déjà, identique, ligne {{firstLine}}. Le doublon est ignoré.',
    en: 'Line {{line}}: invoice {{number}} of customer {{customer}} is already on line {{firstLine}}, identical. The duplicate is ignored.',
  },
  'customer-name-conflict': {
    fr: "Ligne {{line}} : le client {{reference}} s'appelle ici « {{name}} », mais « {{otherName}} » ligne {{firstLine}}. Le nom « {{otherName}} » est conservé ; vérifiez la fiche de ce client dans votre logiciel comptable.",
    en: 'Line {{line}}: customer {{reference}} is called “{{name}}” here, but “{{otherName}}” on line {{firstLine}}. The name “{{otherName}}” is kept; check this customer’s record in your accounting software.',
  },
  'open-paid-mismatch': {
    fr: 'Ligne {{line}} (facture {{number}}) : le reste à payer ({{open}}) ne correspond pas au montant ({{amount}}) moins le montant réglé ({{paid}}). Relance retient le reste à payer ; vérifiez cette facture si besoin.',
    en: 'Line {{line}} (invoice {{number}}): the amount outstanding ({{open}}) does not match the amount ({{amount}}) minus the amount paid ({{paid}}). Relance keeps the amount outstanding; check this invoice if needed.',
  },
  'due-before-issue': {
    fr: "Ligne {{line}} (facture {{number}}) : l'échéance {{dueDate}} est antérieure à la date de facture {{issueDate}}. Vérifiez ces dates, ou l'ordre jour/mois choisi pour ce fichier.",
    en: 'Line {{line}} (invoice {{number}}): the due date {{dueDate}} is before the invoice date {{issueDate}}. Check these dates, or the day/month order chosen for this file.',
  },
  'bad-email': {
    fr: "Ligne {{line}} : l'adresse e-mail « {{value}} » (colonne « {{column}} ») n'est pas valide. Le client est importé sans e-mail ; vous pourrez la corriger dans sa fiche.",
    en: 'Line {{line}}: the e-mail address “{{value}}” (column “{{column}}”) is not valid. The customer is imported without an e-mail; you can correct it in the customer record.',
  },
  'bad-siren': {
    fr: "Ligne {{line}} : le SIREN ou SIRET « {{value}} » (colonne « {{column}} ») n'est pas valide. Le client est importé sans SIREN ; vous pourrez le corriger dans sa fiche.",
    en: 'Line {{line}}: the SIREN or SIRET “{{value}}” (column “{{column}}”) is not valid. The customer is imported without a SIREN; you can correct it in the customer record.',
  },

  // --- Information --------------------------------------------------------------------------
  'extra-emails-ignored': {
    fr: 'Ligne {{line}} : la colonne « {{column}} » contient plusieurs adresses e-mail (« {{value}} »). Seule {{kept}} est retenue ; ajoutez les autres comme contacts dans la fiche du client.',
    en: 'Line {{line}}: column “{{column}}” holds several e-mail addresses (“{{value}}”). Only {{kept}} is kept; add the others as contacts in the customer record.',
  },
  'summary-row-skipped': {
    fr: 'Ligne {{line}} : ligne de total « {{text}} » ignorée (Relance recalcule les totaux).',
    en: 'Line {{line}}: total line “{{text}}” skipped (Relance computes totals itself).',
  },
  'heading-row-skipped': {
    fr: 'Ligne {{line}} : ligne de titre ou de commentaire « {{text}} » ignorée (ni numéro de facture, ni date, ni montant).',
    en: 'Line {{line}}: heading or comment line “{{text}}” skipped (no invoice number, date or amount).',
  },
  'zero-amount-skipped': {
    fr: 'Ligne {{line}} : la pièce {{number}} a un montant nul ; elle est ignorée.',
    en: 'Line {{line}}: document {{number}} has a zero amount; it is skipped.',
  },
  'due-date-derived': {
    fr: "Ligne {{line}} (facture {{number}}) : pas d'échéance dans le fichier ; elle est calculée à partir des conditions de paiement du client.",
    en: 'Line {{line}} (invoice {{number}}): no due date in the file; it is computed from the customer’s payment terms.',
  },
  'due-date-assumed': {
    fr: "Ligne {{line}} (facture {{number}}) : pas d'échéance dans le fichier ; la facture est considérée comme payable à sa date d'émission. Renseignez vos conditions de paiement pour des relances justes.",
    en: 'Line {{line}} (invoice {{number}}): no due date in the file; the invoice is treated as due on its issue date. Set your payment terms so that reminders are right.',
  },
  'due-date-derived-all': {
    fr: "Le fichier n'a pas de colonne d'échéance : l'échéance de {{count}} facture(s) est calculée à partir des conditions de paiement de chaque client.",
    en: 'The file has no due date column: the due date of {{count}} invoice(s) is computed from each customer’s payment terms.',
  },
  'due-date-assumed-all': {
    fr: "Le fichier n'a pas de colonne d'échéance : {{count}} facture(s) sont considérées comme payables à leur date d'émission. Renseignez vos conditions de paiement, ou choisissez la colonne d'échéance, pour des relances justes.",
    en: 'The file has no due date column: {{count}} invoice(s) are treated as due on their issue date. Set your payment terms, or choose the due date column, so that reminders are right.',
  },
};
