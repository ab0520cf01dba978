import { Badge, Group, NavLink, Select, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../domain/model';
import { isModified } from '../../domain/templates/choose';
import { TEMPLATE_KINDS } from '../../domain/templates/kinds';

/** The templates shown by the filters, under the name of their kind. Memoised: typing does not redraw it. */
export const TemplateList = memo(function TemplateList({
  templates,
  selectedId,
  unsaved,
  onSelect,
}: {
  templates: Template[];
  selectedId: string | null;
  unsaved: ReadonlySet<string>;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (templates.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('templates.list.empty')}
      </Text>
    );
  }
  const kinds = [...TEMPLATE_KINDS, ...new Set(templates.map((template) => template.kind))].filter(
    (kind, index, all) => all.indexOf(kind) === index && templates.some((template) => template.kind === kind),
  );
  return (
    <Stack gap="sm" component="nav" aria-label={t('templates.list.label')}>
      {kinds.map((kind) => (
        <Stack gap={2} key={kind}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="xs">
            {t(`templates.kinds.${kind}`, { defaultValue: kind })}
          </Text>
          {templates
            .filter((template) => template.kind === kind)
            .map((template) => (
              <NavLink
                key={template.id}
                component="button"
                type="button"
                active={template.id === selectedId}
                aria-current={template.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(template.id)}
                data-testid="template-item"
                data-template-id={template.id}
                // The language filter shows one language at a time: the tone tells the templates apart.
                label={t(`templates.tones.${template.tone}`)}
                // Under the tone rather than beside it: the column is narrow.
                description={<TemplateBadges template={template} unsaved={unsaved.has(template.id)} />}
              />
            ))}
        </Stack>
      ))}
    </Stack>
  );
});

/** "Non enregistré", "Copie", "Modifié": where a template stands. Nothing for a shipped one left as is. */
export function TemplateBadges({ template, unsaved }: { template: Template; unsaved: boolean }) {
  const { t } = useTranslation();
  const own = !template.builtIn;
  const modified = template.builtIn && isModified(template);
  if (!unsaved && !own && !modified) return null;
  return (
    <Group gap={4} component="span">
      {unsaved && (
        <Badge size="xs" color="orange" variant="light" component="span">
          {t('templates.list.unsaved')}
        </Badge>
      )}
      {own && (
        <Badge size="xs" color="gray" variant="light" component="span">
          {t('templates.list.own')}
        </Badge>
      )}
      {modified && (
        <Badge size="xs" variant="light" component="span">
          {t('templates.list.modified')}
        </Badge>
      )}
    </Group>
  );
}

/** The same list as a drop-down, for windows too narrow for a column beside the editor. */
export const TemplatePicker = memo(function TemplatePicker({
  templates,
  selectedId,
  unsaved,
  onSelect,
}: {
  templates: Template[];
  selectedId: string | null;
  unsaved: ReadonlySet<string>;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const kinds = [...new Set(templates.map((template) => template.kind))];
  const status = (template: Template) =>
    [
      unsaved.has(template.id) ? t('templates.list.unsaved') : '',
      !template.builtIn ? t('templates.list.own') : '',
      template.builtIn && isModified(template) ? t('templates.list.modified') : '',
    ].filter(Boolean);
  const data = kinds.map((kind) => ({
    group: t(`templates.kinds.${kind}`, { defaultValue: kind }),
    items: templates
      .filter((template) => template.kind === kind)
      .map((template) => ({
        value: template.id,
        label: [`${t(`templates.kinds.${kind}`, { defaultValue: kind })} · ${t(`templates.tones.${template.tone}`)}`, ...status(template)].join(' · '),
      })),
  }));
  return (
    <Select
      label={t('templates.list.choose')}
      data={data}
      value={selectedId}
      allowDeselect={false}
      searchable
      maxDropdownHeight={420}
      w={360}
      size="xs"
      onChange={(id) => id && onSelect(id)}
      data-testid="template-picker"
    />
  );
});
