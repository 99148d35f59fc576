-- Which booking made a guest: "recognised" is then exact for concurrent first bookings, whose
-- transactions' creation times need not follow the order in which they took the lock.
ALTER TABLE "guests" ADD COLUMN "first_booking_id" UUID;
