/** Paramètres → Modèles: the letter and e-mail templates (filled in by the templates work). */
export function TemplatesPanel() {
  return null;
}
