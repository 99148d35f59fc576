-- Issue 16: changing a booking without losing it, staff no-shows and their undo, cancellation
-- reason codes.

-- How long after a no-show staff may still undo it (the guest turned up late, a wrong tap).
ALTER TABLE "restaurants" ADD COLUMN "undo_no_show_window_seconds" INTEGER NOT NULL DEFAULT 7200;
ALTER TABLE "restaurants" ADD CONSTRAINT "restaurants_undo_no_show_window" CHECK ("undo_no_show_window_seconds" >= 0);

-- Why a booking was cancelled, from the catalog the API documents; free text stays in close_reason.
ALTER TABLE "bookings" ADD COLUMN "close_reason_code" TEXT;
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_close_reason_code" CHECK (
    "close_reason_code" IS NULL
    OR "close_reason_code" IN ('guest_request', 'restaurant_closed', 'duplicate', 'no_payment', 'other'));

-- CreateTable
CREATE TABLE "booking_modifications" (
    "id" UUID NOT NULL,
    "booking_id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "party_size" INTEGER NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "pacing_slot_start" TIMESTAMPTZ(3) NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "review_reason" TEXT NOT NULL,
    "requested_by" TEXT NOT NULL,
    "decided_by" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "booking_modifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "booking_modifications_booking_id_idx" ON "booking_modifications"("booking_id");

-- CreateIndex
CREATE INDEX "booking_modifications_restaurant_id_pacing_slot_start_idx" ON "booking_modifications"("restaurant_id", "pacing_slot_start");

-- AddForeignKey
ALTER TABLE "booking_modifications" ADD CONSTRAINT "booking_modifications_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking_modifications" ADD CONSTRAINT "booking_modifications_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The tables a change under review holds; null for the booking's own tables.
ALTER TABLE "table_assignments" ADD COLUMN "modification_id" UUID;

-- AddForeignKey
ALTER TABLE "table_assignments" ADD CONSTRAINT "table_assignments_modification_id_fkey" FOREIGN KEY ("modification_id") REFERENCES "booking_modifications"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "table_assignments_modification_id_idx" ON "table_assignments"("modification_id");

ALTER TABLE "booking_modifications" ADD CONSTRAINT "booking_modifications_status" CHECK ("status" IN ('pending', 'applied', 'rejected', 'withdrawn'));
ALTER TABLE "booking_modifications" ADD CONSTRAINT "booking_modifications_time_order" CHECK ("ends_at" > "starts_at");
-- At most one change of a booking waits for staff at a time.
CREATE UNIQUE INDEX "booking_modifications_one_pending" ON "booking_modifications"("booking_id") WHERE "status" = 'pending';
