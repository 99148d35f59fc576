/**
 * A waitlist wish's guest data inside Temporal payloads, sealed with the entry's own AES-256-GCM
 * key (waitlist_data_keys), as a booking's is with booking_data_keys (guest-data-seal.ts): the
 * gateway seals the join's name, contact and notes before the entry's workflow hears of them, the
 * activity opens them to write the row, and erasing the guest deletes the key. A leave's free-text
 * reason travels sealed the same way. Every other payload
 * of the workflow carries only the entry's state (WaitlistEntryState), never the guest's data.
 */
import { randomBytes } from 'node:crypto';
import type { ReasonSecrets, SealedGuestData } from '@tablekeeper/domain';
import type { PrismaClient } from './prisma-client.factory';
import { ERASED_GUEST_NAME, openWith, sealWith } from './guest-data-seal';
import type {
  NewWaitlistEntry,
  SealedWaitlistEntry,
  WaitlistChange,
  WaitlistGuestSecrets,
} from './waitlist.repository';

export const isSealedEntry = (entry: NewWaitlistEntry | SealedWaitlistEntry): entry is SealedWaitlistEntry =>
  'sealedGuest' in entry && entry.sealedGuest !== undefined;

export class WaitlistDataKeyRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** The entry's key, made on its first use (a retry gets the existing one). */
  async keyFor(entryId: string): Promise<Buffer> {
    const fresh = randomBytes(32).toString('base64');
    const rows = await this.prisma.$queryRaw<{ key: string }[]>`
      INSERT INTO waitlist_data_keys (entry_id, key) VALUES (${entryId}::uuid, ${fresh})
      ON CONFLICT (entry_id) DO UPDATE SET entry_id = EXCLUDED.entry_id
      RETURNING key`;
    return Buffer.from(rows[0].key, 'base64');
  }

  /** The gateway's side: the join's guest and notes sealed, bound to the entry's id. */
  async seal(entry: NewWaitlistEntry): Promise<SealedWaitlistEntry> {
    const { guest, notes, ...rest } = entry;
    const secrets: WaitlistGuestSecrets = { guest, ...(notes === undefined ? {} : { notes }) };
    return { ...rest, sealedGuest: sealWith(await this.keyFor(entry.id), entry.id, secrets) };
  }

  /** A leave's free-text reason sealed with the entry's key; no reason: nothing to seal. */
  async sealReason(entryId: string, reason: string | undefined): Promise<SealedGuestData | undefined> {
    if (reason === undefined) return undefined;
    const secrets: ReasonSecrets = { reason };
    return sealWith(await this.keyFor(entryId), entryId, secrets);
  }

  /** The change as the repository applies it: a sealed reason opened (dropped once erased). */
  async openChange(change: WaitlistChange): Promise<WaitlistChange> {
    if (!change.sealedReason) return change;
    const { sealedReason, ...rest } = change;
    const key = await this.keyOf(change.entryId);
    if (!key) return rest;
    return { ...rest, reason: openWith<ReasonSecrets>(key, change.entryId, sealedReason).reason };
  }

  private async keyOf(entryId: string): Promise<Buffer | null> {
    const rows = await this.prisma.$queryRaw<{ key: string }[]>`
      SELECT key FROM waitlist_data_keys WHERE entry_id = ${entryId}::uuid`;
    return rows[0] ? Buffer.from(rows[0].key, 'base64') : null;
  }

  /**
   * The worker's side: a sealed entry opened with its key; a plain one (a workflow started before
   * sealing) as it is. Erased before this (retried) step ran: the entry is written anonymous.
   */
  async open(entry: NewWaitlistEntry | SealedWaitlistEntry): Promise<NewWaitlistEntry> {
    if (!isSealedEntry(entry)) return entry;
    const { sealedGuest, ...rest } = entry;
    const key = await this.keyOf(entry.id);
    if (!key) return { ...rest, guest: { name: ERASED_GUEST_NAME } };
    const secrets = openWith<WaitlistGuestSecrets>(key, entry.id, sealedGuest);
    return { ...rest, ...secrets };
  }
}
