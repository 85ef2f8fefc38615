import { ActionIcon, Group, Stack, Text, TextInput, type TextInputProps } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { type FocusEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DAY_PATTERN, dayInputText, parseDayInput, parseTimeInput, TIME_PATTERN } from '../i18n/date-input';
import type { Language } from '../i18n/index';

/**
 * The app's only date and time inputs: the browser's own `type="date"` shows mm/dd/yyyy and
 * AM/PM wherever its locale says so, so these show and accept dd/mm/yyyy (vi) or yyyy-mm-dd (en)
 * and the 24-hour clock, and hand the form ISO values (YYYY-MM-DD, HH:MM; '' while empty or not
 * yet a real day or time).
 */
type FieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'defaultValue' | 'min' | 'max'> & {
  readonly value: string;
  readonly onChange: (value: string) => void;
};

function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'vi';
}

/**
 * A text the user types, kept while it is not yet a value; the value shown again when it changes
 * from outside (a reset, another field) or the language switches.
 */
function useTypedText(
  value: string,
  show: (value: string) => string,
  parse: (text: string) => string | null,
  displayKey: string,
) {
  const [text, setText] = useState(() => show(value));
  const [touched, setTouched] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-sync only when the value or its display changes
  useEffect(() => {
    if ((parse(text) ?? '') !== value) setText(value ? show(value) : parse(text) === null ? text : '');
  }, [value, displayKey]);
  const invalid = touched && text.trim() !== '' && parse(text) === null;
  return { text, setText, invalid, touch: () => setTouched(true) };
}

function typedField(
  props: FieldProps,
  typed: ReturnType<typeof useTypedText>,
  parse: (text: string) => string | null,
  invalidText: string,
) {
  const { value: _value, onChange, onBlur, error, ...rest } = props;
  return {
    ...rest,
    value: typed.text,
    error: error ?? (typed.invalid ? invalidText : undefined),
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      const text = event.currentTarget.value;
      typed.setText(text);
      onChange(parse(text) ?? '');
    },
    onBlur: (event: FocusEvent<HTMLInputElement>) => {
      typed.touch();
      onBlur?.(event);
    },
  };
}

/** A calendar day: dd/mm/yyyy in Vietnamese, with a calendar button. `min`/`max` bound the picker. */
export function DateField({
  min,
  max,
  ...props
}: FieldProps & { readonly min?: string; readonly max?: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const parse = (text: string) => parseDayInput(text, lang);
  const show = (day: string) => dayInputText(day, lang);
  const typed = useTypedText(props.value, show, parse, lang);
  const picker = useRef<HTMLInputElement>(null);
  const field = typedField(props, typed, parse, t('dateInput.invalidDay', { pattern: DAY_PATTERN[lang] }));
  return (
    <TextInput
      {...field}
      inputMode="numeric"
      autoComplete="off"
      placeholder={props.placeholder ?? DAY_PATTERN[lang]}
      rightSection={
        <>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('dateInput.openCalendar')}
            disabled={props.disabled}
            onClick={() => picker.current?.showPicker()}
          >
            <IconCalendar size={16} aria-hidden />
          </ActionIcon>
          <input
            ref={picker}
            type="date"
            tabIndex={-1}
            aria-hidden
            min={min}
            max={max}
            value={props.value}
            onChange={(e) => {
              typed.setText(show(e.currentTarget.value));
              props.onChange(e.currentTarget.value);
            }}
            style={{ position: 'absolute', width: 0, height: 0, opacity: 0, pointerEvents: 'none' }}
          />
        </>
      }
    />
  );
}

/** A time of day on the 24-hour clock (hh:mm). */
export function TimeField(props: FieldProps) {
  const { t } = useTranslation();
  const typed = useTypedText(props.value, showTime, parseTimeInput, '24h');
  const field = typedField(
    props,
    typed,
    parseTimeInput,
    t('dateInput.invalidTime', { pattern: TIME_PATTERN }),
  );
  return (
    <TextInput
      {...field}
      inputMode="numeric"
      autoComplete="off"
      placeholder={props.placeholder ?? TIME_PATTERN}
    />
  );
}

const showTime = (time: string) => time;

/**
 * A day and a time side by side, as one value YYYY-MM-DDTHH:MM in the province's wall-clock time
 * ('' until both are given; the time starts at `defaultTime`).
 */
export function DateTimeField({
  value,
  onChange,
  defaultTime = '00:00',
  description,
  ...dayProps
}: Omit<FieldProps, 'value' | 'onChange'> & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly defaultTime?: string;
}) {
  const { t } = useTranslation();
  const [day = '', time = ''] = value.split('T');
  const [draftTime, setDraftTime] = useState(time || defaultTime);
  const join = (d: string, tm: string) => (d && tm ? `${d}T${tm}` : '');
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <DateField
          {...dayProps}
          value={day}
          onChange={(d) => onChange(join(d, draftTime))}
          style={{ flex: 3 }}
        />
        <TimeField
          label={t('dateInput.time')}
          required={dayProps.required}
          value={time || draftTime}
          onChange={(tm) => {
            setDraftTime(tm);
            onChange(join(day, tm));
          }}
          style={{ flex: 2 }}
        />
      </Group>
      {description && (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      )}
    </Stack>
  );
}
