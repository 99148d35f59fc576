import { Button, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { call, type Session, type SetupChange, type SetupChangePage } from '../../api';
import { dateTime } from '../../format';
import { StatusLines } from '../StatusLines';
import { useLoad } from '../useLoad';

const PAGE = 25;
const show = (v: unknown) => (v === undefined ? '—' : JSON.stringify(v));

/** What a change did, field by field: only the fields whose value differs, before → after. */
function differences(change: SetupChange): { field: string; before: string; after: string }[] {
  const before = (change.before ?? {}) as Record<string, unknown>;
  const after = (change.after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((f) => change.before === null || change.after === null || show(before[f]) !== show(after[f]))
    .map((f) => ({
      field: f,
      before: change.before === null ? '—' : show(before[f]),
      after: change.after === null ? '—' : show(after[f]),
    }));
}

/** Setup → Change log: who changed what and when, with the values before and after, newest first. */
export function ChangeLogScreen({
  session,
  onError,
}: {
  session: Session;
  onError: (error: unknown) => void;
}) {
  const tz = session.staff.timezone;
  const [pages, setPages] = useState(1);
  const { data, error } = useLoad(
    async () => {
      let all = await call<SetupChangePage>('GET', `/setup/changes?limit=${PAGE}`);
      for (let i = 1; i < pages && all.nextCursor; i++) {
        const next = await call<SetupChangePage>(
          'GET',
          `/setup/changes?limit=${PAGE}&cursor=${encodeURIComponent(all.nextCursor)}`,
        );
        all = { ...next, items: [...all.items, ...next.items] };
      }
      return all;
    },
    [pages],
    onError,
  );
  return (
    <section aria-labelledby="changes-title">
      <Title order={3} size="h4" id="changes-title" mb="sm">
        Change log
      </Title>
      <StatusLines notice="" error={error} />
      {data && data.items.length === 0 && <Text>No setup changes yet.</Text>}
      {data && data.items.length > 0 && (
        <Table withTableBorder striped aria-label="Setup changes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">When</Table.Th>
              <Table.Th scope="col">Who</Table.Th>
              <Table.Th scope="col">What</Table.Th>
              <Table.Th scope="col">Of</Table.Th>
              <Table.Th scope="col">Before → after</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((c) => (
              <Table.Tr key={c.id} data-change-id={c.id} data-action={c.action}>
                <Table.Td>{dateTime(c.at, tz)}</Table.Td>
                <Table.Td>{c.actor}</Table.Td>
                <Table.Td>
                  <code>{c.action}</code>
                </Table.Td>
                <Table.Td>{c.subject ?? '—'}</Table.Td>
                <Table.Td>
                  {differences(c).map((d) => (
                    <Text size="xs" key={d.field} style={{ wordBreak: 'break-word' }}>
                      <strong>{d.field}</strong>: {d.before} → {d.after}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data?.nextCursor && (
        <Button variant="outline" mt="sm" onClick={() => setPages((p) => p + 1)}>
          Show older changes
        </Button>
      )}
    </section>
  );
}
