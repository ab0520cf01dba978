import { Box, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplatePreview } from '../../domain/templates/preview';

/**
 * The template filled with sample data: as the letter's body (paragraphs, bold lines, real
 * tables, then the signature the layout adds) or as the e-mail's plain text.
 */
export const TemplatePreviewPane = memo(function TemplatePreviewPane({ preview }: { preview: TemplatePreview }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'letter' | 'email'>('letter');
  return (
    <Stack gap="xs">
      <Box style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Title order={3} size="h5" id="template-preview-title">
          {t('templates.preview.title')}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t('templates.preview.mode')}
          value={mode}
          onChange={(value) => setMode(value === 'email' ? 'email' : 'letter')}
          data={[
            { value: 'letter', label: t('templates.preview.letter') },
            { value: 'email', label: t('templates.preview.email') },
          ]}
        />
      </Box>
      <Paper withBorder p="md" shadow="xs" aria-labelledby="template-preview-title" data-testid="template-preview" role="region">
        <Text fw={700} size="sm" mb="md" data-testid="template-preview-subject">
          {t('templates.preview.subject', { subject: preview.subject })}
        </Text>
        {mode === 'email' ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="template-preview-email">
            {preview.emailText}
          </Text>
        ) : (
          <Stack gap="sm">
            {preview.blocks.map((block, index) =>
              block.type === 'paragraph' ? (
                <Text key={index} size="sm" fw={block.bold ? 700 : undefined} style={{ whiteSpace: 'pre-wrap' }}>
                  {block.text}
                </Text>
              ) : (
                <Table.ScrollContainer key={index} minWidth={0}>
                  <Table
                    withTableBorder
                    // Eight columns (penalties shown) get a smaller type, so they fit beside the editor.
                    fz={block.value.table.columns.length > 6 ? 10 : 11}
                    verticalSpacing={3}
                    horizontalSpacing={block.value.table.columns.length > 6 ? 3 : 4}
                    aria-label={t('templates.preview.table')}
                  >
                    <Table.Thead>
                      <Table.Tr>
                        {block.value.table.columns.map((column, c) => (
                          <Table.Th key={c} style={{ textAlign: column.align, width: `${column.width * 100}%` }}>
                            {column.label}
                          </Table.Th>
                        ))}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {block.value.table.rows.map((row, r) => (
                        <Table.Tr key={r}>
                          {row.map((cell, c) => (
                            <Table.Td key={c} style={{ textAlign: block.value.table.columns[c]?.align, whiteSpace: 'nowrap' }}>
                              {cell}
                            </Table.Td>
                          ))}
                        </Table.Tr>
                      ))}
                      {block.value.table.totals.map((row, r) => (
                        <TotalsRow key={`t${r}`} row={row} aligns={block.value.table.columns.map((column) => column.align)} />
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              ),
            )}
            {preview.signature.length > 0 && (
              <Stack gap={0} ml="auto" mt="md" miw="40%">
                {preview.signature.map((line, index) => (
                  <Text key={index} size="sm" fw={index === 0 ? 600 : undefined}>
                    {line}
                  </Text>
                ))}
              </Stack>
            )}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
});

/** A totals row as the PDF prints it: the label runs over the empty cells that follow it. */
function TotalsRow({ row, aligns }: { row: string[]; aligns: ('left' | 'right')[] }) {
  const cells: { text: string; span: number; align: 'left' | 'right' }[] = [];
  row.forEach((text, index) => {
    const last = cells[cells.length - 1];
    if (text === '' && last && index > 0 && last.align === 'left') last.span += 1;
    else cells.push({ text, span: 1, align: aligns[index] ?? 'left' });
  });
  return (
    <Table.Tr>
      {cells.map((cell, index) => (
        <Table.Td key={index} colSpan={cell.span} fw={700} style={{ textAlign: cell.align }}>
          {cell.text}
        </Table.Td>
      ))}
    </Table.Tr>
  );
}
