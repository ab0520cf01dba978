import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../db/database';
import { readSetting } from '../../db/settings';
import { companyTerms } from '../../domain/customer-invoice-entry';
import type { PaymentTerms } from '../../domain/model';
import { COMPANY_KEY } from '../settings/company-store';

/** The company's default payment terms (Paramètres → Entreprise), 30 days net until saved. */
export function useCompanyTerms(): PaymentTerms {
  const profile = useLiveQuery(() => readSetting<{ paymentTermsDays?: unknown; paymentTermsRule?: unknown }>(database(), COMPANY_KEY), []);
  return companyTerms(profile);
}
