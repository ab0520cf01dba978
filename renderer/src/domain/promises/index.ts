/** Promises to pay taken on a call (issue 6): pure domain, no storage, no UI. */
export * from './messages';
export * from './promise';
