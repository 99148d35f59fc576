import { Alert } from '@mantine/core';
import type { Session } from '../../api';

/** Why a Setup screen shows no edit controls: only managers change setup. */
export function ReadOnlyNote({ session, what }: { session: Session; what: string }) {
  return (
    <Alert color="blue.9" variant="outline" mb="md" title="Read-only">
      Only managers change {what}; you are signed in as {session.staff.role}.
    </Alert>
  );
}

export const canManageSetup = (session: Session) => session.staff.role === 'manager';
