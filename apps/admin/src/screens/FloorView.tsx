import {
  Alert,
  Group,
  Paper,
  SimpleGrid,
  Text,
  TextInput,
  Title,
  Tooltip,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { GuestBadges, guestMarks } from '../GuestBadges';
import { useState } from 'react';
import { call, type Floor, type Session } from '../api';
import { FLOOR_LABEL, STATUS_LABEL, time } from '../format';
import { instantOf, localInput } from '../localTime';
import { useLoad } from './useLoad';

interface Props {
  session: Session;
  version: number;
  onError: (error: unknown) => void;
}

export function FloorView({ session, version, onError }: Props) {
  const tz = session.staff.timezone;
  const [at, setAt] = useState(() => localInput(tz));
  const { data, error } = useLoad(
    () => call<Floor>('GET', `/floor?at=${encodeURIComponent(instantOf(at, tz))}`),
    [at],
    onError,
    version,
  );

  return (
    <section aria-labelledby="floor-title">
      <Title order={2} size="h4" id="floor-title" mb="sm">
        The floor
      </Title>
      <Group align="flex-end" mb="md">
        <TextInput
          label={`Time (${tz})`}
          type="datetime-local"
          value={at}
          onChange={(e) => e.currentTarget.value && setAt(e.currentTarget.value)}
        />
        <Group gap="md" aria-label="Legend" role="list">
          {Object.entries(FLOOR_LABEL).map(([state, s]) => (
            <Group key={state} gap={4} role="listitem">
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  width: 16,
                  height: 16,
                  background: s.bg,
                  border: `2px solid ${s.border}`,
                }}
              />
              <Text size="sm">
                {s.symbol} {s.label}
              </Text>
            </Group>
          ))}
        </Group>
      </Group>
      {error && (
        <Alert color="red.9" variant="outline" role="alert">
          {error}
        </Alert>
      )}
      {data?.zones.map((zone) => (
        <section key={zone.id} aria-label={`Zone ${zone.name}`}>
          <Title order={3} size="h5" mt="md" mb="xs">
            {zone.name}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 4, md: 6 }} spacing="sm">
            {zone.tables.map((table) => {
              const s = FLOOR_LABEL[table.state];
              const b = table.booking;
              const detail = b
                ? `${b.guestName}${guestMarks(b.guestTags, b.guestAllergens)}, party of ${b.partySize}, ${time(b.startsAt, tz)}–${time(b.endsAt, tz)}, ${STATUS_LABEL[b.status].label}`
                : 'No booking at this time';
              return (
                <Tooltip
                  key={table.id}
                  label={detail}
                  withArrow
                  events={{ hover: true, focus: true, touch: true }}
                >
                  <UnstyledButton data-table={table.label} data-state={table.state} className="floor-table">
                    <Paper p="sm" mih={96} style={{ background: s.bg, border: `2px solid ${s.border}` }}>
                      <Text fw={700} c="dark.9">
                        {table.label}
                      </Text>
                      <Text size="sm" c="dark.9">
                        <span aria-hidden="true">{s.symbol}</span> {s.label} · {table.minCovers}–
                        {table.maxCovers}
                      </Text>
                      {b && (
                        <Text size="xs" c="dark.9" truncate>
                          {b.guestName} ({b.partySize})
                        </Text>
                      )}
                      {b && <GuestBadges tags={b.guestTags} allergens={b.guestAllergens} />}
                      {/* The name is the tile's own text and then the detail (WCAG 2.5.3, label in name). */}
                      <VisuallyHidden>. {detail}</VisuallyHidden>
                    </Paper>
                  </UnstyledButton>
                </Tooltip>
              );
            })}
          </SimpleGrid>
        </section>
      ))}
    </section>
  );
}
