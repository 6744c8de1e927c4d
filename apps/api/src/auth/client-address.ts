/** Who is knocking, for limits on failed key checks: the client address Cloudflare reports, an IPv6 client by its /64. */
import type { Context } from 'hono';

/**
 * The bucket a client's failed key checks count in: its IPv4 address, or the first four groups of
 * its IPv6 address (one subscriber usually holds a whole /64, so counting single addresses would let
 * it try 2^64 times as often). `CF-Connecting-IP` is set by Cloudflare and cannot be forged through
 * it; where it is absent (tests, local tools) every such client shares one bucket.
 *
 * @example clientBucket('2001:db8:1:2:3:4:5:6') // '2001:db8:1:2::/64'
 */
export function clientBucket(address: string | undefined): string {
  const ip = address?.trim() ?? '';
  if (!ip.includes(':')) return ip === '' ? 'unknown' : ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === '' ? [] : tail.split(':');
  const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
  const groups = ip.includes('::') ? [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups] : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export function clientOf(c: Context): string {
  return clientBucket(c.req.header('CF-Connecting-IP'));
}
