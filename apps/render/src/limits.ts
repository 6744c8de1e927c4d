/** Bounds on what the renderer accepts, so one request cannot exhaust a Worker's 128 MB or its CPU time. */

/** Largest request body, in bytes: the cells of the largest census a source can hold (10 000) are about 2 MB of JSON. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Widest PNG, in px. */
export const MAX_WIDTH = 4096;

/** Most pixels in one PNG: 8 million (32 MB of RGBA), e.g. 2000 × 4000. */
export const MAX_PIXELS = 8_000_000;
