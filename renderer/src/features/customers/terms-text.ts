import { useTranslation } from 'react-i18next';
import type { PaymentTerms } from '../../domain/model';

/** "30 jours nets à date de facture", "fin de mois, puis 45 jours"… */
export function useTermsText() {
  const { t } = useTranslation();
  return (terms: PaymentTerms) => t(`customers.terms.${terms.rule}`, { count: terms.days });
}
