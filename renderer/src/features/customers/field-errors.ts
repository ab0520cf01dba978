import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { FieldError } from '../../domain/company-profile';

/**
 * Turns the domain's error codes into French (or English) sentences. Parameters named `…Cents`
 * are amounts: they are formatted as money and passed without the suffix ({ openCents } → {{open}}).
 */
export function useFieldErrors() {
  const { t } = useTranslation();
  const format = useFormat();
  const message = (error: FieldError | undefined): string | undefined => {
    if (!error) return undefined;
    const params: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(error.params ?? {})) {
      if (key.endsWith('Cents') && typeof value === 'number') params[key.slice(0, -'Cents'.length)] = format.money(value);
      else params[key] = value;
    }
    return t(`customers.errors.${error.code}`, params);
  };
  /** A whole error record, as @mantine/form's setErrors wants it. */
  const messages = <K extends string>(errors: Partial<Record<K, FieldError>>): Record<string, string> =>
    Object.fromEntries(
      Object.entries(errors).flatMap(([field, error]) => {
        const text = message(error as FieldError | undefined);
        return text ? [[field, text]] : [];
      }),
    );
  return { message, messages };
}
