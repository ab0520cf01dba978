import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { formatTrackingNumber, type RegisteredStatus } from '../../domain/documents';

const COLORS: Record<Exclude<RegisteredStatus['state'], 'none'>, string> = {
  'to-send': 'yellow',
  sent: 'blue',
  received: 'teal',
  unclaimed: 'orange',
};

/** "À envoyer", "Envoyée le 12/03/2026", "Reçue le 14/03/2026", "Non réclamée"; a dash for other documents. */
export function RegisteredBadge({ status }: { status: RegisteredStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (status.state === 'none') {
    return (
      <Text size="sm" c="dimmed" aria-label={t('documents.registered.notRegistered')}>
        —
      </Text>
    );
  }
  const label =
    status.state === 'sent'
      ? t('documents.registered.status.sent', { date: format.date(status.sentOn) })
      : status.state === 'received'
        ? t('documents.registered.status.received', { date: format.date(status.receivedOn) })
        : t(`documents.registered.status.${status.state}`);
  const tracking = status.trackingNumber ? t('documents.registered.trackingShort', { number: formatTrackingNumber(status.trackingNumber) }) : undefined;
  return (
    <Badge color={COLORS[status.state]} variant="light" title={tracking} data-testid="registered-badge" data-state={status.state} style={{ textTransform: 'none' }}>
      {label}
    </Badge>
  );
}
