import type { CompanyProfile } from '../../renderer/src/domain/company-profile';

/** A complete, valid company profile (SIREN Luhn-valid, IBAN mod-97-valid) for letter tests. */
export const SAMPLE_COMPANY: CompanyProfile = {
  name: 'Atelier Bois Créatif',
  legalForm: 'SARL',
  siren: '732829320',
  vatNumber: 'FR44732829320',
  addressLine1: '8 rue de la Forge',
  addressLine2: '',
  postalCode: '69007',
  city: 'Lyon',
  country: 'France',
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPP',
  email: 'compta@atelier-bois.fr',
  phone: '04 78 12 34 56',
  paymentTermsDays: 30,
  paymentTermsRule: 'net',
};
