import { Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  call,
  type AffectedBooking,
  type Session,
  type SetupTable,
  type SetupTableList,
  type SetupZone,
  type SetupZoneList,
  type TableChange,
} from '../../api';
import { StatusLines } from '../StatusLines';
import { useLoad } from '../useLoad';
import { AffectedBookings } from './AffectedBookings';
import { problemOf, type Problem } from './problem';
import { ProblemAlert } from './ProblemAlert';
import { canManageSetup, ReadOnlyNote } from './ReadOnlyNote';
import { TableDialog } from './TableDialog';
import { ZoneDialog } from './ZoneDialog';

interface Props {
  session: Session;
  onError: (error: unknown) => void;
}

/** What the last change left for staff to move, and under which heading. */
interface Leftover {
  title: string;
  bookings: readonly AffectedBooking[];
}

const bookingsOf = (problem: Problem): AffectedBooking[] =>
  Array.isArray(problem.extensions.bookings) ? (problem.extensions.bookings as AffectedBooking[]) : [];

/**
 * Setup → Tables and zones: the floor as the engine seats it. Managers add and edit tables
 * (covers, zone, the neighbours they combine with), take one out of service, or delete one no
 * booking ever used; a refused delete lists the bookings that hold the table.
 */
export function TablesScreen({ session, onError }: Props) {
  const canManage = canManageSetup(session);
  const tz = session.staff.timezone;
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  const { data, error } = useLoad(
    async () => {
      const [zones, tables] = await Promise.all([
        call<SetupZoneList>('GET', '/setup/zones'),
        call<SetupTableList>('GET', '/setup/tables'),
      ]);
      return { zones: zones.data, tables: tables.data };
    },
    [version],
    onError,
  );
  const [notice, setNotice] = useState('');
  const [leftover, setLeftover] = useState<Leftover | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [editing, setEditing] = useState<SetupTable | 'new' | null>(null);
  const [editingZone, setEditingZone] = useState<SetupZone | 'new' | null>(null);
  const [deleting, setDeleting] = useState<SetupTable | null>(null);

  const outcome = (text: string, change?: TableChange) => {
    setNotice(text);
    setProblem(null);
    setLeftover(
      change?.affectedBookings.length
        ? { title: `Bookings holding ${change.table.label} to move`, bookings: change.affectedBookings }
        : null,
    );
    refresh();
  };

  const write = async (doIt: () => Promise<unknown>, done: (result: unknown) => void) => {
    setProblem(null);
    setLeftover(null);
    try {
      done(await doIt());
    } catch (e) {
      const p = problemOf(e);
      setProblem(p);
      setNotice('');
      const held = bookingsOf(p);
      if (held.length) setLeftover({ title: 'Bookings that hold the table', bookings: held });
      onError(e);
    }
    refresh();
  };

  const setActive = (table: SetupTable, active: boolean) =>
    write(
      () => call<TableChange>('PATCH', `/setup/tables/${table.id}`, { active }),
      (r) =>
        outcome(`${table.label} ${active ? 'is in service again' : 'is out of service'}`, r as TableChange),
    );
  const deleteTable = (table: SetupTable) =>
    write(
      () => call('DELETE', `/setup/tables/${table.id}`),
      () => outcome(`Deleted table ${table.label}`),
    );
  const deleteZone = (zone: SetupZone) =>
    write(
      () => call('DELETE', `/setup/zones/${zone.id}`),
      () => outcome(`Deleted zone ${zone.name}`),
    );

  return (
    <section aria-labelledby="tables-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="tables-title">
          Tables and zones
        </Title>
        {canManage && data && (
          <Group>
            <Button variant="outline" onClick={() => setEditingZone('new')}>
              Add zone
            </Button>
            <Button onClick={() => setEditing('new')} disabled={data.zones.length === 0}>
              Add table
            </Button>
          </Group>
        )}
      </Group>
      {!canManage && <ReadOnlyNote session={session} what="tables and zones" />}
      <StatusLines notice={notice} error={error} />
      <ProblemAlert problem={problem} />
      {leftover && <AffectedBookings title={leftover.title} bookings={leftover.bookings} timezone={tz} />}
      {data && (
        <Stack gap="lg">
          <Table withTableBorder striped aria-label="Tables">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Table</Table.Th>
                <Table.Th scope="col">Zone</Table.Th>
                <Table.Th scope="col">Covers</Table.Th>
                <Table.Th scope="col">Combines with</Table.Th>
                <Table.Th scope="col">State</Table.Th>
                {canManage && <Table.Th scope="col">Change</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.tables.map((t) => (
                <Table.Tr key={t.id} data-table-label={t.label} data-active={t.active ? 'true' : 'false'}>
                  <Table.Td>{t.label}</Table.Td>
                  <Table.Td>{t.zone}</Table.Td>
                  <Table.Td data-column="covers">
                    {t.minCovers}–{t.maxCovers}
                  </Table.Td>
                  <Table.Td>{t.combinableWith.join(', ') || '—'}</Table.Td>
                  <Table.Td data-column="state">
                    {t.active ? (
                      <Badge variant="outline" color="green.9">
                        <span aria-hidden="true">✓ </span>In service
                      </Badge>
                    ) : (
                      <Badge variant="outline" color="gray.8">
                        <span aria-hidden="true">✕ </span>Out of service
                      </Badge>
                    )}
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="outline"
                          onClick={() => setEditing(t)}
                          aria-label={`Edit ${t.label}`}
                        >
                          Edit
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="outline"
                          onClick={() => void setActive(t, !t.active)}
                          aria-label={t.active ? `Deactivate ${t.label}` : `Activate ${t.label}`}
                        >
                          {t.active ? 'Deactivate' : 'Activate'}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="outline"
                          color="red.9"
                          onClick={() => setDeleting(t)}
                          aria-label={`Delete ${t.label}`}
                        >
                          Delete
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data.tables.length === 0 && <Text>No tables yet.</Text>}
          <Table withTableBorder striped aria-label="Zones">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Zone</Table.Th>
                <Table.Th scope="col">Position</Table.Th>
                <Table.Th scope="col">Tables</Table.Th>
                {canManage && <Table.Th scope="col">Change</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.zones.map((z) => (
                <Table.Tr key={z.id}>
                  <Table.Td>{z.name}</Table.Td>
                  <Table.Td>{z.sortOrder}</Table.Td>
                  <Table.Td>{z.tableCount}</Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="outline"
                          onClick={() => setEditingZone(z)}
                          aria-label={`Edit zone ${z.name}`}
                        >
                          Edit
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="outline"
                          color="red.9"
                          onClick={() => void deleteZone(z)}
                          aria-label={`Delete zone ${z.name}`}
                        >
                          Delete
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      {editing && data && (
        <TableDialog
          table={editing === 'new' ? null : editing}
          tables={data.tables}
          zones={data.zones}
          onDone={(text, change) => {
            setEditing(null);
            outcome(text, change);
          }}
          onClose={() => setEditing(null)}
          onError={onError}
        />
      )}
      {editingZone && (
        <ZoneDialog
          zone={editingZone === 'new' ? null : editingZone}
          onDone={(text) => {
            setEditingZone(null);
            outcome(text);
          }}
          onClose={() => setEditingZone(null)}
          onError={onError}
        />
      )}
      {deleting && (
        <Modal opened onClose={() => setDeleting(null)} title={`Delete table ${deleting.label}?`}>
          <Stack>
            <Text>
              A table that bookings name cannot be deleted; take it out of service instead (Deactivate), and
              its history stays readable.
            </Text>
            <Group justify="flex-end">
              <Button variant="outline" onClick={() => setDeleting(null)} data-autofocus>
                Keep it
              </Button>
              <Button
                color="red.9"
                onClick={() => {
                  const target = deleting;
                  setDeleting(null);
                  void deleteTable(target);
                }}
              >
                Delete table
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </section>
  );
}
