import { Badge, Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOtherLevel, rankForDesk } from '../../../domain/dossier/desk-suggestions';
import type { ProcedureLevel, ProcedureSummary } from '../../api/types';
import { useProcedureSuggestions } from './api';

/** How long the box waits after the last keystroke before searching. */
const SUGGEST_DEBOUNCE_MS = 200;
const NONE: readonly ProcedureSummary[] = [];

/**
 * The intake's first field: type part of a procedure's name (with or without accents); the best
 * match is highlighted, ↑ ↓ move, Enter picks. The highlight is announced through
 * aria-activedescendant (the ARIA combobox pattern), so it is kept here rather than in Mantine's store.
 */
export function ProcedurePicker({
  onPick,
  deskLevel,
  error,
  labels,
  autoFocus = true,
}: {
  onPick: (procedure: ProcedureSummary) => void;
  /** The desk's level: its own procedures come first, the others are marked (none: the public tool). */
  deskLevel?: ProcedureLevel;
  error?: string;
  /** The field's texts where it is not the intake's first field (the due-time tool's). */
  labels?: { label: string; description: string; placeholder: string };
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const combobox = useCombobox();
  const listId = useId();
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text, SUGGEST_DEBOUNCE_MS);
  const suggestions = useProcedureSuggestions(query);
  const found = query.trim() ? (suggestions.data?.items ?? NONE) : NONE;
  const items = useMemo(() => (deskLevel ? rankForDesk(found, deskLevel) : found), [found, deskLevel]);
  const [active, setActive] = useState(0);
  const open = combobox.dropdownOpened && query.trim() !== '';
  const optionId = (index: number) => `${listId}-${index}`;

  // New results: the best match is highlighted again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the results change, to reset the highlight
  useEffect(() => setActive(0), [items]);
  useEffect(() => {
    if (open) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const pick = (item: ProcedureSummary | undefined) => {
    if (!item) return;
    combobox.closeDropdown();
    onPick(item);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      combobox.openDropdown();
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + items.length) % items.length);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      pick(items[active]);
    } else if (event.key === 'Escape') {
      combobox.closeDropdown();
    }
  };

  return (
    <Combobox store={combobox} onOptionSubmit={(id) => pick(items.find((i) => i.id === id))}>
      <Combobox.Target withAriaAttributes={false} withKeyboardNavigation={false}>
        <TextInput
          autoFocus={autoFocus}
          size="md"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          aria-activedescendant={open && items[active] ? optionId(active) : undefined}
          label={labels?.label ?? t('dossiers.intake.search')}
          description={labels?.description ?? t('dossiers.intake.searchHint')}
          placeholder={labels?.placeholder ?? t('dossiers.intake.searchPlaceholder')}
          leftSection={<IconSearch size={18} aria-hidden />}
          rightSection={suggestions.isFetching ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
          value={text}
          error={error}
          autoComplete="off"
          maxLength={200}
          onChange={(e) => {
            setText(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onKeyDown={onKeyDown}
          onFocus={() => combobox.openDropdown()}
          onClick={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={query.trim() === ''}>
        <Combobox.Options
          id={listId}
          mah={360}
          style={{ overflowY: 'auto' }}
          aria-label={t('dossiers.intake.suggestions')}
        >
          {items.map((item, i) => (
            <Combobox.Option
              value={item.id}
              key={item.id}
              id={optionId(i)}
              selected={i === active}
              aria-selected={i === active}
              onMouseOver={() => setActive(i)}
            >
              <Text size="sm" fw={600}>
                {item.name}
              </Text>
              <Text size="xs">
                {item.code} · {item.levels.map((l) => t(`catalog.levels.${l}`)).join(', ')}
                {deskLevel && isOtherLevel(item, deskLevel) && (
                  <Badge ml={6} size="xs" color="orange.8" variant="light">
                    {t('dossiers.intake.otherLevel.badge')}
                  </Badge>
                )}
              </Text>
            </Combobox.Option>
          ))}
          {suggestions.data && items.length === 0 && !suggestions.isFetching && (
            <Combobox.Empty>{t('dossiers.intake.noResults')}</Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
