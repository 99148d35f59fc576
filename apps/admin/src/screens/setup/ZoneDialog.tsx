import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { call, type SetupZone } from '../../api';
import { fieldError } from './problem';
import { ProblemAlert } from './ProblemAlert';
import { useSubmit } from './useSubmit';

/** Adds a zone, or renames and reorders one. */
export function ZoneDialog({
  zone,
  onDone,
  onClose,
  onError,
}: {
  zone: SetupZone | null;
  onDone: (notice: string) => void;
  onClose: () => void;
  onError: (e: unknown) => void;
}) {
  const [name, setName] = useState(zone?.name ?? '');
  const [sortOrder, setSortOrder] = useState<number | string>(zone?.sortOrder ?? 0);
  const { busy, problem, run } = useSubmit(onError);
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const body = {
      name: name.trim(),
      sortOrder: typeof sortOrder === 'number' ? sortOrder : Number(sortOrder),
    };
    const done = await run(() =>
      zone
        ? call<SetupZone>('PATCH', `/setup/zones/${zone.id}`, body)
        : call<SetupZone>('POST', '/setup/zones', body),
    );
    if (done) onDone(zone ? `Saved zone ${done.name}` : `Added zone ${done.name}`);
  };
  return (
    <Modal opened onClose={onClose} title={zone ? `Edit zone ${zone.name}` : 'Add a zone'}>
      <form onSubmit={save}>
        <Stack>
          <TextInput
            label="Zone name"
            description="E.g. Terrace; guests may ask for it as a seating preference (up to 50)."
            required
            maxLength={50}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(problem, 'name')}
            data-autofocus
          />
          <NumberInput
            label="Position"
            description="Where it comes among the zones, smallest first (0–1000)."
            min={0}
            max={1000}
            allowDecimal={false}
            value={sortOrder}
            onChange={setSortOrder}
            error={fieldError(problem, 'sortOrder')}
          />
          <ProblemAlert problem={problem} shown={['name', 'sortOrder']} />
          <Group justify="flex-end">
            <Button variant="outline" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              {zone ? 'Save zone' : 'Add zone'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
