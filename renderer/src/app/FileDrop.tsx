import { Overlay, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { handOver } from '../features/import/dropped-file';
import { IMPORT_MAX_BYTES, megabytes } from '../features/import/limits';

/** Drop an export anywhere on the window: the import wizard opens with it. */
export function FileDrop() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = event.dataTransfer?.files;
      if (!files || files.length !== 1) {
        notifications.show({ color: 'red', message: t('import.file.notAFile') });
        return;
      }
      const file = files[0]!;
      if (file.size > IMPORT_MAX_BYTES) {
        notifications.show({
          color: 'red',
          message: t('import.file.tooLarge', { sizeMb: megabytes(file.size), maxMb: megabytes(IMPORT_MAX_BYTES) }),
        });
        return;
      }
      void file.arrayBuffer().then((buffer) => {
        handOver({ name: file.name, size: file.size, bytes: new Uint8Array(buffer) });
        void navigate('/import');
      });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [navigate, t]);

  if (!dragging) return null;
  return (
    <Overlay fixed blur={2} color="var(--mantine-color-body)" backgroundOpacity={0.85} zIndex={500}>
      <Stack align="center" justify="center" h="100%" gap="xs">
        <IconFileImport size={56} stroke={1.3} color="var(--mantine-color-indigo-6)" />
        <Text size="lg" fw={600}>
          {t('import.file.drop')}
        </Text>
      </Stack>
    </Overlay>
  );
}
