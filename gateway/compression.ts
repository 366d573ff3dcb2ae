import compression from "compression";
import type express from "express";

/** Answers smaller than this go out as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/** Answers that must reach the client part by part as they are written, which a compressor would hold back. */
const STREAMED = /^\s*(text\/event-stream|multipart\/)/i;

/**
 * Compresses the gateway's answers — GraphQL's JSON above all, which on a
 * slow connection shrinks five- to tenfold — with brotli or gzip, whichever
 * the client accepts (brotli first). Left alone: answers under
 * COMPRESSION_THRESHOLD_BYTES, answers already compressed (the web app's
 * files, served from the copies the build wrote; Word and PDF files, which
 * are compressed archives or not compressible types), streamed answers
 * (event streams, multipart incremental delivery), HEAD requests and anything
 * marked `Cache-Control: no-transform`. Only the gateway compresses: the
 * subgraphs answer the gateway on the local network, where it would cost
 * CPU and save nothing.
 */
export function compressAnswers(): express.RequestHandler {
  return compression({
    threshold: COMPRESSION_THRESHOLD_BYTES,
    filter(req, res) {
      if (STREAMED.test(String(res.getHeader("content-type") ?? ""))) return false;
      return compression.filter(req, res);
    },
  });
}
