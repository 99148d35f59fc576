import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import {
  call,
  newIdempotencyKey,
  type Floor,
  type Session,
  type WaitlistEntry,
  type WaitlistPage,
  type WaitlistStatus,
} from '../api';
import { WAITLIST_STATUS_LABEL, clock, dateTime, localDate, time } from '../format';
import { StatusLines } from './StatusLines';
import { useLoad } from './useLoad';

interface Props {
  session: Session;
  version: number;
  canAct: boolean;
  onError: (error: unknown) => void;
}

/**
 * Waitlist entries change without a booking changing (a new wish, a walk-in added at another
 * screen), which the live stream does not carry: the screen also polls at this pace.
 */
const POLL_MS = 10_000;
const PAGE = '100';

/** The current time, ticking every second, for the countdowns. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function usePoll(): number {
  const [n, setN] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setN((v) => v + 1), POLL_MS);
    return () => clearInterval(timer);
  }, []);
  return n;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The waitlist (issue 19): the walk-in queue at the door, with each party's quoted time counting
 * down and marked "over the quote" once it passes, and the wish list for full slots with each
 * entry's window and the offer it holds now. Viewers see everything and change nothing.
 */
export function WaitlistScreen({ session, version, canAct, onError }: Props) {
  const tz = session.staff.timezone;
  const now = useNow();
  const poll = usePoll();
  const [wishView, setWishView] = useState('open');
  const [notice, setNotice] = useState('');
  const [seating, setSeating] = useState<WaitlistEntry | null>(null);
  const [removing, setRemoving] = useState<WaitlistEntry | null>(null);
  const [changes, setChanges] = useState(0);
  const refreshKey = version + poll + changes;
  const changed = (text: string) => {
    setNotice(text);
    setChanges((c) => c + 1);
  };

  const walkIns = useLoad(
    () => call<WaitlistPage>('GET', `/waitlist?kind=walk_in&limit=${PAGE}`),
    [],
    onError,
    refreshKey,
  );
  const wishStatus = wishView === 'open' ? '' : '&status=booked,expired,cancelled,removed';
  const wishes = useLoad(
    () => call<WaitlistPage>('GET', `/waitlist?kind=wish&limit=${PAGE}${wishStatus}`),
    [wishStatus],
    onError,
    refreshKey,
  );

  const notify = async (entry: WaitlistEntry) => {
    try {
      await call('POST', `/waitlist/${entry.id}/notify`, {});
      changed(`${entry.guest.name} was notified that their table is ready`);
    } catch (e) {
      setNotice(`Could not notify ${entry.guest.name}: ${message(e)}`);
      onError(e);
    }
  };

  return (
    <section aria-labelledby="waitlist-title">
      <Title order={2} size="h4" id="waitlist-title" mb="sm">
        Waitlist
      </Title>
      <StatusLines notice={notice} error={null} />

      <section aria-labelledby="walk-ins-title">
        <Title order={3} size="h5" id="walk-ins-title" mb="xs">
          Walk-ins {walkIns.data ? `(${walkIns.data.items.length}${walkIns.data.nextCursor ? '+' : ''})` : ''}
        </Title>
        {canAct && (
          <AddWalkIn restaurantId={session.staff.restaurantId} onAdded={changed} onError={onError} />
        )}
        {walkIns.error && (
          <Alert color="red.9" variant="outline" role="alert">
            {walkIns.error}
          </Alert>
        )}
        {walkIns.data && walkIns.data.items.length === 0 && (
          <Text mb="md">Nobody is waiting at the door.</Text>
        )}
        {walkIns.data && walkIns.data.items.length > 0 && (
          <Table striped withTableBorder verticalSpacing="sm" mb="lg" aria-labelledby="walk-ins-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Party</Table.Th>
                <Table.Th scope="col">Guest</Table.Th>
                <Table.Th scope="col">Quoted</Table.Th>
                <Table.Th scope="col">Wait</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                {canAct && <Table.Th scope="col">Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {walkIns.data.items.map((entry) => (
                <Table.Tr key={entry.id} data-entry-id={entry.id}>
                  <Table.Td>{entry.partySize}</Table.Td>
                  <Table.Td>
                    <Text fw={600}>{entry.guest.name}</Text>
                    {entry.guest.phone && <Text size="sm">{entry.guest.phone}</Text>}
                    {entry.notes && (
                      <Text size="sm" c="gray.8">
                        {entry.notes}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{entry.quotedAt ? time(entry.quotedAt, tz) : '—'}</Table.Td>
                  <Table.Td>
                    <QuoteCountdown quotedAt={entry.quotedAt} now={now} />
                  </Table.Td>
                  <Table.Td>
                    <WaitlistBadge status={entry.status} />
                  </Table.Td>
                  {canAct && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          color="green.9"
                          onClick={() => setSeating(entry)}
                          aria-label={`Seat ${entry.guest.name}`}
                        >
                          Seat
                        </Button>
                        <Button
                          size="xs"
                          variant="outline"
                          onClick={() => notify(entry)}
                          aria-label={`Notify ${entry.guest.name}`}
                        >
                          Notify
                        </Button>
                        <Button
                          size="xs"
                          variant="outline"
                          color="red.9"
                          onClick={() => setRemoving(entry)}
                          aria-label={`Remove ${entry.guest.name}`}
                        >
                          Remove
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="wishes-title">
        <Group justify="space-between" align="flex-end" mb="xs">
          <Title order={3} size="h5" id="wishes-title">
            Wish list {wishes.data ? `(${wishes.data.items.length}${wishes.data.nextCursor ? '+' : ''})` : ''}
          </Title>
          <NativeSelect
            label="Show"
            value={wishView}
            onChange={(e) => setWishView(e.currentTarget.value)}
            data={[
              { value: 'open', label: 'Waiting and offered' },
              { value: 'closed', label: 'Booked, expired, cancelled or removed' },
            ]}
          />
        </Group>
        {wishes.error && (
          <Alert color="red.9" variant="outline" role="alert">
            {wishes.error}
          </Alert>
        )}
        {wishes.data && wishes.data.items.length === 0 && <Text>No wish-list entries.</Text>}
        {wishes.data && wishes.data.items.length > 0 && (
          <Table striped withTableBorder verticalSpacing="sm" aria-labelledby="wishes-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Guest</Table.Th>
                <Table.Th scope="col">Party</Table.Th>
                <Table.Th scope="col">Window ({tz})</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Offer</Table.Th>
                <Table.Th scope="col">Joined</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {wishes.data.items.map((entry) => (
                <Table.Tr key={entry.id} data-entry-id={entry.id}>
                  <Table.Td>
                    <Text fw={600}>{entry.guest.name}</Text>
                    {entry.guest.phone && <Text size="sm">{entry.guest.phone}</Text>}
                    {entry.guest.email && <Text size="sm">{entry.guest.email}</Text>}
                  </Table.Td>
                  <Table.Td>{entry.partySize}</Table.Td>
                  <Table.Td>{windowText(entry, tz)}</Table.Td>
                  <Table.Td>
                    <WaitlistBadge status={entry.status} />
                    {entry.closeReason && (
                      <Text size="xs" c="gray.8">
                        {entry.closeReason.replace(/_/g, ' ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <OfferCell entry={entry} tz={tz} now={now} />
                  </Table.Td>
                  <Table.Td>{dateTime(entry.createdAt, tz)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>

      {seating && (
        <SeatDialog
          entry={seating}
          onClose={() => setSeating(null)}
          onSeated={(text) => {
            setSeating(null);
            changed(text);
          }}
          onError={onError}
        />
      )}
      {removing && (
        <RemoveDialog
          entry={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(text) => {
            setRemoving(null);
            changed(text);
          }}
          onError={onError}
        />
      )}
    </section>
  );
}

/** "Fri 4 Dec, 19:00–21:00" at the restaurant; a window over midnight names both days. */
function windowText(entry: WaitlistEntry, tz: string): string {
  const sameDay = localDate(tz, new Date(entry.from)) === localDate(tz, new Date(entry.to));
  return `${dateTime(entry.from, tz)}–${sameDay ? time(entry.to, tz) : dateTime(entry.to, tz)}`;
}

function WaitlistBadge({ status }: { status: WaitlistStatus }) {
  const s = WAITLIST_STATUS_LABEL[status];
  return (
    <Badge
      color={s.color}
      variant="filled"
      radius="sm"
      leftSection={<span aria-hidden="true">{s.symbol}</span>}
    >
      {s.label}
    </Badge>
  );
}

/** Time left until the quote, or, past it, how long over, in words and red (not colour alone). */
function QuoteCountdown({ quotedAt, now }: { quotedAt: string | null; now: number }) {
  if (!quotedAt) return <Text size="sm">No quote</Text>;
  const left = Date.parse(quotedAt) - now;
  if (left >= 0) {
    return (
      <Text size="sm" role="timer" data-over="false">
        {clock(left)} left
      </Text>
    );
  }
  return (
    <Text size="sm" fw={700} c="red.9" role="timer" data-over="true">
      <span aria-hidden="true">! </span>Over quote by {clock(left)}
    </Text>
  );
}

function OfferCell({ entry, tz, now }: { entry: WaitlistEntry; tz: string; now: number }) {
  if (!entry.offer) {
    return (
      <Text size="sm">
        {entry.offersMade > 0 ? `No offer now (${entry.offersMade} made)` : 'No offer yet'}
      </Text>
    );
  }
  const left = Date.parse(entry.offer.expiresAt) - now;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        Holding {entry.offer.tables.join(' + ') || 'a table'} at {time(entry.offer.startsAt, tz)}
      </Text>
      <Text size="sm" role="timer" c={left < 0 ? 'red.9' : undefined}>
        {left >= 0
          ? `Expires in ${clock(left)} (at ${time(entry.offer.expiresAt, tz)})`
          : `Expired at ${time(entry.offer.expiresAt, tz)}; passing on`}
      </Text>
    </Stack>
  );
}

function AddWalkIn({
  restaurantId,
  onAdded,
  onError,
}: {
  restaurantId: string;
  onAdded: (text: string) => void;
  onError: (e: unknown) => void;
}) {
  const [partySize, setPartySize] = useState<number>(2);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [notes, setNotes] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const entry = await call<WaitlistEntry>(
        'POST',
        '/waitlist/walk-ins',
        {
          restaurantId,
          partySize,
          guest: { name: name.trim(), ...(phone.trim() ? { phone: phone.trim() } : {}) },
          ...(notes.trim() ? { notes: notes.trim() } : {}),
        },
        { 'idempotency-key': key },
      );
      onAdded(`Added ${entry.guest.name}, party of ${entry.partySize}, to the walk-in queue`);
      // The next walk-in is another party: a new key and an empty form.
      setKey(newIdempotencyKey());
      setName('');
      setPhone('');
      setNotes('');
      setPartySize(2);
    } catch (e) {
      setError(message(e));
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} aria-label="Add a walk-in">
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <NumberInput
          label="Party size"
          min={1}
          max={100}
          required
          value={partySize}
          onChange={(v) => setPartySize(typeof v === 'number' ? v : Number(v) || 1)}
          w={110}
        />
        <TextInput
          label="Guest name"
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <TextInput
          label="Phone"
          type="tel"
          maxLength={40}
          value={phone}
          onChange={(e) => setPhone(e.currentTarget.value)}
        />
        <TextInput
          label="Notes"
          maxLength={1000}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          w={260}
        />
        <Button type="submit" color="blue.9" loading={busy} disabled={!name.trim()}>
          Add walk-in
        </Button>
      </Group>
      {error && (
        <Alert color="red.9" variant="outline" role="alert" mb="md">
          {error}
        </Alert>
      )}
    </form>
  );
}

/** Seat a walk-in at tables free now (the floor's view of this minute). */
function SeatDialog({
  entry,
  onClose,
  onSeated,
  onError,
}: {
  entry: WaitlistEntry;
  onClose: () => void;
  onSeated: (text: string) => void;
  onError: (e: unknown) => void;
}) {
  const [at] = useState(() => new Date().toISOString());
  const floor = useLoad(() => call<Floor>('GET', `/floor?at=${encodeURIComponent(at)}`), [entry.id], onError);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const free = floor.data?.zones.flatMap((z) => z.tables.filter((t) => t.state === 'free')) ?? [];

  const seat = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('POST', `/waitlist/${entry.id}/seat`, { tableIds: chosen });
      const labels = free.filter((t) => chosen.includes(t.id)).map((t) => t.label);
      onSeated(`Seated ${entry.guest.name} at ${labels.join(' + ')}`);
    } catch (e) {
      setError(message(e));
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Seat ${entry.guest.name}, party of ${entry.partySize}`} size="lg">
      <Stack>
        {floor.error && (
          <Alert color="red.9" variant="outline" role="alert">
            {floor.error}
          </Alert>
        )}
        <Checkbox.Group
          label="Free tables"
          description="Tables free now; tick one, or more to join them."
          value={chosen}
          onChange={setChosen}
        >
          <Stack gap={6} mt="xs">
            {floor.data?.zones.map((zone) => (
              <Group key={zone.id} gap="md" align="flex-start">
                <Text fw={600} w={90}>
                  {zone.name}
                </Text>
                <Group gap="sm">
                  {zone.tables.map((table) => (
                    <Checkbox
                      key={table.id}
                      value={table.id}
                      disabled={table.state !== 'free'}
                      label={`${table.label} (${table.minCovers}–${table.maxCovers})${table.state === 'free' ? '' : ' taken'}`}
                    />
                  ))}
                </Group>
              </Group>
            ))}
          </Stack>
        </Checkbox.Group>
        {floor.data && free.length === 0 && <Text>No table is free right now.</Text>}
        {error && (
          <Alert color="red.9" variant="outline" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="outline" onClick={onClose}>
            Back
          </Button>
          <Button color="green.9" loading={busy} disabled={chosen.length === 0} onClick={seat}>
            Seat now
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RemoveDialog({
  entry,
  onClose,
  onRemoved,
  onError,
}: {
  entry: WaitlistEntry;
  onClose: () => void;
  onRemoved: (text: string) => void;
  onError: (e: unknown) => void;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('POST', `/waitlist/${entry.id}/remove`, reason.trim() ? { reason: reason.trim() } : {});
      onRemoved(`Removed ${entry.guest.name} from the waitlist`);
    } catch (e) {
      setError(message(e));
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Remove ${entry.guest.name}, party of ${entry.partySize}`}>
      <Stack>
        <Textarea
          label="Reason (optional)"
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        {error && (
          <Alert color="red.9" variant="outline" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="outline" onClick={onClose}>
            Back
          </Button>
          <Button color="red.9" loading={busy} onClick={remove}>
            Remove from waitlist
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
