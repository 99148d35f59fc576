import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import {
  call,
  type AffectedBooking,
  type HoursException,
  type HoursExceptionList,
  type Session,
  type WeeklyHours,
} from '../../api';
import { localDate } from '../../format';
import { StatusLines } from '../StatusLines';
import { useLoad } from '../useLoad';
import { AffectedBookings } from './AffectedBookings';
import { ExceptionForm } from './ExceptionForm';
import { ExceptionList } from './ExceptionList';
import { problemOf, type Problem } from './problem';
import { ProblemAlert } from './ProblemAlert';
import { canManageSetup, ReadOnlyNote } from './ReadOnlyNote';
import { SetupCalendar } from './SetupCalendar';
import { WeeklyHoursEditor } from './WeeklyHoursEditor';

/**
 * Setup → Hours and exceptions: the usual week, the dates that differ from it (closed, or
 * special hours), and a calendar of the coming six weeks with both applied.
 */
export function HoursScreen({ session, onError }: { session: Session; onError: (error: unknown) => void }) {
  const canManage = canManageSetup(session);
  const tz = session.staff.timezone;
  const today = localDate(tz);
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  const { data, error } = useLoad(
    async () => {
      const [hours, exceptions] = await Promise.all([
        call<WeeklyHours>('GET', '/setup/hours'),
        call<HoursExceptionList>('GET', '/setup/exceptions'),
      ]);
      return { hours, exceptions: exceptions.data };
    },
    [version],
    onError,
  );
  const [notice, setNotice] = useState('');
  const [affected, setAffected] = useState<readonly AffectedBooking[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);

  const remove = async (x: HoursException) => {
    setProblem(null);
    try {
      await call('DELETE', `/setup/exceptions/${x.id}`);
      setNotice(`Removed the exception on ${x.startsOn}: the usual hours apply again`);
      setAffected([]);
    } catch (e) {
      setProblem(problemOf(e));
      onError(e);
    }
    refresh();
  };

  return (
    <section aria-labelledby="hours-title">
      <Title order={3} size="h4" id="hours-title" mb="sm">
        Hours and exceptions
      </Title>
      {!canManage && <ReadOnlyNote session={session} what="opening hours and exceptions" />}
      <StatusLines notice={notice} error={error} />
      <ProblemAlert problem={problem} />
      <AffectedBookings title="Bookings on the changed dates" bookings={affected} timezone={tz} />
      {data && (
        <Stack gap="xl">
          <section aria-labelledby="calendar-title">
            <Title order={4} size="h5" id="calendar-title" mb="xs">
              The coming six weeks
            </Title>
            <SetupCalendar today={today} hours={data.hours} exceptions={data.exceptions} />
          </section>
          <section aria-labelledby="exceptions-title">
            <Title order={4} size="h5" id="exceptions-title" mb="xs">
              Closures and special hours
            </Title>
            <Stack>
              <ExceptionList
                exceptions={data.exceptions}
                canManage={canManage}
                onDelete={(x) => void remove(x)}
              />
              {canManage && (
                <ExceptionForm
                  today={today}
                  onSaved={(text, bookings) => {
                    setNotice(text);
                    setAffected(bookings);
                    refresh();
                  }}
                  onError={onError}
                />
              )}
            </Stack>
          </section>
          <section aria-labelledby="weekly-section-title">
            <Title order={4} size="h5" id="weekly-section-title" mb="xs">
              The usual week
            </Title>
            <WeeklyHoursEditor
              session={session}
              hours={data.hours}
              canManage={canManage}
              onSaved={(text) => {
                setNotice(text);
                refresh();
              }}
              onError={onError}
            />
          </section>
        </Stack>
      )}
    </section>
  );
}
