import { Alert, Anchor, Badge, Button, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCash, IconChevronDown, IconFilePlus, IconLock, IconLockOpen, IconMailForward, IconPencil, IconPhoneCall, IconReceiptRefund } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import type { Customer } from '../../domain/model';
import { callPath } from '../call/call-path';
import { BlockedBadge } from './BlockedBadge';

export type HeaderAction = 'invoice' | 'payment' | 'credit-note' | 'letter' | 'edit' | 'block' | 'unblock';

/** Name, kind, reference and the blocked flag, with the actions of the page. */
export function CustomerHeader({ customer, onAction }: { customer: Customer; onAction(action: HeaderAction): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm">
      <Anchor component={Link} to="/clients" size="sm">
        <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {t('customers.page.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={6}>
          <Title order={1}>{customer.name}</Title>
          <Group gap="xs">
            <Badge variant="light" color="gray" radius="sm" tt="none">
              {t('customers.page.referenceBadge', { reference: customer.reference })}
            </Badge>
            <Badge variant="light" color={customer.kind === 'business' ? 'indigo' : 'cyan'} radius="sm" tt="none">
              {t(`customers.kinds.${customer.kind}`)}
            </Badge>
            <BlockedBadge blocked={customer.blocked} size="md" />
          </Group>
        </Stack>
        <Group gap="xs">
          <Button leftSection={<IconFilePlus size={16} />} onClick={() => onAction('invoice')}>
            {t('customers.actions.newInvoice')}
          </Button>
          <Button component={Link} to={callPath(customer.id)} variant="light" color="teal" leftSection={<IconPhoneCall size={16} />} data-testid="call-customer">
            {t('call.header.call')}
          </Button>
          <Button variant="light" color="grape" leftSection={<IconMailForward size={16} />} onClick={() => onAction('letter')} data-testid="prepare-letter">
            {t('letterGeneration.open_action')}
          </Button>
          <Button variant="light" leftSection={<IconCash size={16} />} onClick={() => onAction('payment')}>
            {t('customers.actions.payment')}
          </Button>
          <Button variant="light" leftSection={<IconReceiptRefund size={16} />} onClick={() => onAction('credit-note')}>
            {t('customers.actions.creditNote')}
          </Button>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button variant="default" rightSection={<IconChevronDown size={14} />}>
                {t('customers.actions.more')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onAction('edit')}>
                {t('customers.actions.edit')}
              </Menu.Item>
              {customer.blocked ? (
                <Menu.Item leftSection={<IconLockOpen size={14} />} onClick={() => onAction('unblock')}>
                  {t('customers.actions.unblock')}
                </Menu.Item>
              ) : (
                <Menu.Item color="red" leftSection={<IconLock size={14} />} onClick={() => onAction('block')}>
                  {t('customers.actions.block')}
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {customer.blocked && (
        <Alert color="red" variant="light" icon={<IconLock size={20} />} title={t('customers.blocked.alertTitle', { date: format.date(customer.blocked.since) })} data-testid="blocked-alert">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Text size="sm">{t('customers.blocked.alertReason', { reason: customer.blocked.reason })}</Text>
              <Text size="xs" c="dimmed">
                {t('customers.blocked.alertHint')}
              </Text>
            </Stack>
            <Button size="xs" variant="white" color="red" leftSection={<IconLockOpen size={14} />} onClick={() => onAction('unblock')}>
              {t('customers.actions.unblock')}
            </Button>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
