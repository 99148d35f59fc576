import { Alert, Button, Checkbox, Group, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { GuestBadges } from '../GuestBadges';
import { useState } from 'react';
import { call, type Floor, type ReviewItem, type ReviewPage, type Session } from '../api';
import { dateTime, reasonText } from '../format';
import { useLoad } from './useLoad';

interface Props {
  session: Session;
  version: number;
  canAct: boolean;
  onError: (error: unknown) => void;
}

export function ReviewQueue({ session, version, canAct, onError }: Props) {
  const tz = session.staff.timezone;
  const { data, error } = useLoad(() => call<ReviewPage>('GET', '/reviews?limit=100'), [], onError, version);
  const [approving, setApproving] = useState<ReviewItem | null>(null);
  const [rejecting, setRejecting] = useState<ReviewItem | null>(null);

  return (
    <section aria-labelledby="reviews-title">
      <Title order={2} size="h4" id="reviews-title" mb="sm">
        Waiting for a decision {data ? `(${data.items.length}${data.nextCursor ? '+' : ''})` : ''}
      </Title>
      {error && (
        <Alert color="red.9" variant="outline" role="alert">
          {error}
        </Alert>
      )}
      {data && data.items.length === 0 && <Text>No bookings are waiting for review.</Text>}
      {data && data.items.length > 0 && (
        <Table striped highlightOnHover withTableBorder verticalSpacing="sm" aria-labelledby="reviews-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Time</Table.Th>
              <Table.Th scope="col">Party</Table.Th>
              <Table.Th scope="col">Guest</Table.Th>
              <Table.Th scope="col">Why</Table.Th>
              <Table.Th scope="col">Suggested tables</Table.Th>
              <Table.Th scope="col">Notes</Table.Th>
              <Table.Th scope="col">Decision</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((item) => (
              <Table.Tr key={item.id} data-booking-id={item.id}>
                <Table.Td>{dateTime(item.startsAt, tz)}</Table.Td>
                <Table.Td>{item.partySize}</Table.Td>
                <Table.Td>
                  <Text fw={600}>{item.guest.name}</Text>
                  {item.guest.phone && <Text size="sm">{item.guest.phone}</Text>}
                  <GuestBadges tags={item.guest.tags} allergens={item.guest.allergens} />
                </Table.Td>
                <Table.Td>{reasonText(item.reviewReason)}</Table.Td>
                <Table.Td>
                  {item.tables.length > 0
                    ? item.tables.map((t) => t.label).join(' + ')
                    : item.suggestion.tables.length > 0
                      ? item.suggestion.tables.join(' + ')
                      : 'none'}
                  {item.suggestion.strategy && (
                    <Text size="xs" c="gray.8">
                      {item.suggestion.strategy}
                      {item.suggestion.score !== null ? `, score ${item.suggestion.score}` : ''}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{item.notes ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      color="green.9"
                      disabled={!canAct}
                      onClick={() => setApproving(item)}
                      aria-label={`Approve booking of ${item.guest.name}`}
                    >
                      Approve
                    </Button>
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      disabled={!canAct}
                      onClick={() => setRejecting(item)}
                      aria-label={`Reject booking of ${item.guest.name}`}
                    >
                      Reject
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {approving && (
        <ApproveDialog item={approving} tz={tz} onClose={() => setApproving(null)} onError={onError} />
      )}
      {rejecting && <RejectDialog item={rejecting} onClose={() => setRejecting(null)} onError={onError} />}
    </section>
  );
}

function ApproveDialog({
  item,
  tz,
  onClose,
  onError,
}: {
  item: ReviewItem;
  tz: string;
  onClose: () => void;
  onError: (e: unknown) => void;
}) {
  const floor = useLoad(
    () => call<Floor>('GET', `/floor?at=${encodeURIComponent(item.startsAt)}`),
    [item.id],
    onError,
  );
  const engineTables = item.tables.map((t) => t.id);
  const [chosen, setChosen] = useState<string[]>(engineTables);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const approve = async () => {
    setBusy(true);
    setError(null);
    const changed = chosen.length > 0 && [...chosen].sort().join() !== [...engineTables].sort().join();
    try {
      await call('POST', `/bookings/${item.id}/approve`, changed ? { tableIds: chosen } : {});
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Approve ${item.guest.name}, party of ${item.partySize}`}
      size="lg"
    >
      <Stack>
        <Text>{dateTime(item.startsAt, tz)}</Text>
        <Checkbox.Group
          label="Tables"
          description="The engine's tables are ticked; choose others if you seat the party elsewhere."
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
                  {zone.tables.map((table) => {
                    const own = table.booking?.id === item.id;
                    const free = table.state === 'free' || own;
                    return (
                      <Checkbox
                        key={table.id}
                        value={table.id}
                        disabled={!free}
                        label={`${table.label} (${table.maxCovers})${free ? '' : ' taken'}`}
                      />
                    );
                  })}
                </Group>
              </Group>
            ))}
          </Stack>
        </Checkbox.Group>
        {error && (
          <Alert color="red.9" variant="outline" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="outline" onClick={onClose}>
            Back
          </Button>
          <Button color="green.9" loading={busy} onClick={approve}>
            Confirm approval
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RejectDialog({
  item,
  onClose,
  onError,
}: {
  item: ReviewItem;
  onClose: () => void;
  onError: (e: unknown) => void;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reject = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('POST', `/bookings/${item.id}/reject`, { reason });
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Reject ${item.guest.name}, party of ${item.partySize}`}>
      <Stack>
        <Textarea
          label="Reason"
          description="Recorded in the booking's history."
          required
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
          <Button color="red.9" loading={busy} disabled={!reason.trim()} onClick={reject}>
            Reject booking
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
