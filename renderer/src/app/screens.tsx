import type { ComponentType } from 'react';
import {
  IconAlertTriangle,
  IconCalendar,
  IconFileImport,
  IconFileInvoice,
  IconFiles,
  IconLayoutDashboard,
  IconPhoneCall,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';

export type ScreenId =
  | 'dashboard'
  | 'invoices'
  | 'customers'
  | 'import'
  | 'call'
  | 'calendar'
  | 'documents'
  | 'litigation'
  | 'settings';

export interface Screen {
  id: ScreenId;
  path: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Screens not built yet say so plainly instead of showing an empty page. */
  built: boolean;
}

/** Every screen of PRODUCT.md, in the order of the navigation. */
export const screens: Screen[] = [
  { id: 'dashboard', path: '/', icon: IconLayoutDashboard, built: true },
  { id: 'invoices', path: '/factures', icon: IconFileInvoice, built: true },
  { id: 'customers', path: '/clients', icon: IconUsers, built: true },
  { id: 'import', path: '/import', icon: IconFileImport, built: true },
  { id: 'call', path: '/appel', icon: IconPhoneCall, built: true },
  { id: 'calendar', path: '/calendrier', icon: IconCalendar, built: true },
  { id: 'documents', path: '/documents', icon: IconFiles, built: true },
  { id: 'litigation', path: '/contentieux', icon: IconAlertTriangle, built: false },
  { id: 'settings', path: '/parametres', icon: IconSettings, built: true },
];

export const screenPath = (id: ScreenId): string => screens.find((s) => s.id === id)!.path;
