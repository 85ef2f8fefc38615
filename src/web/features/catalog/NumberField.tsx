import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useFormat } from '../../components/useFormat';

type NumberFieldProps = Omit<NumberInputProps, 'value' | 'onChange'> & {
  readonly value: number;
  readonly onChange: (value: number) => void;
};

/**
 * A number box over a plain number, with the UI language's decimal comma or point: the box may be
 * empty while typing (counted as 0), and it follows the value when a row above it is removed.
 */
export function NumberField({ value, onChange, ...props }: NumberFieldProps) {
  const { lang } = useFormat();
  const [text, setText] = useState<number | string>(value);
  useEffect(() => {
    setText((shown) => (Number(shown) === value ? shown : value));
  }, [value]);
  return (
    <NumberInput
      decimalSeparator={lang === 'vi' ? ',' : '.'}
      {...props}
      value={text}
      onChange={(next) => {
        setText(next);
        const n = typeof next === 'number' ? next : Number(next);
        onChange(Number.isFinite(n) ? n : 0);
      }}
    />
  );
}
