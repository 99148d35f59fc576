-- Issue 18, admin UI: a delivery's attempts over every round. `attempts` restarts at 0 when staff
-- send a message again (it indexes the retry schedule); the admin screen shows this count so a
-- "send again" is visible as one more attempt.
ALTER TABLE "webhook_deliveries" ADD COLUMN "total_attempts" INTEGER NOT NULL DEFAULT 0;
UPDATE "webhook_deliveries" SET "total_attempts" = "attempts";
