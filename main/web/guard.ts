/**
 * Who may talk to the browser host: only pages it served itself, on this computer, in this
 * run. A request passes when its Host is exactly our loopback address and port (so a DNS
 * rebinding attack, which arrives with the attacker's host name, fails), any Origin it carries
 * is ours, it is not a cross-site fetch, and — for the API and the event stream — it carries
 * the per-run token in the `x-scopebook-token` header. The token is never put in a cookie:
 * cookies ignore ports, so the browser would hand it to every other local server
 * (common/contract/web.ts describes how the page keeps it instead).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from '../../common/contract/web';

export { TOKEN_HEADER };

/** The address the browser host listens on; never another interface. */
export const LOOPBACK = '127.0.0.1';

/** Why a request is refused, or null when it may proceed to the token check. */
export function checkOrigin(req: IncomingMessage, port: number): string | null {
  if (req.headers.host !== `${LOOPBACK}:${port}`) return 'Refused: wrong Host. Open the address Scopebook printed (http://127.0.0.1:…).';
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${LOOPBACK}:${port}`) return 'Refused: the request came from another site.';
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'Refused: the request came from another site.';
  return null;
}

/** Whether the request carries this run's token in the header (the only place it is read from). */
export function hasToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers[TOKEN_HEADER];
  return typeof header === 'string' && sameSecret(header, token);
}

/** Compares secrets in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Set-Cookie values that delete the token cookies earlier versions left (`sb_<port>`); the
 * browser would otherwise keep sending them to every local server until they expire.
 */
export function expireOldTokenCookies(cookieHeader: string | undefined): string[] {
  if (!cookieHeader) return [];
  const names = new Set<string>();
  for (const part of cookieHeader.split(';')) {
    const name = part.slice(0, Math.max(0, part.indexOf('='))).trim();
    if (/^sb_\d{1,5}$/.test(name)) names.add(name);
  }
  return [...names].map((name) => `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict`);
}
