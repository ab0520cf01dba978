/** Paramètres → Taux: the penalty rate tables (filled in by the penalties work). */
export function RatesPanel() {
  return null;
}
