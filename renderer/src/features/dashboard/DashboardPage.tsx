import { Anchor, Button, Group, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFileImport, IconReceiptEuro } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { today } from '../../app/clock';
import { useFormat } from '../../app/format';
import { AgendaSection } from './AgendaSection';
import { AlertsSection } from './AlertsSection';
import { FiguresSection } from './FiguresSection';
import { useDashboardAgenda, useDashboardFigures } from './use-dashboard';

/** A new user: nothing imported yet, so nothing to show but the way in. */
function Welcome() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md" maw={720} data-testid="dashboard-empty">
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconReceiptEuro size={32} />
        </ThemeIcon>
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('dashboard.empty.title')}
          </Title>
          <Text>{t('dashboard.empty.body')}</Text>
          <Group gap="md">
            <Button component={Link} to="/import" leftSection={<IconFileImport size={18} />}>
              {t('dashboard.empty.import')}
            </Button>
            <Anchor component={Link} to="/clients/nouveau" size="sm">
              {t('dashboard.empty.newCustomer')}
            </Anchor>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}

/**
 * / : the dashboard. What to deal with first (broken promises and plans), then the day's agenda
 * (promises to check, today's and missed actions), then the figures of the whole book (overdue
 * total, aged balance, top debtors), which come last as they take longest to read.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const day = today();
  const agenda = useDashboardAgenda(day);
  const figures = useDashboardFigures(day);

  return (
    <Stack gap="lg" maw={1280}>
      <Group justify="space-between" align="baseline">
        <Title order={1}>{t('nav.dashboard')}</Title>
        <Text c="dimmed" size="sm" data-testid="dashboard-day">
          {t('dashboard.today', { date: format.longDate(day) })}
        </Text>
      </Group>
      {agenda === undefined ? (
        <Loader size="sm" aria-label={t('dashboard.loading')} />
      ) : agenda.empty ? (
        <Welcome />
      ) : (
        <>
          <AlertsSection alerts={agenda.alerts} customers={agenda.customers} today={day} />
          <AgendaSection due={agenda.due} missed={agenda.missedTasks} todays={agenda.todayTasks} today={day} customers={agenda.customers} />
          <FiguresSection data={figures} />
        </>
      )}
    </Stack>
  );
}
