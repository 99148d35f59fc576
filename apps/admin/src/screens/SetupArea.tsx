import { Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import type { Session } from '../api';
import { BlocksScreen } from './setup/BlocksScreen';
import { ChangeLogScreen } from './setup/ChangeLogScreen';
import { HoursScreen } from './setup/HoursScreen';
import { PolicyScreen } from './setup/PolicyScreen';
import { TablesScreen } from './setup/TablesScreen';
import { StaffScreen } from './StaffScreen';
import { WebhooksScreen } from './WebhooksScreen';
import { WidgetKeysScreen } from './WidgetKeysScreen';

const SECTIONS = [
  ['tables', 'Tables and zones'],
  ['hours', 'Hours and exceptions'],
  ['blocks', 'Table blocks'],
  ['policy', 'Pacing and policy'],
  ['changes', 'Change log'],
  ['webhooks', 'Webhooks'],
  ['widget', 'Website widget'],
  ['staff', 'Staff accounts'],
] as const;

function sectionFromUrl(): string {
  const wanted = new URLSearchParams(window.location.search).get('section');
  return SECTIONS.some(([value]) => value === wanted) ? wanted! : 'tables';
}

/**
 * The Setup area: how the restaurant is set up (tables, hours, blocks, policy and the log of
 * every change) and connected (webhooks, the website widget). One section at a time.
 */
export function SetupArea({ session, onError }: { session: Session; onError: (error: unknown) => void }) {
  const [section, setSection] = useState<string>(sectionFromUrl);
  const choose = (next: string | null) => {
    if (!next) return;
    // In the address, so a reload (or a shared link) opens the same section.
    window.history.replaceState(null, '', `${window.location.pathname}?section=${next}`);
    setSection(next);
  };
  return (
    <section aria-labelledby="setup-title">
      <Title order={2} size="h4" id="setup-title" mb="sm">
        Setup
      </Title>
      <Tabs value={section} onChange={choose} keepMounted={false} variant="pills">
        <Tabs.List aria-label="Setup sections" mb="md">
          {SECTIONS.map(([value, label]) => (
            <Tabs.Tab key={value} value={value}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="tables">
          <TablesScreen session={session} onError={onError} />
        </Tabs.Panel>
        <Tabs.Panel value="hours">
          <HoursScreen session={session} onError={onError} />
        </Tabs.Panel>
        <Tabs.Panel value="blocks">
          <BlocksScreen session={session} onError={onError} />
        </Tabs.Panel>
        <Tabs.Panel value="policy">
          <PolicyScreen session={session} onError={onError} />
        </Tabs.Panel>
        <Tabs.Panel value="changes">
          <ChangeLogScreen session={session} onError={onError} />
        </Tabs.Panel>
        <Tabs.Panel value="webhooks">
          <WebhooksScreen session={session} onError={onError} />
        </Tabs.Panel>
        <Tabs.Panel value="widget">
          <WidgetKeysScreen session={session} onError={onError} />
        </Tabs.Panel>
        <Tabs.Panel value="staff">
          <StaffScreen session={session} onError={onError} />
        </Tabs.Panel>
      </Tabs>
    </section>
  );
}
