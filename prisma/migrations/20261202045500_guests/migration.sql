-- Guests become one row per restaurant and person (issue 17): identity columns, CRM profile,
-- notes with versions, consent history, conflicts, merges, erasure receipts and the per-booking
-- keys that seal guest data in Temporal payloads. Existing guests are deduplicated below.

ALTER TABLE "restaurants" ADD COLUMN "country" TEXT;

ALTER TABLE "guests"
    ADD COLUMN "phone_e164" TEXT,
    ADD COLUMN "email_normalized" TEXT,
    ADD COLUMN "language" TEXT,
    ADD COLUMN "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    ADD COLUMN "allergens" TEXT[] DEFAULT ARRAY[]::TEXT[],
    ADD COLUMN "dietary_notes" TEXT,
    ADD COLUMN "marketing_consent" BOOLEAN,
    ADD COLUMN "marketing_consent_at" TIMESTAMPTZ(3),
    ADD COLUMN "marketing_consent_source" TEXT,
    ADD COLUMN "erased_at" TIMESTAMPTZ(3),
    ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

CREATE TABLE "guest_notes" (
    "id" BIGSERIAL NOT NULL,
    "note_id" UUID NOT NULL,
    "guest_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "guest_notes_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "guest_consent_events" (
    "id" BIGSERIAL NOT NULL,
    "guest_id" UUID NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "source" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "guest_consent_events_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "guest_conflicts" (
    "id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "guest_id" UUID NOT NULL,
    "other_guest_id" UUID NOT NULL,
    "booking_id" UUID,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by" TEXT,
    CONSTRAINT "guest_conflicts_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "guest_merges" (
    "id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "survivor_id" UUID NOT NULL,
    "merged_guest_id" UUID NOT NULL,
    "moved_bookings" INTEGER NOT NULL,
    "moved_notes" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "guest_merges_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "guest_erasures" (
    "id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "guest_id" UUID NOT NULL,
    "actor" TEXT NOT NULL,
    "removed" JSONB NOT NULL,
    "in_progress_bookings" UUID[],
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "guest_erasures_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "booking_data_keys" (
    "booking_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "booking_data_keys_pkey" PRIMARY KEY ("booking_id")
);

CREATE INDEX "guests_restaurant_id_name_idx" ON "guests"("restaurant_id", "name");
CREATE UNIQUE INDEX "guest_notes_note_id_version_key" ON "guest_notes"("note_id", "version");
CREATE INDEX "guest_notes_guest_id_idx" ON "guest_notes"("guest_id");
CREATE INDEX "guest_consent_events_guest_id_idx" ON "guest_consent_events"("guest_id");
CREATE INDEX "guest_conflicts_restaurant_id_resolved_at_idx" ON "guest_conflicts"("restaurant_id", "resolved_at");
CREATE INDEX "guest_conflicts_guest_id_idx" ON "guest_conflicts"("guest_id");
CREATE INDEX "guest_conflicts_other_guest_id_idx" ON "guest_conflicts"("other_guest_id");
CREATE INDEX "guest_merges_restaurant_id_at_idx" ON "guest_merges"("restaurant_id", "at");
CREATE INDEX "guest_merges_survivor_id_idx" ON "guest_merges"("survivor_id");
CREATE INDEX "guest_erasures_restaurant_id_at_idx" ON "guest_erasures"("restaurant_id", "at");

ALTER TABLE "guest_notes" ADD CONSTRAINT "guest_notes_guest_id_fkey" FOREIGN KEY ("guest_id") REFERENCES "guests"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "guest_consent_events" ADD CONSTRAINT "guest_consent_events_guest_id_fkey" FOREIGN KEY ("guest_id") REFERENCES "guests"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "guest_conflicts" ADD CONSTRAINT "guest_conflicts_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "guest_conflicts" ADD CONSTRAINT "guest_conflicts_guest_id_fkey" FOREIGN KEY ("guest_id") REFERENCES "guests"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "guest_conflicts" ADD CONSTRAINT "guest_conflicts_other_guest_id_fkey" FOREIGN KEY ("other_guest_id") REFERENCES "guests"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "guest_merges" ADD CONSTRAINT "guest_merges_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "guest_erasures" ADD CONSTRAINT "guest_erasures_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── Backfill: the restaurant's country from its timezone (staff can change it) ─────────────────
UPDATE "restaurants" SET "country" = CASE "timezone"
    WHEN 'Europe/London' THEN 'GB' WHEN 'Europe/Dublin' THEN 'IE' WHEN 'Europe/Berlin' THEN 'DE'
    WHEN 'Europe/Paris' THEN 'FR' WHEN 'Europe/Amsterdam' THEN 'NL' WHEN 'Europe/Brussels' THEN 'BE'
    WHEN 'Europe/Vienna' THEN 'AT' WHEN 'Europe/Zurich' THEN 'CH' WHEN 'Europe/Madrid' THEN 'ES'
    WHEN 'Europe/Rome' THEN 'IT' WHEN 'Europe/Lisbon' THEN 'PT' WHEN 'Europe/Stockholm' THEN 'SE'
    WHEN 'Europe/Copenhagen' THEN 'DK' WHEN 'Europe/Oslo' THEN 'NO' WHEN 'Europe/Helsinki' THEN 'FI'
    WHEN 'Europe/Warsaw' THEN 'PL' WHEN 'Europe/Prague' THEN 'CZ' WHEN 'America/New_York' THEN 'US'
    WHEN 'America/Chicago' THEN 'US' WHEN 'America/Denver' THEN 'US' WHEN 'America/Los_Angeles' THEN 'US'
    WHEN 'America/Toronto' THEN 'CA' WHEN 'Australia/Sydney' THEN 'AU' WHEN 'Pacific/Auckland' THEN 'NZ'
    ELSE NULL END;

-- ── Backfill: normalised identity of existing guests ───────────────────────────────────────────
-- SQL cannot run libphonenumber: this reads international numbers (+…, 00…) and the national
-- formats of the countries above with a trunk 0 (or NANP's ten digits). New bookings are
-- normalised by libphonenumber-js; a number read differently here meets its twin as a new guest,
-- which staff merge (README "Guests").
UPDATE "guests" SET "email_normalized" = lower(btrim("email")) WHERE "email" LIKE '%@%';
WITH raw AS (
    SELECT g.id, r.country,
           regexp_replace(regexp_replace(g.phone, '\(0\)', '', 'g'), '[^0-9+]', '', 'g') AS d
    FROM "guests" g JOIN "restaurants" r ON r.id = g.restaurant_id
    WHERE g.phone IS NOT NULL
), read AS (
    SELECT id, CASE
        WHEN d ~ '^\+[1-9][0-9]{6,14}$' THEN d
        WHEN d ~ '^00[1-9][0-9]{6,14}$' THEN '+' || substr(d, 3)
        WHEN country IN ('US', 'CA') AND d ~ '^[2-9][0-9]{9}$' THEN '+1' || d
        WHEN country IN ('US', 'CA') AND d ~ '^1[2-9][0-9]{9}$' THEN '+' || d
        WHEN d ~ '^0[1-9][0-9]{5,13}$' THEN (CASE country
            WHEN 'GB' THEN '+44' WHEN 'IE' THEN '+353' WHEN 'DE' THEN '+49' WHEN 'FR' THEN '+33'
            WHEN 'NL' THEN '+31' WHEN 'BE' THEN '+32' WHEN 'AT' THEN '+43' WHEN 'CH' THEN '+41'
            WHEN 'SE' THEN '+46' WHEN 'FI' THEN '+358' WHEN 'AU' THEN '+61' WHEN 'NZ' THEN '+64'
            ELSE NULL END) || substr(d, 2)
        ELSE NULL END AS e164
    FROM raw
)
UPDATE "guests" g SET "phone_e164" = read.e164 FROM read WHERE read.id = g.id;

-- ── Deduplicate: one guest per restaurant and phone, then per e-mail ────────────────────────────
-- The earliest guest survives; the others' bookings move to it, it takes contact details it lacks,
-- and each merge is recorded. Guests sharing an e-mail but with two different phones are not
-- merged: the later one keeps its e-mail as written but not as an identity, and the pair is a
-- conflict for staff.
CREATE TEMP TABLE "guest_dedup" ("merged" UUID PRIMARY KEY, "survivor" UUID NOT NULL);

INSERT INTO "guest_dedup"
SELECT id, first_value(id) OVER w FROM "guests" WHERE "phone_e164" IS NOT NULL
WINDOW w AS (PARTITION BY restaurant_id, phone_e164 ORDER BY created_at, id);
DELETE FROM "guest_dedup" WHERE "merged" = "survivor";

UPDATE "guests" s SET
    "email" = COALESCE(s."email", m."email"),
    "email_normalized" = COALESCE(s."email_normalized", m."email_normalized")
FROM (SELECT DISTINCT ON (d."survivor") d."survivor", g."email", g."email_normalized"
      FROM "guest_dedup" d JOIN "guests" g ON g.id = d."merged"
      WHERE g."email_normalized" IS NOT NULL ORDER BY d."survivor", g.created_at) m
WHERE s.id = m."survivor";

INSERT INTO "guest_merges" ("id", "restaurant_id", "survivor_id", "merged_guest_id", "moved_bookings", "moved_notes", "actor")
SELECT gen_random_uuid(), g.restaurant_id, d."survivor", d."merged",
       (SELECT COUNT(*) FROM "bookings" b WHERE b.guest_id = d."merged"), 0, 'system:migration'
FROM "guest_dedup" d JOIN "guests" g ON g.id = d."merged";
UPDATE "bookings" b SET "guest_id" = d."survivor" FROM "guest_dedup" d WHERE b.guest_id = d."merged";
DELETE FROM "guests" g USING "guest_dedup" d WHERE g.id = d."merged";
TRUNCATE "guest_dedup";

-- Same e-mail: merged when at most one of them has a phone.
WITH ranked AS (
    SELECT id, restaurant_id, phone_e164,
           first_value(id) OVER w AS survivor, first_value(phone_e164) OVER w AS survivor_phone
    FROM "guests" WHERE "email_normalized" IS NOT NULL
    WINDOW w AS (PARTITION BY restaurant_id, email_normalized ORDER BY (phone_e164 IS NULL), created_at, id)
)
INSERT INTO "guest_dedup"
SELECT id, survivor FROM ranked
WHERE id <> survivor AND (phone_e164 IS NULL OR survivor_phone IS NULL OR phone_e164 = survivor_phone);

INSERT INTO "guest_merges" ("id", "restaurant_id", "survivor_id", "merged_guest_id", "moved_bookings", "moved_notes", "actor")
SELECT gen_random_uuid(), g.restaurant_id, d."survivor", d."merged",
       (SELECT COUNT(*) FROM "bookings" b WHERE b.guest_id = d."merged"), 0, 'system:migration'
FROM "guest_dedup" d JOIN "guests" g ON g.id = d."merged";
UPDATE "bookings" b SET "guest_id" = d."survivor" FROM "guest_dedup" d WHERE b.guest_id = d."merged";
DELETE FROM "guests" g USING "guest_dedup" d WHERE g.id = d."merged";

WITH ranked AS (
    SELECT id, restaurant_id, first_value(id) OVER w AS survivor
    FROM "guests" WHERE "email_normalized" IS NOT NULL
    WINDOW w AS (PARTITION BY restaurant_id, email_normalized ORDER BY created_at, id)
), conflicted AS (
    INSERT INTO "guest_conflicts" ("id", "restaurant_id", "guest_id", "other_guest_id", "reason")
    SELECT gen_random_uuid(), restaurant_id, id, survivor, 'same_email_different_phone'
    FROM ranked WHERE id <> survivor
    RETURNING "guest_id"
)
UPDATE "guests" g SET "email_normalized" = NULL FROM conflicted c WHERE g.id = c."guest_id";
DROP TABLE "guest_dedup";

-- One guest per restaurant and phone, and per e-mail; erased guests hold neither.
CREATE UNIQUE INDEX "guests_restaurant_phone_identity" ON "guests"("restaurant_id", "phone_e164") WHERE "phone_e164" IS NOT NULL;
CREATE UNIQUE INDEX "guests_restaurant_email_identity" ON "guests"("restaurant_id", "email_normalized") WHERE "email_normalized" IS NOT NULL;

-- ── booking_events stays append-only, but for erasure ──────────────────────────────────────────
-- An erasure (and only a transaction that says it is one) may clear the free text of an event
-- (reason, data) of the erased guest's booking; every other column, and every other change,
-- is still refused.
CREATE OR REPLACE FUNCTION "booking_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND current_setting('tablekeeper.erasing_guest', true) IS NOT NULL
       AND current_setting('tablekeeper.erasing_guest', true) <> ''
       AND EXISTS (SELECT 1 FROM "bookings" b
                   WHERE b.id = OLD.booking_id
                     AND b.guest_id::text = current_setting('tablekeeper.erasing_guest', true))
       AND NEW.id = OLD.id AND NEW.booking_id = OLD.booking_id
       AND NEW.from_status IS NOT DISTINCT FROM OLD.from_status AND NEW.to_status = OLD.to_status
       AND NEW.actor = OLD.actor AND NEW.at = OLD.at THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'booking_events is append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
