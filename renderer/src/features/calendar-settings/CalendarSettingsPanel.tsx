import { ActionIcon, Button, Group, Loader, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../app/clock';
import { useFormat } from '../../app/format';
import { loadCalendarSettings, saveCalendarSettings, type CalendarSettings } from '../../db/calendar-settings';
import { database } from '../../db/database';
import type { ClosedPeriodErrors } from '../../domain/calendar/calendar-rules';
import { validateClosedPeriod } from '../../domain/calendar/calendar-rules';
import type { HolidayZone } from '../../domain/calendar/business-calendar';
import { holidays } from '../../domain/calendar/holidays';

const ZONES: HolidayZone[] = ['metropole', 'alsace-moselle'];

/**
 * Paramètres → Calendrier: the holiday zone and the company's closing periods, the days no
 * follow-up is planned on; this year's holidays listed so the user sees what the zone means.
 */
export function CalendarSettingsPanel() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [settings, setSettings] = useState<CalendarSettings | null>(null);
  const [draft, setDraft] = useState({ from: '', to: '', label: '' });
  const [errors, setErrors] = useState<ClosedPeriodErrors & { overlap?: { from: string; to: string } }>({});

  useEffect(() => {
    void loadCalendarSettings(database()).then(setSettings);
  }, []);

  const year = Number(today().slice(0, 4));
  const list = useMemo(() => (settings ? holidays(year, settings.zone) : []), [settings, year]);

  if (!settings) return <Loader />;

  const save = async (next: CalendarSettings) => {
    await saveCalendarSettings(database(), next);
    setSettings(await loadCalendarSettings(database()));
    notifications.show({ color: 'teal', message: t('calendarSettings.saved') });
  };

  const add = async () => {
    const checked = validateClosedPeriod(draft);
    if (!checked.ok) return setErrors(checked.errors);
    const clash = settings.closings.find((c) => c.from <= checked.value.to && checked.value.from <= c.to);
    if (clash) return setErrors({ overlap: { from: format.date(clash.from), to: format.date(clash.to) } });
    setErrors({});
    setDraft({ from: '', to: '', label: '' });
    await save({ ...settings, closings: [...settings.closings, checked.value] });
  };

  const fieldError = (field: 'from' | 'to' | 'label') => {
    const error = errors[field];
    return error ? t(`calendarSettings.errors.${error.code}`, error.params) : null;
  };

  return (
    <Stack gap="md" maw={900}>
      <Text size="sm" c="dimmed">
        {t('calendarSettings.intro')}
      </Text>
      <Select
        label={t('calendarSettings.zone')}
        data={ZONES.map((zone) => ({ value: zone, label: t(`calendarSettings.zones.${zone}`) }))}
        value={settings.zone}
        allowDeselect={false}
        onChange={(value) => value && void save({ ...settings, zone: value as HolidayZone })}
        maw={560}
        data-testid="calendar-zone"
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h5" mb="sm">
            {t('calendarSettings.closings')}
          </Title>
          {settings.closings.length === 0 ? (
            <Text size="sm" c="dimmed" mb="sm">
              {t('calendarSettings.noClosing')}
            </Text>
          ) : (
            <Stack gap={4} mb="sm" data-testid="closings">
              {settings.closings.map((c) => (
                <Group key={`${c.from}-${c.to}`} justify="space-between" wrap="nowrap">
                  <Text size="sm">
                    {t('calendarSettings.period', { from: format.date(c.from), to: format.date(c.to) })}
                    {c.label ? ` · ${c.label}` : ''}
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('calendarSettings.remove', { from: format.date(c.from), to: format.date(c.to) })}
                    onClick={() => void save({ ...settings, closings: settings.closings.filter((x) => x !== c) })}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ))}
            </Stack>
          )}
          <Group align="flex-start" grow>
            <TextInput type="date" label={t('calendarSettings.from')} value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })} error={fieldError('from')} />
            <TextInput type="date" label={t('calendarSettings.to')} value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })} error={fieldError('to')} />
          </Group>
          <TextInput
            mt="xs"
            label={t('calendarSettings.label')}
            placeholder={t('calendarSettings.labelPlaceholder')}
            value={draft.label}
            onChange={(e) => setDraft({ ...draft, label: e.currentTarget.value })}
            error={fieldError('label')}
          />
          {errors.overlap && (
            <Text size="sm" c="red" mt={4}>
              {t('calendarSettings.errors.overlap', errors.overlap)}
            </Text>
          )}
          <Button mt="sm" leftSection={<IconPlus size={16} />} variant="light" onClick={() => void add()} data-testid="add-closing">
            {t('calendarSettings.add')}
          </Button>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h5" mb="sm">
            {t('calendarSettings.holidaysOf', { year })}
          </Title>
          <Table fz="sm" verticalSpacing={2} data-testid="holiday-list">
            <Table.Tbody>
              {list.map((h) => (
                // Holidays already past are dimmed: the ones ahead are what the calendar skips.
                <Table.Tr key={`${h.date}-${h.name}`} c={h.date < today() ? 'dimmed' : undefined}>
                  <Table.Td w={110}>{format.date(h.date)}</Table.Td>
                  <Table.Td>{i18n.language === 'en' ? h.nameEn : h.name}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
