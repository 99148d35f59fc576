-- CreateEnum
CREATE TYPE "ApiKeyKind" AS ENUM ('secret', 'publishable');

-- AlterTable
ALTER TABLE "api_keys" ADD COLUMN     "allowed_origins" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "hold_ttl_seconds" INTEGER,
ADD COLUMN     "kind" "ApiKeyKind" NOT NULL DEFAULT 'secret';

-- CreateTable
CREATE TABLE "manage_tokens" (
    "id" UUID NOT NULL,
    "booking_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "manage_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "manage_token_uses" (
    "id" BIGSERIAL NOT NULL,
    "token_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "manage_token_uses_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "manage_tokens_booking_id_idx" ON "manage_tokens"("booking_id");

-- CreateIndex
CREATE INDEX "manage_token_uses_token_id_idx" ON "manage_token_uses"("token_id");

-- AddForeignKey
ALTER TABLE "manage_tokens" ADD CONSTRAINT "manage_tokens_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "manage_token_uses" ADD CONSTRAINT "manage_token_uses_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "manage_tokens"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A publishable key's widget holds are short, and a secret key has no origins (Prisma cannot express these).
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_publishable_shape" CHECK (
  ("kind" = 'publishable') OR (cardinality("allowed_origins") = 0 AND "hold_ttl_seconds" IS NULL)
);
