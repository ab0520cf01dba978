/**
 * Payment plan agreement: the debt acknowledged, the instalments, the total, what happens if an
 * instalment is missed, and signature lines for both parties (the letter's own signature block is
 * left out for this kind, see letters/compose.ts).
 */
import type { DefaultTemplateText } from './shared';

export const planAgreementTemplates: DefaultTemplateText[] = [
  {
    kind: 'plan-agreement',
    language: 'fr',
    tone: 'formel',
    subject: 'Accord d’échéancier de paiement – {{customer.name}}',
    body: `**ACCORD D’ÉCHÉANCIER DE PAIEMENT**

Entre {{company.name}}, {{company.legalForm}}, SIREN {{company.siren}}, {{company.addressLine}}, ci-après « le créancier »,
et {{customer.name}}{{#if customer.siren}}, SIREN {{customer.siren}}{{/if}}, {{customer.addressLine}}, ci-après « le débiteur ».

{{#if invoices.any}}
Le débiteur reconnaît devoir au créancier la somme de {{totals.open}} au titre {{#if invoices.several}}des factures suivantes{{else}}de la facture suivante{{/if}} :

{{invoices.table}}

{{/if}}
{{#if plan.penaltiesIncluded}}
S’y ajoutent {{plan.penalties}} de pénalités de retard et d’indemnité forfaitaire pour frais de recouvrement, que le débiteur reconnaît également devoir.

{{/if}}
{{#if plan.penaltiesWaived}}
Le créancier renonce aux pénalités de retard et à l’indemnité forfaitaire pour frais de recouvrement, soit {{plan.penalties}}, à la condition que l’échéancier ci-dessous soit entièrement respecté ; à défaut, elles redeviennent exigibles.

{{/if}}
Le créancier accepte que la somme de {{plan.total}} soit réglée {{#if plan.single}}en une seule échéance{{else}}en {{plan.count}} échéances {{plan.frequency}}{{/if}}, de la façon suivante :

{{plan.table}}

{{#if plan.remainder}}
{{plan.remainder}}

{{/if}}
Chaque échéance est payable à sa date par virement sur le compte du créancier :
IBAN {{company.iban}}{{#if company.bic}} – BIC {{company.bic}}{{/if}}
en indiquant la référence {{customer.reference}}.

Tant que les échéances sont réglées à leur date, le créancier suspend toute action de recouvrement. Si une échéance n’est pas réglée à sa date et reste impayée huit jours après une simple relance, la totalité des sommes restant dues deviendra immédiatement exigible et le créancier pourra engager une procédure de recouvrement, notamment par voie d’injonction de payer, sans autre mise en demeure.

Le débiteur peut à tout moment régler par anticipation tout ou partie du solde.

Fait en deux exemplaires, le {{today}}.

Pour le créancier, {{company.name}}
{{sender.name}}{{#if sender.role}}, {{sender.role}}{{/if}}
Signature :
______________________________

Pour le débiteur, {{customer.name}}
Nom et qualité du signataire : ______________________________
Mention manuscrite « Bon pour accord et reconnaissance de dette de [somme en toutes lettres] euros ({{plan.total}}) » :
______________________________
Date et signature :
______________________________`,
  },
  {
    kind: 'plan-agreement',
    language: 'en',
    tone: 'formel',
    subject: 'Payment plan agreement – {{customer.name}}',
    body: `**PAYMENT PLAN AGREEMENT**

Between {{company.name}}, {{company.legalForm}}, SIREN {{company.siren}}, {{company.addressLine}}, hereinafter “the creditor”,
and {{customer.name}}{{#if customer.siren}}, SIREN {{customer.siren}}{{/if}}, {{customer.addressLine}}, hereinafter “the debtor”.

{{#if invoices.any}}
The debtor acknowledges owing the creditor the amount of {{totals.open}} for the following {{#if invoices.several}}invoices{{else}}invoice{{/if}}:

{{invoices.table}}

{{/if}}
{{#if plan.penaltiesIncluded}}
To this are added {{plan.penalties}} of late-payment penalties and the flat recovery indemnity, which the debtor also acknowledges owing.

{{/if}}
{{#if plan.penaltiesWaived}}
The creditor waives the late-payment penalties and the flat recovery indemnity, {{plan.penalties}}, on condition that the schedule below is kept in full; otherwise they become payable again.

{{/if}}
The creditor agrees that the amount of {{plan.total}} be paid {{#if plan.single}}in a single instalment{{else}}in {{plan.count}} instalments{{#if plan.frequency}} ({{plan.frequency}}){{/if}}{{/if}}, as follows:

{{plan.table}}

{{#if plan.remainder}}
{{plan.remainder}}

{{/if}}
Each instalment is payable on its date by bank transfer to the creditor’s account:
IBAN {{company.iban}}{{#if company.bic}} – BIC {{company.bic}}{{/if}}
quoting the reference {{customer.reference}}.

As long as the instalments are paid on time, the creditor suspends all recovery action. If an instalment is not paid on its date and remains unpaid eight days after a reminder, the whole balance becomes immediately payable and the creditor may start recovery proceedings, in particular an order to pay (injonction de payer), without further formal notice.

The debtor may pay all or part of the balance early at any time.

Made in two copies on {{today}}.

For the creditor, {{company.name}}
{{sender.name}}{{#if sender.role}}, {{sender.role}}{{/if}}
Signature:
______________________________

For the debtor, {{customer.name}}
Name and position of the signatory: ______________________________
Handwritten words “Read and approved, acknowledgement of a debt of [amount in words] euros ({{plan.total}})”:
______________________________
Date and signature:
______________________________`,
  },
];
