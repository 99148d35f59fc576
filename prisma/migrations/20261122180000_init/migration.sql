-- Tablekeeper initial schema. The first part is what `prisma migrate dev` generates for
-- prisma/schema.prisma; the last part adds the invariants Prisma cannot express.

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('held', 'capacity_verified', 'assigned', 'confirmed', 'manual_review', 'rejected', 'expired', 'cancelled', 'checked_in', 'completed', 'no_show');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('api', 'voice', 'whatsapp', 'web_widget', 'chat', 'partner', 'admin');

-- CreateTable
CREATE TABLE "restaurants" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "timezone" TEXT NOT NULL,
    "default_duration_seconds" INTEGER NOT NULL DEFAULT 5400,
    "auto_confirm_max_party_size" INTEGER NOT NULL DEFAULT 8,
    "min_party_size" INTEGER NOT NULL DEFAULT 1,
    "max_party_size" INTEGER NOT NULL DEFAULT 20,
    "hold_ttl_seconds" INTEGER NOT NULL DEFAULT 300,
    "reminder_lead_seconds" INTEGER[] DEFAULT ARRAY[86400, 7200]::INTEGER[],
    "no_show_grace_seconds" INTEGER NOT NULL DEFAULT 900,
    "manual_review_timeout_seconds" INTEGER NOT NULL DEFAULT 86400,
    "slot_interval_minutes" INTEGER NOT NULL DEFAULT 15,
    "must_end_by_close" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "restaurants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "zones" (
    "id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "zones_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dining_tables" (
    "id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "zone_id" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "min_covers" INTEGER NOT NULL,
    "max_covers" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dining_tables_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "table_combinations" (
    "table_id" UUID NOT NULL,
    "partner_table_id" UUID NOT NULL,

    CONSTRAINT "table_combinations_pkey" PRIMARY KEY ("table_id","partner_table_id")
);

-- CreateTable
CREATE TABLE "service_periods" (
    "id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "day_of_week" INTEGER NOT NULL,
    "opens_at" INTEGER NOT NULL,
    "closes_at" INTEGER NOT NULL,

    CONSTRAINT "service_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "capacity_rules" (
    "id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "service_period_id" UUID,
    "interval_minutes" INTEGER NOT NULL,
    "max_covers" INTEGER NOT NULL,
    "max_parties" INTEGER NOT NULL,

    CONSTRAINT "capacity_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "guests" (
    "id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "guests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bookings" (
    "id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "guest_id" UUID NOT NULL,
    "api_key_id" UUID,
    "status" "BookingStatus" NOT NULL,
    "party_size" INTEGER NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "pacing_slot_start" TIMESTAMPTZ(3) NOT NULL,
    "hold_expires_at" TIMESTAMPTZ(3),
    "channel" "Channel" NOT NULL,
    "notes" TEXT,
    "idempotency_key" TEXT NOT NULL,
    "request_fingerprint" TEXT NOT NULL,
    "workflow_id" TEXT NOT NULL,
    "review_reason" TEXT,
    "close_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "bookings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "booking_events" (
    "id" BIGSERIAL NOT NULL,
    "booking_id" UUID NOT NULL,
    "from_status" "BookingStatus",
    "to_status" "BookingStatus" NOT NULL,
    "actor" TEXT NOT NULL,
    "reason" TEXT,
    "data" JSONB,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "booking_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "table_assignments" (
    "id" UUID NOT NULL,
    "booking_id" UUID NOT NULL,
    "table_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'held',
    "released_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "table_assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_keys" (
    "id" UUID NOT NULL,
    "prefix" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "channel" "Channel" NOT NULL DEFAULT 'api',
    "scopes" TEXT[],
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_key_restaurants" (
    "api_key_id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,

    CONSTRAINT "api_key_restaurants_pkey" PRIMARY KEY ("api_key_id","restaurant_id")
);

-- CreateTable
CREATE TABLE "outbox_events" (
    "id" BIGSERIAL NOT NULL,
    "booking_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "restaurants_slug_key" ON "restaurants"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "zones_restaurant_id_name_key" ON "zones"("restaurant_id", "name");

-- CreateIndex
CREATE INDEX "dining_tables_zone_id_idx" ON "dining_tables"("zone_id");

-- CreateIndex
CREATE UNIQUE INDEX "dining_tables_restaurant_id_label_key" ON "dining_tables"("restaurant_id", "label");

-- CreateIndex
CREATE INDEX "table_combinations_partner_table_id_idx" ON "table_combinations"("partner_table_id");

-- CreateIndex
CREATE INDEX "service_periods_restaurant_id_day_of_week_idx" ON "service_periods"("restaurant_id", "day_of_week");

-- CreateIndex
CREATE INDEX "capacity_rules_restaurant_id_idx" ON "capacity_rules"("restaurant_id");

-- CreateIndex
CREATE INDEX "guests_restaurant_id_phone_idx" ON "guests"("restaurant_id", "phone");

-- CreateIndex
CREATE UNIQUE INDEX "bookings_workflow_id_key" ON "bookings"("workflow_id");

-- CreateIndex
CREATE INDEX "bookings_restaurant_id_starts_at_idx" ON "bookings"("restaurant_id", "starts_at");

-- CreateIndex
CREATE INDEX "bookings_restaurant_id_pacing_slot_start_idx" ON "bookings"("restaurant_id", "pacing_slot_start");

-- CreateIndex
CREATE INDEX "bookings_status_idx" ON "bookings"("status");

-- CreateIndex
CREATE UNIQUE INDEX "bookings_api_key_id_idempotency_key_key" ON "bookings"("api_key_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "booking_events_booking_id_id_idx" ON "booking_events"("booking_id", "id");

-- CreateIndex
CREATE INDEX "table_assignments_booking_id_idx" ON "table_assignments"("booking_id");

-- CreateIndex
CREATE INDEX "table_assignments_table_id_starts_at_idx" ON "table_assignments"("table_id", "starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_prefix_key" ON "api_keys"("prefix");

-- CreateIndex
CREATE INDEX "api_key_restaurants_restaurant_id_idx" ON "api_key_restaurants"("restaurant_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_events_dedupe_key_key" ON "outbox_events"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbox_events_published_at_id_idx" ON "outbox_events"("published_at", "id");

-- AddForeignKey
ALTER TABLE "zones" ADD CONSTRAINT "zones_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dining_tables" ADD CONSTRAINT "dining_tables_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dining_tables" ADD CONSTRAINT "dining_tables_zone_id_fkey" FOREIGN KEY ("zone_id") REFERENCES "zones"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "table_combinations" ADD CONSTRAINT "table_combinations_table_id_fkey" FOREIGN KEY ("table_id") REFERENCES "dining_tables"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "table_combinations" ADD CONSTRAINT "table_combinations_partner_table_id_fkey" FOREIGN KEY ("partner_table_id") REFERENCES "dining_tables"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_periods" ADD CONSTRAINT "service_periods_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "capacity_rules" ADD CONSTRAINT "capacity_rules_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "capacity_rules" ADD CONSTRAINT "capacity_rules_service_period_id_fkey" FOREIGN KEY ("service_period_id") REFERENCES "service_periods"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guests" ADD CONSTRAINT "guests_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_guest_id_fkey" FOREIGN KEY ("guest_id") REFERENCES "guests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_api_key_id_fkey" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking_events" ADD CONSTRAINT "booking_events_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "table_assignments" ADD CONSTRAINT "table_assignments_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "table_assignments" ADD CONSTRAINT "table_assignments_table_id_fkey" FOREIGN KEY ("table_id") REFERENCES "dining_tables"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_key_restaurants" ADD CONSTRAINT "api_key_restaurants_api_key_id_fkey" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_key_restaurants" ADD CONSTRAINT "api_key_restaurants_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox_events" ADD CONSTRAINT "outbox_events_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Invariants Prisma's schema language cannot express. Postgres, not application code, is what
-- stands between two concurrent requests and a double booking.
-- ---------------------------------------------------------------------------------------------

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Invariant 2: one table is never held or assigned to two bookings whose times overlap.
ALTER TABLE "table_assignments" ADD CONSTRAINT "table_assignments_no_overlap"
    EXCLUDE USING gist ("table_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
    WHERE ("released_at" IS NULL);

ALTER TABLE "table_assignments" ADD CONSTRAINT "table_assignments_time_order" CHECK ("ends_at" > "starts_at");
ALTER TABLE "table_assignments" ADD CONSTRAINT "table_assignments_kind" CHECK ("kind" IN ('held', 'assigned'));
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_time_order" CHECK ("ends_at" > "starts_at");
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_party_size_positive" CHECK ("party_size" > 0);
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_version_positive" CHECK ("version" > 0);
ALTER TABLE "dining_tables" ADD CONSTRAINT "dining_tables_covers" CHECK ("min_covers" >= 1 AND "max_covers" >= "min_covers");
ALTER TABLE "service_periods" ADD CONSTRAINT "service_periods_day" CHECK ("day_of_week" BETWEEN 1 AND 7);
ALTER TABLE "service_periods" ADD CONSTRAINT "service_periods_hours" CHECK ("opens_at" >= 0 AND "closes_at" <= 1440 AND "closes_at" > "opens_at");
ALTER TABLE "capacity_rules" ADD CONSTRAINT "capacity_rules_limits" CHECK ("interval_minutes" > 0 AND "max_covers" > 0 AND "max_parties" > 0);
ALTER TABLE "table_combinations" ADD CONSTRAINT "table_combinations_distinct" CHECK ("table_id" <> "partner_table_id");
ALTER TABLE "restaurants" ADD CONSTRAINT "restaurants_policy" CHECK (
    "default_duration_seconds" > 0 AND "hold_ttl_seconds" > 0 AND "no_show_grace_seconds" >= 0
    AND "manual_review_timeout_seconds" > 0 AND "slot_interval_minutes" > 0
    AND "min_party_size" >= 1 AND "max_party_size" >= "min_party_size"
    AND "auto_confirm_max_party_size" >= 0);

-- Invariant 4: the event history is append-only.
CREATE FUNCTION "booking_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'booking_events is append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "booking_events_no_update_or_delete"
    BEFORE UPDATE OR DELETE ON "booking_events"
    FOR EACH ROW EXECUTE FUNCTION "booking_events_append_only"();

-- Live holds and assignments of a time window are what the hold transaction reads.
CREATE INDEX "table_assignments_live_idx" ON "table_assignments"("table_id", "starts_at", "ends_at") WHERE "released_at" IS NULL;
