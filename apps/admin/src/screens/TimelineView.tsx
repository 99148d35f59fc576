import { Alert, Button, Group, Modal, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { guestMarks } from '../GuestBadges';
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import {
  call,
  newIdempotencyKey,
  type AdminBooking,
  type BookingPage,
  type Session,
  type SetupTable,
  type TableBlock,
  type WeeklyHours,
} from '../api';
import { STATUS_LABEL, localDate, time } from '../format';
import { hhmm, instantOf, localInput, localMinutes } from '../localTime';
import { BookingDrawer } from './BookingDrawer';
import { useLoad } from './useLoad';

interface Props {
  session: Session;
  version: number;
  /** Goes up on the live stream's (re)connects and slow refreshes: reload the floor itself. */
  refresh: number;
  canAct: boolean;
  onError: (error: unknown) => void;
}

interface TimelineData {
  tables: SetupTable[];
  bookings: AdminBooking[];
  blocks: TableBlock[];
  hours: WeeklyHours;
}

/** Pixels per minute of service time; a 15-minute step is 30 px. */
const PX_PER_MIN = 2;
const STEP_MIN = 15;
const LABEL_WIDTH = 150;
/** Bookings that no longer take a table are not drawn. */
const SHOWN = new Set(['held', 'capacity_verified', 'assigned', 'confirmed', 'manual_review', 'checked_in']);

/** Bar colours: light fills with dark text (AA contrast); the status also shows as symbol and word. */
const BAR_STYLE: Record<string, { bg: string; border: string; dashed?: boolean }> = {
  held: { bg: 'var(--mantine-color-yellow-1)', border: 'var(--mantine-color-yellow-9)', dashed: true },
  capacity_verified: { bg: 'var(--mantine-color-yellow-1)', border: 'var(--mantine-color-yellow-9)' },
  assigned: { bg: 'var(--mantine-color-indigo-1)', border: 'var(--mantine-color-indigo-9)' },
  confirmed: { bg: 'var(--mantine-color-green-1)', border: 'var(--mantine-color-green-9)' },
  manual_review: { bg: 'var(--mantine-color-orange-1)', border: 'var(--mantine-color-orange-9)' },
  checked_in: { bg: 'var(--mantine-color-blue-1)', border: 'var(--mantine-color-blue-9)' },
};

/** The local day's service span in minutes: its opening hours, widened to every booking and block. */
function spanOf(data: TimelineData, date: string, tz: string): { from: number; to: number } {
  const weekday = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const periods = data.hours.periods.filter((p) => p.days.includes(weekday));
  const minutes = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));
  let from = periods.length ? Math.min(...periods.map((p) => minutes(p.opens))) : 12 * 60;
  let to = periods.length ? Math.max(...periods.map((p) => minutes(p.closes))) : 23 * 60;
  for (const b of data.bookings) {
    from = Math.min(from, localMinutes(b.startsAt, tz));
    const end = localMinutes(b.endsAt, tz);
    to = Math.max(to, end < localMinutes(b.startsAt, tz) ? 24 * 60 : end);
  }
  from = Math.floor(from / 60) * 60;
  to = Math.min(24 * 60, Math.ceil(to / 60) * 60);
  return { from, to: Math.max(to, from + 60) };
}

/**
 * "The book": tables down the side, the service's time across, each booking a bar in its status
 * colour and symbol. Drag a bar to another table or time, or focus it and use Alt+arrows, to move
 * the booking through the same change path as the API; a refusal shows its reason.
 */
export function TimelineView({ session, version, refresh, canAct, onError }: Props) {
  const tz = session.staff.timezone;
  const [date, setDate] = useState(() => localDate(tz));
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [walkInAt, setWalkInAt] = useState<SetupTable | null>(null);
  const [moving, setMoving] = useState(false);

  // A booking change reloads the bookings alone; the floor (tables, blocks, hours) on the slower
  // refresh, since booking changes do not touch it.
  const { data: setup } = useLoad<Omit<TimelineData, 'bookings'>>(
    async () => {
      const [tables, blocks, hours] = await Promise.all([
        call<{ data: SetupTable[] }>('GET', '/setup/tables'),
        call<{ data: TableBlock[] }>('GET', '/setup/blocks'),
        call<WeeklyHours>('GET', '/setup/hours'),
      ]);
      return { tables: tables.data.filter((t) => t.active), blocks: blocks.data, hours };
    },
    [],
    onError,
    refresh,
  );
  const { data: booked } = useLoad<AdminBooking[]>(
    async () =>
      (await call<BookingPage>('GET', `/bookings?date=${date}&limit=100`)).items.filter((b) =>
        SHOWN.has(b.status),
      ),
    [date],
    onError,
    version,
  );
  const data: TimelineData | undefined = setup && booked ? { ...setup, bookings: booked } : undefined;

  const span = data ? spanOf(data, date, tz) : { from: 12 * 60, to: 23 * 60 };
  const width = (span.to - span.from) * PX_PER_MIN;
  const dayStart = Date.parse(instantOf(`${date}T00:00`, tz));
  const toX = (iso: string) => ((Date.parse(iso) - dayStart) / 60_000 - span.from) * PX_PER_MIN;
  const nowX = toX(new Date().toISOString());
  const showNow = localDate(tz) === date && nowX >= 0 && nowX <= width;

  /** Moves a booking through PATCH /bookings/{id}: the workflow re-checks and swaps, or refuses. */
  const move = async (booking: AdminBooking, table: SetupTable, startsAt: string) => {
    if (!canAct || moving) return;
    const sameTable = booking.tables.length === 1 && booking.tables[0].id === table.id;
    const sameTime = Date.parse(startsAt) === Date.parse(booking.startsAt);
    if (sameTable && sameTime) return;
    setMoving(true);
    setNotice(null);
    try {
      await call(
        'PATCH',
        `/bookings/${booking.id}`,
        { ...(sameTime ? {} : { startsAt }), tableIds: [table.id] },
        { 'idempotency-key': newIdempotencyKey() },
      );
      setNotice({
        kind: 'ok',
        text: `Moved ${booking.guest.name} to ${table.label} at ${time(startsAt, tz)}`,
      });
    } catch (e) {
      setNotice({
        kind: 'error',
        text: `Could not move ${booking.guest.name}: ${e instanceof Error ? e.message : String(e)}`,
      });
      onError(e);
    } finally {
      setMoving(false);
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>, table: SetupTable) => {
    event.preventDefault();
    const id = event.dataTransfer.getData('text/plain');
    const booking = data?.bookings.find((b) => b.id === id);
    if (!booking) return;
    const grabbedAt = Number(event.dataTransfer.getData('application/x-offset') || '0');
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left - grabbedAt;
    const minute = Math.round((x / PX_PER_MIN + span.from) / STEP_MIN) * STEP_MIN;
    void move(booking, table, new Date(dayStart + minute * 60_000).toISOString());
  };

  /** The keyboard alternative to dragging: Alt+↑/↓ another table, Alt+←/→ 15 minutes earlier/later. */
  const onBarKey = (event: KeyboardEvent<HTMLButtonElement>, booking: AdminBooking, row: number) => {
    if (!event.altKey || !data) return;
    const tables = data.tables;
    const start = Date.parse(booking.startsAt);
    let target: { table: SetupTable; startsAt: number } | null = null;
    if (event.key === 'ArrowUp' && row > 0) target = { table: tables[row - 1], startsAt: start };
    if (event.key === 'ArrowDown' && row < tables.length - 1) {
      target = { table: tables[row + 1], startsAt: start };
    }
    if (event.key === 'ArrowLeft') target = { table: tables[row], startsAt: start - STEP_MIN * 60_000 };
    if (event.key === 'ArrowRight') target = { table: tables[row], startsAt: start + STEP_MIN * 60_000 };
    if (!target) return;
    event.preventDefault();
    void move(booking, target.table, new Date(target.startsAt).toISOString());
  };

  const hours: number[] = [];
  for (let m = span.from; m < span.to; m += 60) hours.push(m);

  return (
    <section aria-labelledby="timeline-title">
      <Title order={2} size="h4" id="timeline-title" mb="sm">
        The book
      </Title>
      <Group align="flex-end" mb="sm" gap="md">
        <TextInput
          label="Date"
          type="date"
          value={date}
          onChange={(e) => e.currentTarget.value && setDate(e.currentTarget.value)}
        />
        <Group gap="md" role="list" aria-label="Legend">
          {Object.entries(BAR_STYLE).map(([status, s]) => (
            <Group key={status} gap={4} role="listitem">
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  width: 16,
                  height: 16,
                  background: s.bg,
                  border: `2px ${s.dashed ? 'dashed' : 'solid'} ${s.border}`,
                }}
              />
              <Text size="sm">
                {STATUS_LABEL[status as AdminBooking['status']].symbol}{' '}
                {STATUS_LABEL[status as AdminBooking['status']].label}
              </Text>
            </Group>
          ))}
          <Group gap={4} role="listitem">
            <span aria-hidden="true" className="timeline-block-swatch" />
            <Text size="sm">✕ Blocked</Text>
          </Group>
        </Group>
      </Group>
      <Text size="sm" id="timeline-help" mb="xs">
        Drag a booking to another table or time, or focus it and press Alt+↑/↓ for another table and Alt+←/→
        for 15 minutes earlier or later. Enter opens it.
      </Text>
      <div aria-live="polite">
        {notice && (
          <Alert
            color={notice.kind === 'error' ? 'red.9' : 'green.9'}
            variant="outline"
            role={notice.kind === 'error' ? 'alert' : 'status'}
            mb="sm"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setNotice(null)}
          >
            {notice.text}
          </Alert>
        )}
      </div>
      {data && (
        <div className="timeline-scroll" role="region" aria-label="Tables by time" tabIndex={0}>
          <div className="timeline" style={{ width: LABEL_WIDTH + width }}>
            <div className="timeline-axis" style={{ marginLeft: LABEL_WIDTH, width }} aria-hidden="true">
              {hours.map((m) => (
                <span key={m} style={{ left: (m - span.from) * PX_PER_MIN }}>
                  {hhmm(m)}
                </span>
              ))}
            </div>
            {data.tables.map((table, row) => {
              const bookings = data.bookings.filter((b) => b.tables.some((t) => t.id === table.id));
              const blocks = data.blocks.filter(
                (k) =>
                  (k.tableId === table.id || (k.tableId === null && k.zoneId === table.zoneId)) &&
                  toX(k.endsAt) > 0 &&
                  toX(k.startsAt) < width,
              );
              return (
                <div className="timeline-row" key={table.id} data-table-row={table.label}>
                  <div className="timeline-label" style={{ width: LABEL_WIDTH }}>
                    <Text fw={700} size="sm">
                      {table.label}{' '}
                      <Text span size="xs">
                        {table.zone} · {table.minCovers}–{table.maxCovers}
                      </Text>
                    </Text>
                    <Button
                      size="compact-xs"
                      variant="outline"
                      disabled={!canAct}
                      aria-label={`Seat a walk-in at ${table.label}`}
                      onClick={() => setWalkInAt(table)}
                    >
                      Walk-in
                    </Button>
                  </div>
                  <div
                    className="timeline-track"
                    style={{ width }}
                    data-drop-table={table.label}
                    onDragOver={(e) => canAct && e.preventDefault()}
                    onDrop={(e) => onDrop(e, table)}
                  >
                    {blocks.map((k) => (
                      <div
                        key={k.id}
                        className="timeline-block"
                        style={{
                          left: Math.max(0, toX(k.startsAt)),
                          width: Math.min(width, toX(k.endsAt)) - Math.max(0, toX(k.startsAt)),
                        }}
                      >
                        <Text size="xs" c="dark.9" truncate>
                          <span aria-hidden="true">✕</span> Blocked: {k.reason}
                        </Text>
                      </div>
                    ))}
                    {bookings.map((b) => {
                      const s = BAR_STYLE[b.status];
                      const label = STATUS_LABEL[b.status];
                      const left = toX(b.startsAt);
                      return (
                        <button
                          type="button"
                          key={b.id}
                          className="timeline-bar"
                          data-booking-id={b.id}
                          data-status={b.status}
                          draggable={canAct}
                          aria-describedby="timeline-help"
                          aria-label={`${b.guest.name}${guestMarks(b.guest.tags, b.guest.allergens)}, party of ${b.partySize}, ${time(b.startsAt, tz)}–${time(b.endsAt, tz)} at ${table.label}, ${label.label}`}
                          style={{
                            left,
                            width: Math.max(24, toX(b.endsAt) - left),
                            background: s.bg,
                            border: `2px ${s.dashed ? 'dashed' : 'solid'} ${s.border}`,
                          }}
                          onDragStart={(e) => {
                            e.dataTransfer.setData('text/plain', b.id);
                            e.dataTransfer.setData(
                              'application/x-offset',
                              String(e.clientX - e.currentTarget.getBoundingClientRect().left),
                            );
                            e.dataTransfer.effectAllowed = 'move';
                          }}
                          onKeyDown={(e) => onBarKey(e, b, row)}
                          onClick={() => setOpen(b.id)}
                        >
                          <span aria-hidden="true">{label.symbol}</span>
                          {b.guest.tags.includes('vip') && <span aria-hidden="true"> ★</span>}
                          {b.guest.allergens.length > 0 && <span aria-hidden="true"> ⚠</span>} {b.guest.name}{' '}
                          ({b.partySize})
                        </button>
                      );
                    })}
                    {showNow && <div className="timeline-now" style={{ left: nowX }} aria-hidden="true" />}
                  </div>
                </div>
              );
            })}
            {showNow && (
              <Text size="xs" className="timeline-now-label" style={{ left: LABEL_WIDTH + nowX }}>
                Now {localInput(tz).slice(11)}
              </Text>
            )}
          </div>
        </div>
      )}
      {walkInAt && (
        <WalkInDialog
          table={walkInAt}
          onClose={() => setWalkInAt(null)}
          onSeated={(text) => {
            setWalkInAt(null);
            setNotice({ kind: 'ok', text });
          }}
          onError={onError}
        />
      )}
      {open && (
        <BookingDrawer
          bookingId={open}
          session={session}
          version={version}
          canAct={canAct}
          onClose={() => setOpen(null)}
          guest={booked?.find((x) => x.id === open)?.guest}
          onError={onError}
        />
      )}
    </section>
  );
}

/** A walk-in in two clicks: "Walk-in" on a table's row, then "Seat now" (party of two by default). */
function WalkInDialog({
  table,
  onClose,
  onSeated,
  onError,
}: {
  table: SetupTable;
  onClose: () => void;
  onSeated: (text: string) => void;
  onError: (error: unknown) => void;
}) {
  const [partySize, setPartySize] = useState<number>(Math.max(table.minCovers, Math.min(2, table.maxCovers)));
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key per dialog: a double click on "Seat now" attaches to the first walk-in.
  const [key] = useState(newIdempotencyKey);

  const seat = async () => {
    setBusy(true);
    setError(null);
    try {
      await call(
        'POST',
        '/walk-ins',
        { partySize, tableIds: [table.id], ...(name.trim() ? { guest: { name: name.trim() } } : {}) },
        { 'idempotency-key': key },
      );
      onSeated(`Seated a walk-in party of ${partySize} at ${table.label}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Walk-in at ${table.label}`}>
      <Stack gap="sm">
        <NumberInput
          label="Party size"
          min={1}
          max={100}
          value={partySize}
          onChange={(v) => setPartySize(typeof v === 'number' ? v : Number(v) || 1)}
        />
        <TextInput
          label="Name (optional)"
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        {error && (
          <Alert color="red.9" variant="outline" role="alert">
            {error}
          </Alert>
        )}
        <Group gap="sm">
          <Button color="blue.9" loading={busy} onClick={seat} data-autofocus>
            Seat now
          </Button>
          <Button variant="outline" onClick={onClose}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
