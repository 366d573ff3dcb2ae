import type express from "express";
import { IDEMPOTENCY_HEADER, isIdempotencyKey } from "../shared/auth/internal-identity";
import { badUserInput } from "../shared/core/errors";

/**
 * The caller's `Idempotency-Key` header (IETF httpapi draft): sent with a
 * create, and sent again unchanged when the create is retried, it makes the
 * retry return the first record instead of a second one
 * (`shared/records/idempotency.ts`). The gateway passes it to the
 * departments inside the identity it signs; a malformed one is refused
 * before anything runs.
 */
export function idempotencyKeyOf(req: express.Request): string | undefined {
  const key = req.header(IDEMPOTENCY_HEADER);
  if (key === undefined) return undefined;
  if (!isIdempotencyKey(key))
    throw badUserInput(
      "The Idempotency-Key header must be 1 to 200 visible ASCII characters, a UUID for instance.",
      [],
      { reason: "BAD_IDEMPOTENCY_KEY" },
      { httpStatus: 400 },
    );
  return key;
}
