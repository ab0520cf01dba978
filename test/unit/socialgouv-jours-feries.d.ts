// @socialgouv/jours-feries 2.0.0 ships no types. Its dates are JS Dates at LOCAL midnight.
declare module '@socialgouv/jours-feries' {
  /** Holiday name ("Lundi de Pâques") → date; `alsace` adds "Vendredi Saint" and "Saint Étienne". */
  export default function getJoursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
