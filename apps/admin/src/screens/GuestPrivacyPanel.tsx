import { Alert, Button, Group, List, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { ApiError, call, type GuestProfileData, type Session } from '../api';
import { dateTime } from '../format';

/** The receipt the erase API answers (GuestErasureOutput); never any of the guest's data. */
export interface ErasureReceipt {
  readonly id: string;
  readonly guestId: string;
  readonly actor: string;
  readonly at: string;
  readonly removed: Readonly<Record<string, number>>;
  readonly inProgressBookings: readonly string[];
  /** Waitlist entries still waiting or offered: anonymised, left on the list. */
  readonly inProgressWaitlistEntries?: readonly string[];
  readonly alreadyErased: boolean;
  readonly redisPurged: boolean;
}

/** Statuses a booking has finished in: erasing its guest leaves every other one running. */
const FINISHED = ['completed', 'cancelled', 'no_show', 'rejected', 'expired'];

const ERASED_GUEST_NAME = 'Erased guest';

interface Props {
  guest: GuestProfileData;
  session: Session;
  /** After an erasure: the profile reloads (it is anonymous now). */
  onErased: () => void;
  onError: (error: unknown) => void;
}

/** The export as a file the browser saves: the API's own JSON, as it answered it. */
async function downloadExport(guestId: string): Promise<void> {
  const response = await fetch(`/admin/api/guests/${guestId}/export`, { credentials: 'same-origin' });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { code?: string; detail?: string };
    throw new ApiError(
      response.status,
      problem.code ?? 'error',
      problem.detail ?? `Export failed (${response.status})`,
    );
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `guest-${guestId}.json`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * GDPR for one guest (README "Guests" → GDPR): managers export everything held about them as a
 * JSON file, and erase them after typing their name. Bookings still in progress are named before
 * and after: erasure cancels none of them. Ops and viewers see why the buttons are not theirs.
 */
export function GuestPrivacyPanel({ guest, session, onErased, onError }: Props) {
  const tz = session.staff.timezone;
  const isManager = session.staff.role === 'manager';
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [exported, setExported] = useState(false);
  const [receipt, setReceipt] = useState<ErasureReceipt | null>(null);
  // The dialog's trigger is disabled once the guest is erased: focus goes to the receipt instead.
  const receiptTitle = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (receipt) receiptTitle.current?.focus();
  }, [receipt]);
  // The bookings as they stood before erasure, to name those the receipt lists.
  const [bookingsBefore, setBookingsBefore] = useState(guest.bookings);
  const inProgress = guest.bookings.filter((b) => !FINISHED.includes(b.status));
  const erased = guest.name === ERASED_GUEST_NAME && guest.phone === null && guest.email === null;
  const nameMatches = typed.trim() === guest.name.trim();
  const describe = (bookingId: string): string => {
    const b = bookingsBefore.find((x) => x.id === bookingId);
    return b ? `${dateTime(b.startsAt, tz)} · party of ${b.partySize} · ${b.status}` : bookingId;
  };

  const exportData = async () => {
    setFailure(null);
    setBusy(true);
    try {
      await downloadExport(guest.id);
      setExported(true);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  const erase = async () => {
    setFailure(null);
    setBusy(true);
    try {
      setBookingsBefore(guest.bookings);
      const answer = await call<ErasureReceipt>('POST', `/guests/${guest.id}/erase`, { confirm: guest.id });
      setReceipt(answer);
      setConfirming(false);
      setTyped('');
      onErased();
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="privacy-title">
      <Title order={3} size="h5" mt="lg" mb="xs" id="privacy-title">
        Privacy (GDPR)
      </Title>
      {!isManager && (
        <Text size="sm" mb="xs" id="privacy-why">
          Only managers can export a guest&apos;s data or erase a guest.
        </Text>
      )}
      {failure && (
        <Alert color="red.9" variant="outline" mb="xs" role="alert">
          {failure}
        </Alert>
      )}
      {exported && (
        <Text size="sm" mb="xs" role="status">
          Export downloaded as guest-{guest.id}.json
        </Text>
      )}
      {isManager && (
        <Group gap="sm">
          <Button variant="outline" onClick={() => void exportData()} loading={busy && !confirming}>
            Export data
          </Button>
          <Button color="red.9" disabled={erased} onClick={() => setConfirming(true)}>
            Erase guest
          </Button>
        </Group>
      )}
      {receipt && (
        <Paper withBorder p="sm" mt="sm" aria-labelledby="receipt-title" component="section">
          <Title order={4} size="h6" id="receipt-title" ref={receiptTitle} tabIndex={-1}>
            {receipt.alreadyErased ? 'This guest was already erased' : 'Guest erased'}
          </Title>
          <Text size="sm" role="status">
            Receipt {receipt.id}, by {receipt.actor} on {dateTime(receipt.at, tz)}.
          </Text>
          <List size="sm" aria-label="What was removed">
            {Object.entries(receipt.removed).map(([what, count]) => (
              <List.Item key={what}>
                {what}: {count}
              </List.Item>
            ))}
          </List>
          {receipt.inProgressBookings.length > 0 ? (
            <>
              <Text size="sm" mt="xs">
                Still in progress, not cancelled (decide what to do with them):
              </Text>
              <List size="sm" aria-label="Bookings still in progress">
                {receipt.inProgressBookings.map((id) => (
                  <List.Item key={id}>{describe(id)}</List.Item>
                ))}
              </List>
            </>
          ) : (
            <Text size="sm" mt="xs">
              No booking of theirs was in progress.
            </Text>
          )}
          {(receipt.inProgressWaitlistEntries?.length ?? 0) > 0 && (
            <Text size="sm" mt="xs">
              Still on the waitlist, anonymised and not removed:{' '}
              {receipt.inProgressWaitlistEntries!.length === 1
                ? '1 entry'
                : `${receipt.inProgressWaitlistEntries!.length} entries`}{' '}
              (the Waitlist screen shows them as “Erased guest”).
            </Text>
          )}
          {!receipt.redisPurged && (
            <Alert color="red.9" variant="outline" mt="xs">
              The cache could not be searched: erase again once Redis is back.
            </Alert>
          )}
        </Paper>
      )}
      {confirming && (
        <Modal opened onClose={() => setConfirming(false)} title={`Erase ${guest.name}?`}>
          <Stack>
            <Text>
              Their name, contact, notes, allergies, consent and every free text of their bookings are removed
              for good, and their data in the workflow histories can no longer be read. Their bookings stay as
              anonymous statistics. Export their data first if they asked for it.
            </Text>
            {inProgress.length > 0 ? (
              <>
                <Text>These bookings are still in progress; erasing cancels none of them:</Text>
                <List size="sm" aria-label="Bookings in progress">
                  {inProgress.map((b) => (
                    <List.Item key={b.id}>
                      {dateTime(b.startsAt, tz)} · party of {b.partySize} · {b.status}
                    </List.Item>
                  ))}
                </List>
              </>
            ) : (
              <Text>None of their bookings is in progress.</Text>
            )}
            <TextInput
              label="Type the guest's name to confirm"
              description={guest.name}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              autoComplete="off"
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="outline" onClick={() => setConfirming(false)}>
                Keep the guest
              </Button>
              <Button color="red.9" disabled={!nameMatches} loading={busy} onClick={() => void erase()}>
                Erase for good
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </section>
  );
}
