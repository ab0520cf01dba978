import type { RelanceDatabase } from '../../db/database';
import { loadLetterSettings } from '../../db/letter-settings';
import { loadRates } from '../../db/rates';
import { readSetting } from '../../db/settings';
import { loadTemplates } from '../../db/templates';
import type { CompanyProfile } from '../../domain/company-profile';
import type { LetterSources } from '../../domain/letter-request';
import type { Id } from '../../domain/model';
import { COMPANY_KEY, loadCompanyLogo } from '../settings/company-store';

/**
 * Everything a letter to one customer is made from, read once when the composer opens (not
 * followed live: the preview must not change under the user's eyes while an import runs).
 * Null when the customer does not exist.
 */
export async function loadLetterSources(db: RelanceDatabase, customerId: Id): Promise<LetterSources | null> {
  const [customer, invoices, payments, company, logo, settings, rates, templates] = await Promise.all([
    db.customers.get(customerId),
    db.invoices.where('customerId').equals(customerId).toArray(),
    db.payments.where('customerId').equals(customerId).toArray(),
    readSetting<CompanyProfile>(db, COMPANY_KEY),
    loadCompanyLogo(db),
    loadLetterSettings(db),
    loadRates(db),
    loadTemplates(db),
  ]);
  if (!customer) return null;
  return {
    company: company ?? null,
    logo: logo ? { type: logo.mimeType === 'image/png' ? 'png' : 'jpeg', bytes: logo.bytes } : null,
    customer,
    invoices,
    payments,
    rates,
    templates,
    settings,
  };
}
