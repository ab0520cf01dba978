import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { nowTimestamp } from '../../app/clock';
import { database } from '../../db/database';
import { undoBatch } from '../../db/import-batches';

export function ImportHistory() {
  const { t, i18n } = useTranslation();
  const batches = useLiveQuery(() => database().imports.orderBy('startedAt').reverse().limit(20).toArray(), []);
  if (!batches) return null;
  const last = batches[0];
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

  const undo = () => {
    if (!last) return;
    modals.openConfirmModal({
      title: t('import.history.undo'),
      children: <Text size="sm">{t('import.history.confirmUndo', { file: last.fileName })}</Text>,
      labels: { confirm: t('import.history.undo'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await undoBatch(database(), last.id, nowTimestamp());
          notifications.show({ color: 'teal', message: t('import.history.undoneDone') });
        } catch (error) {
          notifications.show({ color: 'red', message: String(error instanceof Error ? error.message : error) });
        }
      },
    });
  };

  return (
    <Stack gap="sm" mt="xl" data-testid="import-history">
      <Title order={3}>{t('import.history.title')}</Title>
      {batches.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('import.history.empty')}
        </Text>
      ) : (
        <>
          <Table withTableBorder fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.history.when')}</Table.Th>
                <Table.Th>{t('import.history.file')}</Table.Th>
                <Table.Th>{t('import.history.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {batches.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{when(b.startedAt)}</Table.Td>
                  <Table.Td>{b.fileName}</Table.Td>
                  <Table.Td>
                    {t('import.progress.summary', b.counts)}{' '}
                    {b.undone && (
                      <Badge color="gray" size="sm" tt="none">
                        {t('import.history.undone')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {last && !last.undone && (
            <Button variant="light" color="red" leftSection={<IconArrowBackUp size={16} />} onClick={undo} w="fit-content" data-testid="undo-import">
              {t('import.history.undo')}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
