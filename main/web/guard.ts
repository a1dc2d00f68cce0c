/**
 * Who may talk to the browser host: only pages it served itself, on this computer, in this
 * run. A request passes when its Host is exactly our loopback address and port (so a DNS
 * rebinding attack, which arrives with the attacker's host name, fails), any Origin it carries
 * is ours, it is not a cross-site fetch, and it carries the per-run token (cookie or header).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header tools may use instead of the cookie. */
export const TOKEN_HEADER = 'x-scopebook-token';

/** The address the browser host listens on; never another interface. */
export const LOOPBACK = '127.0.0.1';

/** The token cookie's name. Cookies ignore ports, so it carries the port to keep two hosts apart. */
export function cookieName(port: number): string {
  return `sb_${port}`;
}

/** Why a request is refused, or null when it may proceed to the token check. */
export function checkOrigin(req: IncomingMessage, port: number): string | null {
  if (req.headers.host !== `${LOOPBACK}:${port}`) return 'Refused: wrong Host. Open the address Scopebook printed (http://127.0.0.1:…).';
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${LOOPBACK}:${port}`) return 'Refused: the request came from another site.';
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'Refused: the request came from another site.';
  return null;
}

/** Whether the request carries this run's token, in the cookie or the tool header. */
export function hasToken(req: IncomingMessage, port: number, token: string): boolean {
  const header = req.headers[TOKEN_HEADER];
  if (typeof header === 'string' && sameSecret(header, token)) return true;
  const cookie = readCookie(req.headers.cookie, cookieName(port));
  return cookie !== null && sameSecret(cookie, token);
}

/** Compares secrets in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The Set-Cookie value that remembers the token for this origin only. */
export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
