/**
 * Texts of the issues emitted by the FEC preset (fec-preset.ts), French first, for the import
 * report. Written for a business owner, not an accountant: what is wrong, then what to do.
 *
 * i18next conventions:
 * - placeholders `{{name}}` are filled from `{ line, ...issue.params }` (`line` is the file line,
 *   only used by texts of issues that have one);
 * - some issues carry a `context` param; i18next then looks up `<code>_<context>` first
 *   (`t(key, { ...params })` does this by itself because the option is named `context`), falling
 *   back to `<code>`. Both are listed here.
 * - amounts arrive already written "1234,56" (no currency sign), lists of lines as "12, 40, …".
 *
 * Meant to be merged into the catalogues under `import.issues`.
 */
export const fecMessages: Record<string, { fr: string; en: string }> = {
  'missing-column': {
    fr: 'La colonne « {{column}} » est introuvable dans l’en-tête du fichier (ligne {{line}}). Un FEC doit la contenir : réexportez le FEC complet depuis votre logiciel comptable, ou vérifiez le séparateur et la ligne d’en-tête choisis.',
    en: 'Column "{{column}}" is missing from the file header (line {{line}}). A FEC must contain it: export the full FEC again from your accounting software, or check the separator and header line chosen.',
  },
  'bad-amount': {
    fr: 'Ligne {{line}} : le montant « {{value}} » de la colonne « {{column}} » n’est pas un montant lisible. Cette écriture client n’a pas été importée : corrigez-la dans votre logiciel comptable puis réexportez le FEC.',
    en: 'Line {{line}}: "{{value}}" in column "{{column}}" is not a readable amount. This customer entry was not imported: correct it in your accounting software and export the FEC again.',
  },
  'bad-sens': {
    fr: 'Ligne {{line}} : le sens « {{value}} » de la colonne « {{column}} » n’est ni débit (D, +1) ni crédit (C, -1). Cette écriture client n’a pas été importée : corrigez-la puis réexportez le FEC.',
    en: 'Line {{line}}: "{{value}}" in column "{{column}}" is neither debit (D, +1) nor credit (C, -1). This customer entry was not imported: correct it and export the FEC again.',
  },
  'bad-date': {
    fr: 'Ligne {{line}} : la date « {{value}} » de la colonne « {{column}} » n’est pas une date valide (format attendu AAAAMMJJ, par exemple 20240131). Cette écriture client n’a pas été importée : corrigez-la puis réexportez le FEC.',
    en: 'Line {{line}}: "{{value}}" in column "{{column}}" is not a valid date (expected YYYYMMDD, for example 20240131). This customer entry was not imported: correct it and export the FEC again.',
  },
  'no-receivables': {
    fr: 'Aucune écriture sur un compte client (411…) n’a été trouvée : rien à importer. Vérifiez que vous avez exporté le FEC de la bonne société et du bon exercice.',
    en: 'No entry on a customer account (411…) was found: nothing to import. Check that you exported the FEC of the right company and financial year.',
  },
  'missing-piece-ref': {
    fr: 'Ligne {{line}} : une facture de {{customer}} n’a pas de numéro de pièce. Elle est importée sous le numéro {{number}} ; vous pourrez le corriger dans Relance.',
    en: 'Line {{line}}: an invoice of {{customer}} has no document number. It is imported as {{number}}; you can correct it in Relance.',
  },
  'duplicate-piece': {
    fr: 'Le numéro de pièce {{number}} de {{customer}} apparaît à deux dates différentes (lignes {{lines}}). Ce sont deux factures distinctes pour Relance ; la plus récente est importée sous le numéro {{renamed}}. Vérifiez dans votre comptabilité s’il s’agit d’une erreur de saisie.',
    en: 'Document number {{number}} of {{customer}} appears on two different dates (lines {{lines}}). Relance treats them as two invoices; the later one is imported as {{renamed}}. Check in your accounts whether this is a typing error.',
  },
  'partial-lettering': {
    fr: 'Le lettrage {{letter}} de {{customer}} ne s’équilibre pas : écart de {{difference}} € (lignes {{lines}}). Vérifiez ce lettrage dans votre logiciel comptable.',
    en: 'Matching code {{letter}} of {{customer}} does not balance: difference of {{difference}} € (lines {{lines}}). Check this matching in your accounting software.',
  },
  'partial-lettering_debit': {
    fr: 'Le lettrage {{letter}} de {{customer}} est partiel : les factures lettrées dépassent les règlements de {{difference}} € (lignes {{lines}}). Ce reste est considéré comme dû. Si le client a tout payé (par exemple après la clôture de l’exercice), vous pourrez marquer ces factures comme payées dans Relance.',
    en: 'Matching code {{letter}} of {{customer}} is partial: the matched invoices exceed the payments by {{difference}} € (lines {{lines}}). The rest is treated as still owed. If the customer paid in full (for example after the year end), you can mark these invoices as paid in Relance.',
  },
  'partial-lettering_credit': {
    fr: 'Le lettrage {{letter}} de {{customer}} contient {{difference}} € de règlements ou d’avoirs de plus que les factures lettrées (lignes {{lines}}). Ce surplus reste non affecté : rapprochez-le d’une facture dans Relance ou corrigez le lettrage dans votre logiciel comptable.',
    en: 'Matching code {{letter}} of {{customer}} holds {{difference}} € more payments or credit notes than matched invoices (lines {{lines}}). The surplus stays unallocated: match it to an invoice in Relance or correct the matching in your accounting software.',
  },
  'unallocated-credit': {
    fr: '{{customer}} : {{count}} règlement(s) ou avoir(s) pour {{amount}} € ne sont rapprochés d’aucune facture (non lettrés, lignes {{lines}}). Ils sont importés comme crédits non affectés et ne réduisent aucune facture : lettrez-les dans votre logiciel comptable puis réimportez, ou affectez-les dans Relance avant de relancer ce client.',
    en: '{{customer}}: {{count}} payment(s) or credit note(s) for {{amount}} € are not matched to any invoice (not lettered, lines {{lines}}). They are imported as unallocated credits and reduce no invoice: match them in your accounting software and import again, or allocate them in Relance before chasing this customer.',
  },
  'opening-balance': {
    fr: '{{customer}} : le solde reporté de l’exercice précédent (à-nouveaux, {{amount}} €, nombre d’écritures : {{count}}) est importé comme créance, sans le numéro ni la date des factures d’origine. Retrouvez ces factures dans l’exercice précédent avant de relancer ce client pour ce montant.',
    en: '{{customer}}: the balance brought forward from the previous year ({{amount}} €, number of entries: {{count}}) is imported as a debt, without the original invoice numbers and dates. Look these invoices up in the previous year before chasing this customer for that amount.',
  },
  'lettering-opening': {
    fr: '{{customer}} : {{amount}} € de règlements lettrés ({{letters}}) correspondent à des factures de l’exercice précédent ; ils ont été déduits du solde reporté (à-nouveaux) de ce client. Rien à faire si ce solde est bien réglé.',
    en: '{{customer}}: {{amount}} € of matched payments ({{letters}}) relate to invoices of the previous year; they were deducted from this customer’s balance brought forward. Nothing to do if that balance is indeed settled.',
  },
  'piece-date-missing': {
    fr: '{{count}} écriture(s) client sans date de pièce (première à la ligne {{line}}) : la date d’écriture a été utilisée comme date de facture. Vérifiez les échéances de ces factures.',
    en: '{{count}} customer entry(ies) without a document date (first on line {{line}}): the entry date was used as the invoice date. Check the due dates of these invoices.',
  },
  'due-dates-derived': {
    fr: 'Le FEC ne contient pas de dates d’échéance : Relance les a calculées avec votre délai de paiement ({{days}} jours) ou le délai propre du client (nombre de clients concernés : {{overrides}}). Vérifiez ce délai dans les réglages avant d’importer : les relances et les pénalités en dépendent.',
    en: 'The FEC contains no due dates: Relance computed them from your payment terms ({{days}} days) or the customer’s own terms (number of customers concerned: {{overrides}}). Check these terms in the settings before importing: reminders and penalties depend on them.',
  },
  'due-dates-derived_net': {
    fr: 'Le FEC ne contient pas de dates d’échéance : Relance les a calculées avec votre délai de paiement, {{days}} jours net à compter de la date de facture, ou le délai propre du client (nombre de clients concernés : {{overrides}}). Vérifiez ce délai dans les réglages avant d’importer : les relances et les pénalités en dépendent.',
    en: 'The FEC contains no due dates: Relance computed them from your payment terms, {{days}} days net from the invoice date, or the customer’s own terms (number of customers concerned: {{overrides}}). Check these terms in the settings before importing: reminders and penalties depend on them.',
  },
  'due-dates-derived_end-of-month-then-days': {
    fr: 'Le FEC ne contient pas de dates d’échéance : Relance les a calculées avec votre délai de paiement, fin du mois de la facture puis {{days}} jours, ou le délai propre du client (nombre de clients concernés : {{overrides}}). Vérifiez ce délai dans les réglages avant d’importer : les relances et les pénalités en dépendent.',
    en: 'The FEC contains no due dates: Relance computed them from your payment terms, end of the invoice month then {{days}} days, or the customer’s own terms (number of customers concerned: {{overrides}}). Check these terms in the settings before importing: reminders and penalties depend on them.',
  },
  'due-dates-derived_days-then-end-of-month': {
    fr: 'Le FEC ne contient pas de dates d’échéance : Relance les a calculées avec votre délai de paiement, {{days}} jours après la date de facture puis fin de mois, ou le délai propre du client (nombre de clients concernés : {{overrides}}). Vérifiez ce délai dans les réglages avant d’importer : les relances et les pénalités en dépendent.',
    en: 'The FEC contains no due dates: Relance computed them from your payment terms, {{days}} days after the invoice date then end of month, or the customer’s own terms (number of customers concerned: {{overrides}}). Check these terms in the settings before importing: reminders and penalties depend on them.',
  },
};
