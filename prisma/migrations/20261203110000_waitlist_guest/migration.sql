-- Issue 17 for the waitlist: an entry belongs to its guest (matched by identity at join, like a
-- booking), a wish's guest data in its workflow's payloads is sealed with the entry's own key that
-- erasure destroys, and an erasure receipt names the entries still on the list.
ALTER TABLE "waitlist_entries" ADD COLUMN "guest_id" UUID;
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_guest_id_fkey"
    FOREIGN KEY ("guest_id") REFERENCES "guests"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "waitlist_entries_guest_id_idx" ON "waitlist_entries"("guest_id");

CREATE TABLE "waitlist_data_keys" (
    "entry_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "waitlist_data_keys_pkey" PRIMARY KEY ("entry_id")
);

ALTER TABLE "guest_erasures" ADD COLUMN "in_progress_waitlist_entries" UUID[] DEFAULT ARRAY[]::UUID[];

-- ── Backfill: existing entries to the guest of their identity ─────────────────────────────────
-- The booking that an entry became knows its guest; else the e-mail (trimmed, lowercased) or a
-- phone written in international format (+…, 00…) as the guests migration read them. SQL cannot
-- run libphonenumber: a national-format number links at the entry's next booking, or not at all.
UPDATE "waitlist_entries" w SET "guest_id" = b."guest_id"
FROM "bookings" b WHERE b.id = w."booking_id" AND w."guest_id" IS NULL;
WITH read AS (
    SELECT w.id, w.restaurant_id,
           lower(btrim(w.guest_email)) AS email,
           regexp_replace(regexp_replace(w.guest_phone, '\(0\)', '', 'g'), '[^0-9+]', '', 'g') AS d
    FROM "waitlist_entries" w WHERE w."guest_id" IS NULL
), identity AS (
    SELECT id, restaurant_id, email, CASE
        WHEN d ~ '^\+[1-9][0-9]{6,14}$' THEN d
        WHEN d ~ '^00[1-9][0-9]{6,14}$' THEN '+' || substr(d, 3)
        ELSE NULL END AS e164
    FROM read
)
UPDATE "waitlist_entries" w SET "guest_id" = (
    SELECT g.id FROM "guests" g
    WHERE g.restaurant_id = i.restaurant_id
      AND ((i.e164 IS NOT NULL AND g.phone_e164 = i.e164) OR (i.email IS NOT NULL AND g.email_normalized = i.email))
    ORDER BY (g.phone_e164 = i.e164) DESC NULLS LAST, g.created_at LIMIT 1)
FROM identity i WHERE i.id = w.id;
