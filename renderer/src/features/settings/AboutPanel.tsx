import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconFolderOpen, IconLock } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge';
import { bridgeErrorMessage } from '../../bridge/messages';
import type { BridgeError, ResponseOf } from '../../../../electron/contract';

type AppInfo = ResponseOf<'appInfo'>;

/** Version and the folders where data, documents and logs live, each one click away. */
export function AboutPanel() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<BridgeError | null>(null);

  useEffect(() => {
    void bridge()
      .appInfo({})
      .then((result) => (result.ok ? setInfo(result.data) : setError(result.error)));
  }, []);

  const open = async (path: string) => {
    const result = await bridge().openPath({ path });
    if (!result.ok) notifications.show({ color: 'red', message: bridgeErrorMessage(t, result.error) });
  };

  if (error) return <Alert color="yellow">{bridgeErrorMessage(t, error)}</Alert>;
  if (!info) return <Text c="dimmed">{t('about.loading')}</Text>;

  const folders: [string, string][] = [
    [t('about.dataFolder'), info.paths.userData],
    [t('about.documentsFolder'), info.paths.documents],
    [t('about.logsFolder'), info.paths.logs],
  ];
  return (
    <Stack gap="lg" maw={860}>
      <Group gap="xs">
        <Text fw={600}>{info.name}</Text>
        <Text c="dimmed" data-testid="app-version">
          {t('about.version')} {info.version}
        </Text>
      </Group>
      <Table withTableBorder layout="fixed">
        <Table.Tbody>
          {folders.map(([label, path]) => (
            <Table.Tr key={label}>
              <Table.Th w={200}>{label}</Table.Th>
              <Table.Td style={{ wordBreak: 'break-all' }}>
                <Text size="sm" ff="monospace">
                  {path}
                </Text>
              </Table.Td>
              <Table.Td w={120}>
                <Button size="xs" variant="default" leftSection={<IconFolderOpen size={14} />} onClick={() => void open(path)}>
                  {t('about.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Alert variant="light" icon={<IconLock size={18} />}>
        {t('about.dataNote')}
      </Alert>
    </Stack>
  );
}
