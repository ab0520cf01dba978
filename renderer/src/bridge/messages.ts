import type { TFunction } from 'i18next';
import type { BridgeError } from '../../../electron/contract';

/** The user-facing sentence for a failed call to main, in the interface language. */
export function bridgeErrorMessage(t: TFunction, error: BridgeError): string {
  return t(`errors.bridge.${error.code}`, { field: error.details?.field ?? '' });
}
