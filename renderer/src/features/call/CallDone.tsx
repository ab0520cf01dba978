import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconCircleCheck, IconMailForward, IconPrinter, IconUser } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import type { CallResult } from '../../db/calls';
import type { Customer } from '../../domain/model';
import { formatDuration } from './call-form';

type Saved = Extract<CallResult, { ok: true }>;

interface Props {
  customer: Customer;
  saved: Saved;
  durationSeconds: number;
  /** The call reached the customer: its notes may be sent in writing. */
  completed: boolean;
  taskDone: boolean;
  /** The agreed plan's sentence, when a plan was saved. */
  planText?: string | undefined;
  onSendNotes(): void;
  onPrintAgreement(): void;
}

/** What the saved call did, and what comes next: the written follow-up, the agreement to print, the next call. */
export function CallDone({ customer, saved, durationSeconds, completed, taskDone, planText, onSendNotes, onPrintAgreement }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const first = useRef<HTMLButtonElement & HTMLAnchorElement>(null);
  useEffect(() => first.current?.focus(), []);
  const { promise, plan, nextTask } = saved;

  return (
    <Alert color="teal" variant="light" icon={<IconCircleCheck size={22} />} title={t('call.done.title')} data-testid="call-done">
      <Stack gap="xs">
        <Text size="sm">{t('call.done.logged', { name: customer.name, duration: formatDuration(durationSeconds) })}</Text>
        {promise ? (
          <Text size="sm" data-testid="call-done-promise">
            {t('call.done.promise', {
              amount: format.money(promise.amountCents),
              date: format.date(promise.promisedDate),
              check: format.date(promise.checkDate ?? promise.promisedDate),
            })}
          </Text>
        ) : null}
        {plan ? (
          <Text size="sm" data-testid="call-done-plan">
            {t('call.done.plan', { text: planText ?? '' })}
          </Text>
        ) : null}
        {nextTask ? (
          <Text size="sm" data-testid="call-done-next">
            {t('call.done.next', { date: format.date(nextTask.date), label: nextTask.label ?? '' })}
          </Text>
        ) : null}
        {taskDone ? <Text size="sm">{t('call.done.taskDone')}</Text> : null}
        <Group gap="xs" mt="xs">
          {completed ? (
            <Button ref={first} leftSection={<IconMailForward size={16} />} onClick={onSendNotes} data-testid="call-send-notes">
              {t('call.done.sendNotes')}
            </Button>
          ) : null}
          {plan ? (
            <Button variant={completed ? 'light' : 'filled'} leftSection={<IconPrinter size={16} />} onClick={onPrintAgreement} data-testid="call-print-agreement">
              {t('call.done.printAgreement')}
            </Button>
          ) : null}
          <Button
            ref={completed ? undefined : first}
            component={Link}
            to="/appel"
            variant={completed ? 'default' : 'filled'}
            rightSection={<IconArrowRight size={16} />}
            data-testid="call-next"
          >
            {t('call.done.nextCall')}
          </Button>
          <Button component={Link} to={`/clients/${encodeURIComponent(customer.id)}`} variant="subtle" leftSection={<IconUser size={16} />}>
            {t('call.done.customerPage')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
