import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError, call, type Session } from '../api';
import { dateTime } from '../format';
import { StatusLines } from './StatusLines';
import { useLoad } from './useLoad';

interface Props {
  session: Session;
  onError: (error: unknown) => void;
}

/** As GET /admin/api/setup/staff answers (StaffAccountOutput); never a password. */
interface StaffAccount {
  id: string;
  email: string;
  role: StaffRoleName;
  active: boolean;
  createdAt: string;
  initialPassword?: string;
}
type StaffRoleName = 'manager' | 'ops' | 'viewer';

const BASE = '/setup/staff';
const ROLES: { value: StaffRoleName; label: string }[] = [
  { value: 'manager', label: 'Manager (setup and staff)' },
  { value: 'ops', label: 'Ops (service)' },
  { value: 'viewer', label: 'Viewer (read only)' },
];

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The API's field errors by field, so each shows beside its input. */
function fieldErrors(e: unknown): Record<string, string> {
  if (!(e instanceof ApiError)) return {};
  const errors = (e.extensions.errors ?? []) as { field: string; message: string }[];
  const byField: Record<string, string> = {};
  for (const error of errors) byField[error.field] = error.message;
  if (e.code === 'duplicate_staff_email') byField.email = e.message;
  return byField;
}

/**
 * Setup → Staff: managers add accounts (with a password, or a one-time one shown once), change
 * roles, deactivate and reactivate accounts and reset passwords. Everyone else is told only
 * managers manage staff; the API refuses them as well.
 */
export function StaffScreen({ session, onError }: Props) {
  const canManage = session.staff.role === 'manager';
  const tz = session.staff.timezone;
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  const { data, error } = useLoad(
    () => (canManage ? call<{ data: StaffAccount[] }>('GET', BASE) : Promise.resolve({ data: [] })),
    [version, canManage],
    onError,
  );
  const [notice, setNotice] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRoleName>('ops');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [oneTime, setOneTime] = useState<{ email: string; password: string } | null>(null);

  const act = async (run: () => Promise<StaffAccount>, done: (a: StaffAccount) => string) => {
    try {
      const account = await run();
      setNotice(done(account));
      setOneTime(
        account.initialPassword ? { email: account.email, password: account.initialPassword } : null,
      );
    } catch (e) {
      setNotice(`Failed: ${message(e)}`);
      onError(e);
    }
    refresh();
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const account = await call<StaffAccount>('POST', BASE, {
        email,
        role,
        ...(password ? { password } : {}),
      });
      setErrors({});
      setEmail('');
      setPassword('');
      setNotice(`Added ${account.email} as ${account.role}`);
      setOneTime(
        account.initialPassword ? { email: account.email, password: account.initialPassword } : null,
      );
      refresh();
    } catch (e) {
      setErrors(fieldErrors(e));
      setNotice(`Not added: ${message(e)}`);
    }
  };

  if (!canManage) {
    return (
      <section aria-labelledby="staff-title">
        <Title order={3} size="h4" id="staff-title" mb="sm">
          Staff
        </Title>
        <Alert color="blue.9" variant="outline" title="Managers only">
          Only managers see and manage staff accounts; you are signed in as {session.staff.role}.
        </Alert>
      </section>
    );
  }

  return (
    <section aria-labelledby="staff-title">
      <Title order={3} size="h4" id="staff-title" mb="sm">
        Staff
      </Title>
      <Text mb="sm">
        Who may sign in to this admin: managers change setup and staff, ops run the service, viewers only
        look. Deactivating an account signs it out at once.
      </Text>
      <StatusLines notice={notice} error={error} />
      {oneTime && (
        <Alert color="blue.9" variant="outline" mb="sm" title={`One-time password for ${oneTime.email}`}>
          <Text>
            Hand it over now; it is not shown again:{' '}
            <code data-testid="one-time-password">{oneTime.password}</code>
          </Text>
        </Alert>
      )}
      {data && (
        <Table withTableBorder striped aria-label="Staff accounts" mb="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Email</Table.Th>
              <Table.Th scope="col">Role</Table.Th>
              <Table.Th scope="col">State</Table.Th>
              <Table.Th scope="col">Added</Table.Th>
              <Table.Th scope="col">Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.data.map((account) => (
              <Table.Tr key={account.id} data-staff-email={account.email}>
                <Table.Td>{account.email}</Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={`Role of ${account.email}`}
                    data={ROLES}
                    value={account.role}
                    onChange={(e) => {
                      const next = e.currentTarget.value as StaffRoleName;
                      void act(
                        () => call<StaffAccount>('PATCH', `${BASE}/${account.id}`, { role: next }),
                        (a) => `${a.email} is now ${a.role}`,
                      );
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  {account.active ? (
                    <Badge variant="outline" color="green.9">
                      <span aria-hidden="true">✓ </span>Active
                    </Badge>
                  ) : (
                    <Badge variant="outline" color="red.9">
                      <span aria-hidden="true">✕ </span>Deactivated
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{dateTime(account.createdAt, tz)}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button
                      size="compact-xs"
                      variant="outline"
                      color={account.active ? 'red.9' : 'green.9'}
                      aria-label={`${account.active ? 'Deactivate' : 'Reactivate'} ${account.email}`}
                      onClick={() =>
                        void act(
                          () =>
                            call<StaffAccount>('PATCH', `${BASE}/${account.id}`, { active: !account.active }),
                          (a) =>
                            a.active
                              ? `Reactivated ${a.email}`
                              : `Deactivated ${a.email}: signed out at once`,
                        )
                      }
                    >
                      {account.active ? 'Deactivate' : 'Reactivate'}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="outline"
                      aria-label={`Reset password of ${account.email}`}
                      onClick={() =>
                        void act(
                          () => call<StaffAccount>('POST', `${BASE}/${account.id}/password`, {}),
                          (a) => `New one-time password for ${a.email}; their sessions ended`,
                        )
                      }
                    >
                      Reset password
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={(e) => void add(e)} aria-labelledby="add-staff-title">
        <Title order={4} size="h5" id="add-staff-title" mb="xs">
          Add a staff account
        </Title>
        <Stack gap="xs" maw={420}>
          <TextInput
            label="Email"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
          />
          <NativeSelect
            label="Role"
            data={ROLES}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as StaffRoleName)}
            error={errors.role}
          />
          <PasswordInput
            label="Initial password"
            description="At least 12 characters; leave empty for a one-time password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
          />
          <Group>
            <Button type="submit">Add account</Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
