import { Route, Routes } from 'react-router';
import { CustomerListPage } from './CustomerListPage';
import { CustomerPage } from './CustomerPage';
import { NewCustomerPage } from './NewCustomerPage';

/** /clients (list), /clients/nouveau (create), /clients/:customerId (one customer's page). */
export function CustomersRoutes() {
  return (
    <Routes>
      <Route index element={<CustomerListPage />} />
      <Route path="nouveau" element={<NewCustomerPage />} />
      <Route path=":customerId" element={<CustomerPage />} />
    </Routes>
  );
}
