import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvoiceStatus } from '../../domain/model';

const COLORS: Record<InvoiceStatus, string> = {
  'not-due': 'gray',
  late: 'red',
  paid: 'teal',
  'partly-paid': 'orange',
  disputed: 'grape',
  'on-hold': 'blue',
};

export function StatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" size="sm" radius="sm" tt="none" fw={600} data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}
