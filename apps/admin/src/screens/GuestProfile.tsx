import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { call, type GuestPage, type GuestProfileData, type Session } from '../api';
import { dateTime } from '../format';
import { ALLERGEN_LABEL, GuestBadges } from '../GuestBadges';
import { StatusBadge } from '../StatusBadge';
import { GuestPrivacyPanel } from './GuestPrivacyPanel';
import { StatusLines } from './StatusLines';
import { useLoad } from './useLoad';

interface Props {
  guestId: string;
  session: Session;
  canAct: boolean;
  onBack: () => void;
  onOpen: (guestId: string) => void;
  onError: (error: unknown) => void;
}

function NoteEditor({
  initial,
  label,
  onSave,
}: {
  initial: string;
  label: string;
  onSave: (body: string) => Promise<void>;
}) {
  const [body, setBody] = useState(initial);
  return (
    <Group align="flex-end" gap="sm">
      <Textarea
        label={label}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        autosize
        minRows={2}
        w={420}
      />
      <Button
        disabled={!body.trim() || body === initial}
        onClick={() => onSave(body).then(() => initial === '' && setBody(''))}
      >
        Save note
      </Button>
    </Group>
  );
}

/**
 * A guest's profile: contact, language, tags, allergens and dietary needs, notes with their
 * versions, marketing consent and its history, statistics, bookings, and merging another guest in.
 */
export function GuestProfile({ guestId, session, canAct, onBack, onOpen, onError }: Props) {
  const tz = session.staff.timezone;
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const { data: g, error } = useLoad(
    () => call<GuestProfileData>('GET', `/guests/${guestId}`),
    [guestId],
    onError,
    version,
  );
  const [form, setForm] = useState({
    name: '',
    phone: '',
    email: '',
    language: '',
    tags: '',
    dietaryNotes: '',
  });
  const [allergens, setAllergens] = useState<string[]>([]);
  const [mergeQuery, setMergeQuery] = useState('');
  const [mergeWith, setMergeWith] = useState('');
  useEffect(() => {
    if (!g) return;
    setForm({
      name: g.name,
      phone: g.phone ?? '',
      email: g.email ?? '',
      language: g.language ?? '',
      tags: g.tags.join(', '),
      dietaryNotes: g.dietaryNotes ?? '',
    });
    setAllergens([...g.allergens]);
  }, [g]);
  const { data: candidates } = useLoad(
    () =>
      mergeQuery.trim().length >= 2
        ? call<GuestPage>('GET', `/guests?limit=10&q=${encodeURIComponent(mergeQuery.trim())}`)
        : Promise.resolve(undefined),
    [mergeQuery],
    onError,
  );

  const act = async (what: string, run: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await run();
      setNotice(what);
      setVersion((v) => v + 1);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
      onError(e);
    }
  };

  if (error) return <StatusLines notice="" error={error} />;
  if (!g) return <Text>Loading guest…</Text>;
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value }),
    readOnly: !canAct,
  });

  return (
    <section aria-labelledby="guest-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="guest-title">
          {g.name}
        </Title>
        <Button variant="outline" onClick={onBack}>
          Back to guests
        </Button>
      </Group>
      <GuestBadges tags={g.tags} allergens={g.allergens} />
      <StatusLines notice={notice} error={failure} />
      <SimpleGrid cols={{ base: 2, sm: 4, md: 7 }} spacing="sm" my="md" aria-label="Statistics">
        {(
          [
            ['Visits', g.stats.visits],
            ['Covers', g.stats.covers],
            ['No-shows', g.stats.noShows],
            ['Cancellations', g.stats.cancellations],
            ['Late cancellations', g.stats.lateCancellations],
            ['Last visit', g.stats.lastVisitAt ? dateTime(g.stats.lastVisitAt, tz) : '—'],
            ['Next visit', g.stats.nextVisitAt ? dateTime(g.stats.nextVisitAt, tz) : '—'],
          ] as const
        ).map(([label, value]) => (
          <Paper key={label} withBorder p="xs">
            <Text size="sm">{label}</Text>
            <Text fw={700}>{value}</Text>
          </Paper>
        ))}
      </SimpleGrid>

      <Title order={3} size="h5" mt="md" mb="xs">
        Profile
      </Title>
      <Stack gap="sm" maw={640}>
        <Group grow>
          <TextInput label="Name" {...field('name')} />
          <TextInput label="Preferred language" placeholder="en, de-AT" {...field('language')} />
        </Group>
        <Group grow>
          <TextInput label="Phone" {...field('phone')} />
          <TextInput label="E-mail" {...field('email')} />
        </Group>
        <TextInput
          label="Tags"
          description="vip, regular or your own, separated by commas"
          {...field('tags')}
        />
        <Checkbox.Group
          label="Allergens (EU list)"
          value={allergens}
          onChange={canAct ? setAllergens : () => undefined}
        >
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={4} mt={4}>
            {Object.entries(ALLERGEN_LABEL).map(([code, label]) => (
              <Checkbox key={code} value={code} label={label} disabled={!canAct} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea label="Dietary needs" autosize minRows={2} {...field('dietaryNotes')} />
        {canAct && (
          <Group>
            <Button
              onClick={() =>
                act('Profile saved', () =>
                  call('PATCH', `/guests/${guestId}`, {
                    name: form.name,
                    phone: form.phone.trim() || null,
                    email: form.email.trim() || null,
                    language: form.language.trim() || null,
                    tags: form.tags
                      .split(',')
                      .map((t) => t.trim())
                      .filter(Boolean),
                    allergens,
                    dietaryNotes: form.dietaryNotes.trim() || null,
                  }),
                )
              }
            >
              Save profile
            </Button>
          </Group>
        )}
      </Stack>

      <Title order={3} size="h5" mt="lg" mb="xs">
        Marketing consent
      </Title>
      <Text>
        {g.marketingConsent === null ? 'Never asked' : g.marketingConsent ? 'Given' : 'Refused'}
        {g.marketingConsentAt
          ? ` on ${dateTime(g.marketingConsentAt, tz)} (${g.marketingConsentSource ?? ''})`
          : ''}
      </Text>
      {canAct && (
        <Group gap="sm" mt="xs">
          <Button
            variant="outline"
            size="xs"
            onClick={() =>
              act('Consent recorded', () => call('PATCH', `/guests/${guestId}`, { marketingConsent: true }))
            }
          >
            Record consent given
          </Button>
          <Button
            variant="outline"
            size="xs"
            onClick={() =>
              act('Consent withdrawn', () => call('PATCH', `/guests/${guestId}`, { marketingConsent: false }))
            }
          >
            Record consent withdrawn
          </Button>
        </Group>
      )}
      {g.consentHistory.length > 0 && (
        <List size="sm" mt="xs" aria-label="Consent history">
          {g.consentHistory.map((c, i) => (
            <List.Item key={i}>
              {dateTime(c.at, tz)}: {c.granted ? 'given' : 'withdrawn'} via {c.source}
            </List.Item>
          ))}
        </List>
      )}

      <Title order={3} size="h5" mt="lg" mb="xs">
        Notes
      </Title>
      {canAct && (
        <NoteEditor
          initial=""
          label="New note"
          onSave={(body) => act('Note added', () => call('POST', `/guests/${guestId}/notes`, { body }))}
        />
      )}
      <Stack gap="sm" mt="sm">
        {g.notes.length === 0 && <Text>No notes yet.</Text>}
        {g.notes.map((note) => (
          <Paper key={note.id} withBorder p="sm" data-note-id={note.id}>
            <Text>{note.body}</Text>
            <Text size="sm" c="gray.8">
              {note.author}, {dateTime(note.at, tz)}
              {note.versions.length > 1 ? ` · version ${note.versions.length}` : ''}
            </Text>
            {note.versions.length > 1 && (
              <details>
                <summary>Earlier versions</summary>
                <List size="sm">
                  {note.versions.slice(0, -1).map((v) => (
                    <List.Item key={v.version}>
                      v{v.version} ({v.author}, {dateTime(v.at, tz)}): {v.body}
                    </List.Item>
                  ))}
                </List>
              </details>
            )}
            {canAct && (
              <NoteEditor
                initial={note.body}
                label="Edit note"
                onSave={(body) =>
                  act('Note saved', () => call('PATCH', `/guests/${guestId}/notes/${note.id}`, { body }))
                }
              />
            )}
          </Paper>
        ))}
      </Stack>

      <Title order={3} size="h5" mt="lg" mb="xs">
        Bookings
      </Title>
      {g.bookings.length === 0 ? (
        <Text>No bookings.</Text>
      ) : (
        <List size="sm">
          {g.bookings.map((b) => (
            <List.Item key={b.id}>
              {dateTime(b.startsAt, tz)} · party of {b.partySize} · {b.channel}{' '}
              <StatusBadge status={b.status as Parameters<typeof StatusBadge>[0]['status']} />
            </List.Item>
          ))}
        </List>
      )}

      {canAct && (
        <>
          <Title order={3} size="h5" mt="lg" mb="xs">
            Merge another guest into this one
          </Title>
          <Text size="sm" mb="xs">
            Their bookings, notes, tags, allergens and consent history move here; the other guest is removed.
          </Text>
          <Group align="flex-end" gap="sm">
            <TextInput
              label="Find the other guest"
              value={mergeQuery}
              onChange={(e) => setMergeQuery(e.currentTarget.value)}
              w={240}
            />
            <NativeSelect
              label="Guest to merge"
              value={mergeWith}
              onChange={(e) => setMergeWith(e.currentTarget.value)}
              data={[
                { value: '', label: 'Choose…' },
                ...(candidates?.items ?? [])
                  .filter((c) => c.id !== guestId)
                  .map((c) => ({
                    value: c.id,
                    label: `${c.name}${c.phone ? ` · ${c.phone}` : ''}${c.email ? ` · ${c.email}` : ''}`,
                  })),
              ]}
            />
            <Button
              color="red.9"
              disabled={!mergeWith}
              onClick={() =>
                act('Guests merged', async () => {
                  await call('POST', `/guests/${guestId}/merge`, { otherGuestId: mergeWith });
                  setMergeWith('');
                  setMergeQuery('');
                  onOpen(guestId);
                })
              }
            >
              Merge
            </Button>
          </Group>
        </>
      )}

      <GuestPrivacyPanel
        guest={g}
        session={session}
        onErased={() => setVersion((v) => v + 1)}
        onError={onError}
      />
      {!canAct && (
        <Alert color="blue.9" variant="outline" mt="lg">
          Viewers can read guest profiles; ops and managers edit them.
        </Alert>
      )}
    </section>
  );
}
