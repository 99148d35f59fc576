import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { call, type Policy, type PolicyInput } from '../../api';
import { fieldError } from './problem';
import { ProblemAlert } from './ProblemAlert';
import { PARTY_FIELDS, SLOT_INTERVALS, TIME_FIELDS, TIMER_FIELDS, type PolicyNumber } from './policyFields';
import { useSubmit } from './useSubmit';

const CHANNELS: Policy['bookingChannels'] = [
  'api',
  'voice',
  'whatsapp',
  'web_widget',
  'chat',
  'partner',
  'admin',
  'phone',
  'walk_in',
];
type Num = number | string;
const n = (v: Num) => (typeof v === 'number' ? v : Number(v));
const orNull = (s: string) => (s.trim() ? s.trim() : null);

interface Draft {
  numbers: Record<string, Num>;
  name: string;
  timezone: string;
  contact: { phone: string; email: string; address: string; website: string };
  bookingChannels: string[];
  slotIntervalMinutes: string;
  offGridStartsAllowed: boolean;
  mustEndByClose: boolean;
  cancellationPolicy: string;
  reminderMinutes: Num[];
  durations: { maxPartySize: Num; minutes: Num }[];
}

const ALL_NUMBERS = [...PARTY_FIELDS, ...TIME_FIELDS, ...TIMER_FIELDS];

function draftOf(p: Policy): Draft {
  return {
    numbers: Object.fromEntries(ALL_NUMBERS.map((f) => [f.key, p[f.key] / f.scale])),
    name: p.name,
    timezone: p.timezone,
    contact: {
      phone: p.contact.phone ?? '',
      email: p.contact.email ?? '',
      address: p.contact.address ?? '',
      website: p.contact.website ?? '',
    },
    bookingChannels: [...p.bookingChannels],
    slotIntervalMinutes: String(p.slotIntervalMinutes),
    offGridStartsAllowed: p.offGridStartsAllowed,
    mustEndByClose: p.mustEndByClose,
    cancellationPolicy: p.cancellationPolicy ?? '',
    reminderMinutes: p.reminderLeadSeconds.map((s) => s / 60),
    durations: p.durationByPartySize.map((r) => ({
      maxPartySize: r.maxPartySize,
      minutes: r.durationSeconds / 60,
    })),
  };
}

/** Only what differs from the policy as loaded: the change log then says exactly what changed. */
function changes(p: Policy, d: Draft): PolicyInput {
  const full: PolicyInput = {
    ...Object.fromEntries(ALL_NUMBERS.map((f) => [f.key, Math.round(n(d.numbers[f.key]) * f.scale)])),
    name: d.name.trim(),
    timezone: d.timezone.trim(),
    contact: {
      phone: orNull(d.contact.phone),
      email: orNull(d.contact.email),
      address: orNull(d.contact.address),
      website: orNull(d.contact.website),
    },
    bookingChannels: d.bookingChannels as Policy['bookingChannels'],
    slotIntervalMinutes: Number(d.slotIntervalMinutes) as PolicyInput['slotIntervalMinutes'],
    offGridStartsAllowed: d.offGridStartsAllowed,
    mustEndByClose: d.mustEndByClose,
    cancellationPolicy: orNull(d.cancellationPolicy),
    reminderLeadSeconds: d.reminderMinutes.map((m) => Math.round(n(m) * 60)),
    durationByPartySize: d.durations.map((r) => ({
      maxPartySize: n(r.maxPartySize),
      durationSeconds: Math.round(n(r.minutes) * 60),
    })),
  };
  const before = p as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(full).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])),
  ) as PolicyInput;
}

/**
 * The restaurant's details and booking policy, every field PATCH takes, in the units staff think
 * in (minutes, days, guests) with the API's limits; only changed fields are sent.
 */
export function PolicyForm({
  policy,
  canManage,
  onSaved,
  onError,
}: {
  policy: Policy;
  canManage: boolean;
  onSaved: (notice: string) => void;
  onError: (e: unknown) => void;
}) {
  const [d, setD] = useState<Draft>(() => draftOf(policy));
  const { busy, problem, run } = useSubmit(onError);
  const set = (next: Partial<Draft>) => setD((cur) => ({ ...cur, ...next }));
  const err = (field: string) => fieldError(problem, field);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const body = changes(policy, d);
    const fields = Object.keys(body);
    if (fields.length === 0) return onSaved('Nothing to save: the policy is as shown');
    const done = await run(() => call('PATCH', '/setup/policy', body));
    if (done) onSaved(`Saved ${fields.join(', ')}`);
  };

  const number = (f: PolicyNumber) => (
    <NumberInput
      key={f.key}
      label={`${f.label} (${f.unit})`}
      description={`${f.help} ${f.min / f.scale}–${f.max / f.scale} ${f.unit}.`}
      min={f.min / f.scale}
      max={f.max / f.scale}
      allowDecimal={false}
      required
      value={d.numbers[f.key]}
      onChange={(v) => set({ numbers: { ...d.numbers, [f.key]: v } })}
      error={err(f.key)}
    />
  );

  return (
    <form onSubmit={save} aria-label="Booking policy">
      <Stack gap="md">
        <Fieldset legend="Restaurant" disabled={!canManage}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput
              label="Name"
              required
              maxLength={100}
              value={d.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
              error={err('name')}
            />
            <TextInput
              label="Timezone"
              description="IANA name, e.g. Europe/London: every time is read in it."
              required
              maxLength={64}
              value={d.timezone}
              onChange={(e) => set({ timezone: e.currentTarget.value })}
              error={err('timezone')}
            />
            {(['phone', 'email', 'address', 'website'] as const).map((k) => (
              <TextInput
                key={k}
                label={`Contact ${k}`}
                description={
                  k === 'website' ? 'http(s) URL' : k === 'phone' ? 'E.g. +44 20 7946 0000' : undefined
                }
                type={k === 'email' ? 'email' : k === 'website' ? 'url' : 'text'}
                maxLength={k === 'email' ? 254 : 300}
                value={d.contact[k]}
                onChange={(e) => set({ contact: { ...d.contact, [k]: e.currentTarget.value } })}
                error={err(`contact.${k}`)}
              />
            ))}
          </SimpleGrid>
          <Checkbox.Group
            label="Booking channels"
            description="Where bookings are taken from."
            value={d.bookingChannels}
            onChange={(v) => set({ bookingChannels: v })}
            error={err('bookingChannels')}
            mt="sm"
          >
            <Group mt={4}>
              {CHANNELS.map((c) => (
                <Checkbox key={c} value={c} label={c} />
              ))}
            </Group>
          </Checkbox.Group>
        </Fieldset>
        <Fieldset legend="Parties and review" disabled={!canManage}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>{PARTY_FIELDS.map(number)}</SimpleGrid>
        </Fieldset>
        <Fieldset legend="When guests may book and cancel" disabled={!canManage}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {TIME_FIELDS.map(number)}
            <NativeSelect
              label="Start-time grid (minutes)"
              description="Bookings start on this grid from local midnight, as availability offers them."
              value={d.slotIntervalMinutes}
              onChange={(e) => set({ slotIntervalMinutes: e.currentTarget.value })}
              data={SLOT_INTERVALS.map(String)}
              error={err('slotIntervalMinutes')}
            />
          </SimpleGrid>
          <Checkbox
            mt="sm"
            label="Accept start times off the grid"
            checked={d.offGridStartsAllowed}
            onChange={(e) => set({ offGridStartsAllowed: e.currentTarget.checked })}
            error={err('offGridStartsAllowed')}
          />
          <Checkbox
            mt="sm"
            label="A booking must end by its service period’s close"
            checked={d.mustEndByClose}
            onChange={(e) => set({ mustEndByClose: e.currentTarget.checked })}
            error={err('mustEndByClose')}
          />
          <Textarea
            mt="sm"
            label="Cancellation policy"
            description="In words, for agents to tell guests (up to 500)."
            maxLength={500}
            autosize
            minRows={2}
            value={d.cancellationPolicy}
            onChange={(e) => set({ cancellationPolicy: e.currentTarget.value })}
            error={err('cancellationPolicy')}
          />
        </Fieldset>
        <Fieldset legend="Durations, holds and timers" disabled={!canManage}>
          <SimpleGrid cols={{ base: 1, md: 3 }}>{TIMER_FIELDS.map(number)}</SimpleGrid>
          <Stack gap="xs" mt="sm">
            {d.durations.map((r, i) => (
              <Group key={i} align="flex-end">
                <NumberInput
                  label={`Rule ${i + 1}: parties up to (guests)`}
                  min={1}
                  max={100}
                  allowDecimal={false}
                  required
                  value={r.maxPartySize}
                  onChange={(v) =>
                    set({ durations: d.durations.map((q, j) => (j === i ? { ...q, maxPartySize: v } : q)) })
                  }
                  error={err(`durationByPartySize[${i}].maxPartySize`)}
                />
                <NumberInput
                  label={`Rule ${i + 1}: last (minutes)`}
                  min={15}
                  max={720}
                  allowDecimal={false}
                  required
                  value={r.minutes}
                  onChange={(v) =>
                    set({ durations: d.durations.map((q, j) => (j === i ? { ...q, minutes: v } : q)) })
                  }
                  error={err(`durationByPartySize[${i}].durationSeconds`)}
                />
                {canManage && (
                  <Button
                    variant="outline"
                    color="red.9"
                    onClick={() => set({ durations: d.durations.filter((_, j) => j !== i) })}
                    aria-label={`Remove duration rule ${i + 1}`}
                  >
                    Remove
                  </Button>
                )}
              </Group>
            ))}
            {err('durationByPartySize') && <div role="alert">{err('durationByPartySize')}</div>}
            {canManage && (
              <Group>
                <Button
                  variant="outline"
                  onClick={() => set({ durations: [...d.durations, { maxPartySize: 2, minutes: 90 }] })}
                >
                  Add duration by party size
                </Button>
              </Group>
            )}
            {d.reminderMinutes.map((m, i) => (
              <Group key={i} align="flex-end">
                <NumberInput
                  label={`Reminder ${i + 1} (minutes before the start)`}
                  description="1 minute to 14 days (20160)."
                  min={1}
                  max={20160}
                  allowDecimal={false}
                  required
                  value={m}
                  onChange={(v) =>
                    set({ reminderMinutes: d.reminderMinutes.map((q, j) => (j === i ? v : q)) })
                  }
                  error={
                    err(`reminderLeadSeconds.${i}`) ?? (i === 0 ? err('reminderLeadSeconds') : undefined)
                  }
                />
                {canManage && (
                  <Button
                    variant="outline"
                    color="red.9"
                    onClick={() => set({ reminderMinutes: d.reminderMinutes.filter((_, j) => j !== i) })}
                    aria-label={`Remove reminder ${i + 1}`}
                  >
                    Remove
                  </Button>
                )}
              </Group>
            ))}
            {canManage && d.reminderMinutes.length < 5 && (
              <Group>
                <Button
                  variant="outline"
                  onClick={() => set({ reminderMinutes: [...d.reminderMinutes, 120] })}
                >
                  Add reminder
                </Button>
              </Group>
            )}
          </Stack>
        </Fieldset>
        <ProblemAlert
          problem={problem}
          shown={[
            ...ALL_NUMBERS.map((f) => f.key),
            'name',
            'timezone',
            'contact',
            'bookingChannels',
            'slotIntervalMinutes',
            'offGridStartsAllowed',
            'mustEndByClose',
            'cancellationPolicy',
            'durationByPartySize',
          ]}
        />
        {canManage && (
          <Group>
            <Button type="submit" loading={busy}>
              Save policy
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
