-- Issue 19: the waitlist. One table for both kinds of entry (walk-ins at the door, wishes for a
-- future window); an entry's offer is a real hold (a held booking), so the exclusion constraint
-- and pacing cover offers as they cover bookings.
CREATE TYPE "WaitlistKind" AS ENUM ('walk_in', 'wish');
CREATE TYPE "WaitlistStatus" AS ENUM ('waiting', 'offered', 'booked', 'expired', 'cancelled', 'removed');

ALTER TABLE "restaurants" ADD COLUMN "waitlist_offer_window_seconds" INTEGER NOT NULL DEFAULT 900;

-- A waitlist entry's events are of no booking; the relay reads their restaurantId from the payload.
ALTER TABLE "outbox_events" ALTER COLUMN "booking_id" DROP NOT NULL;

CREATE TABLE "waitlist_entries" (
    "id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "kind" "WaitlistKind" NOT NULL,
    "status" "WaitlistStatus" NOT NULL,
    "party_size" INTEGER NOT NULL,
    "window_from" TIMESTAMPTZ(3) NOT NULL,
    "window_to" TIMESTAMPTZ(3) NOT NULL,
    "guest_name" TEXT NOT NULL,
    "guest_phone" TEXT,
    "guest_email" TEXT,
    "notes" TEXT,
    "channel" "Channel" NOT NULL,
    "api_key_id" UUID,
    "idempotency_key" TEXT NOT NULL,
    "request_fingerprint" TEXT NOT NULL,
    "workflow_id" TEXT NOT NULL,
    "created_order" BIGSERIAL NOT NULL,
    "offer_workflow_id" TEXT,
    "hold_booking_id" UUID,
    "offer_expires_at" TIMESTAMPTZ(3),
    "offers_made" INTEGER NOT NULL DEFAULT 0,
    "booking_id" UUID,
    "quoted_at" TIMESTAMPTZ(3),
    "close_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "waitlist_entries_pkey" PRIMARY KEY ("id"),
    -- Backstops of the engine's own rules: a window runs forwards, an offer has its hold and expiry.
    CONSTRAINT "waitlist_entries_window_check" CHECK ("window_to" >= "window_from"),
    CONSTRAINT "waitlist_entries_offer_check" CHECK (
      "status" <> 'offered' OR ("hold_booking_id" IS NOT NULL AND "offer_expires_at" IS NOT NULL))
);

CREATE UNIQUE INDEX "waitlist_entries_workflow_id_key" ON "waitlist_entries"("workflow_id");
CREATE UNIQUE INDEX "waitlist_entries_api_key_id_idempotency_key_key" ON "waitlist_entries"("api_key_id", "idempotency_key");
CREATE INDEX "waitlist_entries_restaurant_id_status_created_order_idx" ON "waitlist_entries"("restaurant_id", "status", "created_order");
-- One hold is never the offer of two entries.
CREATE UNIQUE INDEX "waitlist_entries_hold_booking_id_unique" ON "waitlist_entries"("hold_booking_id") WHERE "hold_booking_id" IS NOT NULL;

ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
