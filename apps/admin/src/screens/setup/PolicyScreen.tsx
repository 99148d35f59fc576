import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { call, type Policy, type Session, type WeeklyHours } from '../../api';
import { StatusLines } from '../StatusLines';
import { useLoad } from '../useLoad';
import { PacingForm } from './PacingForm';
import { PolicyForm } from './PolicyForm';
import { canManageSetup, ReadOnlyNote } from './ReadOnlyNote';

/** Setup → Pacing and policy: the rules the engine books by. */
export function PolicyScreen({ session, onError }: { session: Session; onError: (error: unknown) => void }) {
  const canManage = canManageSetup(session);
  const [version, setVersion] = useState(0);
  const { data, error } = useLoad(
    async () => {
      const [policy, hours] = await Promise.all([
        call<Policy>('GET', '/setup/policy'),
        call<WeeklyHours>('GET', '/setup/hours'),
      ]);
      return { policy, hours };
    },
    [version],
    onError,
  );
  const [notice, setNotice] = useState('');
  const saved = (text: string) => {
    setNotice(text);
    setVersion((v) => v + 1);
  };
  return (
    <section aria-labelledby="policy-title">
      <Title order={3} size="h4" id="policy-title" mb="sm">
        Pacing and policy
      </Title>
      {!canManage && <ReadOnlyNote session={session} what="pacing and the booking policy" />}
      <StatusLines notice={notice} error={error} />
      {data && (
        <Stack gap="xl" key={version}>
          <PolicyForm policy={data.policy} canManage={canManage} onSaved={saved} onError={onError} />
          <PacingForm hours={data.hours} canManage={canManage} onSaved={saved} onError={onError} />
        </Stack>
      )}
    </section>
  );
}
