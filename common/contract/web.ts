/**
 * How the browser host's pages prove they were opened from the address Scopebook printed.
 *
 * The printed address carries a per-run token (`/?token=…`). The page moves it into its own
 * sessionStorage — storage is kept per origin, port included, so no other local server can
 * read it — drops it from the address bar, and sends it as a header on every API call and on
 * the change-event stream. Nothing is kept in a cookie: cookies ignore ports, and the browser
 * would send one to every other program listening on 127.0.0.1.
 */

/** The request header carrying the token (the page and tools send it). */
export const TOKEN_HEADER = 'x-scopebook-token';

/** The sessionStorage key the page keeps the token under. */
export const TOKEN_STORAGE_KEY = 'scopebook-token';
