import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { call, type SetupTable, type SetupZone, type TableChange, type TableInput } from '../../api';
import { fieldError } from './problem';
import { ProblemAlert } from './ProblemAlert';
import { useSubmit } from './useSubmit';

const FIELDS = ['label', 'zoneId', 'minCovers', 'maxCovers', 'active', 'combinableWith'];
const num = (v: number | string) => (typeof v === 'number' ? v : Number(v));

/**
 * Adds a table, or changes one: label, zone, covers, active, and the neighbours it may be pushed
 * together with (a table set). The limits are the API's; what it refuses shows at the field.
 */
export function TableDialog({
  table,
  tables,
  zones,
  onDone,
  onClose,
  onError,
}: {
  table: SetupTable | null;
  tables: readonly SetupTable[];
  zones: readonly SetupZone[];
  onDone: (notice: string, change?: TableChange) => void;
  onClose: () => void;
  onError: (e: unknown) => void;
}) {
  const [label, setLabel] = useState(table?.label ?? '');
  const [zoneId, setZoneId] = useState(table?.zoneId ?? zones[0]?.id ?? '');
  const [minCovers, setMin] = useState<number | string>(table?.minCovers ?? 1);
  const [maxCovers, setMax] = useState<number | string>(table?.maxCovers ?? 2);
  const [active, setActive] = useState(table?.active ?? true);
  const [combinable, setCombinable] = useState<string[]>(table?.combinableWith ?? []);
  const { busy, problem, run } = useSubmit(onError);
  const title = table ? `Edit table ${table.label}` : 'Add a table';

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const body: TableInput = {
      label: label.trim(),
      zoneId,
      minCovers: num(minCovers),
      maxCovers: num(maxCovers),
      active,
      combinableWith: combinable,
    };
    if (table) {
      const done = await run(() => call<TableChange>('PATCH', `/setup/tables/${table.id}`, body));
      if (done) onDone(`Saved table ${done.table.label}`, done);
    } else {
      const done = await run(() => call<SetupTable>('POST', '/setup/tables', body));
      if (done) onDone(`Added table ${done.label}`);
    }
  };

  const neighbours = tables.filter((t) => t.id !== table?.id);
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={save} noValidate={false}>
        <Stack>
          <TextInput
            label="Label"
            description="How staff call it, e.g. T12 (letters, digits, . _ + - / and spaces; up to 20)."
            required
            maxLength={20}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            error={fieldError(problem, 'label')}
            data-autofocus
          />
          <NativeSelect
            label="Zone"
            required
            value={zoneId}
            onChange={(e) => setZoneId(e.currentTarget.value)}
            data={zones.map((z) => ({ value: z.id, label: z.name }))}
            error={fieldError(problem, 'zoneId')}
          />
          <SimpleGrid cols={2}>
            <NumberInput
              label="Min covers"
              description="The smallest party it seats (1–50)."
              required
              min={1}
              max={50}
              allowDecimal={false}
              value={minCovers}
              onChange={setMin}
              error={fieldError(problem, 'minCovers')}
            />
            <NumberInput
              label="Max covers"
              description="The largest party it seats (1–50)."
              required
              min={1}
              max={50}
              allowDecimal={false}
              value={maxCovers}
              onChange={setMax}
              error={fieldError(problem, 'maxCovers')}
            />
          </SimpleGrid>
          <Checkbox
            label="Active: offered and assigned to bookings"
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
            error={fieldError(problem, 'active')}
          />
          {neighbours.length > 0 && (
            <Checkbox.Group
              label="Combines with"
              description="Neighbouring tables it can be pushed together with for a larger party (a table set)."
              value={combinable}
              onChange={setCombinable}
              error={fieldError(problem, 'combinableWith')}
            >
              <Group mt="xs">
                {neighbours.map((t) => (
                  <Checkbox key={t.id} value={t.label} label={t.label} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
          <ProblemAlert problem={problem} shown={FIELDS} />
          <Group justify="flex-end">
            <Button variant="outline" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              {table ? 'Save table' : 'Add table'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
