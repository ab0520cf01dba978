import { NotBuiltYet } from '../placeholder/NotBuiltYet';

/** / : the dashboard. Built in issue 6 (its alerts) and later issues. */
export function DashboardPage() {
  return <NotBuiltYet screen="dashboard" />;
}
