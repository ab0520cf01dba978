/**
 * Written follow-up of a phone call (PRODUCT.md, step 4): the customer's next step, ours, the
 * dates, when we check, what happens if the agreement is not kept; the customer is asked to
 * confirm.
 */
import { EN_REACH_US, FR_REACH_US, type DefaultTemplateText } from './shared';

export const callNotesTemplates: DefaultTemplateText[] = [
  {
    kind: 'call-notes',
    language: 'fr',
    tone: 'cordial',
    subject: 'Suite à notre entretien téléphonique du {{call.date}}',
    body: `{{contact.greeting}}

Nous vous remercions pour notre échange téléphonique du {{call.date}}{{#if invoices.any}} au sujet {{#if invoices.several}}des factures{{else}}de la facture{{/if}} n° {{invoices.numbers}}, d’un montant restant dû de {{totals.open}}{{/if}}. Voici ce que nous avons convenu :

1. De votre côté : {{call.theirStep}}
2. De notre côté : {{call.ourStep}}
3. Dates convenues : {{call.dates}}
4. Nous ferons le point le {{call.checkOn}}.
5. Si cet accord n’est pas respecté : {{call.ifBroken}}

Merci de nous confirmer votre accord sur ces points par simple retour. Si un élément ne correspond pas à ce que vous avez compris, dites-le-nous dès réception.

Nous restons à votre disposition${FR_REACH_US}.

Bien cordialement,`,
  },
  {
    kind: 'call-notes',
    language: 'en',
    tone: 'cordial',
    subject: 'Following our phone call of {{call.date}}',
    body: `{{contact.greeting}}

Thank you for our phone conversation of {{call.date}}{{#if invoices.any}} about {{#if invoices.several}}invoices{{else}}invoice{{/if}} {{invoices.numbers}}, with {{totals.open}} still owed{{/if}}. This is what we agreed:

1. On your side: {{call.theirStep}}
2. On our side: {{call.ourStep}}
3. Dates agreed: {{call.dates}}
4. We will check on {{call.checkOn}}.
5. If this agreement is not kept: {{call.ifBroken}}

Please confirm that you agree with these points by simply replying. If anything differs from your understanding, let us know as soon as you receive this.

You can reach us${EN_REACH_US}.

Kind regards,`,
  },
];
