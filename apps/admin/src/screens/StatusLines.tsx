import { Alert, Text } from '@mantine/core';

/**
 * A Setup screen's outcome lines: the last change's notice, announced politely, and a load
 * error as an alert. The live region stays mounted so screen readers hear each new notice.
 */
export function StatusLines({ notice, error }: { notice: string; error: string | null }) {
  return (
    <>
      <div aria-live="polite">
        {notice && (
          <Text role="status" mb="sm" fw={600}>
            {notice}
          </Text>
        )}
      </div>
      {error && (
        <Alert color="red.9" variant="outline" role="alert">
          {error}
        </Alert>
      )}
    </>
  );
}
