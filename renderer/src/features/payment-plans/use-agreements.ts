import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../db/database';
import type { Id, PaymentPlan, PaymentPromise } from '../../domain/model';

export interface CustomerAgreements {
  /** Newest first. */
  plans: PaymentPlan[];
  /** Newest promised date first. */
  promises: PaymentPromise[];
}

/** The customer's payment plans and promises, followed live (a plan saved, a review run). */
export function useCustomerAgreements(customerId: Id): CustomerAgreements | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const [plans, promises] = await Promise.all([
      db.plans.where('customerId').equals(customerId).toArray(),
      db.promises.where('customerId').equals(customerId).toArray(),
    ]);
    plans.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (b.history?.length ?? 0) - (a.history?.length ?? 0));
    promises.sort((a, b) => b.promisedDate.localeCompare(a.promisedDate));
    return { plans, promises };
  }, [customerId]);
}

/** How many plans and promises the customer has, for the tab label. */
export function useAgreementCount(customerId: Id): number {
  const agreements = useCustomerAgreements(customerId);
  return agreements ? agreements.plans.length + agreements.promises.length : 0;
}
