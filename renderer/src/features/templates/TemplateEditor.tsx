import { Alert, Anchor, Button, Group, List, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconAlertCircle, IconCopy, IconDeviceFloppy, IconRestore, IconTrash } from '@tabler/icons-react';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../domain/model';
import type { TemplateError } from '../../domain/templates/engine';
import { TEMPLATE_LANGUAGES, TEMPLATE_TONES } from '../../domain/templates/kinds';
import type { TemplateVariable } from '../../domain/templates/variables';
import { insertVariable, offsetOf } from './insert';
import { VariablePicker } from './VariablePicker';

export interface Draft {
  subject: string;
  body: string;
  language: Template['language'];
  tone: Template['tone'];
}

type Part = 'subject' | 'body';

/** A red frame only: Mantine's error state would turn the whole text red and hard to read. */
const errorBorder = (invalid: boolean) => (invalid ? { borderColor: 'var(--mantine-color-error)', borderWidth: 2 } : {});

/**
 * Subject and body of one template, the variable picker that inserts at the cursor, the errors
 * with their line and column (each one a link to the place), and the actions. Saving is refused
 * while there is an error; Ctrl + S saves from either field.
 */
export function TemplateEditor({
  template,
  draft,
  errors,
  dirty,
  modified,
  saving,
  onChange,
  onSave,
  onReset,
  onDuplicate,
  onDelete,
}: {
  template: Template;
  draft: Draft;
  errors: { subject: TemplateError[]; body: TemplateError[] };
  dirty: boolean;
  modified: boolean;
  saving: boolean;
  onChange: (draft: Draft) => void;
  onSave: () => void;
  onReset: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // Where the variable goes: the field the user was last in, at its cursor (the body at first).
  const lastField = useRef<Part>('body');
  const selection = useRef<Record<Part, [number, number]>>({ subject: [0, 0], body: [0, 0] });

  const fieldOf = (part: Part) => (part === 'subject' ? subjectRef.current : bodyRef.current);
  const remember = (part: Part) => () => {
    const field = fieldOf(part);
    lastField.current = part;
    if (field) selection.current[part] = [field.selectionStart ?? 0, field.selectionEnd ?? 0];
  };
  const focusAt = (part: Part, caret: number, end = caret) => {
    // After React has put the new text in the field.
    requestAnimationFrame(() => {
      const field = fieldOf(part);
      if (!field) return;
      field.focus();
      field.setSelectionRange(caret, end);
      selection.current[part] = [caret, end];
    });
  };

  // The picker keeps one callback for good (it is memoised); it reads the latest draft from here.
  const latest = useRef({ draft, onChange });
  latest.current = { draft, onChange };
  const pick = useCallback((variable: TemplateVariable) => {
    // A table must stand on its own line: only the body has lines.
    const part: Part = variable.type === 'table' ? 'body' : lastField.current;
    const [start, end] = selection.current[part];
    const current = latest.current.draft;
    const result = insertVariable(current[part], start, end, variable.name, variable.type);
    latest.current.onChange({ ...current, [part]: result.text });
    focusAt(part, result.caret);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refs only
  }, []);

  const errorCount = errors.subject.length + errors.body.length;
  const canSave = dirty && errorCount === 0 && !saving;
  const save = () => {
    if (canSave) onSave();
  };
  const hotkeys = getHotkeyHandler([['mod+S', save]]);

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('templates.editor.heading', {
          kind: t(`templates.kinds.${template.kind}`, { defaultValue: template.kind }),
          tone: t(`templates.tones.${draft.tone}`),
          language: t(`templates.languages.${draft.language}`),
        })}
      </Title>
      {!template.builtIn && (
        <Group grow>
          <Select
            label={t('templates.editor.language')}
            data={TEMPLATE_LANGUAGES.map((value) => ({ value, label: t(`templates.languages.${value}`) }))}
            value={draft.language}
            allowDeselect={false}
            onChange={(value) => value && onChange({ ...draft, language: value as Draft['language'] })}
          />
          <Select
            label={t('templates.editor.tone')}
            data={TEMPLATE_TONES.map((value) => ({ value, label: t(`templates.tones.${value}`) }))}
            value={draft.tone}
            allowDeselect={false}
            onChange={(value) => value && onChange({ ...draft, tone: value as Draft['tone'] })}
          />
        </Group>
      )}
      <TextInput
        ref={subjectRef}
        label={t('templates.editor.subject')}
        value={draft.subject}
        onChange={(event) => onChange({ ...draft, subject: event.currentTarget.value })}
        onSelect={remember('subject')}
        onKeyUp={remember('subject')}
        onFocus={remember('subject')}
        onKeyDown={hotkeys}
        aria-invalid={errors.subject.length > 0}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', ...errorBorder(errors.subject.length > 0) } }}
        data-testid="template-subject"
        spellCheck
      />
      <VariablePicker kind={template.kind} onPick={pick} />
      <Textarea
        ref={bodyRef}
        label={t('templates.editor.body')}
        value={draft.body}
        onChange={(event) => onChange({ ...draft, body: event.currentTarget.value })}
        onSelect={remember('body')}
        onKeyUp={remember('body')}
        onFocus={remember('body')}
        onKeyDown={hotkeys}
        aria-invalid={errors.body.length > 0}
        autosize
        minRows={12}
        maxRows={22}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13, lineHeight: 1.5, ...errorBorder(errors.body.length > 0) } }}
        data-testid="template-body"
        spellCheck
      />
      {errorCount > 0 ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={18} />}
          title={t('templates.editor.errorsTitle', { count: errorCount })}
          data-testid="template-errors"
          role="alert"
        >
          <List size="sm" spacing={4}>
            {(['subject', 'body'] as const).flatMap((part) =>
              errors[part].map((error, index) => (
                <List.Item key={`${part}-${index}`}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    fw={600}
                    title={t('templates.editor.goToError')}
                    onClick={() => {
                      const start = offsetOf(draft[part], error.line, error.column);
                      lastField.current = part;
                      focusAt(part, start);
                    }}
                  >
                    {t('templates.editor.position', { part: t(`templates.editor.parts.${part}`), line: error.line, column: error.column })}
                  </Anchor>{' '}
                  {t(error.key, error.params)}
                </List.Item>
              )),
            )}
          </List>
        </Alert>
      ) : (
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('templates.editor.help.variables', { example: '{{customer.name}}' })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('templates.editor.help.conditions', { example: '{{#if customer.isBusiness}} … {{else}} … {{/if}}' })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('templates.editor.help.tables', { example: '{{invoices.table}}' })}
          </Text>
        </Stack>
      )}
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Button leftSection={<IconDeviceFloppy size={16} />} onClick={save} disabled={!canSave} loading={saving}>
            {t('templates.editor.save')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('templates.editor.shortcut')}
          </Text>
        </Group>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconCopy size={16} />} onClick={onDuplicate}>
            {t('templates.editor.duplicate')}
          </Button>
          {template.builtIn ? (
            <Button variant="default" leftSection={<IconRestore size={16} />} onClick={onReset} disabled={!modified && !dirty}>
              {t('templates.editor.reset')}
            </Button>
          ) : (
            <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
              {t('templates.editor.delete')}
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
}
