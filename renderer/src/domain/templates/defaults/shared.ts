/**
 * Pieces of text several default templates share, so that how to pay and whom to contact read the
 * same in every letter. They end up inside the templates the user edits: plain template text.
 */
import type { TemplateKind, TemplateLanguage, TemplateTone } from '../kinds';

export interface DefaultTemplateText {
  kind: TemplateKind;
  language: TemplateLanguage;
  tone: TemplateTone;
  subject: string;
  body: string;
}

/** "factures" / "facture" and friends. */
export const FR_INVOICE_WORD = '{{#if invoices.several}}factures{{else}}facture{{/if}}';
export const EN_INVOICE_WORD = '{{#if invoices.several}}invoices{{else}}invoice{{/if}}';

export const FR_HOW_TO_PAY = [
  'Règlement par virement sur notre compte :',
  'IBAN {{company.iban}}{{#if company.bic}} – BIC {{company.bic}}{{/if}}',
  'en indiquant {{#if invoices.several}}les numéros des factures{{else}}le numéro de la facture{{/if}} en référence du virement.',
].join('\n');

export const EN_HOW_TO_PAY = [
  'Payment by bank transfer to our account:',
  'IBAN {{company.iban}}{{#if company.bic}} – BIC {{company.bic}}{{/if}}',
  'quoting the {{#if invoices.several}}invoice numbers{{else}}invoice number{{/if}} as the transfer reference.',
].join('\n');

/** "au 04 72 00 00 00 ou à l'adresse compta@…", whatever the profile holds. */
export const FR_REACH_US =
  '{{#if company.phone}} au {{company.phone}}{{/if}}{{#if company.email}}{{#if company.phone}} ou{{/if}} à l’adresse {{company.email}}{{/if}}';
export const EN_REACH_US =
  '{{#if company.phone}} on {{company.phone}}{{/if}}{{#if company.email}}{{#if company.phone}} or{{/if}} at {{company.email}}{{/if}}';
