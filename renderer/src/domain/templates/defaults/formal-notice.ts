/**
 * Formal notice (mise en demeure), sent as a registered letter with acknowledgement of receipt.
 * Carries every mention of LEGAL-FR "Formal notice": the words "mise en demeure"; creditor (name,
 * legal form, SIREN, address) and debtor; the invoices with numbers, dates, due dates and amounts;
 * the total claimed with penalties and the 40 € indemnity stated separately (indemnity for a
 * business debtor only); a deadline; how to pay; the consequence (injonction de payer). Place,
 * date and signature are printed by the letter layout from the letter spec.
 */
import type { DefaultTemplateText } from './shared';

export const formalNoticeTemplates: DefaultTemplateText[] = [
  {
    kind: 'formal-notice',
    language: 'fr',
    tone: 'formel',
    subject: 'Mise en demeure de payer – {{#if invoices.several}}factures{{else}}facture{{/if}} n° {{invoices.numbers}}',
    body: `**MISE EN DEMEURE**

{{contact.salutation}},

Créancier : {{company.name}}, {{company.legalForm}}, SIREN {{company.siren}}, {{company.addressLine}}.
Débiteur : {{customer.name}}{{#if customer.siren}}, SIREN {{customer.siren}}{{/if}}, {{customer.addressLine}}.

Malgré nos relances, vous restez redevable envers nous {{#if invoices.several}}des factures suivantes, échues et non réglées{{else}}de la facture suivante, échue et non réglée{{/if}} :

{{invoices.table}}

{{#if customer.isBusiness}}
La somme réclamée se décompose ainsi :
– principal restant dû : {{totals.late}} ;
– pénalités de retard arrêtées au {{today}} (article L441-10 du Code de commerce), calculées {{penalties.rate}} : {{penalties.interest}} ;
– indemnité forfaitaire pour frais de recouvrement de {{penalties.indemnityPerInvoice}} par facture (article D441-5 du Code de commerce) : {{penalties.indemnity}} ;
soit un total de {{penalties.claimed}}.
{{else}}
La somme réclamée correspond au principal restant dû sur {{#if invoices.several}}ces factures{{else}}cette facture{{/if}}, soit un total de {{penalties.claimed}}.
{{/if}}

Par la présente, nous vous mettons en demeure, conformément à l’article 1344 du Code civil, de nous régler la somme de {{penalties.claimed}} dans un délai de {{deadline.days}} jours, soit au plus tard le {{deadline}}.

Le règlement est à effectuer par virement sur notre compte :
IBAN {{company.iban}}{{#if company.bic}} – BIC {{company.bic}}{{/if}}
en indiquant {{#if invoices.several}}les numéros des factures{{else}}le numéro de la facture{{/if}} en référence.

{{#if customer.isConsumer}}
À compter de la présente mise en demeure, les sommes dues portent intérêts au taux légal (article 1231-6 du Code civil).

{{/if}}
À défaut de règlement intégral dans ce délai, nous saisirons sans autre avis la juridiction compétente, notamment par une requête en injonction de payer, afin d’obtenir le recouvrement forcé de notre créance. Les frais engagés pourront être mis à votre charge.

Nous vous prions d’agréer, {{contact.salutation}}, l’expression de nos salutations distinguées.`,
  },
  {
    kind: 'formal-notice',
    language: 'en',
    tone: 'formel',
    subject: 'Formal notice to pay (mise en demeure) – {{#if invoices.several}}invoices{{else}}invoice{{/if}} {{invoices.numbers}}',
    body: `**FORMAL NOTICE (MISE EN DEMEURE)**

Dear {{contact.salutation}},

Creditor: {{company.name}}, {{company.legalForm}}, SIREN {{company.siren}}, {{company.addressLine}}.
Debtor: {{customer.name}}{{#if customer.siren}}, SIREN {{customer.siren}}{{/if}}, {{customer.addressLine}}.

Despite our reminders, you still owe us the following {{#if invoices.several}}invoices, which are overdue and unpaid{{else}}invoice, which is overdue and unpaid{{/if}}:

{{invoices.table}}

{{#if customer.isBusiness}}
The amount claimed is made up as follows:
– principal owed: {{totals.late}};
– late-payment interest to {{today}} (article L441-10 of the French Commercial Code), calculated {{penalties.rate}}: {{penalties.interest}};
– flat recovery indemnity of {{penalties.indemnityPerInvoice}} per invoice (article D441-5 of the French Commercial Code): {{penalties.indemnity}};
a total of {{penalties.claimed}}.
{{else}}
The amount claimed is the principal still owed on {{#if invoices.several}}these invoices{{else}}this invoice{{/if}}, a total of {{penalties.claimed}}.
{{/if}}

We hereby give you formal notice, under article 1344 of the French Civil Code, to pay us the amount of {{penalties.claimed}} within {{deadline.days}} days, that is by {{deadline}} at the latest.

Payment is to be made by bank transfer to our account:
IBAN {{company.iban}}{{#if company.bic}} – BIC {{company.bic}}{{/if}}
quoting the {{#if invoices.several}}invoice numbers{{else}}invoice number{{/if}} as the reference.

{{#if customer.isConsumer}}
From the date of this formal notice, interest runs on the amounts due at the French statutory interest rate (article 1231-6 of the French Civil Code).

{{/if}}
Failing full payment within this time, we will apply to the competent court without further notice, in particular for an order to pay (injonction de payer), to enforce the recovery of our claim. The costs incurred may be charged to you.

Yours faithfully,`,
  },
];
