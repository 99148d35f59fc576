import { Button, Fieldset, Group, NativeSelect, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { call, type WeeklyHours } from '../../api';
import { fieldError } from './problem';
import { ProblemAlert } from './ProblemAlert';
import { useSubmit } from './useSubmit';

type Num = number | string;
interface Rule {
  period: string;
  intervalMinutes: Num;
  maxCovers: Num;
  maxParties: Num;
}
const n = (v: Num) => (typeof v === 'number' ? v : Number(v));

/**
 * Pacing: how many covers and parties may start per interval, for every period or one period.
 * Saved with the weekly hours as they are (PUT hours takes both), so the periods stay unchanged.
 */
export function PacingForm({
  hours,
  canManage,
  onSaved,
  onError,
}: {
  hours: WeeklyHours;
  canManage: boolean;
  onSaved: (notice: string) => void;
  onError: (e: unknown) => void;
}) {
  const [rules, setRules] = useState<Rule[]>(() =>
    hours.pacing.map((p) => ({ ...p, period: p.period ?? '' })),
  );
  const { busy, problem, run } = useSubmit(onError);
  const periodNames = [...new Set(hours.periods.map((p) => p.name))];
  const update = (i: number, next: Partial<Rule>) =>
    setRules((all) => all.map((r, j) => (j === i ? { ...r, ...next } : r)));

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const done = await run(() =>
      call('PUT', '/setup/hours', {
        periods: hours.periods.map(({ lastSeating, ...p }) => ({
          ...p,
          ...(lastSeating ? { lastSeating } : {}),
        })),
        pacing: rules.map((r) => ({
          period: r.period || null,
          intervalMinutes: n(r.intervalMinutes),
          maxCovers: n(r.maxCovers),
          maxParties: n(r.maxParties),
        })),
      }),
    );
    if (done) onSaved('Saved the pacing rules');
  };

  return (
    <form onSubmit={save} aria-labelledby="pacing-title">
      <Title order={4} size="h5" id="pacing-title" mb="xs">
        Pacing
      </Title>
      <Text size="sm" mb="sm">
        Limits how many guests arrive together, so the kitchen is not swamped. No rule: only the tables limit.
      </Text>
      <Stack gap="xs">
        {rules.map((r, i) => (
          <Fieldset key={i} legend={`Pacing rule ${i + 1}`} disabled={!canManage}>
            <Group align="flex-start">
              <NativeSelect
                label="Applies to"
                value={r.period}
                onChange={(e) => update(i, { period: e.currentTarget.value })}
                data={[
                  { value: '', label: 'Every period without its own rule' },
                  ...periodNames.map((p) => ({ value: p, label: p })),
                ]}
                error={fieldError(problem, `pacing[${i}].period`)}
              />
              <NumberInput
                label="Interval (minutes)"
                description="5–240"
                min={5}
                max={240}
                allowDecimal={false}
                required
                value={r.intervalMinutes}
                onChange={(v) => update(i, { intervalMinutes: v })}
                error={fieldError(problem, `pacing[${i}].intervalMinutes`)}
              />
              <NumberInput
                label="Covers per interval"
                description="Guests starting, 1–10000"
                min={1}
                max={10000}
                allowDecimal={false}
                required
                value={r.maxCovers}
                onChange={(v) => update(i, { maxCovers: v })}
                error={fieldError(problem, `pacing[${i}].maxCovers`)}
              />
              <NumberInput
                label="Parties per interval"
                description="Bookings starting, 1–1000"
                min={1}
                max={1000}
                allowDecimal={false}
                required
                value={r.maxParties}
                onChange={(v) => update(i, { maxParties: v })}
                error={fieldError(problem, `pacing[${i}].maxParties`)}
              />
            </Group>
            {canManage && (
              <Button
                mt="xs"
                size="compact-sm"
                variant="outline"
                color="red.9"
                onClick={() => setRules((all) => all.filter((_, j) => j !== i))}
                aria-label={`Remove rule ${i + 1} (pacing)`}
              >
                Remove rule
              </Button>
            )}
          </Fieldset>
        ))}
        {rules.length === 0 && <Text>No pacing rules.</Text>}
        <ProblemAlert problem={problem} shown={rules.map((_, i) => `pacing[${i}]`)} />
        {canManage && (
          <Group>
            <Button
              variant="outline"
              onClick={() =>
                setRules((all) => [...all, { period: '', intervalMinutes: 15, maxCovers: 30, maxParties: 6 }])
              }
            >
              Add pacing rule
            </Button>
            <Button type="submit" loading={busy}>
              Save pacing
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
