# One image for every hub service; the command picks the service.
FROM node:20-bookworm-slim AS build
WORKDIR /hub
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY shared ./shared
COPY subgraphs ./subgraphs
COPY gateway ./gateway
COPY scripts ./scripts
COPY web ./web
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /hub
# Scanned plans are read by OCR: Tesseract with its Vietnamese data, and poppler's pdftoppm to render a scanned PDF's pages.
RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-vie poppler-utils && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production HUB_DATA_DIR=/data
COPY --from=build /hub/node_modules ./node_modules
COPY --from=build /hub/dist ./dist
COPY --from=build /hub/web/dist ./web/dist
COPY --from=build /hub/package.json ./
COPY gateway/supergraph.graphql ./gateway/supergraph.graphql
COPY gateway/trusted-documents/manifest.json ./gateway/trusted-documents/manifest.json
COPY subgraphs/plans/demo ./subgraphs/plans/demo
COPY subgraphs/plans/import/formats/pdf-text.mjs ./subgraphs/plans/import/formats/pdf-text.mjs
RUN mkdir -p /data && chown node:node /data
USER node
CMD ["node", "dist/gateway/main.js"]
