import { ActionIcon, Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../db/database';
import type { ScenarioAction } from '../../domain/model';
import { moveItem, scenarioFromDraft, scenarioTimeline, type ScenarioDraft, type ScenarioFormIssue, type StepDraft } from '../../domain/scenario-form';
import { formatOffset, scheduleIssueParams } from '../../domain/schedule/messages';
import { effectiveOffsets, SCENARIO_ACTIONS } from '../../domain/schedule/scenario';

/**
 * The editor of one of the user's scenarios: name, minimum, the ordered steps. Checked as the user
 * types (validateScenario's French sentences next to the step concerned); saving stays disabled
 * while anything is wrong.
 */
export function ScenarioEditor({
  initial,
  isNew,
  onSave,
  onCancel,
}: {
  initial: ScenarioDraft;
  isNew: boolean;
  /** Stores the scenario; resolves when done (errors are shown by the caller). */
  onSave(draft: ScenarioDraft): Promise<void>;
  onCancel(): void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const [draft, setDraft] = useState<ScenarioDraft>(initial);
  const [saving, setSaving] = useState(false);
  const { scenario, issues } = useMemo(() => scenarioFromDraft(draft), [draft]);
  const offsets = useMemo(() => effectiveOffsets(scenario.steps), [scenario]);

  const message = (issue: ScenarioFormIssue) =>
    issue.code === 'minimum-format' ? t('scenarios.editor.minimumFormat') : t(`schedule.errors.${issue.code}`, scheduleIssueParams(issue, language));
  const general = issues.filter((i) => i.stepId === undefined && i.code !== 'name-empty' && i.code !== 'minimum-invalid' && i.code !== 'minimum-format');
  const fieldIssue = (...codes: string[]) => {
    const found = issues.filter((i) => codes.includes(i.code));
    return found.length > 0 ? found.map(message).join(' ') : null;
  };

  const setStep = (index: number, patch: Partial<StepDraft>) =>
    setDraft((d) => ({ ...d, steps: d.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)) }));
  const move = (index: number, delta: -1 | 1) => setDraft((d) => ({ ...d, steps: moveItem(d.steps, index, delta) }));
  const remove = (index: number) => setDraft((d) => ({ ...d, steps: d.steps.filter((_, i) => i !== index) }));
  const add = () =>
    setDraft((d) => ({
      ...d,
      steps: [...d.steps, { id: `step-${newId()}`, action: 'email-reminder', days: d.steps.length === 0 ? '3' : '7', relativeTo: d.steps.length === 0 ? 'due' : 'previous', label: '' }],
    }));

  const save = async () => {
    if (issues.length > 0 || saving) return;
    setSaving(true);
    try {
      await onSave(draft);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="scenario-editor" onKeyDown={getHotkeyHandler([['mod+Enter', () => void save()]])}>
      <Stack gap="md">
        <Title order={3} size="h4">
          {isNew ? t('scenarios.editor.titleNew') : t('scenarios.editor.titleEdit', { name: initial.name })}
        </Title>
        <Group align="flex-start" grow>
          <TextInput
            label={t('scenarios.editor.name')}
            placeholder={t('scenarios.editor.namePlaceholder')}
            withAsterisk
            autoFocus
            value={draft.name}
            onChange={(e) => {
              const name = e.currentTarget.value;
              setDraft((d) => ({ ...d, name }));
            }}
            error={fieldIssue('name-empty')}
          />
          <TextInput
            label={t('scenarios.editor.minimum')}
            description={t('scenarios.editor.minimumHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            rightSection="€"
            inputMode="decimal"
            value={draft.minimum}
            onChange={(e) => {
              const minimum = e.currentTarget.value;
              setDraft((d) => ({ ...d, minimum }));
            }}
            error={fieldIssue('minimum-format', 'minimum-invalid')}
          />
        </Group>

        <Title order={4} size="h5">
          {t('scenarios.editor.steps')}
        </Title>
        <Stack gap="xs" data-testid="scenario-steps">
          {draft.steps.map((step, index) => {
            const position = index + 1;
            const stepIssues = issues.filter((i) => i.stepId === step.id);
            const offset = offsets[index]!;
            return (
              <Paper
                key={step.id}
                withBorder
                p="xs"
                radius="sm"
                data-testid="scenario-step"
                data-invalid={stepIssues.length > 0 ? '' : undefined}
                style={stepIssues.length > 0 ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
                aria-label={t('scenarios.editor.stepNumber', { position })}
                role="group"
              >
                <Group align="flex-end" gap="xs" wrap="nowrap">
                  <Text fw={600} w={22} pb={6} ta="right">
                    {position}.
                  </Text>
                  <NativeSelect
                    label={t('scenarios.editor.action')}
                    data={SCENARIO_ACTIONS.map((action) => ({ value: action, label: t(`schedule.actions.${action}`) }))}
                    value={step.action}
                    onChange={(e) => setStep(index, { action: e.currentTarget.value as ScenarioAction })}
                    w={260}
                  />
                  <TextInput
                    label={t('scenarios.editor.days')}
                    inputMode="numeric"
                    value={step.days}
                    onChange={(e) => setStep(index, { days: e.currentTarget.value })}
                    w={110}
                  />
                  <NativeSelect
                    label={t('scenarios.editor.relativeTo')}
                    data={(['due', 'previous'] as const).map((value) => ({ value, label: t(`scenarios.editor.relative.${value}`) }))}
                    value={step.relativeTo}
                    onChange={(e) => setStep(index, { relativeTo: e.currentTarget.value as StepDraft['relativeTo'] })}
                    w={200}
                  />
                  <Badge variant="light" color={Number.isFinite(offset) ? 'blue' : 'gray'} mb={6} miw={56} data-testid="step-offset">
                    {Number.isFinite(offset) ? formatOffset(offset, language) : '?'}
                  </Badge>
                  {step.action === 'custom' ? (
                    <TextInput
                      label={t('scenarios.editor.label')}
                      placeholder={t('scenarios.editor.labelPlaceholder')}
                      withAsterisk
                      value={step.label}
                      onChange={(e) => setStep(index, { label: e.currentTarget.value })}
                      style={{ flex: 1 }}
                    />
                  ) : (
                    <div style={{ flex: 1 }} />
                  )}
                  <Group gap={2} wrap="nowrap" pb={4}>
                    <Tooltip label={t('scenarios.editor.moveUp', { position })}>
                      <ActionIcon variant="subtle" disabled={index === 0} aria-label={t('scenarios.editor.moveUp', { position })} onClick={() => move(index, -1)}>
                        <IconArrowUp size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('scenarios.editor.moveDown', { position })}>
                      <ActionIcon
                        variant="subtle"
                        disabled={index === draft.steps.length - 1}
                        aria-label={t('scenarios.editor.moveDown', { position })}
                        onClick={() => move(index, 1)}
                      >
                        <IconArrowDown size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('scenarios.editor.remove', { position })}>
                      <ActionIcon variant="subtle" color="red" aria-label={t('scenarios.editor.remove', { position })} onClick={() => remove(index)}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Group>
                {stepIssues.length > 0 && (
                  <Stack gap={2} mt={6} ml={30} data-testid="step-issues">
                    {stepIssues.map((issue) => (
                      <Text key={`${issue.code}-${index}`} size="sm" c="red">
                        {message(issue)}
                      </Text>
                    ))}
                  </Stack>
                )}
              </Paper>
            );
          })}
        </Stack>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add} style={{ alignSelf: 'flex-start' }}>
          {t('scenarios.editor.addStep')}
        </Button>

        {general.length > 0 && (
          <Alert color="red" variant="light" data-testid="scenario-general-issues">
            {general.map((issue) => (
              <Text key={issue.code} size="sm">
                {message(issue)}
              </Text>
            ))}
          </Alert>
        )}

        <div>
          <Text size="sm" fw={500}>
            {t('scenarios.editor.preview')}
          </Text>
          <Text size="sm" c="dimmed" data-testid="scenario-timeline">
            {scenario.steps.length > 0 ? scenarioTimeline(scenario.steps, language) : t('scenarios.editor.emptyPreview')}
          </Text>
        </div>

        <Group justify="flex-end" gap="sm">
          {issues.length > 0 && (
            <Text size="sm" c="red" data-testid="scenario-blocked">
              {t('scenarios.editor.fixFirst', { count: issues.length })}
            </Text>
          )}
          <Button variant="default" onClick={onCancel}>
            {t('scenarios.editor.cancel')}
          </Button>
          <Button leftSection={<IconDeviceFloppy size={18} />} disabled={issues.length > 0} loading={saving} onClick={() => void save()}>
            {t('scenarios.editor.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
