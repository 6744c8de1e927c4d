// The height each element keeps while its figures load, as the hosted script reserves it before the
// element is defined, so nothing below it moves. The same values are the defaults of the elements'
// own min-height (their .styles.ts, kept apart so the loader does not import them; embed.test.ts
// checks that both agree).

/** CSS lengths by tag name; `--chitieu-gauge-min-height` and `--chitieu-map-min-height` override them. */
export const RESERVED_HEIGHTS = {
  'party-target-gauge': '24rem',
  'party-cell-map': '30rem',
} as const;
