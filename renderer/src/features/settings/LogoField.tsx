import { Alert, Button, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge';
import { bridgeErrorMessage } from '../../bridge/messages';
import { inspectImage, LOGO_MAX_BYTES, LOGO_MAX_SIDE } from '../../domain/image-check';
import type { StoredLogo } from './company-store';

const kb = (bytes: number) => Math.ceil(bytes / 1024);

/** Last guard: let the browser really decode it (catches damaged image data inside a whole file). */
async function decodes(bytes: Uint8Array, mimeType: string): Promise<boolean> {
  if (typeof createImageBitmap !== 'function') return true;
  try {
    const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: mimeType }));
    bitmap.close();
    return true;
  } catch {
    return false;
  }
}

export function LogoField({
  value,
  onChange,
}: {
  value: StoredLogo | null;
  onChange(logo: StoredLogo | null): void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const url = useMemo(
    () => (value ? URL.createObjectURL(new Blob([value.bytes as BlobPart], { type: value.mimeType })) : null),
    [value],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  const choose = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await bridge().openFile({
        title: t('company.logo.dialogTitle'),
        filters: [{ name: t('company.logo.filterName'), extensions: ['png', 'jpg', 'jpeg'] }],
        maxBytes: LOGO_MAX_BYTES,
      });
      if (!result.ok) {
        setError(
          result.error.code === 'FILE_TOO_LARGE'
            ? t('company.logo.errors.tooLarge', {
                sizeKb: kb(Number(result.error.details?.size ?? 0)),
                maxKb: kb(LOGO_MAX_BYTES),
              })
            : bridgeErrorMessage(t, result.error),
        );
        return;
      }
      if (result.data.canceled) return;
      const { bytes, name } = result.data;
      const checked = inspectImage(bytes);
      if (!checked.ok) {
        const key = { 'too-large': 'tooLarge', 'not-image': 'notImage', corrupt: 'corrupt', dimensions: 'dimensions' }[
          checked.error
        ];
        setError(
          t(`company.logo.errors.${key}`, {
            sizeKb: kb(bytes.length),
            maxKb: kb(LOGO_MAX_BYTES),
            max: LOGO_MAX_SIDE,
          }),
        );
        return;
      }
      if (!(await decodes(bytes, checked.value.mimeType))) {
        setError(t('company.logo.errors.corrupt'));
        return;
      }
      onChange({
        bytes,
        mimeType: checked.value.mimeType,
        width: checked.value.width,
        height: checked.value.height,
        fileName: name,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Paper withBorder p="md" radius="md">
        <Group gap="lg" align="center">
          {url ? (
            <Image src={url} alt={t('company.logo.alt')} h={64} w="auto" maw={220} fit="contain" data-testid="logo-preview" />
          ) : (
            <Group gap="xs" c="dimmed">
              <IconPhoto size={28} stroke={1.4} />
              <Text size="sm">{t('company.logo.none')}</Text>
            </Group>
          )}
          <Group gap="xs" ml="auto">
            <Button variant="default" onClick={() => void choose()} loading={busy}>
              {value ? t('company.logo.replace') : t('company.logo.choose')}
            </Button>
            {value && (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => {
                  setError(null);
                  onChange(null);
                }}
              >
                {t('company.logo.remove')}
              </Button>
            )}
          </Group>
        </Group>
      </Paper>
      <Text size="xs" c="dimmed">
        {t('company.logo.rules', { maxKb: kb(LOGO_MAX_BYTES) })}
      </Text>
      {error && (
        <Alert color="red" variant="light" role="alert" data-testid="logo-error">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
