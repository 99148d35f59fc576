import { Table, Text } from '@mantine/core';
import type { HoursException, WeeklyHours } from '../../api';
import { comingWeeks } from './calendar';
import { WEEKDAYS } from './WeeklyHoursEditor';

const WEEKS = 6;

const dayTitle = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/**
 * The coming six weeks at a glance: each day's service periods, closures and special hours (with
 * their reasons), marked in words and symbols so none is told by colour alone.
 */
export function SetupCalendar({
  today,
  hours,
  exceptions,
}: {
  today: string;
  hours: WeeklyHours;
  exceptions: readonly HoursException[];
}) {
  const weeks = comingWeeks(today, WEEKS, hours, exceptions);
  return (
    <Table withTableBorder withColumnBorders aria-label="The coming six weeks" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          {WEEKDAYS.map((d) => (
            <Table.Th scope="col" key={d}>
              {d}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {weeks.map((week) => (
          <Table.Tr key={week[0].date}>
            {week.map((day) => (
              <Table.Td
                key={day.date}
                data-date={day.date}
                data-state={day.closed ? 'closed' : day.special ? 'special' : 'open'}
                style={{
                  verticalAlign: 'top',
                  background: day.closed
                    ? 'var(--mantine-color-gray-2)'
                    : day.special
                      ? 'var(--mantine-color-yellow-0)'
                      : undefined,
                }}
              >
                <Text size="sm" fw={700} c={day.past ? 'gray.8' : undefined}>
                  {dayTitle(day.date)}
                  {day.date === today ? ' (today)' : ''}
                </Text>
                {day.closed && (
                  <Text size="xs" fw={700}>
                    <span aria-hidden="true">✕ </span>Closed
                  </Text>
                )}
                {day.special && (
                  <Text size="xs" fw={700}>
                    <span aria-hidden="true">★ </span>Special hours
                  </Text>
                )}
                {day.exception && day.exception !== 'Closed' && day.exception !== 'Special hours' && (
                  <Text size="xs">{day.exception}</Text>
                )}
                {day.periods.map((p) => (
                  <Text size="xs" key={p}>
                    {p}
                  </Text>
                ))}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
