import { Button, Table, Text } from '@mantine/core';
import type { HoursException } from '../../api';

const datesOf = (x: HoursException) =>
  x.startsOn === x.endsOn ? x.startsOn : `${x.startsOn} to ${x.endsOn}`;

/** Closures and special hours from today on; managers remove one and the weekday's hours apply again. */
export function ExceptionList({
  exceptions,
  canManage,
  onDelete,
}: {
  exceptions: readonly HoursException[];
  canManage: boolean;
  onDelete: (x: HoursException) => void;
}) {
  if (exceptions.length === 0) return <Text>No closures or special hours ahead.</Text>;
  return (
    <Table withTableBorder striped aria-label="Closures and special hours">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Dates</Table.Th>
          <Table.Th scope="col">What</Table.Th>
          <Table.Th scope="col">Reason</Table.Th>
          {canManage && <Table.Th scope="col">Remove</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {exceptions.map((x) => (
          <Table.Tr key={x.id} data-exception-id={x.id}>
            <Table.Td>{datesOf(x)}</Table.Td>
            <Table.Td>
              {x.closed
                ? 'Closed all day'
                : `Special hours: ${x.periods.map((p) => `${p.name} ${p.opens}–${p.closes}`).join(', ')}`}
            </Table.Td>
            <Table.Td>{x.reason ?? '—'}</Table.Td>
            {canManage && (
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="outline"
                  color="red.9"
                  onClick={() => onDelete(x)}
                  aria-label={`Remove the exception on ${datesOf(x)}`}
                >
                  Remove
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
