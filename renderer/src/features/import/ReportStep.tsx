import { Alert, Button, Checkbox, Group, List, Radio, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { ImportIssue, Severity } from '../../domain/import/types';
import { issueText } from './issue-text';
import type { PlanSummary } from './protocol';

const SHOWN = 50;
const ICONS: Record<Severity, { color: string; icon: typeof IconX }> = {
  error: { color: 'red', icon: IconX },
  warning: { color: 'orange', icon: IconAlertTriangle },
  info: { color: 'blue', icon: IconInfoCircle },
};

export function IssueList({ issues, severity, total }: { issues: ImportIssue[]; severity: Severity; total: number }) {
  const { t } = useTranslation();
  const list = issues.filter((i) => i.severity === severity);
  if (total === 0) return null;
  const { color, icon: Icon } = ICONS[severity];
  const title = { error: 'import.report.errors', warning: 'import.report.warnings', info: 'import.report.infos' }[severity];
  return (
    <Stack gap={4} data-testid={`issues-${severity}`}>
      <Text fw={600} c={color}>
        {t(title, { count: total })}
      </Text>
      <List spacing={4} size="sm" icon={<ThemeIcon color={color} size={18} radius="xl" variant="light"><Icon size={12} /></ThemeIcon>}>
        {list.slice(0, SHOWN).map((issue, index) => (
          <List.Item key={index}>
            <Text span size="sm">
              {issueText(t, issue)}
            </Text>
          </List.Item>
        ))}
      </List>
      {total > SHOWN && (
        <Text size="sm" c="dimmed">
          {t('import.report.more', { count: total - Math.min(SHOWN, list.length) })}
        </Text>
      )}
    </Stack>
  );
}

export function ReportStep({
  issues,
  counts,
  plan,
  busy,
  onPlan,
  onImport,
}: {
  issues: ImportIssue[];
  counts: { error: number; warning: number; info: number };
  plan: PlanSummary | null;
  busy: boolean;
  onPlan(mode: 'full' | 'partial'): void;
  onImport(confirmPaidIds: string[]): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [mode, setMode] = useState<'full' | 'partial'>('full');
  const [confirmed, setConfirmed] = useState<Set<string> | null>(null);
  const errors = counts.error > 0;
  const confirm = confirmed ?? new Set(plan?.missing.map((m) => m.id) ?? []);
  const nothing =
    plan &&
    plan.counts.invoicesAdded + plan.counts.invoicesUpdated + plan.counts.customersAdded + plan.counts.customersUpdated +
      plan.counts.creditsAdded + plan.counts.creditsRemoved + plan.missing.length === 0;

  return (
    <Stack gap="lg" maw={960}>
      <Title order={3}>{t('import.report.title')}</Title>
      {errors && (
        <Alert color="red" title={t('import.report.blocked')} role="alert">
          {t('import.report.errorsHelp')}
        </Alert>
      )}
      {counts.error + counts.warning + counts.info === 0 && (
        <Group gap="xs">
          <IconCircleCheck color="var(--mantine-color-teal-6)" />
          <Text>{t('import.report.clean')}</Text>
        </Group>
      )}
      <IssueList issues={issues} severity="error" total={counts.error} />
      <IssueList issues={issues} severity="warning" total={counts.warning} />
      <IssueList issues={issues} severity="info" total={counts.info} />

      {!errors && (
        <Stack gap="sm">
          <Radio.Group
            label={t('import.report.mode')}
            description={t('import.report.modeHint')}
            value={mode}
            onChange={(value) => {
              setMode(value as 'full' | 'partial');
              setConfirmed(null);
              onPlan(value as 'full' | 'partial');
            }}
          >
            <Stack gap={6} mt="xs">
              <Radio value="full" label={t('import.report.modes.full')} />
              <Radio value="partial" label={t('import.report.modes.partial')} />
            </Stack>
          </Radio.Group>
          {!plan && (
            <Group>
              <Button onClick={() => onPlan(mode)} loading={busy} data-testid="import-check">
                {t('import.report.check')}
              </Button>
            </Group>
          )}
        </Stack>
      )}

      {plan && !errors && (
        <Stack gap="sm">
          <Text fw={600} data-testid="plan-summary">
            {nothing
              ? t('import.report.nothingToDo')
              : t('import.report.plan', {
                  added: plan.counts.invoicesAdded,
                  updated: plan.counts.invoicesUpdated,
                  unchanged: plan.counts.invoicesUnchanged,
                  customersAdded: plan.counts.customersAdded,
                })}
          </Text>
          {plan.changed.length > 0 && (
            <Table withTableBorder fz="sm" data-testid="plan-changed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('import.preview.columns.number')}</Table.Th>
                  <Table.Th>{t('import.preview.columns.customer')}</Table.Th>
                  <Table.Th ta="right">{t('import.preview.columns.open')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.changed.slice(0, 20).map((c) => (
                  <Table.Tr key={`${c.customerName}/${c.number}`}>
                    <Table.Td>{c.number}</Table.Td>
                    <Table.Td>{c.customerName}</Table.Td>
                    <Table.Td ta="right">
                      {format.money(c.beforeOpenCents)} → <b>{format.money(c.afterOpenCents)}</b>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {plan.missing.length > 0 && (
            <Stack gap="xs" data-testid="plan-missing">
              <Text fw={600}>{t('import.report.missingTitle')}</Text>
              <Text size="sm" c="dimmed">
                {t('import.report.missingHelp')}
              </Text>
              {plan.missing.slice(0, 200).map((m) => (
                <Checkbox
                  key={m.id}
                  checked={confirm.has(m.id)}
                  onChange={(event) => {
                    const next = new Set(confirm);
                    if (event.currentTarget.checked) next.add(m.id);
                    else next.delete(m.id);
                    setConfirmed(next);
                  }}
                  label={`${m.number} · ${m.customerName} · ${format.money(m.openCents)} · ${format.date(m.dueDate)}`}
                />
              ))}
            </Stack>
          )}
          <Group>
            <Button size="md" onClick={() => onImport([...confirm])} loading={busy} disabled={!!nothing} data-testid="import-run">
              {t('import.report.import')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
