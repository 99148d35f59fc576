import { Alert, Anchor, Button, Group, NativeSelect, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { call, type GuestPage, type Session } from '../api';
import { dateTime } from '../format';
import { GuestBadges } from '../GuestBadges';
import { GuestProfile } from './GuestProfile';
import { useLoad } from './useLoad';

interface Props {
  session: Session;
  canAct: boolean;
  onError: (error: unknown) => void;
}

const PAGE = '25';

function guestFromUrl(): string | null {
  return new URLSearchParams(window.location.search).get('guest');
}

/**
 * The guest list (CRM): search by name, phone (any format) or e-mail, filters, pages by cursor
 * and a CSV download of the same filtered list; a guest opens as their profile.
 */
export function GuestsScreen({ session, canAct, onError }: Props) {
  const [q, setQ] = useState('');
  const [tags, setTags] = useState('');
  const [minVisits, setMinVisits] = useState('');
  const [lastVisitAfter, setLastVisitAfter] = useState('');
  const [lastVisitBefore, setLastVisitBefore] = useState('');
  const [noShows, setNoShows] = useState('');
  // The cursors of the pages before this one, so "Previous" goes back without a second kind of cursor.
  const [cursors, setCursors] = useState<string[]>([]);
  const [open, setOpenState] = useState<string | null>(guestFromUrl);

  const setOpen = (id: string | null) => {
    window.history.pushState(null, '', id ? `/admin/guests?guest=${id}` : '/admin/guests');
    setOpenState(id);
  };

  const filter = new URLSearchParams();
  if (q.trim()) filter.set('q', q.trim());
  if (tags.trim()) filter.set('tags', tags.trim());
  if (/^\d+$/.test(minVisits)) filter.set('minVisits', minVisits);
  if (lastVisitAfter) filter.set('lastVisitAfter', lastVisitAfter);
  if (lastVisitBefore) filter.set('lastVisitBefore', lastVisitBefore);
  if (noShows) filter.set('hasNoShows', noShows);
  const cursor = cursors[cursors.length - 1];
  const query = new URLSearchParams(filter);
  query.set('limit', PAGE);
  if (cursor) query.set('cursor', cursor);
  const { data, error } = useLoad(
    () => call<GuestPage>('GET', `/guests?${query.toString()}`),
    [query.toString(), open],
    onError,
  );
  const refilter = (set: (v: string) => void) => (v: string) => {
    set(v);
    setCursors([]);
  };

  if (open) {
    return (
      <GuestProfile
        guestId={open}
        session={session}
        canAct={canAct}
        onBack={() => setOpen(null)}
        onOpen={setOpen}
        onError={onError}
      />
    );
  }

  return (
    <section aria-labelledby="guests-title">
      <Title order={2} size="h4" id="guests-title" mb="sm">
        Guests
      </Title>
      <Group align="flex-end" mb="md" gap="md" wrap="wrap">
        <TextInput
          label="Search guests"
          placeholder="Name, phone or e-mail"
          value={q}
          onChange={(e) => refilter(setQ)(e.currentTarget.value)}
          w={240}
        />
        <TextInput
          label="Tags"
          placeholder="vip,regular"
          value={tags}
          onChange={(e) => refilter(setTags)(e.currentTarget.value)}
          w={160}
        />
        <TextInput
          label="Minimum visits"
          inputMode="numeric"
          value={minVisits}
          onChange={(e) => refilter(setMinVisits)(e.currentTarget.value)}
          w={130}
        />
        <TextInput
          label="Last visit from"
          type="date"
          value={lastVisitAfter}
          onChange={(e) => refilter(setLastVisitAfter)(e.currentTarget.value)}
        />
        <TextInput
          label="Last visit before"
          type="date"
          value={lastVisitBefore}
          onChange={(e) => refilter(setLastVisitBefore)(e.currentTarget.value)}
        />
        <NativeSelect
          label="No-shows"
          value={noShows}
          onChange={(e) => refilter(setNoShows)(e.currentTarget.value)}
          data={[
            { value: '', label: 'Any' },
            { value: 'true', label: 'Has no-shows' },
            { value: 'false', label: 'No no-shows' },
          ]}
        />
        <Button component="a" variant="outline" href={`/admin/api/guests.csv?${filter.toString()}`} download>
          Download CSV
        </Button>
      </Group>
      {error && (
        <Alert color="red.9" variant="outline" role="alert">
          {error}
        </Alert>
      )}
      {data && data.items.length === 0 && <Text>No guests match.</Text>}
      {data && data.items.length > 0 && (
        <Table striped highlightOnHover withTableBorder aria-labelledby="guests-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Guest</Table.Th>
              <Table.Th scope="col">Contact</Table.Th>
              <Table.Th scope="col">Visits</Table.Th>
              <Table.Th scope="col">No-shows</Table.Th>
              <Table.Th scope="col">Last visit</Table.Th>
              <Table.Th scope="col">Next visit</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((g) => (
              <Table.Tr key={g.id} data-guest-id={g.id}>
                <Table.Td>
                  <Anchor
                    href={`/admin/guests?guest=${g.id}`}
                    fw={600}
                    onClick={(e) => {
                      e.preventDefault();
                      setOpen(g.id);
                    }}
                  >
                    {g.name}
                  </Anchor>
                  <GuestBadges tags={g.tags} allergens={g.allergens} />
                </Table.Td>
                <Table.Td>
                  {g.phone && <Text size="sm">{g.phone}</Text>}
                  {g.email && <Text size="sm">{g.email}</Text>}
                </Table.Td>
                <Table.Td>{g.stats.visits}</Table.Td>
                <Table.Td>{g.stats.noShows}</Table.Td>
                <Table.Td>
                  {g.stats.lastVisitAt ? dateTime(g.stats.lastVisitAt, session.staff.timezone) : '—'}
                </Table.Td>
                <Table.Td>
                  {g.stats.nextVisitAt ? dateTime(g.stats.nextVisitAt, session.staff.timezone) : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group mt="sm" gap="sm">
        <Button
          variant="outline"
          disabled={cursors.length === 0}
          onClick={() => setCursors(cursors.slice(0, -1))}
        >
          Previous page
        </Button>
        <Button
          variant="outline"
          disabled={!data?.nextCursor}
          onClick={() => data?.nextCursor && setCursors([...cursors, data.nextCursor])}
        >
          Next page
        </Button>
      </Group>
    </section>
  );
}
