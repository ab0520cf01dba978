import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { FieldError } from '../../domain/company-profile';
import type { RateRow } from '../../domain/model';
import { halfYearName } from '../../domain/rates/half-year';
import { formatPercent } from '../../domain/rates/percent';
import { isHalfYearKind } from '../../domain/rates/rate-table';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How the rates screen names periods and rates, and words the validation codes. */
export function useRateText() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  return {
    /** "2e semestre 2026" for a half-year rate, "11/06/2025" for an ECB change. */
    period: (row: Pick<RateRow, 'kind' | 'from'>) => (isHalfYearKind(row.kind) ? capitalise(halfYearName(row.from, language)) : format.date(row.from)),
    percent: (basisPoints: number) => formatPercent(basisPoints, format.locale),
    error: (error: FieldError | undefined) => (error ? t(`rates.errors.${error.code}`, error.params ?? {}) : undefined),
  };
}
