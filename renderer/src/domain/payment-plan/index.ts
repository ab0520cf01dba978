/** Payment plans in instalments (issue 6, item 4): pure domain, no storage, no UI. */
export * from './messages';
export * from './split';
export * from './schedule-dates';
export * from './plan';
export * from './tracking';
