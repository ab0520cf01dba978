import { NotBuiltYet } from '../placeholder/NotBuiltYet';

/** Customers list and pages (being built). */
export function CustomersRoutes() {
  return <NotBuiltYet screen="customers" />;
}
