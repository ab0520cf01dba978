/** Paramètres → Courriers: envelope offset, calibration page, e-mail mode (filled in later). */
export function LettersSettingsPanel() {
  return null;
}
