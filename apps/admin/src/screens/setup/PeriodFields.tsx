import { Group, TextInput } from '@mantine/core';
import { fieldError, type Problem } from './problem';

/** A service period as typed: wall-clock times at the restaurant, HH:MM (24:00 is midnight). */
export interface PeriodDraft {
  name: string;
  opens: string;
  closes: string;
  lastSeating: string;
}

export const HHMM_PATTERN = '(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)';

export const emptyPeriod = (): PeriodDraft => ({ name: '', opens: '', closes: '', lastSeating: '' });

/** The period as the API takes it: no lastSeating when left blank (the close then decides). */
export function periodBody(p: PeriodDraft) {
  return {
    name: p.name.trim(),
    opens: p.opens.trim(),
    closes: p.closes.trim(),
    ...(p.lastSeating.trim() ? { lastSeating: p.lastSeating.trim() } : {}),
  };
}

/**
 * Name, opening, closing and last seating of one period; `path` is where the API names it
 * (`periods[2]`), so its complaints land on the right input.
 */
export function PeriodFields({
  value,
  onChange,
  path,
  problem,
  disabled,
}: {
  value: PeriodDraft;
  onChange: (next: PeriodDraft) => void;
  path: string;
  problem: Problem | null;
  disabled?: boolean;
}) {
  const set = (key: keyof PeriodDraft) => (e: React.ChangeEvent<HTMLInputElement>) =>
    onChange({ ...value, [key]: e.currentTarget.value });
  const time = { pattern: HHMM_PATTERN, placeholder: 'HH:MM', w: 130, maxLength: 5, disabled };
  return (
    <Group align="flex-start" gap="sm">
      <TextInput
        label="Period name"
        description="E.g. Lunch"
        required
        maxLength={50}
        value={value.name}
        onChange={set('name')}
        error={fieldError(problem, `${path}.name`)}
        disabled={disabled}
      />
      <TextInput
        label="Opens"
        description="HH:MM"
        required
        {...time}
        value={value.opens}
        onChange={set('opens')}
        error={fieldError(problem, `${path}.opens`)}
      />
      <TextInput
        label="Closes"
        description="24:00 = midnight"
        required
        {...time}
        value={value.closes}
        onChange={set('closes')}
        error={fieldError(problem, `${path}.closes`)}
      />
      <TextInput
        label="Last seating"
        description="Latest start; optional"
        {...time}
        value={value.lastSeating}
        onChange={set('lastSeating')}
        error={fieldError(problem, `${path}.lastSeating`)}
      />
    </Group>
  );
}
