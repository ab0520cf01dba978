import { useTranslation } from 'react-i18next';
import { formatDate, formatDateLong, type IsoDate } from '../domain/dates';
import { formatEuros, type Cents } from '../domain/money';
import { intlLocale } from './i18n';

/**
 * Money, dates and numbers shown in the interface, formatted with Intl for the interface language
 * (fr-FR or en-GB). Screens use this hook rather than calling Intl themselves.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return {
    locale,
    money: (cents: Cents) => formatEuros(cents, locale),
    date: (iso: IsoDate) => formatDate(iso, locale),
    longDate: (iso: IsoDate) => formatDateLong(iso, locale),
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
  };
}
