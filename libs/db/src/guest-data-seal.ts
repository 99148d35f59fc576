/**
 * The guest's data inside Temporal payloads, sealed with its booking's own AES-256-GCM key
 * (booking_data_keys). The gateway seals before a workflow hears of it; the activities open it in
 * their transaction; erasing the guest deletes the key, so a history keeps only ciphertext nobody
 * can open (README "Guests" → GDPR). The outer payload codec still encrypts everything with the
 * deployment's key; this inner layer is the one erasure destroys.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type {
  ActorRef,
  BookingChangeSecrets,
  BookingChanges,
  BookingGuestSecrets,
  BookingRequest,
  BookingSnapshot,
  ReasonSecrets,
  SealedBookingRequest,
  SealedGuestData,
} from '@tablekeeper/domain';
import type { PrismaClient, Tx } from './prisma-client.factory';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What an erased guest's request opens to: the booking exists already, its guest row is anonymous. */
export const ERASED_GUEST_NAME = 'Erased guest';

export function sealWith(key: Buffer, bookingId: string, secrets: object): SealedGuestData {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  // Bound to its booking: a sealed blob copied into another booking's input does not open.
  cipher.setAAD(Buffer.from(bookingId, 'utf8'));
  const plain = Buffer.from(JSON.stringify(secrets), 'utf8');
  const data = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return { v: 1, data: data.toString('base64') };
}

export function openWith<T>(key: Buffer, bookingId: string, sealed: SealedGuestData): T {
  const data = Buffer.from(sealed.data, 'base64');
  const decipher = createDecipheriv(ALGORITHM, key, data.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(bookingId, 'utf8'));
  decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
  const plain = Buffer.concat([
    decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)),
    decipher.final(),
  ]);
  return JSON.parse(plain.toString('utf8')) as T;
}

export const isSealedRequest = (req: BookingRequest | SealedBookingRequest): req is SealedBookingRequest =>
  'sealedGuest' in req && req.sealedGuest !== undefined;

async function keyOf(db: Tx | PrismaClient, bookingId: string): Promise<Buffer | null> {
  const rows = await db.$queryRaw<{ key: string }[]>`
    SELECT key FROM booking_data_keys WHERE booking_id = ${bookingId}::uuid`;
  return rows[0] ? Buffer.from(rows[0].key, 'base64') : null;
}

/**
 * A request as the repositories use it; a sealed one opened with its booking's key, which the hold
 * reads beside the floor (one round trip less). A null key: the guest was erased before this
 * (retried) step ran, so nothing of theirs is opened or written.
 */
export function openBookingRequestWith(
  key: Buffer | null,
  req: BookingRequest | SealedBookingRequest,
): BookingRequest {
  if (!isSealedRequest(req)) return req;
  const { sealedGuest, ...rest } = req;
  if (!key) return { ...rest, guest: { name: ERASED_GUEST_NAME } };
  const secrets = openWith<BookingGuestSecrets>(key, req.bookingId, sealedGuest);
  return { ...rest, ...secrets };
}

/** A change as the repository applies it; sealed notes and guest contact opened with the key. */
export async function openBookingChanges(
  tx: Tx,
  bookingId: string,
  changes: BookingChanges,
): Promise<BookingChanges> {
  if (!changes.sealed) return changes;
  const { sealed, ...rest } = changes;
  const key = await keyOf(tx, bookingId);
  if (!key) return rest;
  return { ...rest, ...openWith<BookingChangeSecrets>(key, bookingId, sealed) };
}

/**
 * The worker's side of a command's free-text reason: the activity opens a sealed reason before it
 * writes it to Postgres, and seals the booking's close reason in every snapshot it answers the
 * workflow with, so neither stays readable in the history once erasure has deleted the key.
 */
export class BookingHistorySeal {
  constructor(private readonly prisma: PrismaClient) {}

  /** A sealed reason opened with the booking's key; undefined once the guest was erased. */
  async openReason(bookingId: string, sealed: SealedGuestData): Promise<string | undefined> {
    const key = await keyOf(this.prisma, bookingId);
    // Erased before this (retried) step ran: the reason went with the guest's data.
    if (!key) return undefined;
    return openWith<ReasonSecrets>(key, bookingId, sealed).reason;
  }

  /**
   * The snapshot as the workflow may keep it: its close reason sealed with the booking's key. A
   * booking without a key (placed plain, by the CLI or a test) keeps its reason as it came.
   */
  async forHistory(snapshot: BookingSnapshot): Promise<BookingSnapshot> {
    if (snapshot.closeReason === null) return snapshot;
    const key = await keyOf(this.prisma, snapshot.id);
    if (!key) return snapshot;
    const secrets: ReasonSecrets = { reason: snapshot.closeReason };
    return { ...snapshot, closeReason: null, sealedCloseReason: sealWith(key, snapshot.id, secrets) };
  }
}

/**
 * The gateway's side: the booking's key (made on its first use, one small insert that answers the
 * existing key to a retry) and the sealing of a request and a change before they reach Temporal.
 */
export class BookingDataKeyRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async keyFor(bookingId: string): Promise<Buffer> {
    const fresh = randomBytes(32).toString('base64');
    const rows = await this.prisma.$queryRaw<{ key: string }[]>`
      INSERT INTO booking_data_keys (booking_id, key) VALUES (${bookingId}::uuid, ${fresh})
      ON CONFLICT (booking_id) DO UPDATE SET booking_id = EXCLUDED.booking_id
      RETURNING key`;
    return Buffer.from(rows[0].key, 'base64');
  }

  async sealRequest(req: BookingRequest): Promise<SealedBookingRequest> {
    const { guest, notes, guestProfile, ...rest } = req;
    const secrets: BookingGuestSecrets = {
      guest,
      ...(notes === undefined ? {} : { notes }),
      ...(guestProfile === undefined ? {} : { guestProfile }),
    };
    return { ...rest, sealedGuest: sealWith(await this.keyFor(req.bookingId), req.bookingId, secrets) };
  }

  /** A change with guest data (notes, contact) sealed; a change without any goes as it is. */
  async sealChanges(bookingId: string, changes: BookingChanges): Promise<BookingChanges> {
    const { notes, guest, ...rest } = changes;
    if (notes === undefined && guest === undefined) return changes;
    const secrets: BookingChangeSecrets = {
      ...(notes === undefined ? {} : { notes }),
      ...(guest === undefined ? {} : { guest }),
    };
    return { ...rest, sealed: sealWith(await this.keyFor(bookingId), bookingId, secrets) };
  }

  /** A command with its free-text reason sealed; a command without one goes as it is. */
  async sealReason<A extends ActorRef>(bookingId: string, args: A): Promise<A> {
    const { reason, ...rest } = args;
    if (reason === undefined) return args;
    const secrets: ReasonSecrets = { reason };
    return { ...rest, sealedReason: sealWith(await this.keyFor(bookingId), bookingId, secrets) } as A;
  }

  /**
   * A snapshot from Temporal as its readers see it: a sealed close reason opened with the key
   * (null once the guest was erased), so callers of the API hear the reason as they gave it.
   */
  async openSnapshot(snapshot: BookingSnapshot): Promise<BookingSnapshot> {
    if (!snapshot.sealedCloseReason) return snapshot;
    const { sealedCloseReason, ...rest } = snapshot;
    const key = await keyOf(this.prisma, snapshot.id);
    const closeReason = key ? openWith<ReasonSecrets>(key, snapshot.id, sealedCloseReason).reason : null;
    return { ...rest, closeReason };
  }
}
