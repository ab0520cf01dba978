import { Code, Group, Select, Stack, Text } from '@mantine/core';
import { IconBraces } from '@tabler/icons-react';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTemplateKind } from '../../domain/templates/kinds';
import { TEMPLATE_VARIABLES, VARIABLE_GROUPS, variablesFor, type TemplateVariable } from '../../domain/templates/variables';

/**
 * A searchable list of the variables this kind of template offers, grouped (company, customer,
 * invoices…), each with what it holds. Choosing one hands it to `onPick`; the field keeps focus
 * handling to the editor, which knows where the cursor was.
 */
export const VariablePicker = memo(function VariablePicker({ kind, onPick }: { kind: string; onPick: (variable: TemplateVariable) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const [search, setSearch] = useState('');
  const variables = useMemo(() => (isTemplateKind(kind) ? variablesFor(kind) : [...TEMPLATE_VARIABLES]), [kind]);
  const byName = useMemo(() => new Map(variables.map((variable) => [variable.name, variable])), [variables]);
  const data = useMemo(
    () =>
      VARIABLE_GROUPS.map((group) => ({
        group: t(`templates.groups.${group}`),
        items: variables
          .filter((variable) => variable.group === group)
          .map((variable) => ({ value: variable.name, label: `${variable.name} — ${variable.description[language]}` })),
      })).filter((group) => group.items.length > 0),
    [variables, language, t],
  );

  return (
    <Select
      label={t('templates.editor.insertVariable')}
      placeholder={t('templates.editor.insertPlaceholder')}
      leftSection={<IconBraces size={16} />}
      data={data}
      value={null}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={t('templates.editor.noVariable')}
      maxDropdownHeight={320}
      comboboxProps={{ width: 460, position: 'bottom-start' }}
      data-testid="variable-picker"
      renderOption={({ option }) => {
        const variable = byName.get(option.value);
        return (
          <Stack gap={0}>
            <Group gap={6}>
              <Code>{`{{${option.value}}}`}</Code>
            </Group>
            <Text size="xs" c="dimmed">
              {variable?.description[language]}
            </Text>
          </Stack>
        );
      }}
      onChange={(name) => {
        const variable = name ? byName.get(name) : undefined;
        setSearch('');
        if (variable) onPick(variable);
      }}
    />
  );
});
