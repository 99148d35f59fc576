import { Alert, Table, Text } from '@mantine/core';
import type { AffectedBooking } from '../../api';
import { dateTime, STATUS_LABEL } from '../../format';
import type { BookingStatus } from '../../api';

/**
 * Bookings a change left without a valid table or time. The change never touches them: staff
 * move them (Day view or Timeline), so the list says which, when and where.
 */
export function AffectedBookings({
  title,
  bookings,
  timezone,
}: {
  title: string;
  bookings: readonly AffectedBooking[];
  timezone: string;
}) {
  if (bookings.length === 0) return null;
  return (
    <Alert color="orange.9" variant="outline" title={title} mb="md">
      <Text size="sm" mb="xs">
        Nothing was changed on these bookings: move them to another table or time, or tell the guests.
      </Text>
      <Table withTableBorder aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Starts</Table.Th>
            <Table.Th scope="col">Party</Table.Th>
            <Table.Th scope="col">Tables</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Booking</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bookings.map((b) => (
            <Table.Tr key={b.id} data-booking-id={b.id}>
              <Table.Td>{dateTime(b.startsAt, timezone)}</Table.Td>
              <Table.Td>{b.partySize}</Table.Td>
              <Table.Td>{b.tables.join(' + ') || '—'}</Table.Td>
              <Table.Td>{STATUS_LABEL[b.status as BookingStatus]?.label ?? b.status}</Table.Td>
              <Table.Td>
                <code>{b.id.slice(0, 8)}</code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
