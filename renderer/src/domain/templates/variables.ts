/**
 * Every variable a template may use, with what it holds in French and English. The editor lists
 * them for insertion, the parser checks names against them, and letters/context.ts fills them in.
 *
 * Three types: `text` is printed; `flag` is a yes/no used only as a condition
 * (`{{#if customer.isBusiness}}`); `table` is printed as a table when alone on its line in a letter
 * and as one plain line per row otherwise (e-mails, inside a sentence).
 */
import type { TemplateKind } from './kinds';

export type VariableType = 'text' | 'flag' | 'table';

export const VARIABLE_GROUPS = [
  'company',
  'customer',
  'contact',
  'invoices',
  'totals',
  'penalties',
  'dates',
  'sender',
  'call',
  'plan',
  'statement',
] as const;
export type VariableGroup = (typeof VARIABLE_GROUPS)[number];

export interface TemplateVariable {
  name: string;
  type: VariableType;
  group: VariableGroup;
  description: { fr: string; en: string };
  /** Only in these kinds of template; every kind when absent. */
  kinds?: readonly TemplateKind[];
}

const v = (
  name: string,
  type: VariableType,
  group: VariableGroup,
  fr: string,
  en: string,
  kinds?: readonly TemplateKind[],
): TemplateVariable => (kinds ? { name, type, group, description: { fr, en }, kinds } : { name, type, group, description: { fr, en } });

const CALL: readonly TemplateKind[] = ['call-notes'];
const PLAN: readonly TemplateKind[] = ['plan-agreement'];
const STATEMENT: readonly TemplateKind[] = ['statement'];

export const TEMPLATE_VARIABLES: readonly TemplateVariable[] = [
  v('company.name', 'text', 'company', 'Nom de votre entreprise', 'Your company name'),
  v('company.legalForm', 'text', 'company', 'Forme juridique (SARL, SAS…)', 'Legal form (SARL, SAS…)'),
  v('company.siren', 'text', 'company', 'SIREN de votre entreprise', 'Your SIREN number'),
  v('company.vatNumber', 'text', 'company', 'Numéro de TVA intracommunautaire', 'Your VAT number'),
  v('company.address', 'text', 'company', 'Adresse, une ligne par rangée', 'Address, one line per row'),
  v('company.addressLine', 'text', 'company', 'Adresse sur une seule ligne', 'Address on one line'),
  v('company.city', 'text', 'company', 'Ville du siège', 'City'),
  v('company.iban', 'text', 'company', 'IBAN, groupé par 4 caractères', 'IBAN, in groups of 4'),
  v('company.bic', 'text', 'company', 'BIC de la banque', 'Bank BIC'),
  v('company.email', 'text', 'company', 'Adresse e-mail', 'E-mail address'),
  v('company.phone', 'text', 'company', 'Téléphone', 'Phone number'),

  v('customer.name', 'text', 'customer', 'Nom du client', 'Customer name'),
  v('customer.reference', 'text', 'customer', 'Référence du client (compte auxiliaire)', 'Customer reference (account)'),
  v('customer.address', 'text', 'customer', 'Adresse du client, une ligne par rangée', 'Customer address, one line per row'),
  v('customer.addressLine', 'text', 'customer', 'Adresse du client sur une seule ligne', 'Customer address on one line'),
  v('customer.siren', 'text', 'customer', 'SIREN du client', 'Customer SIREN number'),
  v('customer.vatNumber', 'text', 'customer', 'Numéro de TVA du client', 'Customer VAT number'),
  v('customer.isBusiness', 'flag', 'customer', 'Oui si le client est un professionnel', 'Yes when the customer is a business'),
  v('customer.isConsumer', 'flag', 'customer', 'Oui si le client est un particulier', 'Yes when the customer is a consumer'),

  v('contact.name', 'text', 'contact', 'Nom du contact choisi', 'Name of the chosen contact'),
  v('contact.role', 'text', 'contact', 'Fonction du contact', 'Role of the contact'),
  v(
    'contact.greeting',
    'text',
    'contact',
    'Formule d’appel : « Madame, Monsieur, » sans nom de contact',
    'Greeting: “Dear Sir or Madam,” without a contact name',
  ),
  v(
    'contact.salutation',
    'text',
    'contact',
    'Civilité pour la formule de politesse : « Madame, Monsieur »',
    'Form of address for the closing: “Sir or Madam”',
  ),
  v('contact.attention', 'text', 'contact', '« À l’attention de … » (vide sans contact)', '“For the attention of …” (empty without a contact)'),

  v('invoices.count', 'text', 'invoices', 'Nombre de factures concernées', 'Number of invoices concerned'),
  v('invoices.any', 'flag', 'invoices', 'Oui s’il y a au moins une facture', 'Yes when there is at least one invoice'),
  v('invoices.several', 'flag', 'invoices', 'Oui s’il y a plusieurs factures', 'Yes when there are several invoices'),
  v('invoices.table', 'table', 'invoices', 'Tableau des factures (seul sur sa ligne)', 'Table of the invoices (alone on its line)'),
  v(
    'invoices.list',
    'text',
    'invoices',
    'Liste des factures, une ligne par facture : « N° FA-001 du 12/03/2026, échue le 11/04/2026 : 1 234,56 € »',
    'List of the invoices, one line each: “No. FA-001 of 12/03/2026, due 11/04/2026: €1,234.56”',
  ),
  v('invoices.numbers', 'text', 'invoices', 'Numéros des factures : « FA-001, FA-002 »', 'Invoice numbers: “FA-001, FA-002”'),
  v('invoices.oldestDueDate', 'text', 'invoices', 'Échéance la plus ancienne', 'Oldest due date'),
  v('invoices.oldestDaysLate', 'text', 'invoices', 'Jours de retard de la plus ancienne', 'Days late of the oldest invoice'),

  v('totals.open', 'text', 'totals', 'Total restant dû des factures', 'Total still owed on the invoices'),
  v('totals.late', 'text', 'totals', 'Total échu (en retard)', 'Total overdue'),

  v('penalties.any', 'flag', 'penalties', 'Oui si des pénalités ou indemnités sont réclamées', 'Yes when penalties or indemnities are claimed'),
  v('penalties.hasInterest', 'flag', 'penalties', 'Oui si des intérêts de retard sont réclamés', 'Yes when late-payment interest is claimed'),
  v('penalties.hasIndemnity', 'flag', 'penalties', 'Oui si l’indemnité forfaitaire est réclamée', 'Yes when the flat indemnity is claimed'),
  v('penalties.interest', 'text', 'penalties', 'Total des pénalités de retard', 'Total late-payment interest'),
  v('penalties.indemnity', 'text', 'penalties', 'Total des indemnités forfaitaires (40 € par facture)', 'Total flat indemnities (€40 per invoice)'),
  v('penalties.indemnityPerInvoice', 'text', 'penalties', 'Indemnité forfaitaire par facture : 40,00 €', 'Flat indemnity per invoice: €40.00'),
  v(
    'penalties.rate',
    'text',
    'penalties',
    'Taux des pénalités, à placer après « calculées » : « au taux de 12,15 % l’an »',
    'Penalty rate, to follow “calculated”: “at 12.15% a year”',
  ),
  v(
    'penalties.claimed',
    'text',
    'penalties',
    'Total réclamé : échu + pénalités + indemnités',
    'Total claimed: overdue + interest + indemnities',
  ),

  v('today', 'text', 'dates', 'Date du jour : « 30 novembre 2026 »', 'Today: “30 November 2026”'),
  v('deadline', 'text', 'dates', 'Date limite de paiement (aujourd’hui + délai)', 'Payment deadline (today + delay)'),
  v('deadline.days', 'text', 'dates', 'Délai de paiement accordé, en jours', 'Days given to pay'),

  v('sender.name', 'text', 'sender', 'Nom du signataire', 'Name of the signatory'),
  v('sender.role', 'text', 'sender', 'Fonction du signataire', 'Role of the signatory'),

  v('call.date', 'text', 'call', 'Date de l’appel', 'Date of the call', CALL),
  v('call.theirStep', 'text', 'call', 'Ce que le client s’est engagé à faire', 'What the customer agreed to do', CALL),
  v('call.ourStep', 'text', 'call', 'Ce que nous nous sommes engagés à faire', 'What we agreed to do', CALL),
  v('call.dates', 'text', 'call', 'Les dates convenues', 'The dates agreed', CALL),
  v('call.checkOn', 'text', 'call', 'Date à laquelle nous vérifierons', 'When we will check', CALL),
  v('call.ifBroken', 'text', 'call', 'Ce qui se passera si l’accord n’est pas tenu', 'What happens if the agreement is not kept', CALL),

  v('plan.table', 'table', 'plan', 'Tableau des échéances (seul sur sa ligne)', 'Table of the instalments (alone on its line)', PLAN),
  v('plan.count', 'text', 'plan', 'Nombre d’échéances', 'Number of instalments', PLAN),
  v('plan.total', 'text', 'plan', 'Montant total de l’échéancier', 'Total of the plan', PLAN),
  v('plan.firstDate', 'text', 'plan', 'Date de la première échéance', 'Date of the first instalment', PLAN),
  v('plan.lastDate', 'text', 'plan', 'Date de la dernière échéance', 'Date of the last instalment', PLAN),
  v('plan.frequency', 'text', 'plan', 'Rythme des échéances : « mensuelles »', 'Frequency: “monthly”', PLAN),
  v('plan.remainder', 'text', 'plan', 'Note sur l’arrondi des échéances', 'Note on the rounding of the instalments', PLAN),
  v('plan.single', 'flag', 'plan', 'Oui si le plan tient en une seule échéance', 'Yes when the plan is a single instalment', PLAN),
  v('plan.penaltiesIncluded', 'flag', 'plan', 'Oui si les pénalités de retard sont incluses dans les échéances', 'Yes when late-payment penalties are included in the instalments', PLAN),
  v('plan.penaltiesWaived', 'flag', 'plan', 'Oui si le créancier renonce aux pénalités de retard', 'Yes when the creditor waives the late-payment penalties', PLAN),
  v('plan.penalties', 'text', 'plan', 'Montant des pénalités incluses ou abandonnées', 'Amount of the penalties included or waived', PLAN),

  v('statement.table', 'table', 'statement', 'Relevé de compte avec solde progressif (seul sur sa ligne)', 'Account statement with running balance (alone on its line)', STATEMENT),
  v('statement.balance', 'text', 'statement', 'Solde du compte', 'Account balance', STATEMENT),
  v('statement.owes', 'flag', 'statement', 'Oui si le client nous doit de l’argent', 'Yes when the customer owes money', STATEMENT),
];

const BY_NAME = new Map(TEMPLATE_VARIABLES.map((variable) => [variable.name, variable]));

export function findVariable(name: string): TemplateVariable | undefined {
  return BY_NAME.get(name);
}

export function isAvailable(variable: TemplateVariable, kind: TemplateKind | undefined): boolean {
  return kind === undefined || variable.kinds === undefined || variable.kinds.includes(kind);
}

/** The variables a template of this kind may use, in catalogue order (grouped). */
export function variablesFor(kind: TemplateKind): TemplateVariable[] {
  return TEMPLATE_VARIABLES.filter((variable) => isAvailable(variable, kind));
}
