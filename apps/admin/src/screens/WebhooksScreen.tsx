import {
  Alert,
  Badge,
  Button,
  Checkbox,
  CopyButton,
  Group,
  Modal,
  Radio,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  call,
  type CreatedWebhookEndpoint,
  type RotatedWebhookSecret,
  type Session,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookOverview,
} from '../api';
import { dateTime } from '../format';
import { StatusLines } from './StatusLines';
import { useLoad } from './useLoad';

interface Props {
  session: Session;
  onError: (error: unknown) => void;
}

type EventTypes = WebhookOverview['eventTypes'];

const BASE = '/setup/webhooks';
/** While a delivery is pending the screen looks again this often, so a ping's outcome shows by itself. */
const PENDING_REFRESH_MS = 1_000;
const IDLE_REFRESH_MS = 15_000;

const DELIVERY_STATUS: Record<WebhookDelivery['status'], { label: string; symbol: string; color: string }> = {
  pending: { label: 'Pending', symbol: '◔', color: 'yellow.9' },
  delivered: { label: 'Delivered', symbol: '✓', color: 'green.9' },
  failed: { label: 'Failed', symbol: '✕', color: 'red.9' },
};

const DISABLED_WHY: Record<string, string> = {
  failing: 'it kept failing for days',
  gone: 'the receiver answered 410 Gone',
  manual: 'a manager switched it off',
};

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Setup → Webhooks: where the restaurant's systems receive its booking events. Managers add,
 * change, test and remove endpoints and send deliveries again; everyone else sees the same screen
 * without those controls. A secret is shown once, right after it is made, and never again.
 */
export function WebhooksScreen({ session, onError }: Props) {
  const canManage = session.staff.role === 'manager';
  const tz = session.staff.timezone;
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  const { data, error } = useLoad(() => call<WebhookOverview>('GET', BASE), [version], onError);
  const [notice, setNotice] = useState('');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<WebhookEndpoint | null>(null);
  const [rotating, setRotating] = useState<WebhookEndpoint | null>(null);
  const [deleting, setDeleting] = useState<WebhookEndpoint | null>(null);

  const pending = data?.endpoints.some((e) => e.recentDeliveries.some((d) => d.status === 'pending'));
  useEffect(() => {
    const timer = setTimeout(refresh, pending ? PENDING_REFRESH_MS : IDLE_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [data, pending]);

  /** Runs a change, says how it went in the status line, and reloads the screen. */
  const act = async (done: string, change: () => Promise<unknown>) => {
    try {
      await change();
      setNotice(done);
    } catch (e) {
      setNotice(`Failed: ${message(e)}`);
      onError(e);
    }
    refresh();
  };

  const disabledByRelay = data?.endpoints.filter(
    (e) => !e.enabled && (e.disabledReason === 'failing' || e.disabledReason === 'gone'),
  );

  return (
    <section aria-labelledby="webhooks-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="webhooks-title">
          Webhooks
        </Title>
        {canManage && <Button onClick={() => setCreating(true)}>Add endpoint</Button>}
      </Group>
      <Text mb="sm">
        Booking events (confirmed, cancelled, no-show, reminders…) sent to your other systems, signed with
        each endpoint’s secret.
      </Text>
      {!canManage && (
        <Alert color="blue.9" variant="outline" mb="md" title="Read-only">
          Only managers add, change, test or remove webhook endpoints; you are signed in as{' '}
          {session.staff.role}.
        </Alert>
      )}
      {disabledByRelay?.map((e) => (
        <Alert
          key={e.id}
          color="red.9"
          variant="outline"
          mb="md"
          title="A webhook endpoint was switched off"
          data-disabled-banner={e.id}
        >
          <Text>
            {e.url} stopped receiving events
            {e.disabledAt ? ` on ${dateTime(e.disabledAt, tz)}` : ''} because{' '}
            {DISABLED_WHY[e.disabledReason ?? ''] ?? 'it failed'}. Your other endpoints were told. Events
            since then wait for it: fix the receiver, then enable it again.
          </Text>
          {canManage && (
            <Button
              mt="xs"
              size="xs"
              variant="outline"
              onClick={() =>
                act(`Enabled ${e.url} again`, () => call('PATCH', `${BASE}/${e.id}`, { enabled: true }))
              }
            >
              Enable {e.url} again
            </Button>
          )}
        </Alert>
      ))}
      <StatusLines notice={notice} error={error} />
      {data && data.endpoints.length === 0 && <Text>No webhook endpoints yet.</Text>}
      <Stack gap="xl">
        {data?.endpoints.map((endpoint) => (
          <EndpointCard
            key={endpoint.id}
            endpoint={endpoint}
            eventTypes={data.eventTypes}
            tz={tz}
            canManage={canManage}
            onPing={() =>
              act(`Test ping queued for ${endpoint.url}`, () => call('POST', `${BASE}/${endpoint.id}/test`))
            }
            onRedeliver={(d) =>
              act(`${d.eventType} queued again for ${endpoint.url}`, () =>
                call('POST', `${BASE}/${endpoint.id}/deliveries/${d.id}/redeliver`),
              )
            }
            onEdit={() => setEditing(endpoint)}
            onRotate={() => setRotating(endpoint)}
            onDelete={() => setDeleting(endpoint)}
          />
        ))}
      </Stack>
      {creating && data && (
        <CreateDialog
          eventTypes={data.eventTypes}
          onClose={() => {
            setCreating(false);
            refresh();
          }}
          onError={onError}
        />
      )}
      {editing && data && (
        <EditDialog
          endpoint={editing}
          eventTypes={data.eventTypes}
          onClose={() => setEditing(null)}
          onSaved={(url) => {
            setEditing(null);
            setNotice(`Saved ${url}`);
            refresh();
          }}
          onError={onError}
        />
      )}
      {rotating && (
        <RotateDialog endpoint={rotating} tz={tz} onClose={() => setRotating(null)} onError={onError} />
      )}
      {deleting && (
        <Modal opened onClose={() => setDeleting(null)} title={`Remove ${deleting.url}?`}>
          <Stack>
            <Text>Nothing more is sent to it, and its delivery history goes with it.</Text>
            <Group justify="flex-end">
              <Button variant="outline" onClick={() => setDeleting(null)} data-autofocus>
                Keep it
              </Button>
              <Button
                color="red.9"
                onClick={() => {
                  const target = deleting;
                  setDeleting(null);
                  void act(`Removed ${target.url}`, () => call('DELETE', `${BASE}/${target.id}`));
                }}
              >
                Remove endpoint
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </section>
  );
}

function eventsText(events: readonly string[]): string {
  return events.length === 0 ? 'All events' : events.join(', ');
}

function stateOf(endpoint: WebhookEndpoint, tz: string): { label: string; color: string } {
  if (!endpoint.enabled) {
    const why =
      endpoint.disabledReason === 'manual' ? 'switched off' : `disabled: ${endpoint.disabledReason ?? 'off'}`;
    return { label: `✕ ${why[0].toUpperCase()}${why.slice(1)}`, color: 'red.9' };
  }
  if (endpoint.failingSince)
    return { label: `! Failing since ${dateTime(endpoint.failingSince, tz)}`, color: 'orange.9' };
  return { label: '✓ Enabled', color: 'green.9' };
}

function EndpointCard({
  endpoint,
  eventTypes,
  tz,
  canManage,
  onPing,
  onRedeliver,
  onEdit,
  onRotate,
  onDelete,
}: {
  endpoint: WebhookEndpoint;
  eventTypes: EventTypes;
  tz: string;
  canManage: boolean;
  onPing: () => void;
  onRedeliver: (delivery: WebhookDelivery) => void;
  onEdit: () => void;
  onRotate: () => void;
  onDelete: () => void;
}) {
  const titleId = `endpoint-${endpoint.id}`;
  const state = stateOf(endpoint, tz);
  const known = new Set(eventTypes.map((e) => e.type));
  return (
    <article aria-labelledby={titleId} data-endpoint-id={endpoint.id}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={4} size="h5" id={titleId}>
            {endpoint.url}
          </Title>
          {endpoint.description && <Text>{endpoint.description}</Text>}
          <Text size="sm">
            Events: {eventsText(endpoint.events.filter((e) => known.has(e)))}
            {endpoint.guestContactAllowed ? ' · with guest contact details' : ''}
          </Text>
          {endpoint.previousSecretExpiresAt && (
            <Text size="sm">
              Previous secret also signs until {dateTime(endpoint.previousSecretExpiresAt, tz)}
            </Text>
          )}
        </div>
        <Badge variant="outline" color={state.color} size="lg">
          {state.label}
        </Badge>
      </Group>
      {canManage && (
        <Group gap="xs" my="sm">
          <Button size="xs" onClick={onPing} aria-label={`Send test ping to ${endpoint.url}`}>
            Send test ping
          </Button>
          <Button size="xs" variant="outline" onClick={onEdit} aria-label={`Edit ${endpoint.url}`}>
            Edit
          </Button>
          <Button
            size="xs"
            variant="outline"
            onClick={onRotate}
            aria-label={`Rotate secret of ${endpoint.url}`}
          >
            Rotate secret
          </Button>
          <Button
            size="xs"
            variant="outline"
            color="red.9"
            onClick={onDelete}
            aria-label={`Remove ${endpoint.url}`}
          >
            Remove
          </Button>
        </Group>
      )}
      {endpoint.recentDeliveries.length === 0 ? (
        <Text size="sm" mt="sm">
          Nothing sent yet.
        </Text>
      ) : (
        <Table withTableBorder striped mt="sm" aria-label={`Recent deliveries to ${endpoint.url}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Event</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Attempts</Table.Th>
              <Table.Th scope="col">Response</Table.Th>
              <Table.Th scope="col">Latency</Table.Th>
              <Table.Th scope="col">Time</Table.Th>
              {canManage && <Table.Th scope="col">Again</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {endpoint.recentDeliveries.map((d) => {
              const status = DELIVERY_STATUS[d.status];
              return (
                <Table.Tr key={d.id} data-delivery-id={d.id} data-status={d.status}>
                  <Table.Td>{d.eventType}</Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color={status.color}>
                      <span aria-hidden="true">{status.symbol} </span>
                      {status.label}
                    </Badge>
                  </Table.Td>
                  <Table.Td data-column="attempts">{d.totalAttempts}</Table.Td>
                  <Table.Td data-column="response">
                    {d.lastStatusCode ?? (d.lastError ? `no answer (${d.lastError})` : '—')}
                  </Table.Td>
                  <Table.Td>{d.lastLatencyMs === null ? '—' : `${d.lastLatencyMs} ms`}</Table.Td>
                  <Table.Td>{dateTime(d.lastAttemptAt ?? d.createdAt, tz)}</Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="outline"
                        onClick={() => onRedeliver(d)}
                        aria-label={`Send again: ${d.eventType} of ${dateTime(d.createdAt, tz)}`}
                      >
                        Send again
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </article>
  );
}

/** All events, or the ticked ones: the two ways an endpoint subscribes. */
function EventsField({
  eventTypes,
  value,
  onChange,
}: {
  eventTypes: EventTypes;
  value: { all: boolean; chosen: string[] };
  onChange: (value: { all: boolean; chosen: string[] }) => void;
}) {
  return (
    <Stack gap="xs">
      <Radio.Group
        label="Events"
        value={value.all ? 'all' : 'chosen'}
        onChange={(v) => onChange({ ...value, all: v === 'all' })}
      >
        <Group mt="xs">
          <Radio value="all" label="All events" />
          <Radio value="chosen" label="Only the events I choose" />
        </Group>
      </Radio.Group>
      {!value.all && (
        <Checkbox.Group
          label="Chosen events"
          value={value.chosen}
          onChange={(chosen) => onChange({ ...value, chosen })}
        >
          <Stack gap={4} mt="xs">
            {eventTypes.map((e) => (
              <Checkbox key={e.type} value={e.type} label={`${e.type}: ${e.summary}`} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </Stack>
  );
}

/** The secret, once: a read-only field to select and a copy button. */
function SecretOnce({ secret, label }: { secret: string; label: string }) {
  return (
    <Stack gap="xs">
      <Alert color="orange.9" variant="outline" title="Store this secret now">
        It is shown only this once. Your receiver verifies each delivery’s signature with it.
      </Alert>
      <TextInput
        label={label}
        value={secret}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        data-autofocus
      />
      <CopyButton value={secret}>
        {({ copied, copy }) => (
          <Button variant="outline" onClick={copy} aria-live="polite">
            {copied ? 'Copied' : 'Copy secret'}
          </Button>
        )}
      </CopyButton>
    </Stack>
  );
}

function CreateDialog({
  eventTypes,
  onClose,
  onError,
}: {
  eventTypes: EventTypes;
  onClose: () => void;
  onError: (e: unknown) => void;
}) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<{ all: boolean; chosen: string[] }>({ all: true, chosen: [] });
  const [enabled, setEnabled] = useState(true);
  const [guestContact, setGuestContact] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedWebhookEndpoint | null>(null);

  const create = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setCreated(
        await call<CreatedWebhookEndpoint>('POST', BASE, {
          url: url.trim(),
          description: description.trim() || null,
          events: events.all ? [] : events.chosen,
          enabled,
          guestContactAllowed: guestContact,
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
    return (
      <Modal opened onClose={onClose} title={`Endpoint added: ${created.url}`} size="lg">
        <Stack>
          <SecretOnce secret={created.secret} label="Signing secret" />
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }
  return (
    <Modal opened onClose={onClose} title="Add a webhook endpoint" size="lg">
      <form onSubmit={create}>
        <Stack>
          <TextInput
            label="URL"
            description="Where the events are POSTed; https outside development."
            required
            type="url"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            data-autofocus
          />
          <TextInput
            label="Description"
            maxLength={200}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
          <EventsField eventTypes={eventTypes} value={events} onChange={setEvents} />
          <Checkbox label="Enabled" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
          <Checkbox
            label="Include guest name, phone and email"
            checked={guestContact}
            onChange={(e) => setGuestContact(e.currentTarget.checked)}
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
            <Button
              type="submit"
              loading={busy}
              disabled={!url.trim() || (!events.all && events.chosen.length === 0)}
            >
              Add endpoint
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function EditDialog({
  endpoint,
  eventTypes,
  onClose,
  onSaved,
  onError,
}: {
  endpoint: WebhookEndpoint;
  eventTypes: EventTypes;
  onClose: () => void;
  onSaved: (url: string) => void;
  onError: (e: unknown) => void;
}) {
  const [description, setDescription] = useState(endpoint.description ?? '');
  const [events, setEvents] = useState({ all: endpoint.events.length === 0, chosen: [...endpoint.events] });
  const [enabled, setEnabled] = useState(endpoint.enabled);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call('PATCH', `${BASE}/${endpoint.id}`, {
        description: description.trim() || null,
        events: events.all ? [] : events.chosen,
        enabled,
      });
      onSaved(endpoint.url);
    } catch (err) {
      setError(message(err));
      onError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Edit ${endpoint.url}`} size="lg">
      <form onSubmit={save}>
        <Stack>
          <TextInput
            label="Description"
            maxLength={200}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            data-autofocus
          />
          <EventsField eventTypes={eventTypes} value={events} onChange={setEvents} />
          <Checkbox
            label="Enabled"
            description={
              !endpoint.enabled && endpoint.disabledReason !== 'manual'
                ? 'Enabling it sends what waited.'
                : undefined
            }
            checked={enabled}
            onChange={(e) => setEnabled(e.currentTarget.checked)}
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
            <Button type="submit" loading={busy} disabled={!events.all && events.chosen.length === 0}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RotateDialog({
  endpoint,
  tz,
  onClose,
  onError,
}: {
  endpoint: WebhookEndpoint;
  tz: string;
  onClose: () => void;
  onError: (e: unknown) => void;
}) {
  const [rotated, setRotated] = useState<RotatedWebhookSecret | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rotate = async () => {
    setBusy(true);
    setError(null);
    try {
      setRotated(await call<RotatedWebhookSecret>('POST', `${BASE}/${endpoint.id}/rotate-secret`));
    } catch (err) {
      setError(message(err));
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Rotate the secret of ${endpoint.url}`} size="lg">
      <Stack>
        {rotated ? (
          <>
            <SecretOnce secret={rotated.secret} label="New signing secret" />
            <Text>
              The old secret keeps signing too until {dateTime(rotated.previousSecretExpiresAt, tz)}: switch
              your receiver before then.
            </Text>
            <Group justify="flex-end">
              <Button onClick={onClose}>Done</Button>
            </Group>
          </>
        ) : (
          <>
            <Text>
              A new secret signs every delivery from now on; for 24 hours the old one signs as well, so your
              receiver can switch without missing an event.
            </Text>
            {error && (
              <Alert color="red.9" variant="outline" role="alert">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="outline" onClick={onClose} data-autofocus>
                Cancel
              </Button>
              <Button loading={busy} onClick={rotate}>
                Rotate secret
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
