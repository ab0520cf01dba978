/**
 * First reminder letter (PRODUCT.md, step 5): the courtesy reminder went unanswered. States the
 * invoices and the amount again and sets a date to pay by.
 */
import { EN_HOW_TO_PAY, EN_INVOICE_WORD, EN_REACH_US, FR_HOW_TO_PAY, FR_INVOICE_WORD, FR_REACH_US, type DefaultTemplateText } from './shared';

const frSubject = `Relance – ${FR_INVOICE_WORD} n° {{invoices.numbers}} impayée{{#if invoices.several}}s{{/if}}`;
const enSubject = `Reminder – unpaid ${EN_INVOICE_WORD} {{invoices.numbers}}`;

export const reminder1Templates: DefaultTemplateText[] = [
  {
    kind: 'reminder-1',
    language: 'fr',
    tone: 'cordial',
    subject: frSubject,
    body: `{{contact.greeting}}

Nous revenons vers vous au sujet {{#if invoices.several}}des factures suivantes, dont l’échéance est dépassée{{else}}de la facture suivante, dont l’échéance est dépassée{{/if}} :

{{invoices.table}}

Malgré notre précédent rappel, nous n’avons pas reçu votre règlement de {{totals.late}}. Nous vous remercions de bien vouloir nous le faire parvenir d’ici le {{deadline}}.

${FR_HOW_TO_PAY}

Si vous rencontrez une difficulté, contactez-nous${FR_REACH_US} : nous chercherons ensemble une solution, par exemple un paiement en plusieurs fois.

Si votre règlement nous est parvenu entre-temps, merci de ne pas tenir compte de ce courrier.

Bien cordialement,`,
  },
  {
    kind: 'reminder-1',
    language: 'fr',
    tone: 'ferme',
    subject: frSubject,
    body: `{{contact.greeting}}

Malgré notre précédent rappel, {{#if invoices.several}}les factures suivantes restent impayées{{else}}la facture suivante reste impayée{{/if}} :

{{invoices.table}}

Nous n’avons toujours pas reçu votre règlement de {{totals.late}}. Nous vous demandons de régler cette somme au plus tard le {{deadline}}.

${FR_HOW_TO_PAY}

Sans règlement à cette date, nous vous adresserons une nouvelle relance{{#if customer.isBusiness}}, assortie des pénalités de retard et de l’indemnité forfaitaire pour frais de recouvrement prévues par le Code de commerce{{/if}}.

Pour toute question, vous pouvez nous joindre${FR_REACH_US}. Si votre règlement nous est parvenu entre-temps, merci de ne pas tenir compte de ce courrier.

Cordialement,`,
  },
  {
    kind: 'reminder-1',
    language: 'fr',
    tone: 'formel',
    subject: frSubject,
    body: `{{contact.salutation}},

Sauf erreur de notre part, {{#if invoices.several}}les factures ci-dessous, échues, demeurent impayées{{else}}la facture ci-dessous, échue, demeure impayée{{/if}} malgré notre précédent rappel :

{{invoices.table}}

Nous vous prions de bien vouloir procéder au règlement de la somme de {{totals.late}} au plus tard le {{deadline}}.

${FR_HOW_TO_PAY}

Notre service se tient à votre disposition${FR_REACH_US} pour toute question. Dans le cas où ce règlement aurait été effectué entre-temps, nous vous prions de ne pas tenir compte de la présente.

Nous vous prions d’agréer, {{contact.salutation}}, l’expression de nos salutations distinguées.`,
  },
  {
    kind: 'reminder-1',
    language: 'en',
    tone: 'cordial',
    subject: enSubject,
    body: `{{contact.greeting}}

We are writing to you again about the following {{#if invoices.several}}invoices, which are{{else}}invoice, which is{{/if}} past due:

{{invoices.table}}

Despite our earlier reminder, we have not received your payment of {{totals.late}}. We would be grateful to receive it by {{deadline}}.

${EN_HOW_TO_PAY}

If you are having difficulties, please contact us${EN_REACH_US}: we will look for a solution together, such as payment in instalments.

If your payment has reached us in the meantime, please disregard this letter.

Kind regards,`,
  },
  {
    kind: 'reminder-1',
    language: 'en',
    tone: 'ferme',
    subject: enSubject,
    body: `{{contact.greeting}}

Despite our earlier reminder, the following {{#if invoices.several}}invoices remain{{else}}invoice remains{{/if}} unpaid:

{{invoices.table}}

We have still not received your payment of {{totals.late}}. Please pay it by {{deadline}} at the latest.

${EN_HOW_TO_PAY}

Without payment by that date, we will send you a further reminder{{#if customer.isBusiness}}, including the late-payment interest and the flat recovery indemnity provided for by the French Commercial Code{{/if}}.

For any question, you can reach us${EN_REACH_US}. If your payment has reached us in the meantime, please disregard this letter.

Regards,`,
  },
  {
    kind: 'reminder-1',
    language: 'en',
    tone: 'formel',
    subject: enSubject,
    body: `Dear {{contact.salutation}},

We wish to remind you that the following {{#if invoices.several}}invoices remain unpaid although they are{{else}}invoice remains unpaid although it is{{/if}} past due, despite our earlier reminder:

{{invoices.table}}

We kindly ask you to pay the amount of {{totals.late}} by {{deadline}} at the latest.

${EN_HOW_TO_PAY}

We remain at your disposal${EN_REACH_US} for any question. If payment has been made in the meantime, please disregard this letter.

Yours faithfully,`,
  },
];
