// The messages an iframe embed posts to its parent when its height changes, in the three protocols
// that size iframes in the wild: our own (read by /site/v1/resize.js), WordPress's embed protocol
// (wp-embed.js) and AMP's amp-iframe `embed-size`. Knows nothing of the DOM.

/** Ours: `{ type: 'chitieu:height', height }`. */
interface ChitieuHeightMessage {
  readonly type: 'chitieu:height';
  readonly height: number;
}

/** WordPress: the page's wp-embed.js sizes the iframe whose data-secret matches (between 200 and 1000 px). */
interface WordPressHeightMessage {
  readonly message: 'height';
  readonly value: number;
  readonly secret: string;
}

/** AMP: an `<amp-iframe resizable>` asks the runtime to resize it. */
interface AmpEmbedSizeMessage {
  readonly sentinel: 'amp';
  readonly type: 'embed-size';
  readonly height: number;
}

export type HeightMessage = ChitieuHeightMessage | WordPressHeightMessage | AmpEmbedSizeMessage;

/**
 * The secret WordPress puts in the iframe's URL (`#?secret=abc123`), or null. WordPress ignores a
 * secret that is not alphanumeric, so such a hash yields null.
 *
 * @example wordPressSecret('#?secret=Xy12') // 'Xy12'
 */
export function wordPressSecret(hash: string): string | null {
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret');
  return secret !== null && /^[a-zA-Z0-9]{1,64}$/.test(secret) ? secret : null;
}

/** Every message to post for a content height in CSS pixels (rounded up, so nothing is cut off). */
export function heightMessages(height: number, secret: string | null): HeightMessage[] {
  const px = Math.ceil(height);
  const messages: HeightMessage[] = [{ type: 'chitieu:height', height: px }];
  if (secret !== null) messages.push({ message: 'height', value: px, secret });
  messages.push({ sentinel: 'amp', type: 'embed-size', height: px });
  return messages;
}

/** Reads our own message, as a parent page receives it; null for anything else. */
export function readHeightMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, height } = data as { type?: unknown; height?: unknown };
  return type === 'chitieu:height' && typeof height === 'number' && Number.isFinite(height) && height >= 0 ? height : null;
}
