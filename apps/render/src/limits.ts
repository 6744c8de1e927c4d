/** Bounds on what the renderer accepts, so one request cannot exhaust a Worker's 128 MB or its CPU time. */

/** Largest SVG accepted, in bytes: a map of 10 000 cells (the most a census holds) is about 3 MB. */
export const MAX_SVG_BYTES = 4 * 1024 * 1024;

/** Widest PNG, in px. */
export const MAX_WIDTH = 4096;

/** Most pixels in one PNG: 8 million (32 MB of RGBA), e.g. 2000 × 4000. */
export const MAX_PIXELS = 8_000_000;
