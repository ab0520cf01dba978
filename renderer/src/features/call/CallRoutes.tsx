import { NotBuiltYet } from '../placeholder/NotBuiltYet';

/** /appel (who to call today) and /appel/:customerId (the call screen). Built in issue 6. */
export function CallRoutes() {
  return <NotBuiltYet screen="call" />;
}
