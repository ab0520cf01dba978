import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_FIELDS, REQUIRED_CSV_FIELDS, type CsvField, type CsvMappingConfig } from '../../domain/import/csv-mapping';
import type { DetectionOverrides, Encoding, Separator } from '../../domain/import/types';
import type { AnalysisSummary } from './protocol';
import classes from './DetectionStep.module.css';

const SEPARATORS: [Separator, string][] = [
  ['\t', 'tab'],
  ['|', 'pipe'],
  [';', 'semicolon'],
  [',', 'comma'],
];
const ENCODINGS: Encoding[] = ['utf-8', 'windows-1252', 'iso-8859-15'];

export function DetectionStep({
  analysis,
  onOverride,
  onMapping,
}: {
  analysis: AnalysisSummary;
  onOverride(overrides: DetectionOverrides): void;
  onMapping(mapping: CsvMappingConfig): void;
}) {
  const { t } = useTranslation();
  const { detection } = analysis;
  const separatorName = SEPARATORS.find(([s]) => s === detection.separator)?.[1] ?? 'semicolon';

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={3}>{t('import.detection.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('import.detection.correct')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <Select
              label={t('import.detection.format')}
              value={detection.format}
              allowDeselect={false}
              data={(['fec', 'csv'] as const).map((f) => ({ value: f, label: t(`import.detection.formats.${f}`) }))}
              onChange={(value) => value && onOverride({ format: value as 'fec' | 'csv' })}
              data-testid="detected-format"
            />
            <Select
              label={t('import.detection.encoding')}
              value={detection.encoding}
              allowDeselect={false}
              data={ENCODINGS.map((e) => ({ value: e, label: t(`import.detection.encodings.${e}`) }))}
              onChange={(value) => value && onOverride({ encoding: value as Encoding })}
              data-testid="detected-encoding"
            />
            <Select
              label={t('import.detection.separator')}
              value={separatorName}
              allowDeselect={false}
              data={SEPARATORS.map(([, name]) => ({ value: name, label: t(`import.detection.separators.${name}`) }))}
              onChange={(value) => {
                const separator = SEPARATORS.find(([, name]) => name === value)?.[0];
                if (separator) onOverride({ separator });
              }}
              data-testid="detected-separator"
            />
            <Select
              label={t('import.detection.headerLine')}
              value={String(detection.headerLine)}
              allowDeselect={false}
              data={Array.from({ length: Math.max(detection.headerLine, 10) }, (_, i) => String(i + 1))}
              onChange={(value) => value && onOverride({ headerLine: Number(value) })}
              data-testid="detected-header-line"
            />
          </SimpleGrid>
          <Group gap="xl">
            <Text size="sm">
              <b>{t('import.detection.file')} :</b> {analysis.fileName}
            </Text>
            <Text size="sm" data-testid="detected-rows">
              <b>{t('import.detection.rows')} :</b> {detection.rowCount.toLocaleString('fr-FR')}
            </Text>
            {detection.fecAmounts && (
              <Text size="sm">{t(`import.detection.fecAmounts.${detection.fecAmounts}`)}</Text>
            )}
          </Group>
        </Stack>
      </Paper>

      {detection.format === 'csv' && analysis.mapping && (
        <MappingEditor header={analysis.header} mapping={analysis.mapping} saved={analysis.mappingSaved} onApply={onMapping} />
      )}

      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('import.detection.sample')}
        </Text>
        {/* Plain elements: this table appears as the analysis ends, and Mantine cells for a
            wide FEC made that first paint a long task. */}
        <div className={classes.scroll}>
          <table className={classes.sample} data-testid="detection-sample">
            <thead>
              <tr>
                <th>{t('import.detection.line')}</th>
                {analysis.header.map((h, i) => (
                  <th key={i}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {analysis.sample.slice(0, 8).map((row) => (
                <tr key={row.line}>
                  <td className={classes.dim}>{row.line}</td>
                  {analysis.header.map((_, i) => (
                    <td key={i}>{row.cells[i] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Stack>
    </Stack>
  );
}

function MappingEditor({
  header,
  mapping,
  saved,
  onApply,
}: {
  header: string[];
  mapping: CsvMappingConfig;
  saved: boolean;
  onApply(mapping: CsvMappingConfig): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CsvMappingConfig>(mapping);
  const columns = [{ value: '', label: t('import.mapping.none') }, ...header.map((h, i) => ({ value: String(i), label: h || `#${i + 1}` }))];
  const setColumn = (field: CsvField, value: string | null) => {
    const next = { ...draft.columns };
    if (value === null || value === '') delete next[field];
    else next[field] = Number(value);
    setDraft({ ...draft, columns: next });
  };
  return (
    <Paper withBorder p="md" radius="md" data-testid="mapping-editor">
      <Stack gap="sm">
        <Title order={3}>{t('import.mapping.title')}</Title>
        <Text size="sm" c="dimmed">
          {saved ? t('import.mapping.saved') : t('import.mapping.intro')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {CSV_FIELDS.map((field) => (
            <Select
              key={field}
              label={t(`import.mapping.fields.${field}`)}
              description={REQUIRED_CSV_FIELDS.includes(field) ? t('import.mapping.required') : undefined}
              value={draft.columns[field] === undefined ? '' : String(draft.columns[field])}
              data={columns}
              allowDeselect={false}
              onChange={(value) => setColumn(field, value)}
              data-field={field}
            />
          ))}
          <Select
            label={t('import.mapping.dateOrder')}
            value={draft.dateOrder}
            allowDeselect={false}
            data={(['DMY', 'MDY', 'YMD'] as const).map((o) => ({ value: o, label: t(`import.mapping.dateOrders.${o}`) }))}
            onChange={(value) => value && setDraft({ ...draft, dateOrder: value as CsvMappingConfig['dateOrder'] })}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="light" onClick={() => onApply({ columns: draft.columns, dateOrder: draft.dateOrder })}>
            {t('import.mapping.apply')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
