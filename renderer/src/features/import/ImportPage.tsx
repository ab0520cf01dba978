import { NotBuiltYet } from '../placeholder/NotBuiltYet';

/** The import wizard (being built). */
export function ImportPage() {
  return <NotBuiltYet screen="import" />;
}
