/** What the user reads about the interaction log and call notes, French first. */

export type InteractionErrorCode = 'emptySummary' | 'unchangedSummary' | 'notSameDay' | 'emptyNote';

export interface InteractionError {
  code: InteractionErrorCode;
  params?: Record<string, string | number>;
}

export const INTERACTION_MESSAGES: Record<InteractionErrorCode, { fr: string; en: string }> = {
  emptySummary: {
    fr: 'Le résumé ne peut pas être vide : écrivez ce qui a été dit ou convenu.',
    en: 'The summary cannot be empty: write what was said or agreed.',
  },
  unchangedSummary: {
    fr: 'Le résumé n’a pas changé : il n’y a rien à corriger.',
    en: 'The summary has not changed: there is nothing to correct.',
  },
  notSameDay: {
    fr: 'Cet échange date du {{day}} : il ne peut être corrigé que le jour même. Ajoutez plutôt une note au journal.',
    en: 'This interaction is from {{day}}: it can only be corrected on the same day. Add a note to the log instead.',
  },
  emptyNote: {
    fr: 'L’appel a abouti mais la note est vide : indiquez au moins la prochaine étape du client, la nôtre, les dates, quand nous vérifions ou ce qui se passe sinon.',
    en: 'The call was completed but the note is empty: give at least their next step, ours, the dates, when we check or what happens otherwise.',
  },
};

/** The message of an error, placeholders filled. */
export function interactionErrorMessage(error: InteractionError, locale: 'fr' | 'en' = 'fr'): string {
  return INTERACTION_MESSAGES[error.code][locale].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = error.params?.[name];
    return value === undefined ? whole : String(value);
  });
}
