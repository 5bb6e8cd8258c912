import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { formatDate, parseViDate } from '@/domain/text/format';

/**
 * A dd/mm/yyyy text box bound to an ISO value (antd Form `value`/`onChange`). Typing is faster
 * than a calendar for decision dates, and a wrong date shows as a validation error. Enter confirms
 * the date (rewritten as dd/mm/yyyy) and does not submit the form.
 */
export function DateInput({
  value,
  onChange,
  id,
  placeholder,
  'aria-label': ariaLabel,
}: {
  value?: string;
  onChange?: (iso: string | undefined) => void;
  id?: string;
  placeholder?: string;
  'aria-label'?: string;
}) {
  const [text, setText] = useState(formatDate(value));
  useEffect(() => setText((t) => (parseViDate(t) === (value ?? null) ? t : formatDate(value))), [value]);
  return (
    <Input
      id={id}
      aria-label={ariaLabel}
      value={text}
      placeholder={placeholder ?? 'dd/mm/yyyy'}
      onChange={(e) => {
        setText(e.target.value);
        const iso = parseViDate(e.target.value);
        onChange?.(iso ?? (e.target.value.trim() ? `invalid:${e.target.value}` : undefined));
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        // Enter confirms the typed date (shown as dd/mm/yyyy) and never submits the surrounding form:
        // a half-filled form must not be saved because the date was the last thing typed.
        e.preventDefault();
        const iso = parseViDate(text);
        if (iso) setText(formatDate(iso));
      }}
    />
  );
}

/** antd Form rule for DateInput values. */
export const dateRule = (required: boolean, label: string) => ({
  validator: async (_: unknown, v?: string) => {
    if (!v) {
      if (required) throw new Error(`Nhập ${label}.`);
      return;
    }
    if (v.startsWith('invalid:')) throw new Error(`${label[0]!.toUpperCase()}${label.slice(1)} không hợp lệ (dd/mm/yyyy).`);
  },
});
