# syntax=docker/dockerfile:1
# The API (or, with another command, the worker or the migrations) for production: compiled JavaScript,
# production dependencies only, no embedded PostgreSQL or Meilisearch (they are optional dependencies,
# left out), running as the unprivileged `node` user. Configure it with DATABASE_URL, MEILI_HOST,
# MEILI_MASTER_KEY and JWT_SECRET (see README, "Production").

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ormconfig.ts ./
COPY src src
COPY migrations migrations
COPY seeds seeds
COPY bench bench
COPY examples examples
RUN npm run build

FROM node:20-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --no-audit --no-fund --ignore-scripts

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=dependencies /app/node_modules node_modules
COPY --from=build /app/dist dist
# Reference data the seeds read at the first start (the 79 KOVs, counties, E-ITS module groups).
COPY seeds/reference seeds/reference
COPY package.json ./
USER node
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/main.js"]
