import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { IconTool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScreenId } from '../../app/screens';

/** Stands in for a screen not built yet: says so, and what it will do, in the user's language. */
export function NotBuiltYet({ screen }: { screen: Exclude<ScreenId, 'settings'> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t(`nav.${screen}`)}</Title>
      <Alert
        variant="light"
        color="gray"
        icon={<IconTool size={20} />}
        title={t('notBuilt.title')}
        role="status"
      >
        <Stack gap="xs">
          <Text size="sm">{t('notBuilt.body')}</Text>
          <Text size="sm" fw={500}>
            {t(`screens.${screen}`)}
          </Text>
        </Stack>
      </Alert>
      <Text size="sm" c="dimmed">
        <Anchor component={Link} to="/parametres">
          {t('notBuilt.meanwhile')}
        </Anchor>
      </Text>
    </Stack>
  );
}
