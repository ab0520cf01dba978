/** Account statement (relevé de compte): every invoice and payment with the running balance. */
import { EN_REACH_US, FR_REACH_US, type DefaultTemplateText } from './shared';

export const statementTemplates: DefaultTemplateText[] = [
  {
    kind: 'statement',
    language: 'fr',
    tone: 'cordial',
    subject: 'Relevé de compte au {{today}} – {{customer.name}}',
    body: `{{contact.greeting}}

Veuillez trouver ci-dessous le relevé de votre compte client n° {{customer.reference}} dans nos livres au {{today}} :

{{statement.table}}

{{#if statement.owes}}
Le solde de votre compte s’élève à {{statement.balance}} en notre faveur. Nous vous remercions de bien vouloir le régler{{#if company.iban}} par virement sur notre compte IBAN {{company.iban}}{{#if company.bic}} – BIC {{company.bic}}{{/if}}, en indiquant la référence {{customer.reference}}{{/if}}.
{{else}}
Votre compte ne présente aucune somme due à ce jour.
{{/if}}

Si vous relevez une différence avec votre propre comptabilité, merci de nous l’indiquer en précisant les pièces concernées : nous rapprocherons nos comptes avec vous. Vous pouvez nous joindre${FR_REACH_US}.

Bien cordialement,`,
  },
  {
    kind: 'statement',
    language: 'en',
    tone: 'cordial',
    subject: 'Statement of account at {{today}} – {{customer.name}}',
    body: `{{contact.greeting}}

Please find below the statement of your customer account no. {{customer.reference}} in our books at {{today}}:

{{statement.table}}

{{#if statement.owes}}
Your account shows a balance of {{statement.balance}} in our favour. We would be grateful if you would settle it{{#if company.iban}} by bank transfer to our account IBAN {{company.iban}}{{#if company.bic}} – BIC {{company.bic}}{{/if}}, quoting the reference {{customer.reference}}{{/if}}.
{{else}}
Your account shows no amount due to date.
{{/if}}

If you notice any difference with your own accounts, please tell us which documents are concerned and we will reconcile our accounts with you. You can reach us${EN_REACH_US}.

Kind regards,`,
  },
];
