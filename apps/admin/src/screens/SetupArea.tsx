import { Title } from '@mantine/core';
import type { Session } from '../api';
import { WebhooksScreen } from './WebhooksScreen';

/** The Setup area: how the restaurant is set up and connected. Webhooks is its first screen. */
export function SetupArea({ session, onError }: { session: Session; onError: (error: unknown) => void }) {
  return (
    <section aria-labelledby="setup-title">
      <Title order={2} size="h4" id="setup-title" mb="sm">
        Setup
      </Title>
      <WebhooksScreen session={session} onError={onError} />
    </section>
  );
}
