/** Late-payment penalties: computation (compute.ts), stored data (invoices.ts), texts (messages.ts). */
export * from './compute';
export * from './invoices';
export * from './messages';
