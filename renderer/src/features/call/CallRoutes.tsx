import { Route, Routes } from 'react-router';
import { CallListPage } from './CallListPage';
import { CallPage } from './CallPage';

/** /appel (who to call today) and /appel/:customerId?tache=<taskId> (the call screen). */
export function CallRoutes() {
  return (
    <Routes>
      <Route index element={<CallListPage />} />
      <Route path=":customerId" element={<CallPage />} />
    </Routes>
  );
}
