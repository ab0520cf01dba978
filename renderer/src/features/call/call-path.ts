/** Where the call screen of a customer is, opened for one of its call tasks or not. */
export const callPath = (customerId: string, taskId?: string): string =>
  `/appel/${encodeURIComponent(customerId)}${taskId ? `?tache=${encodeURIComponent(taskId)}` : ''}`;
