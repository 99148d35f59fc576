import { Alert, Button, Chip, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { call, type BookingPage, type BookingStatus, type Session } from '../api';
import { STATUS_LABEL, localDate, time } from '../format';
import { StatusBadge } from '../StatusBadge';
import { GuestBadges } from '../GuestBadges';
import { BookingDrawer } from './BookingDrawer';
import { useLoad } from './useLoad';

const FILTERS: BookingStatus[] = [
  'manual_review',
  'confirmed',
  'checked_in',
  'held',
  'cancelled',
  'rejected',
  'no_show',
  'completed',
];

interface Props {
  session: Session;
  version: number;
  canAct: boolean;
  onError: (error: unknown) => void;
}

export function DayView({ session, version, canAct, onError }: Props) {
  const tz = session.staff.timezone;
  const [date, setDate] = useState(() => localDate(tz));
  const [statuses, setStatuses] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<string | null>(null);

  const query = new URLSearchParams({ date, limit: '100' });
  if (statuses.length) query.set('status', statuses.join(','));
  if (search.trim()) query.set('q', search.trim());
  const { data, error } = useLoad(
    () => call<BookingPage>('GET', `/bookings?${query.toString()}`),
    [query.toString()],
    onError,
    version,
  );

  return (
    <section aria-labelledby="day-title">
      <Title order={2} size="h4" id="day-title" mb="sm">
        Bookings of the day
      </Title>
      <Group align="flex-end" mb="md" gap="md">
        <TextInput
          label="Date"
          type="date"
          value={date}
          onChange={(e) => e.currentTarget.value && setDate(e.currentTarget.value)}
        />
        <TextInput
          label="Search guest"
          placeholder="Name or phone"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={240}
        />
      </Group>
      <Chip.Group multiple value={statuses} onChange={setStatuses}>
        <Group gap="xs" mb="md" role="group" aria-labelledby="status-filter-label">
          <Text id="status-filter-label" fw={600} size="sm">
            Show only:
          </Text>
          {FILTERS.map((s) => (
            <Chip key={s} value={s} size="sm" color="blue.9" variant="outline">
              {STATUS_LABEL[s].label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {error && (
        <Alert color="red.9" variant="outline" role="alert">
          {error}
        </Alert>
      )}
      {data && data.items.length === 0 && <Text>No bookings match.</Text>}
      {data && data.items.length > 0 && (
        <Table striped highlightOnHover withTableBorder aria-labelledby="day-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Time</Table.Th>
              <Table.Th scope="col">Guest</Table.Th>
              <Table.Th scope="col">Party</Table.Th>
              <Table.Th scope="col">Tables</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Channel</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">Open</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((b) => (
              <Table.Tr key={b.id} data-booking-id={b.id}>
                <Table.Td>{time(b.startsAt, tz)}</Table.Td>
                <Table.Td>
                  <Text fw={600}>{b.guest.name}</Text>
                  {b.guest.phone && <Text size="sm">{b.guest.phone}</Text>}
                  <GuestBadges tags={b.guest.tags} allergens={b.guest.allergens} />
                </Table.Td>
                <Table.Td>{b.partySize}</Table.Td>
                <Table.Td>{b.tables.map((t) => t.label).join(' + ') || '—'}</Table.Td>
                <Table.Td>
                  <StatusBadge status={b.status} />
                </Table.Td>
                <Table.Td>{b.channel}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="outline"
                    onClick={() => setOpen(b.id)}
                    aria-label={`Open booking of ${b.guest.name}`}
                  >
                    Open
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data?.nextCursor && <Text mt="sm">Showing the first 100; narrow the filters to see the rest.</Text>}
      {open && (
        <BookingDrawer
          bookingId={open}
          session={session}
          version={version}
          canAct={canAct}
          onClose={() => setOpen(null)}
          guest={data?.items.find((x) => x.id === open)?.guest}
          onError={onError}
        />
      )}
    </section>
  );
}
