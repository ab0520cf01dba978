import { Button, Group, Text } from '@mantine/core';

/** The message of a done action with its "Annuler" button, for a notification. */
export function UndoButton({ message, label, onUndo }: { message: string; label: string; onUndo(): void }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="sm">{message}</Text>
      <Button size="compact-xs" variant="light" onClick={onUndo}>
        {label}
      </Button>
    </Group>
  );
}
