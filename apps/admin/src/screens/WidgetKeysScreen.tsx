import {
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import {
  call,
  type CreatedWidgetKey,
  type Session,
  type WidgetEmbed,
  type WidgetKey,
  type WidgetKeyPage,
} from '../api';
import { dateTime } from '../format';
import { StatusLines } from './StatusLines';
import { useLoad } from './useLoad';

interface Props {
  session: Session;
  onError: (error: unknown) => void;
}

const BASE = '/setup/widget-keys';
const PAGE = 20;
const DEFAULT_HOLD_SECONDS = 300;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The two lines a restaurant puts on its site (README, "The booking widget"). */
export function embedSnippet(embed: WidgetEmbed, key: string): string {
  return (
    `<script src="${embed.scriptUrl}" async></script>\n` +
    `<tablekeeper-booking restaurant="${embed.restaurant}" key="${key}"></tablekeeper-booking>`
  );
}

/** Origins as typed, one a line: blank lines and surrounding spaces are not part of them. */
function originsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Setup → Website widget: the publishable keys (tk_pub_…) that let the booking widget on the
 * restaurant's own site book. Managers add a key for the site's origins and see it once, with the
 * snippet to paste; they revoke a key when a site goes away. Everyone else sees the list only.
 */
export function WidgetKeysScreen({ session, onError }: Props) {
  const canManage = session.staff.role === 'manager';
  const tz = session.staff.timezone;
  const [version, setVersion] = useState(0);
  const [pages, setPages] = useState(1);
  const refresh = () => setVersion((v) => v + 1);
  // Every page so far, loaded again on each change, so a revocation shows wherever the key is.
  const { data, error } = useLoad(
    async () => {
      const first = await call<WidgetKeyPage>('GET', `${BASE}?limit=${PAGE}`);
      let all = first;
      for (let i = 1; i < pages && all.nextCursor; i++) {
        const next = await call<WidgetKeyPage>(
          'GET',
          `${BASE}?limit=${PAGE}&cursor=${encodeURIComponent(all.nextCursor)}`,
        );
        all = { ...next, data: [...all.data, ...next.data] };
      }
      return all;
    },
    [version, pages],
    onError,
  );
  const [notice, setNotice] = useState('');
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<WidgetKey | null>(null);

  const revoke = async (key: WidgetKey) => {
    try {
      await call('DELETE', `${BASE}/${key.id}`);
      setNotice(`Revoked ${key.name}: it stops working at once`);
    } catch (e) {
      setNotice(`Failed: ${message(e)}`);
      onError(e);
    }
    refresh();
  };

  return (
    <section aria-labelledby="widget-keys-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="widget-keys-title">
          Website widget
        </Title>
        {canManage && <Button onClick={() => setCreating(true)}>Add widget key</Button>}
      </Group>
      <Text mb="sm">
        Publishable keys let the booking widget on your own website show availability and take bookings, from
        the websites (origins) listed on each key, and nothing else.
      </Text>
      {!canManage && (
        <Alert color="blue.9" variant="outline" mb="md" title="Read-only">
          Only managers add or revoke widget keys; you are signed in as {session.staff.role}.
        </Alert>
      )}
      <StatusLines notice={notice} error={error} />
      {data && data.data.length === 0 && <Text>No widget keys yet.</Text>}
      {data && data.data.length > 0 && (
        <Table withTableBorder striped aria-label="Widget keys">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Prefix</Table.Th>
              <Table.Th scope="col">Allowed origins</Table.Th>
              <Table.Th scope="col">Hold</Table.Th>
              <Table.Th scope="col">Created</Table.Th>
              <Table.Th scope="col">Last used</Table.Th>
              <Table.Th scope="col">State</Table.Th>
              {canManage && <Table.Th scope="col">Revoke</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.data.map((key) => (
              <Table.Tr key={key.id} data-key-id={key.id} data-revoked={key.revokedAt ? 'true' : 'false'}>
                <Table.Td>{key.name}</Table.Td>
                <Table.Td>
                  <code>{key.prefix}</code>
                </Table.Td>
                <Table.Td>
                  {key.allowedOrigins.map((origin) => (
                    <div key={origin}>{origin}</div>
                  ))}
                </Table.Td>
                <Table.Td>{key.holdTtlSeconds === null ? '—' : `${key.holdTtlSeconds} s`}</Table.Td>
                <Table.Td>{dateTime(key.createdAt, tz)}</Table.Td>
                <Table.Td>{key.lastUsedAt ? dateTime(key.lastUsedAt, tz) : 'Never'}</Table.Td>
                <Table.Td data-column="state">
                  {key.revokedAt ? (
                    <Badge variant="outline" color="red.9">
                      <span aria-hidden="true">✕ </span>Revoked {dateTime(key.revokedAt, tz)}
                    </Badge>
                  ) : (
                    <Badge variant="outline" color="green.9">
                      <span aria-hidden="true">✓ </span>Active
                    </Badge>
                  )}
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    {!key.revokedAt && (
                      <Button
                        size="compact-xs"
                        variant="outline"
                        color="red.9"
                        onClick={() => setRevoking(key)}
                        aria-label={`Revoke ${key.name} (${key.prefix})`}
                      >
                        Revoke
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data?.nextCursor && (
        <Button variant="outline" mt="sm" onClick={() => setPages((p) => p + 1)}>
          Show more keys
        </Button>
      )}
      {creating && data && (
        <CreateDialog
          embed={data.embed}
          onClose={() => {
            setCreating(false);
            refresh();
          }}
          onError={onError}
        />
      )}
      {revoking && (
        <Modal opened onClose={() => setRevoking(null)} title={`Revoke ${revoking.name}?`}>
          <Stack>
            <Text>
              The widget on {revoking.allowedOrigins.join(', ')} stops working at once and cannot take
              bookings with this key again. Bookings already made stay as they are.
            </Text>
            <Group justify="flex-end">
              <Button variant="outline" onClick={() => setRevoking(null)} data-autofocus>
                Keep it
              </Button>
              <Button
                color="red.9"
                onClick={() => {
                  const target = revoking;
                  setRevoking(null);
                  void revoke(target);
                }}
              >
                Revoke key
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </section>
  );
}

function CreateDialog({
  embed,
  onClose,
  onError,
}: {
  embed: WidgetEmbed;
  onClose: () => void;
  onError: (e: unknown) => void;
}) {
  const [name, setName] = useState('');
  const [origins, setOrigins] = useState('');
  const [holdSeconds, setHoldSeconds] = useState<number | string>(DEFAULT_HOLD_SECONDS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedWidgetKey | null>(null);

  const create = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setCreated(
        await call<CreatedWidgetKey>('POST', BASE, {
          name: name.trim(),
          allowedOrigins: originsOf(origins),
          holdTtlSeconds: typeof holdSeconds === 'number' ? holdSeconds : Number(holdSeconds),
        }),
      );
    } catch (err) {
      setError(message(err));
      onError(err);
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    const snippet = embedSnippet(embed, created.key);
    return (
      <Modal opened onClose={onClose} title={`Widget key added: ${created.name}`} size="lg">
        <Stack>
          <Alert color="orange.9" variant="outline" title="Copy the snippet now">
            The key is shown only this once. Paste these lines into your website where the booking widget
            should appear.
          </Alert>
          <Textarea
            label="Embed snippet"
            value={snippet}
            readOnly
            autosize
            minRows={3}
            styles={{ input: { fontFamily: 'monospace' } }}
            onFocus={(e) => e.currentTarget.select()}
            data-autofocus
          />
          <CopyButton value={snippet}>
            {({ copied, copy }) => (
              <Button variant="outline" onClick={copy} aria-live="polite">
                {copied ? 'Copied' : 'Copy snippet'}
              </Button>
            )}
          </CopyButton>
          <TextInput
            label="Publishable key"
            value={created.key}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
          />
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }
  const originList = originsOf(origins);
  return (
    <Modal opened onClose={onClose} title="Add a widget key" size="lg">
      <form onSubmit={create}>
        <Stack>
          <TextInput
            label="Name"
            description="Which website it is for, e.g. “Main website”."
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
          />
          <Textarea
            label="Allowed origins"
            description="One a line, as the browser shows them: https://www.example.com (no path)."
            required
            autosize
            minRows={2}
            value={origins}
            onChange={(e) => setOrigins(e.currentTarget.value)}
          />
          <NumberInput
            label="Hold time (seconds)"
            description="How long a guest's chosen time is held while they type their details (5–900)."
            min={5}
            max={900}
            allowDecimal={false}
            value={holdSeconds}
            onChange={setHoldSeconds}
          />
          {error && (
            <Alert color="red.9" variant="outline" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="outline" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} disabled={!name.trim() || originList.length === 0}>
              Add widget key
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
