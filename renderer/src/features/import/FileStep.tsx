import { Alert, Button, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge';
import { bridgeErrorMessage } from '../../bridge/messages';
import type { DroppedFile } from './dropped-file';
import { IMPORT_MAX_BYTES, megabytes } from './limits';

export function FileStep({ busy, onFile }: { busy: boolean; onFile(file: DroppedFile): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);

  const choose = async () => {
    setError(null);
    const result = await bridge().openFile({
      title: t('import.file.dialogTitle'),
      filters: [{ name: t('import.file.filterName'), extensions: ['txt', 'fec', 'csv', 'tsv'] }, { name: '*', extensions: ['*'] }],
      maxBytes: IMPORT_MAX_BYTES,
    });
    if (!result.ok) {
      setError(
        result.error.code === 'FILE_TOO_LARGE'
          ? t('import.file.tooLarge', { sizeMb: megabytes(Number(result.error.details?.size ?? 0)), maxMb: megabytes(IMPORT_MAX_BYTES) })
          : bridgeErrorMessage(t, result.error),
      );
      return;
    }
    if (result.data.canceled) return;
    onFile({ name: result.data.name, size: result.data.size, bytes: result.data.bytes });
  };

  return (
    <Stack gap="md" maw={720}>
      <Paper withBorder radius="md" p="xl" style={{ borderStyle: 'dashed' }} data-testid="import-dropzone">
        <Stack align="center" gap="sm">
          <IconFileImport size={44} stroke={1.3} color="var(--mantine-color-indigo-6)" />
          {busy ? (
            <>
              <Loader size="sm" />
              <Text>{t('import.file.reading')}</Text>
            </>
          ) : (
            <>
              <Button size="md" onClick={() => void choose()} data-autofocus>
                {t('import.file.choose')}
              </Button>
              <Text c="dimmed" size="sm">
                {t('import.file.drop')}
              </Text>
            </>
          )}
          <Text c="dimmed" size="xs">
            {t('import.file.formats', { maxMb: megabytes(IMPORT_MAX_BYTES) })}
          </Text>
        </Stack>
      </Paper>
      {error && (
        <Alert color="red" role="alert" data-testid="import-file-error">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
