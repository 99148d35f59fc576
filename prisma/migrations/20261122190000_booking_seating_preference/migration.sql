-- AlterTable
ALTER TABLE "bookings" ADD COLUMN "seating_preference" TEXT;
