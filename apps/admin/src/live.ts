import { useEffect, useState } from 'react';

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/**
 * While the stream is down, screens poll at this pace; while it is up, a slow safety refresh picks
 * up what a lost Redis message (best effort, libs/cache/src/booking-changes.ts) did not bring.
 */
export const POLL_WHILE_DOWN_MS = 5_000;
export const REFRESH_WHILE_LIVE_MS = 60_000;

/**
 * Subscribes to the gateway's booking changes (server-sent events). `version` goes up on every
 * change and on every poll, so screens refetch what they show; `refresh` goes up only on polls and
 * (re)connects, for what booking changes do not touch (tables, blocks, hours). EventSource
 * reconnects by itself after a drop.
 */
export function useLiveChanges(enabled: boolean): { version: number; refresh: number; state: LiveState } {
  const [version, setVersion] = useState(0);
  const [refresh, setRefresh] = useState(0);
  const [state, setState] = useState<LiveState>('connecting');
  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource('/admin/api/events');
    const poll = () => {
      setRefresh((r) => r + 1);
      setVersion((v) => v + 1);
    };
    source.addEventListener('ready', () => {
      setState('live');
      // Anything missed while disconnected is picked up by refetching now.
      poll();
    });
    source.addEventListener('booking', () => setVersion((v) => v + 1));
    source.onerror = () => setState('reconnecting');
    return () => source.close();
  }, [enabled]);
  useEffect(() => {
    if (!enabled) return;
    const every = state === 'live' ? REFRESH_WHILE_LIVE_MS : POLL_WHILE_DOWN_MS;
    const timer = setInterval(() => {
      setRefresh((r) => r + 1);
      setVersion((v) => v + 1);
    }, every);
    return () => clearInterval(timer);
  }, [enabled, state]);
  return { version, refresh, state };
}
