// The elements' tags and the height each keeps while its figures load: the part of the registry
// (embed-elements.ts) the hosted loader needs. A module of its own, with nothing else in it, so the
// loader's bundle takes these few bytes and not the rest of the contract.

/** The elements an embed can show, named as their tags. */
export const EMBED_ELEMENTS = ['party-target-gauge', 'party-cell-map', 'party-target-ranking'] as const;
export type EmbedElement = (typeof EMBED_ELEMENTS)[number];

/**
 * Height each element keeps while its figures load (a CSS length): what the hosted loader reserves
 * before the element is defined and the element's own default min-height, so nothing below moves.
 */
export const RESERVED_HEIGHTS: Readonly<Record<EmbedElement, string>> = {
  'party-target-gauge': '24rem',
  'party-cell-map': '30rem',
  // A ranking's header, five rows and its footer; the builder's code reserves what the chosen figures measure.
  'party-target-ranking': '30rem',
};
