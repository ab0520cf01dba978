/** The largest export the import accepts: a year of FEC for a 50-person company fits easily. */
export const IMPORT_MAX_BYTES = 150 * 1024 * 1024;
export const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1).replace('.', ',');
