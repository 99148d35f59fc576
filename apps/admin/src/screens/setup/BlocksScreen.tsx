import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import {
  call,
  type AffectedBooking,
  type BlockChange,
  type BlockInput,
  type Session,
  type SetupTableList,
  type SetupZoneList,
  type TableBlock,
  type TableBlockList,
} from '../../api';
import { dateTime } from '../../format';
import { instantOf, localInput } from '../../localTime';
import { StatusLines } from '../StatusLines';
import { useLoad } from '../useLoad';
import { AffectedBookings } from './AffectedBookings';
import { fieldError, problemOf, type Problem } from './problem';
import { ProblemAlert } from './ProblemAlert';
import { canManageSetup, ReadOnlyNote } from './ReadOnlyNote';
import { useSubmit } from './useSubmit';

const FIELDS = ['tableId', 'zoneId', 'startsAt', 'endsAt', 'reason'];

const targetOf = (b: TableBlock) => (b.tableLabel ? `Table ${b.tableLabel}` : `Zone ${b.zoneName ?? '?'}`);

/**
 * Setup → Table blocks: a table, or a whole zone, out of service for a while (a wobbly leg, a
 * private party on the terrace). Availability stops offering it at once; bookings already there
 * are listed for staff to move, never dropped.
 */
export function BlocksScreen({ session, onError }: { session: Session; onError: (error: unknown) => void }) {
  const canManage = canManageSetup(session);
  const tz = session.staff.timezone;
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  const { data, error } = useLoad(
    async () => {
      const [blocks, tables, zones] = await Promise.all([
        call<TableBlockList>('GET', '/setup/blocks'),
        call<SetupTableList>('GET', '/setup/tables'),
        call<SetupZoneList>('GET', '/setup/zones'),
      ]);
      return { blocks: blocks.data, tables: tables.data, zones: zones.data };
    },
    [version],
    onError,
  );
  const [notice, setNotice] = useState('');
  const [affected, setAffected] = useState<readonly AffectedBooking[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);

  const end = async (b: TableBlock) => {
    setProblem(null);
    try {
      await call('DELETE', `/setup/blocks/${b.id}`);
      setNotice(`Ended the block of ${targetOf(b)}: it is offered again`);
      setAffected([]);
    } catch (e) {
      setProblem(problemOf(e));
      onError(e);
    }
    refresh();
  };

  return (
    <section aria-labelledby="blocks-title">
      <Title order={3} size="h4" id="blocks-title" mb="sm">
        Table blocks
      </Title>
      {!canManage && <ReadOnlyNote session={session} what="table blocks" />}
      <StatusLines notice={notice} error={error} />
      <ProblemAlert problem={problem} />
      <AffectedBookings title="Bookings at the blocked tables, to move" bookings={affected} timezone={tz} />
      {data && (
        <Stack gap="lg">
          {data.blocks.length === 0 ? (
            <Text>No tables are blocked.</Text>
          ) : (
            <Table withTableBorder striped aria-label="Blocks">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Out of service</Table.Th>
                  <Table.Th scope="col">From</Table.Th>
                  <Table.Th scope="col">Until</Table.Th>
                  <Table.Th scope="col">Reason</Table.Th>
                  <Table.Th scope="col">By</Table.Th>
                  {canManage && <Table.Th scope="col">End</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.blocks.map((b) => (
                  <Table.Tr key={b.id} data-block-id={b.id}>
                    <Table.Td>{targetOf(b)}</Table.Td>
                    <Table.Td>{dateTime(b.startsAt, tz)}</Table.Td>
                    <Table.Td>{dateTime(b.endsAt, tz)}</Table.Td>
                    <Table.Td>{b.reason}</Table.Td>
                    <Table.Td>{b.createdBy}</Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="outline"
                          onClick={() => void end(b)}
                          aria-label={`End block: ${targetOf(b)}`}
                        >
                          End block
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {canManage && (
            <BlockForm
              tz={tz}
              tables={data.tables}
              zones={data.zones}
              onSaved={(text, bookings) => {
                setNotice(text);
                setAffected(bookings);
                refresh();
              }}
              onError={onError}
            />
          )}
        </Stack>
      )}
    </section>
  );
}

function BlockForm({
  tz,
  tables,
  zones,
  onSaved,
  onError,
}: {
  tz: string;
  tables: SetupTableList['data'];
  zones: SetupZoneList['data'];
  onSaved: (notice: string, affected: readonly AffectedBooking[]) => void;
  onError: (e: unknown) => void;
}) {
  const [target, setTarget] = useState(tables[0] ? `table:${tables[0].id}` : '');
  const [starts, setStarts] = useState(() => localInput(tz));
  const [ends, setEnds] = useState(() => localInput(tz, new Date(Date.now() + 3 * 3600_000)));
  const [reason, setReason] = useState('');
  const { busy, problem, run } = useSubmit(onError);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const [kind, id] = target.split(':');
    const body: BlockInput = {
      ...(kind === 'zone' ? { zoneId: id } : { tableId: id }),
      startsAt: instantOf(starts, tz),
      endsAt: instantOf(ends, tz),
      reason: reason.trim(),
    };
    const done = await run(() => call<BlockChange>('POST', '/setup/blocks', body));
    if (done) {
      onSaved(`Blocked ${targetOf(done.block)}`, done.affectedBookings);
      setReason('');
    }
  };

  return (
    <form onSubmit={save} aria-labelledby="block-form-title">
      <Title order={4} size="h5" id="block-form-title" mb="xs">
        Block a table or zone
      </Title>
      <Stack gap="sm">
        <NativeSelect
          label="Table or zone"
          required
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
          data={[
            {
              group: 'Tables',
              items: tables.map((t) => ({ value: `table:${t.id}`, label: `Table ${t.label}` })),
            },
            {
              group: 'Whole zones',
              items: zones.map((z) => ({ value: `zone:${z.id}`, label: `Zone ${z.name}` })),
            },
          ]}
          error={fieldError(problem, 'tableId') ?? fieldError(problem, 'zoneId')}
          maw={320}
        />
        <Group align="flex-start">
          <TextInput
            type="datetime-local"
            label="From"
            description={`Restaurant time (${tz})`}
            required
            value={starts}
            onChange={(e) => setStarts(e.currentTarget.value)}
            error={fieldError(problem, 'startsAt')}
          />
          <TextInput
            type="datetime-local"
            label="Until"
            description="When it is back in service"
            required
            value={ends}
            onChange={(e) => setEnds(e.currentTarget.value)}
            error={fieldError(problem, 'endsAt')}
          />
        </Group>
        <TextInput
          label="Reason"
          description="What staff see, e.g. Wobbly leg, carpenter on Friday (up to 200)"
          required
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(problem, 'reason')}
          maw={520}
        />
        <ProblemAlert problem={problem} shown={FIELDS} />
        <Group>
          <Button type="submit" loading={busy} disabled={!target}>
            Block
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
