/** The stored records are the domain's data model: one definition, used by both. */
export type * from '../domain/model';
