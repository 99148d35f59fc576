import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import {
  ApiError,
  call,
  newIdempotencyKey,
  type Availability,
  type AvailabilitySlot,
  type GuestMatch,
  type Session,
  type SetupTable,
} from '../api';
import { dateTime, localDate } from '../format';
import { instantOf } from '../localTime';
import { useLoad } from './useLoad';

interface Props {
  session: Session;
  version: number;
  canAct: boolean;
  onError: (error: unknown) => void;
}

/** Waits for staff to stop typing before asking the gateway. */
function useDebounced<T>(value: T, ms = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * A booking taken on the phone: availability is checked as staff type the date, time and party,
 * with the nearest free times to pick instead; an earlier guest can be picked or a new one typed;
 * tables are the engine's unless staff choose. It goes through the same workflow as every
 * booking (channel `phone`), and one Idempotency-Key per booking makes a double submit harmless.
 */
export function NewBookingForm({ session, version, canAct, onError }: Props) {
  const tz = session.staff.timezone;
  const [date, setDate] = useState(() => localDate(tz));
  const [at, setAt] = useState('19:00');
  const [partySize, setPartySize] = useState<number>(2);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [notes, setNotes] = useState('');
  const [tableId, setTableId] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [alternatives, setAlternatives] = useState<readonly AvailabilitySlot[]>([]);
  const [made, setMade] = useState<string | null>(null);

  const wanted = useDebounced(`${date}|${at}|${partySize}`);
  const { data: availability, error: availabilityError } = useLoad<Availability | null>(
    async () => {
      const [d, t, p] = wanted.split('|');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || !/^\d{2}:\d{2}$/.test(t) || !(Number(p) >= 1)) return null;
      return call<Availability>('GET', `/availability?date=${d}&partySize=${p}&time=${t}`);
    },
    [wanted],
    () => undefined,
    version,
  );
  const lookup = useDebounced(name.trim().length >= 2 ? name.trim() : '');
  const { data: matches } = useLoad<GuestMatch[]>(
    () =>
      lookup
        ? call<GuestMatch[]>('GET', `/guest-lookup?q=${encodeURIComponent(lookup)}`)
        : Promise.resolve([]),
    [lookup],
    onError,
  );
  const { data: tables } = useLoad(() => call<{ data: SetupTable[] }>('GET', '/setup/tables'), [], onError);

  const pick = (g: GuestMatch) => {
    setName(g.name);
    setPhone(g.phone ?? '');
    setEmail(g.email ?? '');
  };
  const takeSlot = (slot: AvailabilitySlot) => {
    setAt(slot.time);
    setAlternatives([]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setMade(null);
    try {
      const booking = await call<{ id: string; status: string; startsAt: string; tables: string[] }>(
        'POST',
        '/bookings',
        {
          partySize,
          startsAt: instantOf(`${date}T${at}`, tz),
          guest: {
            name: name.trim(),
            ...(phone.trim() ? { phone: phone.trim() } : {}),
            ...(email.trim() ? { email: email.trim() } : {}),
          },
          ...(notes.trim() ? { notes: notes.trim() } : {}),
          ...(tableId ? { tableIds: [tableId] } : {}),
        },
        { 'idempotency-key': key },
      );
      setMade(
        `Booked ${name.trim()}, party of ${partySize}, ${dateTime(booking.startsAt, tz)} at ${booking.tables.join(' + ') || 'no table yet'}`,
      );
      // The next booking is another booking: a new key, an empty guest.
      setKey(newIdempotencyKey());
      setName('');
      setPhone('');
      setEmail('');
      setNotes('');
      setTableId('');
      setAlternatives([]);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      if (e instanceof ApiError && Array.isArray(e.extensions.alternatives)) {
        setAlternatives(e.extensions.alternatives as AvailabilitySlot[]);
      }
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  const offered = availability?.alternatives ?? [];
  const shownAlternatives = alternatives.length ? alternatives : offered;
  return (
    <section aria-labelledby="new-booking-title">
      <Title order={2} size="h4" id="new-booking-title" mb="sm">
        New phone booking
      </Title>
      <form onSubmit={submit} aria-labelledby="new-booking-title">
        <Stack gap="sm" maw={640}>
          <Group align="flex-end" gap="md">
            <TextInput
              label="Date"
              type="date"
              required
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
            />
            <TextInput
              label={`Time (${tz})`}
              type="time"
              step={900}
              required
              value={at}
              onChange={(e) => setAt(e.currentTarget.value)}
            />
            <NumberInput
              label="Party size"
              min={1}
              max={100}
              required
              value={partySize}
              onChange={(v) => setPartySize(typeof v === 'number' ? v : Number(v) || 1)}
              w={120}
            />
          </Group>
          <div aria-live="polite">
            {availability?.requested && (
              <Text fw={600} c={availability.requested.available ? 'green.9' : 'red.9'}>
                {availability.requested.available
                  ? `✓ ${availability.requested.time} is free for ${partySize}`
                  : `✕ ${availability.requested.time} is not free for ${partySize}`}
              </Text>
            )}
            {availabilityError && <Text c="red.9">{availabilityError}</Text>}
          </div>
          {shownAlternatives.length > 0 && (
            <Group gap="xs" role="group" aria-label="Other free times">
              <Text size="sm">Free instead:</Text>
              {shownAlternatives.map((slot) => (
                <Button key={slot.startsAt} size="xs" variant="outline" onClick={() => takeSlot(slot)}>
                  {slot.time}
                </Button>
              ))}
            </Group>
          )}
          <TextInput
            label="Guest name"
            required
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            description="Type two letters to find an earlier guest"
          />
          {matches && matches.length > 0 && (
            <Group gap="xs" role="group" aria-label="Earlier guests">
              {matches.map((g) => (
                <Button
                  key={`${g.name}|${g.phone}|${g.email}`}
                  size="xs"
                  variant="outline"
                  onClick={() => pick(g)}
                >
                  Use {g.name}
                  {g.phone ? ` · ${g.phone}` : ''}
                </Button>
              ))}
            </Group>
          )}
          <Group gap="md" grow>
            <TextInput
              label="Phone"
              type="tel"
              value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)}
            />
            <TextInput
              label="Email"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
          </Group>
          <NativeSelect
            label="Table"
            value={tableId}
            onChange={(e) => setTableId(e.currentTarget.value)}
            data={[
              { value: '', label: "Any table (the engine's pick)" },
              ...(tables?.data ?? [])
                .filter((t) => t.active)
                .map((t) => ({
                  value: t.id,
                  label: `${t.label} (${t.minCovers}–${t.maxCovers}, ${t.zone})`,
                })),
            ]}
          />
          <Textarea
            label="Notes"
            maxLength={1000}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
          />
          {error && (
            <Alert color="red.9" variant="outline" role="alert">
              {error}
            </Alert>
          )}
          {made && (
            <Alert color="green.9" variant="outline" role="status">
              {made}
            </Alert>
          )}
          <Group>
            <Button type="submit" color="blue.9" loading={busy} disabled={!canAct || !name.trim()}>
              Book it
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
