import { Alert, AppShell, Badge, Button, Group, Loader, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, call, setCsrfToken, type Session } from './api';
import { useLiveChanges } from './live';
import { DayView } from './screens/DayView';
import { FloorView } from './screens/FloorView';
import { GuestsScreen } from './screens/GuestsScreen';
import { NewBookingForm } from './screens/NewBookingForm';
import { ReviewQueue } from './screens/ReviewQueue';
import { SetupArea } from './screens/SetupArea';
import { SignIn } from './screens/SignIn';
import { TimelineView } from './screens/TimelineView';
import { WaitlistScreen } from './screens/WaitlistScreen';

const SCREENS = [
  'reviews',
  'day',
  'floor',
  'timeline',
  'new-booking',
  'waitlist',
  'guests',
  'setup',
] as const;
type Screen = (typeof SCREENS)[number];

function screenFromPath(): Screen {
  const last = window.location.pathname.replace(/\/+$/, '').split('/').pop() as Screen;
  return SCREENS.includes(last) ? last : 'reviews';
}

export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [screen, setScreen] = useState<Screen>(screenFromPath);
  const live = useLiveChanges(Boolean(session));

  const signedIn = useCallback((s: Session | null) => {
    setCsrfToken(s?.csrfToken ?? '');
    setSession(s);
  }, []);

  useEffect(() => {
    call<Session>('GET', '/session').then(signedIn, () => signedIn(null));
  }, [signedIn]);

  useEffect(() => {
    const onPop = () => setScreen(screenFromPath());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const go = (next: string | null) => {
    if (!next || next === screen) return;
    window.history.pushState(null, '', `/admin/${next}`);
    setScreen(next as Screen);
  };

  const signOut = async () => {
    await call('DELETE', '/session').catch(() => undefined);
    signedIn(null);
  };

  /** A 401 from any screen means the session ended: back to sign-in. */
  const onError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) signedIn(null);
    },
    [signedIn],
  );

  if (session === undefined) return <Loader aria-label="Loading" m="xl" />;
  if (session === null) return <SignIn onSignedIn={signedIn} />;

  const canAct = session.staff.role === 'ops' || session.staff.role === 'manager';
  return (
    <AppShell header={{ height: 64 }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={1} size="h3">
              {session.staff.restaurantName}
            </Title>
            <Badge
              variant="outline"
              color={live.state === 'live' ? 'green.9' : 'orange.9'}
              aria-live="polite"
              leftSection={<span aria-hidden="true">{live.state === 'live' ? '●' : '○'}</span>}
            >
              {live.state === 'live' ? 'Live' : live.state === 'connecting' ? 'Connecting…' : 'Reconnecting…'}
            </Badge>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" c="gray.8">
              {session.staff.email} · {session.staff.role}
            </Text>
            <Button variant="outline" size="xs" onClick={signOut}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        {!canAct && (
          <Alert color="blue.9" variant="outline" mb="md" title="Read-only">
            You are signed in as a viewer: you can see everything but not approve, reject, cancel or check in.
          </Alert>
        )}
        <Tabs value={screen} onChange={go} keepMounted={false}>
          <Tabs.List aria-label="Screens" mb="md">
            <Tabs.Tab value="reviews">Review queue</Tabs.Tab>
            <Tabs.Tab value="day">Day</Tabs.Tab>
            <Tabs.Tab value="floor">Floor</Tabs.Tab>
            <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
            <Tabs.Tab value="new-booking">New booking</Tabs.Tab>
            <Tabs.Tab value="waitlist">Waitlist</Tabs.Tab>
            <Tabs.Tab value="guests">Guests</Tabs.Tab>
            <Tabs.Tab value="setup">Setup</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="reviews">
            <ReviewQueue session={session} version={live.version} canAct={canAct} onError={onError} />
          </Tabs.Panel>
          <Tabs.Panel value="day">
            <DayView session={session} version={live.version} canAct={canAct} onError={onError} />
          </Tabs.Panel>
          <Tabs.Panel value="floor">
            <FloorView session={session} version={live.version} onError={onError} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline">
            <TimelineView
              session={session}
              version={live.version}
              refresh={live.refresh}
              canAct={canAct}
              onError={onError}
            />
          </Tabs.Panel>
          <Tabs.Panel value="new-booking">
            <NewBookingForm session={session} version={live.version} canAct={canAct} onError={onError} />
          </Tabs.Panel>
          <Tabs.Panel value="waitlist">
            <WaitlistScreen session={session} version={live.version} canAct={canAct} onError={onError} />
          </Tabs.Panel>
          <Tabs.Panel value="guests">
            <GuestsScreen session={session} canAct={canAct} onError={onError} />
          </Tabs.Panel>
          <Tabs.Panel value="setup">
            <SetupArea session={session} onError={onError} />
          </Tabs.Panel>
        </Tabs>
      </AppShell.Main>
    </AppShell>
  );
}
