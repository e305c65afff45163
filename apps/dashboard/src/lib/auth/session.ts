// Session plumbing shared by the Apollo link (app layer), the sign-in page and the access gate.
// The server signs a user out after idle minutes; any request may then come back UNAUTHENTICATED.

export const LOGIN_PATH = '/login';

type Listener = (message: string | null) => void;
const listeners = new Set<Listener>();

/** Called by whoever navigates to the sign-in page (the app) when a request was refused for want of a session. */
export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitUnauthenticated(message: string | null): void {
  for (const l of listeners) l(message);
}

let lastRequestAt = Date.now();
/** The Apollo link records every request, so a tab coming back after a long pause can check its session. */
export function noteRequest(now = Date.now()): void {
  lastRequestAt = now;
}
export function idleForMs(now = Date.now()): number {
  return now - lastRequestAt;
}

/**
 * The place to return to after signing in: a path inside the app only (never another origin
 * such as "//evil.example", never the sign-in page itself).
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === LOGIN_PATH || next.startsWith(`${LOGIN_PATH}?`) || next.startsWith(`${LOGIN_PATH}/`)) return '/';
  return next;
}

/** /login?next=…[&expired=1]; the default target "/" is left out. */
export function loginPath(next: string, expired = false): string {
  const params = new URLSearchParams();
  const target = safeNext(next);
  if (target !== '/') params.set('next', target);
  if (expired) params.set('expired', '1');
  const q = params.toString();
  return q ? `${LOGIN_PATH}?${q}` : LOGIN_PATH;
}
