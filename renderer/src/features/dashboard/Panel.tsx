import { Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A block of the dashboard: a title, a short hint beside it, an optional link on the right. */
export function Panel({ title, hint, action, testId, children }: { title: string; hint?: string; action?: ReactNode; testId: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Group justify="space-between" align="baseline" mb="sm" wrap="nowrap">
        <Group gap="xs" align="baseline">
          <Title order={2} size="h4">
            {title}
          </Title>
          {hint ? (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          ) : null}
        </Group>
        {action}
      </Group>
      {children}
    </Paper>
  );
}
