# Production image: Node 24 LTS, TypeScript run directly by Node's type stripping (no build step).
FROM node:24-bookworm-slim
ENV NODE_ENV=production
# V8's code cache for the modules start-up compiles (npm start does this via scripts/compile-cache.cjs).
ENV NODE_COMPILE_CACHE=/tmp/node-compile-cache
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY src ./src
COPY migrations ./migrations
COPY schema.graphql tsconfig.json ./
USER node
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "src/main.ts"]
