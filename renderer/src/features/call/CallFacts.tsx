import { Alert, Anchor, Badge, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconPhone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { bridge } from '../../bridge';
import { bridgeErrorMessage } from '../../bridge/messages';
import type { IsoDate } from '../../domain/dates';
import { daysLate } from '../../domain/invoice-status';
import type { Contact, Interaction } from '../../domain/model';
import { planRemainingCents, planTotalCents } from '../../domain/payment-plan';
import { telUrl } from './call-form';
import type { CallData } from './use-call-data';
import classes from './Call.module.css';

const HISTORY_SHOWN = 5;

/** A phone number that dials through the system's telephony program, never navigating the app. */
function PhoneLink({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const url = contact.phone ? telUrl(contact.phone) : null;
  if (!contact.phone) return <Text span size="sm" c="dimmed">{t('call.facts.noPhone')}</Text>;
  if (!url) return <Text span size="sm">{contact.phone}</Text>;
  return (
    <Anchor
      href={url}
      size="sm"
      aria-label={t('call.facts.callNumber', { name: contact.name || contact.role || '', phone: contact.phone })}
      data-testid="call-phone"
      onClick={(event) => {
        event.preventDefault();
        void bridge()
          .openExternal({ url })
          .then((result) => {
            if (!result.ok) notifications.show({ color: 'red', message: t('call.facts.dialFailed', { message: bridgeErrorMessage(t, result.error) }) });
          });
      }}
    >
      <IconPhone size={13} style={{ verticalAlign: 'middle' }} /> {contact.phone}
    </Anchor>
  );
}

/** One box of facts: its title, then its content or what says there is none. */
function FactsSection({ title, empty, children }: { title: string; empty: string | null; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="sm" fw={600} mb={4}>
        {title}
      </Text>
      {empty === null ? (
        children
      ) : (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </Paper>
  );
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

/** The facts at hand, left of the script: who to talk to, what is owed and since when, what was said and promised. */
export function CallFacts({ data, today }: { data: CallData; today: IsoDate }) {
  const { t } = useTranslation();
  const format = useFormat();
  const customer = data.customer!;
  const penaltyOf = new Map((data.penalties?.invoices ?? []).map((p) => [p.invoiceId, p.result]));
  const agreements = [
    ...data.promises.filter((p) => p.status !== 'kept').map((p) => ({ kind: 'promise' as const, p })),
    ...data.plans.filter((p) => p.status === 'active' || p.status === 'broken').map((p) => ({ kind: 'plan' as const, p })),
  ];
  const dateTime = new Intl.DateTimeFormat(format.locale, { dateStyle: 'short', timeStyle: 'short' });

  return (
    <Stack gap="sm" data-testid="call-facts">
      <Title order={2} size="h4">
        {t('call.facts.title')}
      </Title>
      {customer.blocked ? (
        <Alert color="red" variant="light" p="xs" icon={<IconLock size={18} />} data-testid="call-blocked">
          <Text size="sm">{t('call.facts.blocked', { date: format.date(customer.blocked.since), reason: customer.blocked.reason })}</Text>
        </Alert>
      ) : null}

      <FactsSection title={t('call.facts.contacts')} empty={customer.contacts.length === 0 ? t('call.facts.noContact') : null}>
        <Stack gap={6} data-testid="call-contacts">
          {customer.contacts.map((contact) => (
            <div key={contact.id}>
              <Text size="sm" fw={500}>
                {contact.name || contact.role}
                {contact.name && contact.role ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · {contact.role}
                  </Text>
                ) : null}
              </Text>
              <Group gap="sm">
                <PhoneLink contact={contact} />
                {contact.email ? (
                  <Text size="xs" c="dimmed">
                    {contact.email}
                  </Text>
                ) : null}
              </Group>
            </div>
          ))}
        </Stack>
      </FactsSection>

      <FactsSection title={t('call.facts.invoices')} empty={data.openInvoices.length === 0 ? t('call.facts.noInvoice') : null}>
        <Table fz="xs" verticalSpacing={3} horizontalSpacing={4} data-testid="call-invoices">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('call.facts.number')}</Table.Th>
              <Table.Th ta="right">{t('call.facts.daysLate')}</Table.Th>
              <Table.Th ta="right">{t('call.facts.open')}</Table.Th>
              <Table.Th ta="right">
                <Tooltip label={t('call.facts.penaltiesHint', { date: format.date(today) })} multiline maw={260}>
                  <span>{t('call.facts.penalties')}</span>
                </Tooltip>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.openInvoices.map((invoice) => {
              const late = daysLate(invoice, today);
              const penalty = penaltyOf.get(invoice.id);
              return (
                <Table.Tr key={invoice.id} data-testid="call-invoice">
                  <Table.Td>
                    <Text size="xs" fw={500} className={classes.nowrap}>
                      {invoice.number}
                    </Text>
                    <Text size="xs" c="dimmed" className={classes.nowrap}>
                      {format.date(invoice.dueDate)}
                    </Text>
                    {invoice.hold ? (
                      <Badge size="xs" color="orange" variant="light" tt="none" title={invoice.hold.reason} data-testid="call-hold">
                        {t('call.facts.hold', { reason: invoice.hold.reason })}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right" c={late > 0 ? 'red.7' : 'dimmed'} className={classes.nowrap}>
                    {late > 0 ? t('call.facts.days', { count: late }) : t('call.facts.notDue')}
                  </Table.Td>
                  <Table.Td ta="right" className={classes.nowrap}>
                    {format.money(invoice.openCents)}
                  </Table.Td>
                  <Table.Td ta="right" className={classes.nowrap}>
                    {penalty === undefined ? '…' : penalty.ok ? format.money(penalty.totalCents) : t('call.facts.penaltiesUnknown')}
                  </Table.Td>
                </Table.Tr>
              );
            })}
            <Table.Tr>
              <Table.Td fw={600}>{t('call.facts.total')}</Table.Td>
              <Table.Td />
              <Table.Td ta="right" fw={600} className={classes.nowrap} data-testid="call-open-total">
                {format.money(data.openCents)}
              </Table.Td>
              <Table.Td ta="right" fw={600} className={classes.nowrap}>
                {data.penalties ? format.money(data.penalties.totalCents) : '…'}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </FactsSection>

      <Text size="sm" c={data.attempts > 0 ? 'orange.8' : 'dimmed'} data-testid="call-attempts">
        {t('call.facts.attempts', { count: data.attempts })}
      </Text>

      <FactsSection title={t('call.facts.agreements')} empty={agreements.length === 0 ? t('call.facts.noAgreement') : null}>
        <Stack gap={4} data-testid="call-agreements">
          {agreements.map((a) =>
            a.kind === 'promise' ? (
              <Group key={a.p.id} gap={6} wrap="nowrap">
                <Badge size="xs" color={a.p.status === 'broken' ? 'red' : 'teal'} variant="light" tt="none" style={{ flexShrink: 0 }}>
                  {t(`call.facts.promiseStatus.${a.p.status}`)}
                </Badge>
                <Text size="xs">{t('call.facts.promise', { amount: format.money(a.p.amountCents), date: format.date(a.p.promisedDate) })}</Text>
              </Group>
            ) : (
              <Group key={a.p.id} gap={6} wrap="nowrap">
                <Badge size="xs" color={a.p.status === 'broken' ? 'red' : 'teal'} variant="light" tt="none" style={{ flexShrink: 0 }}>
                  {t(`call.facts.planStatus.${a.p.status}`)}
                </Badge>
                <Text size="xs">
                  {t('call.facts.plan', {
                    total: format.money(planTotalCents(a.p)),
                    count: a.p.instalments.length,
                    remaining: format.money(planRemainingCents(a.p)),
                  })}
                </Text>
              </Group>
            ),
          )}
        </Stack>
      </FactsSection>

      <FactsSection title={t('call.facts.history')} empty={data.history.length === 0 ? t('call.facts.noHistory') : null}>
        <Stack gap={6} data-testid="call-history">
          {data.history.slice(0, HISTORY_SHOWN).map((entry: Interaction) => (
            <div key={entry.id}>
              <Text size="xs" c="dimmed">
                {dateTime.format(new Date(entry.at))} · {t(`customers.timeline.channels.${entry.channel}`)}
              </Text>
              <Text size="xs" lineClamp={2}>
                {firstLine(entry.summary)}
              </Text>
            </div>
          ))}
        </Stack>
      </FactsSection>
    </Stack>
  );
}
