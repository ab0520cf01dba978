import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { CallOutcome } from '../../domain/interactions/interaction';
import { parseAmount } from '../../domain/money';
import { readDate } from './call-form';
import type { CallData } from './use-call-data';
import classes from './Call.module.css';

const STEPS = ['prepare', 'open', 'check', 'propose', 'listen', 'date', 'planB'] as const;
/** Steps whose text is a sentence to say, not advice. */
const SPOKEN = new Set<string>(['open', 'check', 'propose', 'date', 'planB']);

interface Props {
  data: CallData;
  outcome: CallOutcome | null;
  promise: { date: string; amount: string };
}

/** The values the script's sentences are filled with: this customer's facts and who calls. */
function useScriptValues(data: CallData) {
  const { t } = useTranslation();
  const format = useFormat();
  const numbers = data.openInvoices.map((i) => i.number);
  const shown = numbers.length > 3 ? [...numbers.slice(0, 3), '…'] : numbers;
  const about =
    numbers.length === 0
      ? t('call.script.aboutNone')
      : t(numbers.length === 1 ? 'call.script.aboutOne' : 'call.script.aboutMany', { numbers: shown.join(', ') });
  return {
    count: data.openInvoices.length,
    total: format.money(data.openCents),
    days: data.maxDaysLate,
    caller: data.caller.name || t('call.script.caller'),
    company: data.caller.company || t('call.script.company'),
    about,
    numbers: shown.join(', ') || '…',
  };
}

/** The script of PRODUCT.md step 3 as short numbered steps with the sentences to say, filled with this customer's facts. */
export function CallScript({ data }: { data: CallData }) {
  const { t } = useTranslation();
  const values = useScriptValues(data);
  return (
    <Stack gap="xs" data-testid="call-script">
      <Title order={2} size="h4">
        {t('call.script.title')}
      </Title>
      <ol className={classes.steps}>
        {STEPS.map((step) => (
          <li key={step}>
            <Text size="sm">
              <strong>{t(`call.script.steps.${step}.title`)}</strong>
              {' — '}
              <span className={SPOKEN.has(step) ? classes.sentence : undefined}>{t(`call.script.steps.${step}.text`, values)}</span>
            </Text>
          </li>
        ))}
      </ol>
    </Stack>
  );
}

/** What to say for the answer chosen: the branch of the script. */
export function ScriptBranch({ data, outcome, promise }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const values = useScriptValues(data);
  if (outcome === null) return null;
  const promisedDate = readDate(promise.date);
  const promisedAmount = parseAmount(promise.amount);
  const phone = data.caller.phone ? t('call.script.callBack', { phone: data.caller.phone }) : '';
  return (
    <Paper radius="md" p="xs" bg="var(--mantine-color-indigo-light)" data-testid="call-branch">
      <Text size="sm" fw={600}>
        {t('call.script.branchTitle', { outcome: t(`call.outcome.names.${outcome}`) })}
      </Text>
      <Text size="sm" className={classes.sentence}>
        {t(`call.script.branches.${outcome}`, {
          ...values,
          amount: promisedAmount.ok ? format.money(promisedAmount.value) : t('call.script.someDay'),
          date: promisedDate ? format.date(promisedDate) : t('call.script.someDay'),
          attempts: t('call.facts.attempts', { count: data.attempts }),
          phone,
        })}
      </Text>
    </Paper>
  );
}
