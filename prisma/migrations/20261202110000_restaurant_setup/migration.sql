-- Restaurant setup as a product feature (issue 15): booking policy with sensible defaults, contact
-- and channels, last seating, exceptions to the opening hours, table blocks, the manager role and
-- the audit log of every setup change.

-- AlterEnum: managers change setup and staff; they come before ops in the order of power.
ALTER TYPE "StaffRole" ADD VALUE IF NOT EXISTS 'manager' BEFORE 'ops';

-- AlterTable
ALTER TABLE "restaurants"
    ADD COLUMN "booking_window_days" INTEGER NOT NULL DEFAULT 90,
    ADD COLUMN "min_notice_minutes" INTEGER NOT NULL DEFAULT 15,
    ADD COLUMN "off_grid_starts_allowed" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "cancellation_cutoff_minutes" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "cancellation_policy" TEXT,
    ADD COLUMN "duration_by_party_size" JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN "booking_channels" "Channel"[] DEFAULT ARRAY['api', 'voice', 'whatsapp', 'web_widget', 'chat', 'partner', 'admin']::"Channel"[],
    ADD COLUMN "contact_phone" TEXT,
    ADD COLUMN "contact_email" TEXT,
    ADD COLUMN "address" TEXT,
    ADD COLUMN "website" TEXT;

-- AlterTable
ALTER TABLE "service_periods" ADD COLUMN "last_seating_at" INTEGER;

-- CreateTable
CREATE TABLE "restaurant_exceptions" (
    "id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "closed" BOOLEAN NOT NULL,
    "reason" TEXT,
    "periods" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "restaurant_exceptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "table_blocks" (
    "id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "table_id" UUID,
    "zone_id" UUID,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "table_blocks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "setup_changes" (
    "id" BIGSERIAL NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "setup_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "restaurant_exceptions_restaurant_id_starts_on_idx" ON "restaurant_exceptions"("restaurant_id", "starts_on");

-- CreateIndex
CREATE INDEX "table_blocks_restaurant_id_starts_at_idx" ON "table_blocks"("restaurant_id", "starts_at");

-- CreateIndex
CREATE INDEX "table_blocks_table_id_idx" ON "table_blocks"("table_id");

-- CreateIndex
CREATE INDEX "table_blocks_zone_id_idx" ON "table_blocks"("zone_id");

-- CreateIndex
CREATE INDEX "setup_changes_restaurant_id_id_idx" ON "setup_changes"("restaurant_id", "id");

-- AddForeignKey
ALTER TABLE "restaurant_exceptions" ADD CONSTRAINT "restaurant_exceptions_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "table_blocks" ADD CONSTRAINT "table_blocks_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "table_blocks" ADD CONSTRAINT "table_blocks_table_id_fkey" FOREIGN KEY ("table_id") REFERENCES "dining_tables"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "table_blocks" ADD CONSTRAINT "table_blocks_zone_id_fkey" FOREIGN KEY ("zone_id") REFERENCES "zones"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "setup_changes" ADD CONSTRAINT "setup_changes_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- What Prisma's schema language cannot express: the setup's own invariants, so no writer (the
-- API, the import, a hand-written script) can leave a restaurant in a state the engine misreads.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "restaurants" ADD CONSTRAINT "restaurants_booking_policy" CHECK (
    "booking_window_days" BETWEEN 1 AND 730 AND "min_notice_minutes" >= 0
    AND "cancellation_cutoff_minutes" >= 0 AND jsonb_typeof("duration_by_party_size") = 'array');

ALTER TABLE "service_periods" ADD CONSTRAINT "service_periods_last_seating" CHECK (
    "last_seating_at" IS NULL OR ("last_seating_at" >= "opens_at" AND "last_seating_at" < "closes_at"));

ALTER TABLE "restaurant_exceptions" ADD CONSTRAINT "restaurant_exceptions_range" CHECK ("ends_on" >= "starts_on");
ALTER TABLE "restaurant_exceptions" ADD CONSTRAINT "restaurant_exceptions_periods" CHECK (jsonb_typeof("periods") = 'array');
-- One exception per date: two that overlap would leave the day's hours ambiguous.
ALTER TABLE "restaurant_exceptions" ADD CONSTRAINT "restaurant_exceptions_no_overlap"
    EXCLUDE USING gist ("restaurant_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&);

ALTER TABLE "table_blocks" ADD CONSTRAINT "table_blocks_time_order" CHECK ("ends_at" > "starts_at");
-- A block takes one table or one whole zone out of service, never both or neither.
ALTER TABLE "table_blocks" ADD CONSTRAINT "table_blocks_target" CHECK (("table_id" IS NULL) <> ("zone_id" IS NULL));
