import { Alert, Anchor, Button, Group, List, Modal, Progress, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconExternalLink, IconFiles, IconPrinter } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { today as todayOf } from '../../app/clock';
import { useFormat } from '../../app/format';
import { bridge } from '../../bridge';
import { bridgeErrorMessage } from '../../bridge/messages';
import { database } from '../../db/database';
import { loadLetterSettings } from '../../db/letter-settings';
import { defaultTone } from '../../domain/letter-request';
import type { Id, Invoice } from '../../domain/model';
import type { TemplateKind, TemplateTone } from '../../domain/templates/kinds';
import { generateBatch, type BatchResult } from './batch';
import { COMPOSER_KINDS } from './LetterComposer';

const TONES: TemplateTone[] = ['cordial', 'ferme', 'formel'];

/**
 * Courriers groupés: the selected invoices grouped by customer, one letter each, a progress bar
 * while main lays them out, then the merged PDF to print them all at once.
 */
export function BatchLettersModal({ invoices, onClose }: { invoices: Invoice[]; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [kind, setKind] = useState<TemplateKind>('reminder-1');
  const [settingsTone, setSettingsTone] = useState<TemplateTone>('cordial');
  const [tone, setTone] = useState<TemplateTone>('cordial');
  const [language, setLanguage] = useState<'fr' | 'en'>(i18n.language === 'en' ? 'en' : 'fr');
  const [progress, setProgress] = useState<{ done: number; total: number; current: string } | null>(null);
  const [result, setResult] = useState<BatchResult | null>(null);
  const cancelled = useRef(false);

  useEffect(() => {
    void loadLetterSettings(database()).then((settings) => {
      setSettingsTone(settings.defaultTone);
      setTone(defaultTone(kind, settings.defaultTone));
    });
    // Once, when the modal opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const byCustomer = useMemo(() => {
    const map = new Map<Id, Id[]>();
    for (const invoice of [...invoices].sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1))) {
      map.set(invoice.customerId, [...(map.get(invoice.customerId) ?? []), invoice.id]);
    }
    return map;
  }, [invoices]);

  const run = async () => {
    cancelled.current = false;
    setResult(null);
    setProgress({ done: 0, total: byCustomer.size, current: '' });
    try {
      const outcome = await generateBatch(
        database(),
        {
          kind,
          tone,
          language,
          invoicesByCustomer: byCustomer,
          today: todayOf(),
          summary: (title, count, open) => t('letterGeneration.interaction', { title, count, amount: format.money(open) }),
          batchTitle: (count) => t('letterGeneration.batch.documentTitle', { kind: t(`letterGeneration.kinds.${kind}`), count }),
        },
        (done, total, current) => setProgress({ done, total, current }),
        () => cancelled.current,
      );
      setResult(outcome);
    } catch (error) {
      notifications.show({ color: 'red', message: t('letterGeneration.batch.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setProgress(null);
    }
  };

  const print = async () => {
    if (!result?.merged) return;
    const printed = await bridge().printPdf({ path: result.merged.path });
    if (!printed.ok) notifications.show({ color: 'red', message: bridgeErrorMessage(t, printed.error) });
    else if (printed.data.mode === 'viewer') notifications.show({ color: 'blue', autoClose: 10_000, message: t('letterGeneration.printInViewer') });
  };
  const open = async () => {
    if (!result?.merged) return;
    const opened = await bridge().openPath({ path: result.merged.path });
    if (!opened.ok) notifications.show({ color: 'red', message: bridgeErrorMessage(t, opened.error) });
  };

  const done = result?.outcomes.filter((o) => o.status === 'done') ?? [];
  const refused = result?.outcomes.filter((o) => o.status === 'refused') ?? [];
  const failed = result?.outcomes.filter((o) => o.status === 'failed') ?? [];

  return (
    <Modal opened onClose={progress ? () => undefined : onClose} size="lg" title={t('letterGeneration.batch.title')} data-testid="batch-letters">
      <Stack gap="sm">
        <Text size="sm">{t('letterGeneration.batch.summary', { customers: byCustomer.size, invoices: invoices.length })}</Text>
        <Select
          label={t('letterGeneration.kind')}
          data={COMPOSER_KINDS.map((k) => ({ value: k, label: t(`letterGeneration.kinds.${k}`) }))}
          value={kind}
          allowDeselect={false}
          disabled={progress !== null}
          onChange={(value) => {
            if (!value) return;
            setKind(value as TemplateKind);
            setTone(defaultTone(value as TemplateKind, settingsTone));
            setResult(null);
          }}
        />
        <Group grow>
          <SegmentedControl
            data={TONES.map((v) => ({ value: v, label: t(`letterGeneration.tones.${v}`) }))}
            value={tone}
            onChange={(value) => setTone(value as TemplateTone)}
            disabled={progress !== null}
            aria-label={t('letterGeneration.tone')}
          />
          <SegmentedControl
            data={[
              { value: 'fr', label: 'Français' },
              { value: 'en', label: 'English' },
            ]}
            value={language}
            onChange={(value) => setLanguage(value as 'fr' | 'en')}
            disabled={progress !== null}
            aria-label={t('letterGeneration.language')}
          />
        </Group>

        {progress && (
          <Stack gap={4} data-testid="batch-progress">
            <Progress value={progress.total ? (100 * progress.done) / progress.total : 0} animated />
            <Text size="sm" c="dimmed">
              {t('letterGeneration.batch.progress', { done: progress.done, total: progress.total, name: progress.current })}
            </Text>
          </Stack>
        )}

        {result && (
          <Stack gap="xs" data-testid="batch-result">
            <Alert color={done.length > 0 ? 'teal' : 'yellow'} variant="light">
              {t('letterGeneration.batch.done', { count: done.length })}
              {result.cancelled && ` ${t('letterGeneration.batch.cancelledNote')}`}
            </Alert>
            {refused.length > 0 && (
              <Alert color="orange" variant="light" title={t('letterGeneration.batch.refused', { count: refused.length })}>
                <List size="sm" spacing={2}>
                  {refused.map((o) => (
                    <List.Item key={o.customerId}>
                      <Anchor component={Link} to={`/clients/${o.customerId}`} size="sm" onClick={onClose}>
                        {o.name}
                      </Anchor>{' '}
                      : {o.status === 'refused' ? o.missing.map((key) => t(key)).join(' ') : ''}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {failed.length > 0 && (
              <Alert color="red" variant="light" title={t('letterGeneration.batch.failedList', { count: failed.length })}>
                <List size="sm" spacing={2}>
                  {failed.map((o) => (
                    <List.Item key={o.customerId}>
                      {o.name} : {o.status === 'failed' ? (typeof o.error === 'string' ? o.error : bridgeErrorMessage(t, o.error)) : ''}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {result.mergeError && <Alert color="red">{t('letterGeneration.batch.mergeFailed', { reason: bridgeErrorMessage(t, result.mergeError) })}</Alert>}
            {result.merged && (
              <Group gap="xs">
                <Button leftSection={<IconPrinter size={16} />} onClick={() => void print()} data-testid="batch-print">
                  {t('letterGeneration.batch.printAll', { count: result.merged.pages ?? 0 })}
                </Button>
                <Button variant="light" leftSection={<IconExternalLink size={16} />} onClick={() => void open()}>
                  {t('letterGeneration.open')}
                </Button>
                <Anchor component={Link} to="/documents" size="sm" onClick={onClose}>
                  {t('letterGeneration.toDocuments')}
                </Anchor>
              </Group>
            )}
          </Stack>
        )}

        <Group justify="flex-end">
          {progress ? (
            <Button variant="default" onClick={() => (cancelled.current = true)}>
              {t('letterGeneration.batch.cancel')}
            </Button>
          ) : (
            <>
              <Button variant="default" onClick={onClose}>
                {t('letterGeneration.cancel')}
              </Button>
              {/* Once letters are made, running again would make them twice. */}
              {done.length === 0 && (
                <Button leftSection={<IconFiles size={16} />} onClick={() => void run()} data-testid="batch-generate">
                  {t('letterGeneration.batch.generate', { count: byCustomer.size })}
                </Button>
              )}
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
