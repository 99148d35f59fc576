import { Alert, List, Text } from '@mantine/core';
import { unplacedErrors, type Problem } from './problem';

/**
 * A refused change's alert: its code and detail, and the field errors no input shows (those that
 * an input shows are next to it, where the eye and the screen reader already are).
 */
export function ProblemAlert({
  problem,
  shown = [],
}: {
  problem: Problem | null;
  shown?: readonly string[];
}) {
  if (!problem) return null;
  // A field error that only repeats the detail (a refusal naming its one field) is said once.
  const others = unplacedErrors(problem, shown).filter((e) => e.message !== problem.detail);
  return (
    <Alert color="red.9" variant="outline" role="alert" title="Not saved">
      <Text size="sm">
        <code>{problem.code}</code>: {problem.detail}
      </Text>
      {others.length > 0 && (
        <List size="sm" mt="xs">
          {others.map((e) => (
            <List.Item key={`${e.field}|${e.code}`}>
              {e.field}: <code>{e.code}</code> {e.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
