# syntax=docker/dockerfile:1
# The service's image (issue 14, item 8): built once, run as many times as needed, nothing installed at start.
#   docker build -t credit-ledger .
#   docker run --rm -p 3000:3000 -v credit-ledger-data:/data credit-ledger     (embedded SQLite under /data)
# docker-compose.yml runs it on EventStoreDB + MongoDB, behind a proxy, scalable.
# Not built on the machine this was written on (no Docker engine there): see README, "Production".

ARG NODE_IMAGE=node:20-bookworm

# ---- build: every dependency (tsc, esbuild for the console), the native SQLite module, dist/ ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts off: `prepare` builds the console from sources not copied yet. better-sqlite3's native module
# is then built for this image's Node (prebuilt binary, or node-gyp with the image's compilers).
RUN npm ci --ignore-scripts --no-audit --no-fund && npm rebuild better-sqlite3
COPY . .
RUN npm run build \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -rf dist/bench dist/.tsbuildinfo

# ---- runtime: production dependencies, the build, the shipped holiday tables; no compiler, no npm at start ----
FROM ${NODE_IMAGE}-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
# Owned by root, read-only to the service: it writes only under DATA_DIR.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Read at run time beside the package root (src/calendar/holiday-files.ts, SHIPPED_HOLIDAY_DIR).
COPY --from=build /app/domain/rules/calendar/data ./domain/rules/calendar/data
# A named volume mounted on /data starts with this directory's owner: the non-root user below.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Ready = log reachable, projections caught up (READY_MAX_LAG), calendar covered; 503 while catching up.
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1 (exec form, no shell, no npm): SIGTERM from `docker stop` reaches the service,
# which drains requests in flight (up to 8 s), stops the projections and exits 0 (docs/operations.md).
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
