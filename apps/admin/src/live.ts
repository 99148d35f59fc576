import { useEffect, useState } from 'react';

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/**
 * Subscribes to the gateway's booking changes (server-sent events). `version` goes up on every
 * change, so screens refetch what they show; EventSource reconnects by itself after a drop.
 */
export function useLiveChanges(enabled: boolean): { version: number; state: LiveState } {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<LiveState>('connecting');
  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource('/admin/api/events');
    source.addEventListener('ready', () => {
      setState('live');
      // Anything missed while disconnected is picked up by refetching now.
      setVersion((v) => v + 1);
    });
    source.addEventListener('booking', () => setVersion((v) => v + 1));
    source.onerror = () => setState('reconnecting');
    return () => source.close();
  }, [enabled]);
  return { version, state };
}
