/**
 * Second reminder (PRODUCT.md, step 5): states the late-payment penalties and, for a business
 * debtor only, the 40 € flat recovery indemnity per invoice (LEGAL-FR); announces the formal notice.
 */
import { EN_HOW_TO_PAY, EN_INVOICE_WORD, EN_REACH_US, FR_HOW_TO_PAY, FR_INVOICE_WORD, FR_REACH_US, type DefaultTemplateText } from './shared';

const frSubject = `Deuxième relance – ${FR_INVOICE_WORD} n° {{invoices.numbers}}`;
const enSubject = `Second reminder – ${EN_INVOICE_WORD} {{invoices.numbers}}`;

/** What the law adds to the debt of a business debtor, and the amount due with it. */
const FR_PENALTIES = `{{#if customer.isBusiness}}
Conformément à l’article L441-10 du Code de commerce, tout retard de paiement entraîne de plein droit des pénalités de retard, calculées {{penalties.rate}}, ainsi qu’une indemnité forfaitaire pour frais de recouvrement de {{penalties.indemnityPerInvoice}} par facture.{{#if penalties.any}} À ce jour, les pénalités s’élèvent à {{penalties.interest}} et les indemnités à {{penalties.indemnity}}, soit, avec le principal échu de {{totals.late}}, un total dû de {{penalties.claimed}}.{{/if}}
{{else}}
{{#if invoices.several}}Ces factures sont exigibles depuis leur échéance, le {{invoices.oldestDueDate}} pour la plus ancienne.{{else}}Cette facture est exigible depuis le {{invoices.oldestDueDate}}.{{/if}}
{{/if}}`;

const EN_PENALTIES = `{{#if customer.isBusiness}}
Under article L441-10 of the French Commercial Code, late payment automatically incurs late-payment interest, calculated {{penalties.rate}}, and a flat recovery indemnity of {{penalties.indemnityPerInvoice}} per invoice.{{#if penalties.any}} To date, the interest amounts to {{penalties.interest}} and the indemnities to {{penalties.indemnity}}: with the overdue principal of {{totals.late}}, a total due of {{penalties.claimed}}.{{/if}}
{{else}}
{{#if invoices.several}}These invoices have been payable since their due dates, the oldest since {{invoices.oldestDueDate}}.{{else}}This invoice has been payable since {{invoices.oldestDueDate}}.{{/if}}
{{/if}}`;

export const reminder2Templates: DefaultTemplateText[] = [
  {
    kind: 'reminder-2',
    language: 'fr',
    tone: 'cordial',
    subject: frSubject,
    body: `{{contact.greeting}}

Malgré nos précédentes relances, {{#if invoices.several}}les factures suivantes restent impayées{{else}}la facture suivante reste impayée{{/if}} :

{{invoices.table}}

${FR_PENALTIES}

Nous vous remercions de régler la somme de {{penalties.claimed}} au plus tard le {{deadline}}.

${FR_HOW_TO_PAY}

Nous tenons à la qualité de notre relation : si vous rencontrez une difficulté, contactez-nous${FR_REACH_US} afin que nous convenions ensemble d’une solution. À défaut de règlement ou d’accord à cette date, nous serons contraints de vous adresser une mise en demeure.

Bien cordialement,`,
  },
  {
    kind: 'reminder-2',
    language: 'fr',
    tone: 'ferme',
    subject: frSubject,
    body: `{{contact.greeting}}

Malgré nos relances, {{#if invoices.several}}les factures suivantes restent impayées{{else}}la facture suivante reste impayée{{/if}} :

{{invoices.table}}

${FR_PENALTIES}

Nous vous demandons de régler la somme de {{penalties.claimed}} au plus tard le {{deadline}}.

${FR_HOW_TO_PAY}

Sans règlement à cette date, nous vous adresserons une mise en demeure par lettre recommandée avec accusé de réception, puis nous engagerons une procédure de recouvrement judiciaire.

Pour toute question, vous pouvez nous joindre${FR_REACH_US}.

Cordialement,`,
  },
  {
    kind: 'reminder-2',
    language: 'fr',
    tone: 'formel',
    subject: frSubject,
    body: `{{contact.salutation}},

En dépit de nos précédentes relances, {{#if invoices.several}}les factures ci-dessous demeurent impayées{{else}}la facture ci-dessous demeure impayée{{/if}} à ce jour :

{{invoices.table}}

${FR_PENALTIES}

Nous vous prions de bien vouloir procéder au règlement de la somme de {{penalties.claimed}} au plus tard le {{deadline}}.

${FR_HOW_TO_PAY}

Notre service se tient à votre disposition${FR_REACH_US} pour toute question. À défaut de règlement à cette date, nous nous verrons contraints de vous adresser une mise en demeure de payer.

Nous vous prions d’agréer, {{contact.salutation}}, l’expression de nos salutations distinguées.`,
  },
  {
    kind: 'reminder-2',
    language: 'en',
    tone: 'cordial',
    subject: enSubject,
    body: `{{contact.greeting}}

Despite our earlier reminders, the following {{#if invoices.several}}invoices remain{{else}}invoice remains{{/if}} unpaid:

{{invoices.table}}

${EN_PENALTIES}

Please pay the amount of {{penalties.claimed}} by {{deadline}} at the latest.

${EN_HOW_TO_PAY}

We value our relationship: if you are having difficulties, contact us${EN_REACH_US} so that we can agree on a solution together. Without payment or an agreement by that date, we will have to send you a formal notice.

Kind regards,`,
  },
  {
    kind: 'reminder-2',
    language: 'en',
    tone: 'ferme',
    subject: enSubject,
    body: `{{contact.greeting}}

Despite our reminders, the following {{#if invoices.several}}invoices remain{{else}}invoice remains{{/if}} unpaid:

{{invoices.table}}

${EN_PENALTIES}

We require payment of {{penalties.claimed}} by {{deadline}} at the latest.

${EN_HOW_TO_PAY}

Without payment by that date, we will send you a formal notice by registered letter with acknowledgement of receipt, and then start court proceedings to recover the debt.

For any question, you can reach us${EN_REACH_US}.

Regards,`,
  },
  {
    kind: 'reminder-2',
    language: 'en',
    tone: 'formel',
    subject: enSubject,
    body: `Dear {{contact.salutation}},

Despite our earlier reminders, the following {{#if invoices.several}}invoices remain{{else}}invoice remains{{/if}} unpaid to date:

{{invoices.table}}

${EN_PENALTIES}

We kindly ask you to pay the amount of {{penalties.claimed}} by {{deadline}} at the latest.

${EN_HOW_TO_PAY}

We remain at your disposal${EN_REACH_US} for any question. Failing payment by that date, we will be obliged to send you a formal notice to pay.

Yours faithfully,`,
  },
];
