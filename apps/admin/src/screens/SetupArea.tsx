import { Stack, Title } from '@mantine/core';
import type { Session } from '../api';
import { StaffScreen } from './StaffScreen';
import { WebhooksScreen } from './WebhooksScreen';
import { WidgetKeysScreen } from './WidgetKeysScreen';

/** The Setup area: how the restaurant is set up and connected: webhooks and the website widget. */
export function SetupArea({ session, onError }: { session: Session; onError: (error: unknown) => void }) {
  return (
    <section aria-labelledby="setup-title">
      <Title order={2} size="h4" id="setup-title" mb="sm">
        Setup
      </Title>
      <Stack gap={48}>
        <WebhooksScreen session={session} onError={onError} />
        <WidgetKeysScreen session={session} onError={onError} />
        <StaffScreen session={session} onError={onError} />
      </Stack>
    </section>
  );
}
