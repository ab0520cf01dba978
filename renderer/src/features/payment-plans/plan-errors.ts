import { useTranslation } from 'react-i18next';
import type { AmountError } from '../../domain/money';
import { planErrorMessage, type PlanError, type PlanField } from '../../domain/payment-plan';

/** The domain's plan errors in the interface language, picked by field. */
export function usePlanErrors(errors: readonly PlanError[]) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const of = (field: PlanField, keep: (e: PlanError) => boolean = () => true): string[] =>
    errors.filter((e) => e.field === field && keep(e)).map((e) => planErrorMessage(e, locale));
  /** Messages of a field as one text for a Mantine `error` prop (undefined when none). */
  const text = (field: PlanField, keep?: (e: PlanError) => boolean): string | undefined => {
    const messages = of(field, keep);
    return messages.length > 0 ? messages.join(' ') : undefined;
  };
  const amount = (error: AmountError): string => t(`paymentPlans.amountErrors.${error}`);
  return { of, text, amount };
}
