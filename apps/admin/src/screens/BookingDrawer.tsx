import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Drawer,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { GuestBadges } from '../GuestBadges';
import { useState } from 'react';
import {
  call,
  newIdempotencyKey,
  type BookingDetails,
  type CancelReasonCode,
  type Session,
  type SetupTable,
} from '../api';
import { dateTime, reasonText } from '../format';
import { instantOf, localInput } from '../localTime';
import { StatusBadge } from '../StatusBadge';
import { useLoad } from './useLoad';

interface Props {
  bookingId: string;
  session: Session;
  version: number;
  canAct: boolean;
  onClose: () => void;
  onError: (error: unknown) => void;
  /** The guest as the list that opened the drawer read it: their tags, allergens and profile. */
  guest?: { readonly id: string; readonly tags: readonly string[]; readonly allergens: readonly string[] };
}

const CANCELLABLE = ['held', 'capacity_verified', 'assigned', 'manual_review', 'confirmed'];
const CHANGEABLE = ['held', 'confirmed'];
const REASON_CODES: { value: CancelReasonCode; label: string }[] = [
  { value: 'guest_request', label: 'Guest asked' },
  { value: 'restaurant_closed', label: 'Restaurant closed' },
  { value: 'duplicate', label: 'Duplicate booking' },
  { value: 'no_payment', label: 'No payment' },
  { value: 'other', label: 'Other (say why)' },
];
type Panel = 'modify' | 'tables' | 'cancel' | null;

export function BookingDrawer({ bookingId, session, version, canAct, onClose, onError, guest }: Props) {
  const tz = session.staff.timezone;
  const { data: b, error } = useLoad(
    () => call<BookingDetails>('GET', `/bookings/${bookingId}`),
    [bookingId],
    onError,
    version,
  );
  const { data: tables } = useLoad(
    () => call<{ data: SetupTable[] }>('GET', '/setup/tables'),
    [bookingId],
    onError,
  );
  const [reason, setReason] = useState('');
  const [reasonCode, setReasonCode] = useState<CancelReasonCode>('guest_request');
  const [panel, setPanel] = useState<Panel>(null);
  const [startsAt, setStartsAt] = useState('');
  const [partySize, setPartySize] = useState<number>(2);
  const [notes, setNotes] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = async (what: string, request: () => Promise<unknown>) => {
    setBusy(true);
    setActionError(null);
    setDone(null);
    try {
      await request();
      setPanel(null);
      setDone(what);
    } catch (e) {
      setActionError(e instanceof Error ? e.message : String(e));
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  const act = (what: string, path: string, body?: unknown) =>
    run(what, () => call('POST', `/bookings/${bookingId}/${path}`, body ?? {}));
  /** The same change path as the public PATCH, at the version staff are looking at. */
  const change = (what: string, body: Record<string, unknown>) =>
    run(what, () =>
      call('PATCH', `/bookings/${bookingId}`, body, {
        'idempotency-key': newIdempotencyKey(),
        ...(b ? { 'if-match': `"${b.version}"` } : {}),
      }),
    );

  const openModify = () => {
    if (!b) return;
    setStartsAt(localInput(tz, new Date(b.startsAt)));
    setPartySize(b.partySize);
    setNotes(b.notes ?? '');
    setPanel('modify');
  };
  const openTables = () => {
    if (!b || !tables) return;
    setChosen(tables.data.filter((t) => b.tables.includes(t.label)).map((t) => t.id));
    setPanel('tables');
  };
  const submitModify = () => {
    if (!b) return;
    const body: Record<string, unknown> = {};
    const at = instantOf(startsAt, tz);
    if (Date.parse(at) !== Date.parse(b.startsAt)) body.startsAt = at;
    if (partySize !== b.partySize) body.partySize = partySize;
    if (notes !== (b.notes ?? '')) body.notes = notes || null;
    if (Object.keys(body).length === 0) return setPanel(null);
    void change('Booking changed', body);
  };
  const started = b ? Date.parse(b.startsAt) <= Date.now() : false;

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={b ? `${b.guest.name}, party of ${b.partySize}` : 'Booking'}
    >
      {error && (
        <Alert color="red.9" variant="outline" role="alert">
          {error}
        </Alert>
      )}
      {b && (
        <Stack gap="sm">
          <Group gap="sm">
            <StatusBadge status={b.status} />
            <Text>{dateTime(b.startsAt, tz)}</Text>
          </Group>
          <Text>
            <b>Tables:</b> {b.tables.join(' + ') || 'none'} · <b>Channel:</b> {b.channel}
          </Text>
          <Text>
            <b>Guest:</b> {b.guest.name}
            {b.guest.phone ? ` · ${b.guest.phone}` : ''}
            {b.guest.email ? ` · ${b.guest.email}` : ''}
            {guest && (
              <>
                {' · '}
                <Anchor href={`/admin/guests?guest=${guest.id}`}>Guest profile</Anchor>
              </>
            )}
          </Text>
          {guest && <GuestBadges tags={guest.tags} allergens={guest.allergens} />}
          {b.notes && (
            <Text>
              <b>Notes:</b> {b.notes}
            </Text>
          )}
          {b.reviewReason && (
            <Text>
              <b>Review reason:</b> {reasonText(b.reviewReason)}
            </Text>
          )}
          <Anchor href={b.workflowUrl} target="_blank" rel="noreferrer">
            Open its workflow in the Temporal UI ({b.workflowId})
          </Anchor>
          {b.pendingChange && (
            <Alert color="orange.9" variant="outline">
              A change of this booking is waiting for staff in the review queue.
            </Alert>
          )}
          <Group gap="sm">
            <Button
              color="blue.9"
              disabled={!canAct || b.status !== 'confirmed'}
              loading={busy}
              onClick={() => act('Checked in', 'check-in')}
            >
              Check in
            </Button>
            <Button
              variant="outline"
              disabled={!canAct || !CHANGEABLE.includes(b.status)}
              onClick={openModify}
            >
              Modify
            </Button>
            <Button
              variant="outline"
              disabled={!canAct || !CHANGEABLE.includes(b.status) || !tables}
              onClick={openTables}
            >
              Move tables
            </Button>
            {b.status === 'no_show' ? (
              <Button
                variant="outline"
                color="blue.9"
                disabled={!canAct}
                loading={busy}
                onClick={() => act('No-show undone', 'undo-no-show')}
              >
                Undo no-show
              </Button>
            ) : (
              <Button
                variant="outline"
                color="red.9"
                disabled={!canAct || b.status !== 'confirmed' || !started}
                title={started ? undefined : 'Only after the booking has started'}
                loading={busy}
                onClick={() => act('Marked a no-show', 'no-show')}
              >
                Mark no-show
              </Button>
            )}
            <Button
              variant="outline"
              color="red.9"
              disabled={!canAct || !CANCELLABLE.includes(b.status)}
              onClick={() => setPanel('cancel')}
            >
              Cancel booking
            </Button>
          </Group>
          {panel === 'modify' && (
            <Stack
              gap="xs"
              component="form"
              aria-label="Modify booking"
              onSubmit={(e) => {
                e.preventDefault();
                submitModify();
              }}
            >
              <TextInput
                label={`New time (${tz})`}
                type="datetime-local"
                required
                value={startsAt}
                onChange={(e) => setStartsAt(e.currentTarget.value)}
              />
              <NumberInput
                label="Party size"
                min={1}
                max={100}
                value={partySize}
                onChange={(v) => setPartySize(typeof v === 'number' ? v : Number(v) || 1)}
              />
              <Textarea
                label="Notes"
                value={notes}
                maxLength={1000}
                onChange={(e) => setNotes(e.currentTarget.value)}
              />
              <Group gap="sm">
                <Button type="submit" color="blue.9" loading={busy}>
                  Save change
                </Button>
                <Button variant="outline" onClick={() => setPanel(null)}>
                  Keep as it is
                </Button>
              </Group>
            </Stack>
          )}
          {panel === 'tables' && tables && (
            <Stack gap="xs">
              <Checkbox.Group label="Seat the party at" value={chosen} onChange={setChosen}>
                <Group gap="sm" mt="xs">
                  {tables.data
                    .filter((t) => t.active)
                    .map((t) => (
                      <Checkbox
                        key={t.id}
                        value={t.id}
                        label={`${t.label} (${t.minCovers}–${t.maxCovers}, ${t.zone})`}
                      />
                    ))}
                </Group>
              </Checkbox.Group>
              <Group gap="sm">
                <Button
                  color="blue.9"
                  disabled={chosen.length === 0}
                  loading={busy}
                  onClick={() => change('Moved to other tables', { tableIds: chosen })}
                >
                  Move to these tables
                </Button>
                <Button variant="outline" onClick={() => setPanel(null)}>
                  Keep tables
                </Button>
              </Group>
            </Stack>
          )}
          {panel === 'cancel' && (
            <Stack gap="xs">
              <NativeSelect
                label="Reason"
                data={REASON_CODES}
                value={reasonCode}
                onChange={(e) => setReasonCode(e.currentTarget.value as CancelReasonCode)}
              />
              <Textarea
                label={reasonCode === 'other' ? 'Why (required)' : 'Details (optional)'}
                required={reasonCode === 'other'}
                value={reason}
                maxLength={500}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <Group gap="sm">
                <Button
                  color="red.9"
                  disabled={reasonCode === 'other' && !reason.trim()}
                  loading={busy}
                  onClick={() =>
                    act('Cancelled', 'cancel', {
                      reasonCode,
                      ...(reason.trim() ? { reason: reason.trim() } : {}),
                    })
                  }
                >
                  Confirm cancellation
                </Button>
                <Button variant="outline" onClick={() => setPanel(null)}>
                  Keep booking
                </Button>
              </Group>
            </Stack>
          )}
          {done && !actionError && (
            <Text role="status" c="green.9" fw={600}>
              {done}.
            </Text>
          )}
          {actionError && (
            <Alert color="red.9" variant="outline" role="alert">
              {actionError}
            </Alert>
          )}
          <Title order={3} size="h5" mt="md">
            Timeline
          </Title>
          <List spacing={4} size="sm" aria-label="Event timeline">
            {b.events.map((e, i) => (
              <List.Item key={i}>
                <b>{dateTime(e.at, tz)}</b> {e.from ? `${e.from} → ` : ''}
                {e.to} by {e.actor}
                {e.reason ? ` (${e.reason.replace(/_/g, ' ')})` : ''}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Drawer>
  );
}
