/**
 * Courtesy reminder (PRODUCT.md, step 2), usually by e-mail: firm and factual. The invoice, its due
 * date, "we have not received your payment", when can we expect it, any question about it.
 */
import { EN_HOW_TO_PAY, EN_INVOICE_WORD, EN_REACH_US, FR_HOW_TO_PAY, FR_INVOICE_WORD, FR_REACH_US, type DefaultTemplateText } from './shared';

const frSubject = `Rappel de paiement – ${FR_INVOICE_WORD} n° {{invoices.numbers}}`;
const enSubject = `Payment reminder – ${EN_INVOICE_WORD} {{invoices.numbers}}`;

export const courtesyTemplates: DefaultTemplateText[] = [
  {
    kind: 'courtesy',
    language: 'fr',
    tone: 'cordial',
    subject: frSubject,
    body: `{{contact.greeting}}

Sauf erreur de notre part, nous n’avons pas encore reçu le règlement {{#if invoices.several}}des factures suivantes{{else}}de la facture suivante{{/if}} :

{{invoices.table}}

Il s’agit sans doute d’un simple oubli. Pourriez-vous nous indiquer la date à laquelle nous pouvons compter sur votre règlement de {{totals.late}} ?

Si vous avez une question sur {{#if invoices.several}}ces factures, ou si vous ne les avez pas reçues{{else}}cette facture, ou si vous ne l’avez pas reçue{{/if}}, dites-le-nous simplement : nous vous en adresserons une copie.

${FR_HOW_TO_PAY}

Nous restons à votre disposition${FR_REACH_US}. Si votre règlement nous est parvenu entre-temps, merci de ne pas tenir compte de ce message.

Bien cordialement,`,
  },
  {
    kind: 'courtesy',
    language: 'fr',
    tone: 'ferme',
    subject: frSubject,
    body: `{{contact.greeting}}

{{#if invoices.several}}Les factures suivantes sont échues et n’ont pas été réglées{{else}}La facture suivante est échue et n’a pas été réglée{{/if}} :

{{invoices.table}}

Nous n’avons pas reçu votre règlement de {{totals.late}}. Merci de nous indiquer dès aujourd’hui la date à laquelle il sera effectué.

Si {{#if invoices.several}}l’une de ces factures pose{{else}}cette facture pose{{/if}} un problème, signalez-le-nous sans attendre afin que nous puissions le traiter.

${FR_HOW_TO_PAY}

Vous pouvez nous joindre${FR_REACH_US}. Si votre règlement nous est parvenu entre-temps, merci de ne pas tenir compte de ce message.

Cordialement,`,
  },
  {
    kind: 'courtesy',
    language: 'fr',
    tone: 'formel',
    subject: frSubject,
    body: `{{contact.salutation}},

Sauf erreur ou omission de notre part, {{#if invoices.several}}les factures ci-dessous, échues, demeurent impayées{{else}}la facture ci-dessous, échue, demeure impayée{{/if}} à ce jour :

{{invoices.table}}

Nous vous serions reconnaissants de bien vouloir procéder à {{#if invoices.several}}leur{{else}}son{{/if}} règlement, d’un montant de {{totals.late}}, ou de nous faire connaître la date à laquelle il interviendra.

Pour toute question relative à {{#if invoices.several}}ces factures{{else}}cette facture{{/if}}, notre service reste à votre disposition${FR_REACH_US}.

${FR_HOW_TO_PAY}

Dans le cas où ce règlement aurait été effectué entre-temps, nous vous prions de ne pas tenir compte de la présente.

Nous vous prions d’agréer, {{contact.salutation}}, l’expression de nos salutations distinguées.`,
  },
  {
    kind: 'courtesy',
    language: 'en',
    tone: 'cordial',
    subject: enSubject,
    body: `{{contact.greeting}}

According to our records, we have not yet received payment of the following {{#if invoices.several}}invoices{{else}}invoice{{/if}}:

{{invoices.table}}

This is probably just an oversight. Could you let us know when we can expect your payment of {{totals.late}}?

If you have any question about {{#if invoices.several}}these invoices{{else}}this invoice{{/if}}, or did not receive {{#if invoices.several}}them{{else}}it{{/if}}, just tell us and we will send you a copy.

${EN_HOW_TO_PAY}

You can reach us${EN_REACH_US}. If your payment has reached us in the meantime, please disregard this message.

Kind regards,`,
  },
  {
    kind: 'courtesy',
    language: 'en',
    tone: 'ferme',
    subject: enSubject,
    body: `{{contact.greeting}}

The following {{#if invoices.several}}invoices are overdue and have not been paid{{else}}invoice is overdue and has not been paid{{/if}}:

{{invoices.table}}

We have not received your payment of {{totals.late}}. Please let us know today when it will be made.

If there is a problem with {{#if invoices.several}}any of these invoices{{else}}this invoice{{/if}}, tell us straight away so that we can deal with it.

${EN_HOW_TO_PAY}

You can reach us${EN_REACH_US}. If your payment has reached us in the meantime, please disregard this message.

Regards,`,
  },
  {
    kind: 'courtesy',
    language: 'en',
    tone: 'formel',
    subject: enSubject,
    body: `Dear {{contact.salutation}},

Unless we are mistaken, the following {{#if invoices.several}}invoices remain unpaid although they are{{else}}invoice remains unpaid although it is{{/if}} past due:

{{invoices.table}}

We would be grateful if you would settle the amount of {{totals.late}}, or let us know the date on which payment will be made.

For any question about {{#if invoices.several}}these invoices{{else}}this invoice{{/if}}, please contact us${EN_REACH_US}.

${EN_HOW_TO_PAY}

If payment has been made in the meantime, please disregard this letter.

Yours faithfully,`,
  },
];
