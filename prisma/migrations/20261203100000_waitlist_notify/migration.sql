-- Issue 19, the walk-in queue: staff's "notify" (text the guest their table is ready) is recorded on
-- the entry, how many times and the last, beside the waitlist.notified event in the outbox.
ALTER TABLE "waitlist_entries" ADD COLUMN "notified_at" TIMESTAMPTZ(3);
ALTER TABLE "waitlist_entries" ADD COLUMN "notifications" INTEGER NOT NULL DEFAULT 0;
