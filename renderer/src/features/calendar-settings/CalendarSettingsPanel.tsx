import { ActionIcon, Button, Group, Loader, Paper, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBell, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../app/clock';
import { useFormat } from '../../app/format';
import { loadCalendarSettings, saveCalendarSettings, type CalendarSettings } from '../../db/calendar-settings';
import { database } from '../../db/database';
import type { ClosedPeriodErrors } from '../../domain/calendar/calendar-rules';
import { validateClosedPeriod } from '../../domain/calendar/calendar-rules';
import type { HolidayZone } from '../../domain/calendar/business-calendar';
import { DEFAULT_NOTIFY_AT, parseClockTime, type ClockTimeError } from '../../domain/calendar/daily-run';
import { holidays } from '../../domain/calendar/holidays';

const ZONES: HolidayZone[] = ['metropole', 'alsace-moselle'];

/**
 * Paramètres → Calendrier: the holiday zone and the company's closing periods, the days no
 * follow-up is planned on; this year's holidays listed so the user sees what the zone means; when
 * the day's desktop notification is sent.
 */
export function CalendarSettingsPanel() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [settings, setSettings] = useState<CalendarSettings | null>(null);
  const [draft, setDraft] = useState({ from: '', to: '', label: '' });
  const [errors, setErrors] = useState<ClosedPeriodErrors & { overlap?: { from: string; to: string } }>({});
  const [time, setTime] = useState(DEFAULT_NOTIFY_AT);
  const [timeError, setTimeError] = useState<ClockTimeError | null>(null);

  useEffect(() => {
    void loadCalendarSettings(database()).then((loaded) => {
      setSettings(loaded);
      setTime(loaded.notifyAt ?? DEFAULT_NOTIFY_AT);
    });
  }, []);

  const year = Number(today().slice(0, 4));
  const list = useMemo(() => (settings ? holidays(year, settings.zone) : []), [settings, year]);

  if (!settings) return <Loader />;

  const save = async (next: CalendarSettings, message = t('calendarSettings.saved')) => {
    await saveCalendarSettings(database(), next);
    setSettings(await loadCalendarSettings(database()));
    notifications.show({ color: 'teal', message });
  };

  /** The time field is saved when the user leaves it or presses Enter, once it reads as a time. */
  const commitTime = async () => {
    if (settings.notifyAt === null) return;
    const parsed = parseClockTime(time);
    if (!parsed.ok) return setTimeError(parsed.error);
    setTimeError(null);
    setTime(parsed.value);
    if (parsed.value === settings.notifyAt) return;
    await save({ ...settings, notifyAt: parsed.value }, t('calendarSettings.notifications.timeSaved', { time: parsed.value }));
  };

  const toggleDaily = async (on: boolean) => {
    if (!on) {
      setTimeError(null);
      return save({ ...settings, notifyAt: null }, t('calendarSettings.notifications.off'));
    }
    const parsed = parseClockTime(time);
    const notifyAt = parsed.ok ? parsed.value : DEFAULT_NOTIFY_AT;
    setTime(notifyAt);
    setTimeError(null);
    await save({ ...settings, notifyAt }, t('calendarSettings.notifications.timeSaved', { time: notifyAt }));
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
      <Paper withBorder p="md" radius="md" maw={560} data-testid="notification-settings">
        <Group gap="xs" mb={4} wrap="nowrap">
          <IconBell size={18} stroke={1.6} aria-hidden />
          <Title order={3} size="h5">
            {t('calendarSettings.notifications.title')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed" mb="sm">
          {t('calendarSettings.notifications.intro')}
        </Text>
        <Stack gap="sm">
          <Switch
            label={t('calendarSettings.notifications.daily')}
            checked={settings.notifyAt !== null}
            onChange={(e) => void toggleDaily(e.currentTarget.checked)}
            data-testid="notify-daily"
          />
          <TextInput
            label={t('calendarSettings.notifications.time')}
            description={t('calendarSettings.notifications.timeHint')}
            value={time}
            disabled={settings.notifyAt === null}
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            w={200}
            onChange={(e) => {
              setTime(e.currentTarget.value);
              if (timeError) setTimeError(null);
            }}
            onBlur={() => void commitTime()}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void commitTime();
            }}
            error={timeError ? t(`calendarSettings.notifications.errors.${timeError}`) : null}
            data-testid="notify-at"
          />
        </Stack>
      </Paper>
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
