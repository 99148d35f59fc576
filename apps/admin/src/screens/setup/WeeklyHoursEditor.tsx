import { Button, Checkbox, Fieldset, Group, Stack, Text } from '@mantine/core';
import { Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { call, type AffectedBooking, type Session, type WeeklyHours } from '../../api';
import { AffectedBookings } from './AffectedBookings';
import { fieldError } from './problem';
import { ProblemAlert } from './ProblemAlert';
import { emptyPeriod, PeriodFields, periodBody, type PeriodDraft } from './PeriodFields';
import { useSubmit } from './useSubmit';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface WeeklyDraft extends PeriodDraft {
  days: string[];
}

const draftsOf = (hours: WeeklyHours): WeeklyDraft[] =>
  hours.periods.map((p) => ({
    name: p.name,
    opens: p.opens,
    closes: p.closes,
    lastSeating: p.lastSeating ?? '',
    days: p.days.map(String),
  }));

/**
 * The usual week: service periods, each on the weekdays it runs (several a day: lunch and
 * dinner). Saving replaces the week in one change; pacing rules are left as they are. Bookings
 * the new hours no longer cover are listed, never cancelled.
 */
export function WeeklyHoursEditor({
  session,
  hours,
  canManage,
  onSaved,
  onError,
}: {
  session: Session;
  hours: WeeklyHours;
  canManage: boolean;
  onSaved: (notice: string) => void;
  onError: (e: unknown) => void;
}) {
  const [periods, setPeriods] = useState<WeeklyDraft[]>(() => draftsOf(hours));
  const [affected, setAffected] = useState<readonly AffectedBooking[]>([]);
  const { busy, problem, run } = useSubmit(onError);
  useEffect(() => setPeriods(draftsOf(hours)), [hours]);

  const update = (i: number, next: Partial<WeeklyDraft>) =>
    setPeriods((all) => all.map((p, j) => (j === i ? { ...p, ...next } : p)));

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const done = await run(() =>
      call<WeeklyHours>('PUT', '/setup/hours', {
        periods: periods.map((p) => ({ ...periodBody(p), days: p.days.map(Number).sort() })),
      }),
    );
    if (done) {
      setAffected(done.affectedBookings);
      onSaved('Saved the weekly hours');
    }
  };

  return (
    <form onSubmit={save} aria-labelledby="weekly-hours-title">
      <Title order={5} size="h6" id="weekly-hours-title" mb="xs">
        Weekly hours
      </Title>
      <Text size="sm" mb="sm">
        Times are the restaurant’s own ({session.staff.timezone}). Periods on the same day must not overlap.
      </Text>
      <AffectedBookings
        title="Bookings outside the new hours"
        bookings={affected}
        timezone={session.staff.timezone}
      />
      <Stack gap="sm">
        {periods.length === 0 && (
          <Text>No service periods: the restaurant takes no bookings on any weekday.</Text>
        )}
        {periods.map((p, i) => (
          <Fieldset key={i} legend={`Period ${i + 1}${p.name ? `: ${p.name}` : ''}`} disabled={!canManage}>
            <PeriodFields
              value={p}
              onChange={(next) => update(i, next)}
              path={`periods[${i}]`}
              problem={problem}
              disabled={!canManage}
            />
            <Checkbox.Group
              label="Runs on"
              value={p.days}
              onChange={(days) => update(i, { days })}
              error={fieldError(problem, `periods[${i}].days`)}
              mt="xs"
            >
              <Group mt={4}>
                {WEEKDAYS.map((day, d) => (
                  <Checkbox key={day} value={String(d + 1)} label={day} disabled={!canManage} />
                ))}
              </Group>
            </Checkbox.Group>
            {canManage && (
              <Button
                mt="xs"
                size="compact-sm"
                variant="outline"
                color="red.9"
                onClick={() => setPeriods((all) => all.filter((_, j) => j !== i))}
                aria-label={`Remove period ${i + 1}${p.name ? ` (${p.name})` : ''}`}
              >
                Remove period
              </Button>
            )}
          </Fieldset>
        ))}
      </Stack>
      <ProblemAlert problem={problem} shown={periods.map((_, i) => `periods[${i}]`)} />
      {canManage && (
        <Group mt="sm">
          <Button
            variant="outline"
            onClick={() => setPeriods((all) => [...all, { ...emptyPeriod(), days: [] }])}
          >
            Add period
          </Button>
          <Button type="submit" loading={busy}>
            Save weekly hours
          </Button>
        </Group>
      )}
    </form>
  );
}
