import rfdc from "rfdc";

/**
 * A deep copy of an answer (plain JSON: objects, arrays, strings, numbers),
 * for a caller who must not share objects with another: the gateway merges
 * answers in place. Several times faster than `structuredClone` on such
 * trees, which counts when twenty callers wait for one fetch.
 */
export const copyAnswer = rfdc({ proto: false, circles: false });
