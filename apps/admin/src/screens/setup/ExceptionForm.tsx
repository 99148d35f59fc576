import { Button, Fieldset, Group, Radio, Stack, TextInput } from '@mantine/core';
import { Title } from '@mantine/core';
import { useState } from 'react';
import { call, type AffectedBooking, type ExceptionChange, type ExceptionInput } from '../../api';
import { fieldError } from './problem';
import { ProblemAlert } from './ProblemAlert';
import { emptyPeriod, PeriodFields, periodBody, type PeriodDraft } from './PeriodFields';
import { useSubmit } from './useSubmit';

const FIELDS = ['date', 'startsOn', 'endsOn', 'closed', 'reason'];

/**
 * Closes a date (or a range of dates) or gives it special hours instead of its weekday's. The
 * bookings already taken on those dates are listed, never cancelled.
 */
export function ExceptionForm({
  today,
  onSaved,
  onError,
}: {
  today: string;
  onSaved: (notice: string, affected: readonly AffectedBooking[]) => void;
  onError: (e: unknown) => void;
}) {
  const [kind, setKind] = useState<'closed' | 'special'>('closed');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [periods, setPeriods] = useState<PeriodDraft[]>([emptyPeriod()]);
  const { busy, problem, run } = useSubmit(onError);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const dates = !to || to === from ? { date: from } : { startsOn: from, endsOn: to };
    const body: ExceptionInput = {
      ...dates,
      closed: kind === 'closed',
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(kind === 'special' ? { periods: periods.map(periodBody) } : {}),
    };
    const done = await run(() => call<ExceptionChange>('POST', '/setup/exceptions', body));
    if (done) {
      const x = done.exception;
      const when = x.startsOn === x.endsOn ? x.startsOn : `${x.startsOn} to ${x.endsOn}`;
      onSaved(x.closed ? `Closed ${when}` : `Special hours on ${when}`, done.affectedBookings);
      setFrom('');
      setTo('');
      setReason('');
      setPeriods([emptyPeriod()]);
    }
  };

  return (
    <form onSubmit={save} aria-labelledby="exception-form-title">
      <Title order={5} size="h6" id="exception-form-title" mb="xs">
        Add a closure or special hours
      </Title>
      <Stack gap="sm">
        <Radio.Group
          label="What happens"
          value={kind}
          onChange={(v) => setKind(v as 'closed' | 'special')}
          error={fieldError(problem, 'closed')}
        >
          <Group mt={4}>
            <Radio value="closed" label="Closed all day" />
            <Radio value="special" label="Special hours" />
          </Group>
        </Radio.Group>
        <Group align="flex-start">
          <TextInput
            type="date"
            label="From"
            description="The first date (restaurant-local)"
            required
            min={today}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={fieldError(problem, 'date') ?? fieldError(problem, 'startsOn')}
          />
          <TextInput
            type="date"
            label="To"
            description="The last date; blank for one day"
            min={from || today}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={fieldError(problem, 'endsOn')}
          />
          <TextInput
            label="Reason"
            description="Agents tell guests this, e.g. Christmas"
            maxLength={200}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError(problem, 'reason')}
            style={{ flex: 1 }}
          />
        </Group>
        {kind === 'special' && (
          <Stack gap="xs">
            {periods.map((p, i) => (
              <Fieldset key={i} legend={`Special period ${i + 1}`}>
                <PeriodFields
                  value={p}
                  onChange={(next) => setPeriods((all) => all.map((q, j) => (j === i ? next : q)))}
                  path={`periods[${i}]`}
                  problem={problem}
                />
                {periods.length > 1 && (
                  <Button
                    mt="xs"
                    size="compact-sm"
                    variant="outline"
                    color="red.9"
                    onClick={() => setPeriods((all) => all.filter((_, j) => j !== i))}
                    aria-label={`Remove period ${i + 1} of the special hours`}
                  >
                    Remove period
                  </Button>
                )}
              </Fieldset>
            ))}
            <Group>
              <Button variant="outline" onClick={() => setPeriods((all) => [...all, emptyPeriod()])}>
                Add special period
              </Button>
            </Group>
          </Stack>
        )}
        <ProblemAlert
          problem={problem}
          shown={kind === 'special' ? [...FIELDS, ...periods.map((_, i) => `periods[${i}]`)] : FIELDS}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {kind === 'closed' ? 'Close these dates' : 'Save special hours'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
