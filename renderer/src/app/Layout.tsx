import { AppShell, Badge, Burger, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconReceiptEuro } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { database } from '../db/database';
import type { IsoDate } from '../domain/dates';
import { useDailyPlanning } from './daily-planning';
import { LanguageSwitch } from './LanguageSwitch';
import { screens } from './screens';

/** Planned follow-ups due on `day` or late: the count next to "Calendrier". */
function useDueCount(day: IsoDate): number {
  return (
    useLiveQuery(
      () =>
        database()
          .tasks.where('date')
          .belowOrEqual(day)
          .filter((task) => task.status === 'planned')
          .count(),
      [day],
    ) ?? 0
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // Plans at start-up and every morning whatever screen is open; the count follows the date.
  const due = useDueCount(useDailyPlanning());
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleNavigation')}
            />
            <IconReceiptEuro size={26} stroke={1.7} color="var(--mantine-color-indigo-6)" aria-hidden />
            <Title order={2} size="h4">
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('app.toggleNavigation')}>
        <AppShell.Section grow component={ScrollArea}>
          <nav>
            {screens.map((screen) => {
              const Icon = screen.icon;
              const active =
                screen.path === '/' ? location.pathname === '/' : location.pathname.startsWith(screen.path);
              return (
                <NavLink
                  key={screen.id}
                  component={RouterNavLink}
                  to={screen.path}
                  label={t(`nav.${screen.id}`)}
                  leftSection={<Icon size={18} stroke={1.6} />}
                  rightSection={
                    screen.id === 'calendar' && due > 0 ? (
                      <Badge
                        size="sm"
                        color="red"
                        variant="filled"
                        circle={due < 10}
                        data-testid="calendar-badge"
                        aria-label={t('calendar.badge', { count: due })}
                      >
                        {due}
                      </Badge>
                    ) : undefined
                  }
                  active={active}
                  onClick={close}
                  data-screen={screen.id}
                  aria-current={active ? 'page' : undefined}
                />
              );
            })}
          </nav>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main">{children}</AppShell.Main>
    </AppShell>
  );
}
