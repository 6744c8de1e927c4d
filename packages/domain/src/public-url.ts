// Links that readers may follow from a figure's source: http(s) to a public host, with no user name
// or password in them. Knows nothing of storage; the WHATWG URL parser does the reading.
import { z } from 'zod';

// The domain compiles without DOM types; the WHATWG URL is a global of every runtime it runs in
// (Workers, browsers, Node), so it is described here by what this file uses.
type ParsedUrl = { protocol: string; username: string; password: string; hostname: string };
const { URL } = globalThis as unknown as { URL: { new (link: string): ParsedUrl; canParse(link: string): boolean } };

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Whether an IPv4 address (dotted, as the URL parser writes it) is loopback, private, link-local, shared or unspecified. */
function privateIpv4(host: string): boolean {
  const m = IPV4.exec(host);
  if (!m) return false;
  const [a = 0, b = 0] = [Number(m[1]), Number(m[2])];
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

/** Whether an IPv6 address (without brackets, compressed as the URL parser writes it) is loopback, unspecified, unique-local, link-local or a mapped private IPv4. */
function privateIpv6(host: string): boolean {
  if (host === '::' || host === '::1') return true;
  if (/^f[cd][0-9a-f]{0,2}:/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host)) return true;
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mapped) {
    const [hi = 0, lo = 0] = [Number.parseInt(mapped[1] ?? '0', 16), Number.parseInt(mapped[2] ?? '0', 16)];
    return privateIpv4(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  return false;
}

/**
 * Why a link is not one a reader may be sent to, or null when it is: a user name or password in it
 * (`https://trusted.vn@evil.example/` reads as the first host but goes to the second), or a host
 * that is not public (localhost, a name without a dot, a loopback or private address).
 *
 * @example publicUrlIssue('https://baolaocai.vn/bai-viet') // null
 * @example publicUrlIssue('http://127.0.0.1/') // 'must link to a public host, not localhost or a private address'
 */
export function publicUrlIssue(link: string): string | null {
  if (!URL.canParse(link)) return null; // the URL format check reports it
  const url = new URL(link);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null; // so does the protocol check
  if (url.username !== '' || url.password !== '') return 'must not hold a user name or password (user@host)';
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const ipv6 = host.startsWith('[') ? host.slice(1, -1) : null;
  const local =
    ipv6 !== null ? privateIpv6(ipv6) : privateIpv4(host) || !host.includes('.') || /\.(localhost|local|internal|localdomain|home\.arpa)$/.test(host);
  return local ? 'must link to a public host, not localhost or a private address' : null;
}

/**
 * A source's link as the data desk writes it: http(s), NFC, at most `max` characters, to a public
 * host and without credentials (see `publicUrlIssue`).
 */
export function publicUrlSchema(max: number) {
  return z
    .url({ protocol: /^https?$/ })
    .normalize('NFC')
    .max(max)
    .superRefine((link, ctx) => {
      const issue = publicUrlIssue(link);
      if (issue) ctx.addIssue({ code: 'custom', message: issue, input: link });
    })
    .meta({
      description:
        `An http(s) link to a public host, at most ${max} characters in NFC: no user name or password (user@host), ` +
        'not localhost, a loopback, private or link-local address, or a host name without a dot.',
    });
}
