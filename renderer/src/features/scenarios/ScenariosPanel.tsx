import { Badge, Button, Group, Loader, Modal, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nowTimestamp, today } from '../../app/clock';
import { useFormat } from '../../app/format';
import { database, newId } from '../../db/database';
import { loadAssignments, loadScenarios, runPlanning, saveAssignments, saveScenario } from '../../db/schedule';
import type { Id, Scenario } from '../../domain/model';
import {
  copyDraft,
  customerGroups,
  draftFromScenario,
  scenarioFromDraft,
  scenarioTimeline,
  scenarioUsage,
  type ScenarioDraft,
  type ScenarioUsage,
} from '../../domain/scenario-form';
import { DEFAULT_SCENARIO_ID, validateScenario, type ScenarioAssignments } from '../../domain/schedule/scenario';
import { deleteScenario } from './mutations';
import { ScenarioEditor } from './ScenarioEditor';

type Editing = { draft: ScenarioDraft; isNew: boolean } | null;

/**
 * Paramètres → Scénarios: the escalation ladders (the built-in one to copy, the user's own to edit
 * or delete), and who follows which (company default, customer groups). Every change plans the
 * calendar again so it follows at once.
 */
export function ScenariosPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const format = useFormat();
  const data = useLiveQuery(async () => {
    const db = database();
    const [scenarios, assignments, customers] = await Promise.all([loadScenarios(db), loadAssignments(db), db.customers.toArray()]);
    return { scenarios, assignments, customers };
  }, []);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Scenario | null>(null);

  const groups = useMemo(() => (data ? customerGroups(data.customers, data.assignments) : []), [data]);

  if (!data) return <Loader />;
  const { scenarios, assignments, customers } = data;

  const displayName = (s: Scenario) => (s.builtIn ? t('scenarios.builtInName', { name: s.name }) : s.name);
  const usable = scenarios.filter((s) => validateScenario(s).length === 0);
  const usageText = (usage: ScenarioUsage) => {
    const who = [
      ...(usage.isDefault ? [t('scenarios.usedAsDefault')] : []),
      ...usage.groups.map((group) => t('scenarios.usedByGroup', { group })),
      ...(usage.customers.length > 0 ? [t('scenarios.usedByCustomers', { count: usage.customers.length })] : []),
    ];
    return who.join(', ');
  };

  const replan = async (success: string) => {
    try {
      await runPlanning(database(), today());
      notifications.show({ color: 'teal', message: success });
    } catch (error) {
      notifications.show({ color: 'orange', autoClose: false, message: t('scenarios.notices.planningFailed', { reason: reason(error) }) });
    }
  };
  const failed = (error: unknown) =>
    notifications.show({ color: 'red', autoClose: false, message: t('scenarios.notices.failed', { reason: reason(error) }) });

  const save = async (draft: ScenarioDraft) => {
    const { scenario } = scenarioFromDraft(draft);
    try {
      const result = await saveScenario(database(), scenario);
      if (!result.ok) {
        // The editor disables saving while validateScenario finds fault: only a race gets here.
        failed(new Error(result.issues.map((i) => t(`schedule.errors.${i.code}`)).join(' ')));
        return;
      }
      setEditing(null);
      await replan(t('scenarios.notices.saved', { name: result.scenario.name }));
    } catch (error) {
      failed(error);
    }
  };

  const assign = async (next: ScenarioAssignments) => {
    try {
      await saveAssignments(database(), next);
      await replan(t('scenarios.notices.assigned'));
    } catch (error) {
      failed(error);
    }
  };
  const setDefault = (id: string) => {
    const { defaultScenarioId: _old, ...rest } = assignments;
    void assign(id === DEFAULT_SCENARIO_ID ? rest : { ...rest, defaultScenarioId: id });
  };
  const setGroup = (group: string, id: string) => {
    const groupsNext: Record<string, Id> = { ...assignments.groups };
    if (id === '') delete groupsNext[group];
    else groupsNext[group] = id;
    void assign({ ...assignments, groups: groupsNext });
  };

  const confirmDelete = async () => {
    const target = deleting;
    if (!target) return;
    setDeleting(null);
    try {
      await deleteScenario(database(), target.id, nowTimestamp());
      if (editing?.draft.id === target.id) setEditing(null);
      await replan(t('scenarios.notices.deleted', { name: target.name }));
    } catch (error) {
      failed(error);
    }
  };

  const duplicate = (s: Scenario) =>
    setEditing({ draft: copyDraft(s, `scenario-${newId()}`, t('scenarios.copyName', { name: s.name })), isNew: true });
  const create = () =>
    setEditing({
      draft: { id: `scenario-${newId()}`, name: '', minimum: '0,00', steps: [{ id: `step-${newId()}`, action: 'email-reminder', days: '3', relativeTo: 'due', label: '' }] },
      isNew: true,
    });

  const scenarioOptions = usable.map((s) => ({ value: s.id, label: displayName(s) }));
  const deletingUsage = deleting ? scenarioUsage(deleting.id, customers, assignments) : null;

  return (
    <Stack gap="md" maw={1100} data-testid="scenarios-panel">
      <Text size="sm" c="dimmed">
        {t('scenarios.intro')}
      </Text>

      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h5">
            {t('scenarios.listTitle')}
          </Title>
          <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={create} disabled={editing !== null}>
            {t('scenarios.new')}
          </Button>
        </Group>
        <Table verticalSpacing="xs" data-testid="scenario-list">
          <Table.Tbody>
            {scenarios.map((s) => {
              const usage = scenarioUsage(s.id, customers, assignments);
              const used = usageText(usage);
              return (
                <Table.Tr key={s.id} data-testid="scenario-row" data-scenario-id={s.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text fw={600} size="sm">
                        {s.name}
                      </Text>
                      {s.builtIn && (
                        <Badge size="sm" variant="light" color="gray">
                          {t('scenarios.builtIn')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed" data-testid="scenario-row-timeline">
                      {scenarioTimeline(s.steps, language)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {s.minimumCents > 0 ? t('scenarios.minimumLine', { amount: format.money(s.minimumCents) }) : t('scenarios.noMinimum')}
                      {used ? ` · ${t('scenarios.usedBy', { who: used })}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td w={1}>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      {!s.builtIn && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          leftSection={<IconPencil size={14} />}
                          aria-label={t('scenarios.editNamed', { name: s.name })}
                          disabled={editing !== null}
                          onClick={() => setEditing({ draft: draftFromScenario(s), isNew: false })}
                        >
                          {t('scenarios.edit')}
                        </Button>
                      )}
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconCopy size={14} />}
                        aria-label={t('scenarios.duplicateNamed', { name: s.name })}
                        disabled={editing !== null}
                        onClick={() => duplicate(s)}
                      >
                        {t('scenarios.duplicate')}
                      </Button>
                      {!s.builtIn && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          leftSection={<IconTrash size={14} />}
                          aria-label={t('scenarios.deleteNamed', { name: s.name })}
                          onClick={() => setDeleting(s)}
                        >
                          {t('scenarios.delete')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>

      {editing && (
        <ScenarioEditor key={editing.draft.id} initial={editing.draft} isNew={editing.isNew} onSave={save} onCancel={() => setEditing(null)} />
      )}

      <Paper withBorder p="md" radius="md" data-testid="scenario-assignments">
        <Title order={3} size="h5" mb={4}>
          {t('scenarios.assign.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('scenarios.assign.intro')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
          <NativeSelect
            label={t('scenarios.assign.default')}
            data={scenarioOptions}
            value={assignments.defaultScenarioId !== undefined && usable.some((s) => s.id === assignments.defaultScenarioId) ? assignments.defaultScenarioId : DEFAULT_SCENARIO_ID}
            onChange={(e) => setDefault(e.currentTarget.value)}
            data-testid="default-scenario"
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('scenarios.assign.groups')}
            </Text>
            {groups.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid="no-group">
                {t('scenarios.assign.noGroup')}
              </Text>
            ) : (
              <Table verticalSpacing={4} data-testid="group-assignments">
                <Table.Tbody>
                  {groups.map((group) => {
                    const count = customers.filter((c) => c.group?.trim() === group).length;
                    const chosen = assignments.groups[group];
                    return (
                      <Table.Tr key={group} data-testid="group-row" data-group={group}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {group}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {t('scenarios.assign.customers', { count })}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <NativeSelect
                            aria-label={t('scenarios.assign.groupScenario', { group })}
                            data={[{ value: '', label: t('scenarios.assign.followDefault') }, ...scenarioOptions]}
                            value={chosen !== undefined && usable.some((s) => s.id === chosen) ? chosen : ''}
                            onChange={(e) => setGroup(group, e.currentTarget.value)}
                          />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
          </div>
        </SimpleGrid>
      </Paper>

      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title={t('scenarios.confirmDelete.title')} centered>
        {deleting && deletingUsage && (
          <Stack gap="sm">
            <Text size="sm">{t('scenarios.confirmDelete.text', { name: deleting.name })}</Text>
            <Text size="sm">
              {usageText(deletingUsage) === ''
                ? t('scenarios.confirmDelete.unused')
                : t('scenarios.confirmDelete.reassigned', {
                    who: [usageText(deletingUsage), deletingUsage.customers.length > 0 ? deletingUsage.customers.join(', ') : '']
                      .filter(Boolean)
                      .join(' : '),
                  })}
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setDeleting(null)}>
                {t('common.cancel')}
              </Button>
              <Button color="red" onClick={() => void confirmDelete()} data-autofocus>
                {t('scenarios.confirmDelete.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
