/** The interaction log and call notes (issue 6): pure domain, no storage, no UI. */
export * from './messages';
export * from './interaction';
