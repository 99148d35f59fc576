-- AlterTable
ALTER TABLE "api_keys" ADD COLUMN     "reads_per_minute" INTEGER NOT NULL DEFAULT 1200,
ADD COLUMN     "writes_per_minute" INTEGER NOT NULL DEFAULT 300;

-- Budgets must be positive (Prisma cannot express the check).
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_rate_limits" CHECK ("reads_per_minute" > 0 AND "writes_per_minute" > 0);
