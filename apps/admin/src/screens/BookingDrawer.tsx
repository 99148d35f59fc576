import { Alert, Anchor, Button, Drawer, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { call, type BookingDetails, type Session } from '../api';
import { dateTime, reasonText } from '../format';
import { StatusBadge } from '../StatusBadge';
import { useLoad } from './useLoad';

interface Props {
  bookingId: string;
  session: Session;
  version: number;
  canAct: boolean;
  onClose: () => void;
  onError: (error: unknown) => void;
}

const CANCELLABLE = ['held', 'capacity_verified', 'assigned', 'manual_review', 'confirmed'];

export function BookingDrawer({ bookingId, session, version, canAct, onClose, onError }: Props) {
  const tz = session.staff.timezone;
  const { data: b, error } = useLoad(
    () => call<BookingDetails>('GET', `/bookings/${bookingId}`),
    [bookingId, version],
    onError,
  );
  const [reason, setReason] = useState('');
  const [cancelling, setCancelling] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  const act = async (path: string, body?: unknown) => {
    setBusy(true);
    setActionError(null);
    try {
      await call('POST', `/bookings/${bookingId}/${path}`, body);
      setCancelling(false);
    } catch (e) {
      setActionError(e instanceof Error ? e.message : String(e));
      onError(e);
    } finally {
      setBusy(false);
    }
  };

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
          </Text>
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
          <Group gap="sm">
            <Button
              color="blue.9"
              disabled={!canAct || b.status !== 'confirmed'}
              loading={busy}
              onClick={() => act('check-in')}
            >
              Check in
            </Button>
            <Button
              variant="outline"
              color="red.9"
              disabled={!canAct || !CANCELLABLE.includes(b.status)}
              onClick={() => setCancelling(true)}
            >
              Cancel booking
            </Button>
          </Group>
          {cancelling && (
            <Stack gap="xs">
              <Textarea
                label="Reason for cancelling"
                required
                value={reason}
                maxLength={500}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <Group gap="sm">
                <Button
                  color="red.9"
                  disabled={!reason.trim()}
                  loading={busy}
                  onClick={() => act('cancel', { reason })}
                >
                  Confirm cancellation
                </Button>
                <Button variant="outline" onClick={() => setCancelling(false)}>
                  Keep booking
                </Button>
              </Group>
            </Stack>
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
