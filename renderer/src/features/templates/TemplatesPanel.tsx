import { Box, Button, Grid, Group, Loader, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../app/clock';
import { database } from '../../db/database';
import { deleteTemplate, duplicateTemplate, loadTemplates, resetTemplate, saveTemplate, templateErrors } from '../../db/templates';
import type { Template } from '../../domain/model';
import { isModified } from '../../domain/templates/choose';
import { TEMPLATE_TONES, type TemplateLanguage, type TemplateTone } from '../../domain/templates/kinds';
import { previewTemplate } from '../../domain/templates/preview';
import { TemplateEditor, type Draft } from './TemplateEditor';
import { TemplateList, TemplatePicker } from './TemplateList';
import { TemplatePreviewPane } from './TemplatePreviewPane';

const draftOf = (template: Template): Draft => ({
  subject: template.subject,
  body: template.body,
  language: template.language,
  tone: template.tone,
});

const sameDraft = (a: Draft, b: Draft) => a.subject === b.subject && a.body === b.body && a.language === b.language && a.tone === b.tone;

/**
 * Paramètres → Modèles: the templates by kind, filtered by language and tone; the selected one in
 * an editor with a live preview on sample data. Unsaved edits are kept per template while the
 * user looks at others, and marked in the list.
 */
export function TemplatesPanel() {
  const { t, i18n } = useTranslation();
  const templates = useLiveQuery(() => loadTemplates(database()), []);
  const [language, setLanguage] = useState<TemplateLanguage>(i18n.language === 'en' ? 'en' : 'fr');
  const [tone, setTone] = useState<TemplateTone | 'all'>('all');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [saving, setSaving] = useState(false);
  const [confirm, setConfirm] = useState<'reset' | 'delete' | null>(null);

  const shown = useMemo(
    () => (templates ?? []).filter((template) => template.language === language && (tone === 'all' || template.tone === tone)),
    [templates, language, tone],
  );
  const selected = shown.find((template) => template.id === selectedId) ?? shown[0] ?? null;
  const draft = useMemo(() => (selected ? (drafts[selected.id] ?? draftOf(selected)) : null), [selected, drafts]);
  const dirty = draft !== null && selected !== null && !sameDraft(draft, draftOf(selected));
  // The same set object while the same templates are unsaved, so the list is not redrawn per keystroke.
  const unsavedKey = Object.entries(drafts)
    .filter(([id, value]) => {
      const template = templates?.find((candidate) => candidate.id === id);
      return template !== undefined && !sameDraft(value, draftOf(template));
    })
    .map(([id]) => id)
    .sort()
    .join('\n');
  const unsaved = useMemo(() => new Set(unsavedKey === '' ? [] : unsavedKey.split('\n')), [unsavedKey]);

  const errors = useMemo(
    () => (selected && draft ? templateErrors({ kind: selected.kind, subject: draft.subject, body: draft.body }) : { subject: [], body: [] }),
    [selected, draft],
  );
  // The preview follows typing a keystroke behind if it must; the errors never lag.
  const kind = selected?.kind ?? null;
  const source = useMemo(() => (kind && draft ? { kind, ...draft } : null), [kind, draft]);
  const previewSource = useDeferredValue(source);
  const preview = useMemo(() => (previewSource ? previewTemplate(previewSource, today()) : null), [previewSource]);

  const forget = (id: string) =>
    setDrafts((current) => {
      const next = { ...current };
      delete next[id];
      return next;
    });

  const show = (template: Template) => {
    setSelectedId(template.id);
    if (template.language !== language) setLanguage(template.language);
    if (tone !== 'all' && template.tone !== tone) setTone('all');
  };

  const failed = (error: unknown) =>
    notifications.show({
      color: 'red',
      title: t('common.error'),
      message: t('templates.editor.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
    });

  const save = async () => {
    if (!selected || !draft) return;
    setSaving(true);
    try {
      const result = await saveTemplate(database(), { ...selected, ...draft });
      if (!result.ok) {
        notifications.show({ color: 'red', message: t('templates.editor.saveRefused') });
        return;
      }
      forget(selected.id);
      show(result.template);
      notifications.show({ color: 'teal', message: t('templates.editor.saved') });
    } catch (error) {
      failed(error);
    } finally {
      setSaving(false);
    }
  };

  const duplicate = async () => {
    if (!selected || !draft) return;
    const clean = errors.subject.length === 0 && errors.body.length === 0;
    try {
      const copy = await duplicateTemplate(database(), clean ? { ...selected, ...draft } : selected);
      show(copy);
      notifications.show({ color: 'teal', message: t('templates.editor.duplicated') });
    } catch (error) {
      failed(error);
    }
  };

  const confirmed = async () => {
    if (!selected) return;
    const action = confirm;
    setConfirm(null);
    try {
      if (action === 'reset') {
        await resetTemplate(database(), selected.id);
        forget(selected.id);
        notifications.show({ color: 'teal', message: t('templates.reset.done') });
      } else if (action === 'delete') {
        await deleteTemplate(database(), selected.id);
        forget(selected.id);
        setSelectedId(null);
        notifications.show({ color: 'teal', message: t('templates.editor.deleted') });
      }
    } catch (error) {
      failed(error);
    }
  };

  if (!templates) return <Loader size="sm" />;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={760}>
        {t('templates.intro')}
      </Text>
      <Group align="flex-end" gap="md" wrap="wrap">
        <Stack gap={4}>
          <Text size="xs" fw={500} id="templates-language">
            {t('templates.filters.language')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby="templates-language"
            value={language}
            onChange={(value) => setLanguage(value === 'en' ? 'en' : 'fr')}
            data={(['fr', 'en'] as const).map((value) => ({ value, label: t(`templates.languages.${value}`) }))}
          />
        </Stack>
        <Select
          size="xs"
          w={170}
          label={t('templates.filters.tone')}
          value={tone}
          allowDeselect={false}
          onChange={(value) => setTone((value as TemplateTone | 'all' | null) ?? 'all')}
          data={[
            { value: 'all', label: t('templates.filters.allTones') },
            ...TEMPLATE_TONES.map((value) => ({ value, label: t(`templates.tones.${value}`) })),
          ]}
        />
        <Box hiddenFrom="xl">
          <TemplatePicker templates={shown} selectedId={selected?.id ?? null} unsaved={unsaved} onSelect={setSelectedId} />
        </Box>
      </Group>
      <Group align="flex-start" wrap="nowrap" gap="md">
        {/* A column of its own only where the window leaves the editor and the preview enough room. */}
        <Box visibleFrom="xl" w={200} style={{ flexShrink: 0 }}>
          <TemplateList templates={shown} selectedId={selected?.id ?? null} unsaved={unsaved} onSelect={setSelectedId} />
        </Box>
        {selected && draft && preview ? (
          <Grid gap="lg" style={{ flex: 1, minWidth: 0 }}>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <TemplateEditor
                key={selected.id}
                template={selected}
                draft={draft}
                errors={errors}
                dirty={dirty}
                modified={isModified(selected)}
                saving={saving}
                onChange={(next) => setDrafts((current) => ({ ...current, [selected.id]: next }))}
                onSave={() => void save()}
                onReset={() => setConfirm('reset')}
                onDuplicate={() => void duplicate()}
                onDelete={() => setConfirm('delete')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <TemplatePreviewPane preview={preview} />
            </Grid.Col>
          </Grid>
        ) : null}
      </Group>
      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm === 'delete' ? t('templates.remove.title') : t('templates.reset.title')}
        centered
      >
        <Stack>
          <Text size="sm">{confirm === 'delete' ? t('templates.remove.body') : t('templates.reset.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)}>
              {t('common.cancel')}
            </Button>
            <Button color={confirm === 'delete' ? 'red' : undefined} onClick={() => void confirmed()} data-autofocus>
              {confirm === 'delete' ? t('templates.remove.confirm') : t('templates.reset.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
