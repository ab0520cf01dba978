import { Badge, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { Customer } from '../../domain/model';

/** The red "Bloqué" flag, the same wherever a customer is shown; hover tells since when and why. */
export function BlockedBadge({ blocked, size = 'sm' }: { blocked: Customer['blocked']; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!blocked) return null;
  const detail = t('customers.blocked.detail', { date: format.date(blocked.since), reason: blocked.reason });
  return (
    <Tooltip label={detail} multiline maw={320} withArrow>
      <Badge
        color="red"
        variant="filled"
        size={size}
        radius="sm"
        tt="none"
        leftSection={<IconLock size={12} />}
        aria-label={detail}
        data-testid="blocked-badge"
      >
        {t('customers.blocked.badge')}
      </Badge>
    </Tooltip>
  );
}
