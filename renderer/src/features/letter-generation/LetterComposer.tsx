import {
  Alert,
  Anchor,
  Box,
  Button,
  Checkbox,
  Group,
  List,
  Loader,
  Modal,
  ScrollArea,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy, IconExternalLink, IconFolder, IconMail, IconPrinter } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BridgeError } from '../../../../electron/contract';
import { nowTimestamp, today as todayOf } from '../../app/clock';
import { useFormat } from '../../app/format';
import { bridge } from '../../bridge';
import { bridgeErrorMessage } from '../../bridge/messages';
import { database } from '../../db/database';
import { loadLetterSettings } from '../../db/letter-settings';
import { validateTrackingNumber } from '../../domain/documents';
import { buildLetterRequest, defaultInvoiceIds, defaultTone, withPlace, type LetterChoice, type LetterSources } from '../../domain/letter-request';
import { composeEmail, composeLetter } from '../../domain/letters/compose';
import { daysLate } from '../../domain/invoice-status';
import type { DocumentRecord, Id } from '../../domain/model';
import type { CallNotesData, PlanData } from '../../domain/letters/letter-data';
import { renderPenaltyIssue } from '../../domain/penalties';
import type { TemplateKind, TemplateTone } from '../../domain/templates/kinds';
import { emailLetter, saveLetterDocument } from './letter-files';
import { loadLetterSources } from './letter-sources';
import { renderPdfInto } from './pdf-render';

/** The letters a customer page offers; call notes and plan agreements come from the call screen. */
export const COMPOSER_KINDS: TemplateKind[] = ['courtesy', 'reminder-1', 'reminder-2', 'formal-notice', 'statement'];
const TONES: TemplateTone[] = ['cordial', 'ferme', 'formel'];
const PREVIEW_WIDTH = 520;

/** What a letter made from the call screen carries besides the customer's records. */
export interface ComposerExtra {
  callNotes?: CallNotesData;
  plan?: PlanData;
  /** The invoices the letter is about (the call's, the plan's) instead of the kind's default. */
  invoiceIds?: Id[];
}

interface Props {
  customerId: Id | null;
  initialKind?: TemplateKind;
  extra?: ComposerExtra;
  onClose(): void;
}

/**
 * Préparer un courrier: the kind, tone, language, contact and invoices on the left, the very PDF
 * main lays out on the right (refreshed a moment after each change), then save it and open, print
 * or e-mail it. A letter that lacks what makes it valid (company identity, the customer's postal
 * address…) is refused with the list of what to fill in, before anything is written.
 */
export function LetterComposer({ customerId, initialKind = 'reminder-1', extra, onClose }: Props) {
  const { t } = useTranslation();
  const [sources, setSources] = useState<LetterSources | null | undefined>(undefined);

  useEffect(() => {
    if (!customerId) return;
    let live = true;
    setSources(undefined);
    void loadLetterSources(database(), customerId).then((loaded) => live && setSources(loaded));
    return () => {
      live = false;
    };
  }, [customerId]);

  return (
    <Modal
      opened={customerId !== null}
      onClose={onClose}
      size={1180}
      title={t('letterGeneration.title', { name: sources?.customer.name ?? '' })}
      data-testid="letter-composer"
    >
      {sources === undefined ? (
        <Loader aria-label={t('letterGeneration.loading')} />
      ) : sources === null ? (
        <Alert color="yellow">{t('letterGeneration.noCustomer')}</Alert>
      ) : (
        <ComposerBody sources={sources} initialKind={initialKind} extra={extra} onClose={onClose} />
      )}
    </Modal>
  );
}

function ComposerBody({
  sources,
  initialKind,
  extra,
  onClose,
}: {
  sources: LetterSources;
  initialKind: TemplateKind;
  extra: ComposerExtra | undefined;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const day = todayOf();
  const { customer } = sources;
  const [kind, setKind] = useState<TemplateKind>(initialKind);
  const [tone, setTone] = useState<TemplateTone>(defaultTone(initialKind, sources.settings.defaultTone));
  const [language, setLanguage] = useState<'fr' | 'en'>(i18n.language === 'en' ? 'en' : 'fr');
  const [contactId, setContactId] = useState<Id | null>(customer.contacts.find((c) => c.name.trim())?.id ?? null);
  const [invoiceIds, setInvoiceIds] = useState<Id[]>(() => extra?.invoiceIds ?? defaultInvoiceIds(initialKind, sources.invoices, day));
  const [tracking, setTracking] = useState('');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<DocumentRecord | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const changeKind = (next: TemplateKind) => {
    setKind(next);
    setTone(defaultTone(next, sources.settings.defaultTone));
    setInvoiceIds(defaultInvoiceIds(next, sources.invoices, day));
    setSaved(null);
  };

  const trackingCheck = tracking.trim() === '' ? null : validateTrackingNumber(tracking);
  const choice: LetterChoice = useMemo(
    () => ({
      kind,
      tone,
      language,
      invoiceIds,
      contactId,
      ...(trackingCheck?.ok ? { trackingNumber: trackingCheck.value } : {}),
      ...(kind === 'call-notes' && extra?.callNotes ? { callNotes: extra.callNotes } : {}),
      ...(kind === 'plan-agreement' && extra?.plan ? { plan: extra.plan } : {}),
    }),
    [kind, tone, language, invoiceIds, contactId, trackingCheck?.ok, trackingCheck?.ok ? trackingCheck.value : '', extra],
  );
  const composed = useMemo(() => {
    const request = buildLetterRequest(sources, choice, day, nowTimestamp());
    if (!request.ok) return { ok: false as const, missing: request.missing, errors: [] };
    const letter = composeLetter(request.input);
    if (!letter.ok) return { ok: false as const, missing: letter.missing, errors: letter.errors };
    return {
      ok: true as const,
      request,
      letter: withPlace(letter.letter, sources.settings.place, day, language),
      warnings: letter.warnings,
    };
  }, [sources, choice, day, language]);
  const [previewSource] = useDebouncedValue(composed, 250);

  const openInvoices = useMemo(
    () => sources.invoices.filter((i) => i.openCents > 0).sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1)),
    [sources.invoices],
  );
  const toggleInvoice = (id: Id) => {
    setSaved(null);
    setInvoiceIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  };

  const fail = (error: BridgeError | string) => {
    const message = typeof error === 'string' ? error : bridgeErrorMessage(t, error);
    setFailure(message);
  };

  const save = async () => {
    if (!composed.ok) return;
    setSaving(true);
    setFailure(null);
    try {
      const { request, letter } = composed;
      const claimed = request.invoices.reduce((sum, i) => sum + i.openCents, 0);
      const result = await saveLetterDocument(
        database(),
        {
          customer,
          letter,
          invoiceIds: request.invoices.map((i) => i.id),
          today: day,
          summary: t('letterGeneration.interaction', {
            title: letter.metadata.title,
            count: request.invoices.length,
            amount: format.money(claimed),
          }),
        },
        request.invoices[0]?.number,
      );
      if (!result.ok) fail(result.error);
      else {
        setSaved(result.value);
        notifications.show({ color: 'teal', message: t('letterGeneration.saved', { title: letter.metadata.title }) });
      }
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  const open = async () => {
    if (!saved) return;
    const result = await bridge().openPath({ path: saved.path });
    if (!result.ok) fail(result.error);
  };
  const print = async () => {
    if (!saved) return;
    const result = await bridge().printPdf({ path: saved.path });
    if (!result.ok) fail(result.error);
    else if (result.data.mode === 'viewer') notifications.show({ color: 'blue', autoClose: 10_000, message: t('letterGeneration.printInViewer') });
  };
  const reveal = async () => {
    if (!saved) return;
    const result = await bridge().revealPath({ path: saved.path });
    if (!result.ok) fail(result.error);
  };
  const email = async () => {
    if (!saved || !composed.ok) return;
    const message = composeEmail(composed.request.input);
    if (!message.ok) return fail(t('letterGeneration.emailNotComposed'));
    const result = await emailLetter(database(), {
      customer,
      document: saved,
      subject: message.subject,
      text: message.text,
      from: sources.company?.email ?? '',
      mode: (await loadLetterSettings(database())).emailMode,
      today: day,
      title: t('letterGeneration.emailTitle', { title: saved.title ?? '' }),
      summary: {
        eml: (to) => t('letterGeneration.emailPrepared', { title: saved.title ?? '', to }),
        mailto: (to) => t('letterGeneration.emailMailto', { title: saved.title ?? '', to }),
      },
    });
    if (!result.ok) return fail(result.error === 'no-address' ? t('letterGeneration.noEmail', { name: customer.name }) : result.error);
    notifications.show({
      color: 'teal',
      autoClose: 10_000,
      message: result.mode === 'eml' ? t('letterGeneration.emailOpened') : t('letterGeneration.mailtoOpened'),
    });
  };

  const penalties = composed.ok ? composed.request.penalties : null;
  const penaltyWarnings = penalties
    ? [...penalties.warnings.map((w) => renderPenaltyIssue(w, language)), ...penalties.errors.map((e) => `${e.number} : ${renderPenaltyIssue(e.error, language)}`)]
    : [];

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
      <Stack gap="sm">
        <Select
          label={t('letterGeneration.kind')}
          data={(COMPOSER_KINDS.includes(initialKind) ? COMPOSER_KINDS : [initialKind, ...COMPOSER_KINDS]).map((k) => ({
            value: k,
            label: t(`letterGeneration.kinds.${k}`),
          }))}
          value={kind}
          allowDeselect={false}
          onChange={(value) => value && changeKind(value as TemplateKind)}
          data-testid="composer-kind"
        />
        <Group grow align="flex-end">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('letterGeneration.tone')}
            </Text>
            <SegmentedControl
              data={TONES.map((v) => ({ value: v, label: t(`letterGeneration.tones.${v}`) }))}
              value={tone}
              onChange={(value) => {
                setTone(value as TemplateTone);
                setSaved(null);
              }}
              aria-label={t('letterGeneration.tone')}
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('letterGeneration.language')}
            </Text>
            <SegmentedControl
              data={[
                { value: 'fr', label: 'Français' },
                { value: 'en', label: 'English' },
              ]}
              value={language}
              onChange={(value) => {
                setLanguage(value as 'fr' | 'en');
                setSaved(null);
              }}
              aria-label={t('letterGeneration.language')}
            />
          </Stack>
        </Group>
        <Select
          label={t('letterGeneration.contact')}
          data={[
            { value: '', label: t('letterGeneration.noContact') },
            ...customer.contacts.filter((c) => c.name.trim()).map((c) => ({ value: c.id, label: c.role ? `${c.name} (${c.role})` : c.name })),
          ]}
          value={contactId ?? ''}
          allowDeselect={false}
          onChange={(value) => {
            setContactId(value ? value : null);
            setSaved(null);
          }}
        />
        {kind === 'formal-notice' && (
          <TextInput
            label={t('letterGeneration.tracking')}
            description={t('letterGeneration.trackingHint')}
            value={tracking}
            onChange={(event) => {
              setTracking(event.currentTarget.value);
              setSaved(null);
            }}
            error={trackingCheck && !trackingCheck.ok ? t('letterGeneration.trackingInvalid') : null}
            data-testid="composer-tracking"
          />
        )}

        <Box>
          <Text size="sm" fw={500} mb={4}>
            {t('letterGeneration.invoices', { count: invoiceIds.length })}
          </Text>
          {openInvoices.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('letterGeneration.noOpenInvoices')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={220} type="auto">
              <Table striped withRowBorders={false} fz="sm" verticalSpacing={4}>
                <Table.Tbody>
                  {openInvoices.map((invoice) => {
                    const late = daysLate(invoice, day);
                    return (
                      <Table.Tr key={invoice.id}>
                        <Table.Td w={32}>
                          <Checkbox
                            checked={invoiceIds.includes(invoice.id)}
                            onChange={() => toggleInvoice(invoice.id)}
                            aria-label={t('letterGeneration.includeInvoice', { number: invoice.number })}
                          />
                        </Table.Td>
                        <Table.Td>{invoice.number}</Table.Td>
                        <Table.Td c={late > 0 ? 'red' : 'dimmed'}>
                          {late > 0 ? t('letterGeneration.daysLate', { count: late }) : t('letterGeneration.dueOn', { date: format.date(invoice.dueDate) })}
                        </Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {format.money(invoice.openCents)}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          )}
        </Box>

        {penalties && penalties.interestCents + penalties.indemnityCents > 0 && (
          <Text size="sm" data-testid="composer-penalties">
            {t('letterGeneration.penalties', {
              interest: format.money(penalties.interestCents),
              indemnity: format.money(penalties.indemnityCents),
            })}
          </Text>
        )}
        {penaltyWarnings.length > 0 && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} p="xs">
            <List size="xs" spacing={2}>
              {penaltyWarnings.map((w) => (
                <List.Item key={w}>{w}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {!composed.ok && (
          <Alert color="red" title={t('letterGeneration.refused')} data-testid="composer-missing">
            <List size="sm" spacing={2}>
              {composed.missing.map((key) => (
                <List.Item key={key}>{t(key)}</List.Item>
              ))}
              {composed.errors.map((error) => (
                <List.Item key={`${error.line}:${error.column}:${error.code}`}>
                  {t('letterGeneration.templateError', { line: error.line, column: error.column })}
                </List.Item>
              ))}
            </List>
            <Group gap="md" mt="xs">
              {composed.missing.some((key) => key.startsWith('templates.missing.company')) && (
                <Anchor component={Link} to="/parametres" size="sm" onClick={onClose}>
                  {t('letterGeneration.fixCompany')}
                </Anchor>
              )}
              {composed.missing.includes('templates.missing.signatureName') && (
                <Anchor component={Link} to="/parametres?tab=letters" size="sm" onClick={onClose}>
                  {t('letterGeneration.fixLetters')}
                </Anchor>
              )}
            </Group>
          </Alert>
        )}
        {failure && (
          <Alert color="red" withCloseButton onClose={() => setFailure(null)} data-testid="composer-failure">
            {failure}
          </Alert>
        )}

        {saved ? (
          <Alert color="teal" variant="light" title={t('letterGeneration.savedTitle')} data-testid="composer-saved">
            <Text size="xs" c="dimmed" mb="xs" style={{ wordBreak: 'break-all' }}>
              {saved.path}
            </Text>
            <Group gap="xs">
              <Button size="xs" leftSection={<IconPrinter size={14} />} onClick={() => void print()}>
                {t('letterGeneration.print')}
              </Button>
              <Button size="xs" variant="light" leftSection={<IconExternalLink size={14} />} onClick={() => void open()}>
                {t('letterGeneration.open')}
              </Button>
              <Button size="xs" variant="light" leftSection={<IconMail size={14} />} onClick={() => void email()}>
                {t('letterGeneration.email')}
              </Button>
              <Button size="xs" variant="subtle" leftSection={<IconFolder size={14} />} onClick={() => void reveal()}>
                {t('letterGeneration.reveal')}
              </Button>
              <Anchor component={Link} to={`/documents?client=${customer.id}`} size="sm" onClick={onClose}>
                {t('letterGeneration.toDocuments')}
              </Anchor>
            </Group>
          </Alert>
        ) : (
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('letterGeneration.cancel')}
            </Button>
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={() => void save()}
              loading={saving}
              disabled={!composed.ok || (trackingCheck !== null && !trackingCheck.ok)}
              data-testid="composer-save"
            >
              {t('letterGeneration.save')}
            </Button>
          </Group>
        )}
      </Stack>
      <LetterPreview composed={previewSource.ok ? previewSource.letter : null} />
    </SimpleGrid>
  );
}

/** The PDF as main lays it out, drawn by pdf.js; the previous pages stay until the new ones are drawn. */
function LetterPreview({ composed }: { composed: Parameters<typeof bridgeLetter>[0] | null }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ busy: boolean; pages: number; error: string | null }>({ busy: false, pages: 0, error: null });

  useEffect(() => {
    if (!composed || !container.current) return;
    let live = true;
    let destroy: (() => void) | null = null;
    setState((s) => ({ ...s, busy: true, error: null }));
    void (async () => {
      const result = await bridgeLetter(composed);
      if (!live) return;
      if (!result.ok) {
        setState({ busy: false, pages: 0, error: bridgeErrorMessage(t, result.error) });
        return;
      }
      try {
        const rendered = await renderPdfInto(container.current!, result.data.bytes, PREVIEW_WIDTH);
        destroy = rendered.destroy;
        if (live) setState({ busy: false, pages: rendered.pages, error: null });
      } catch (error) {
        if (live) setState({ busy: false, pages: 0, error: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      live = false;
      destroy?.();
    };
  }, [composed, t]);

  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {t('letterGeneration.preview')}
        </Text>
        <Text size="xs" c="dimmed" data-testid="composer-preview-pages">
          {state.busy ? t('letterGeneration.previewBusy') : state.pages > 0 ? t('letterGeneration.pages', { count: state.pages }) : ''}
        </Text>
      </Group>
      {state.error && <Alert color="red">{state.error}</Alert>}
      {!composed && (
        <Text size="sm" c="dimmed">
          {t('letterGeneration.noPreview')}
        </Text>
      )}
      <ScrollArea h={composed ? 700 : 160} type="auto" style={{ background: 'var(--mantine-color-gray-2)', borderRadius: 8 }}>
        <Stack
          ref={container}
          gap="md"
          p="md"
          align="center"
          data-testid="composer-preview"
          style={{ ['--page-shadow' as string]: '0 1px 4px rgba(0,0,0,.25)' }}
          className="letter-preview-pages"
        />
      </ScrollArea>
    </Stack>
  );
}

const bridgeLetter = (letter: import('../../../../electron/letter-spec').LetterSpec) => bridge().previewLetter({ letter });
