# One image for the gateway, the worker and the CLI; docker-compose.yml picks the command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
# The SDK patch (README "Temporal UI and CLI"), applied by postinstall.
COPY patches ./patches
RUN npm install --no-audit --no-fund --no-save
COPY . .
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# Memory limits: scripts/lib/process-memory.json (the worker's command adds its own flags).
ENV MALLOC_ARENA_MAX=1 MALLOC_MMAP_THRESHOLD_=262144 MALLOC_TRIM_THRESHOLD_=131072
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/admin/dist ./apps/admin/dist
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/package.json ./
# The worker's free-port helper, `#free-port` in package.json "imports" (shared with the scripts).
COPY --from=build /app/scripts/lib/free-port.cjs ./scripts/lib/
RUN mkdir -p /app/.data && chown node /app/.data
USER node
CMD ["node", "--enable-source-maps", "--max-old-space-size=160", "dist/apps/gateway/src/main.js"]
