/**
 * A sliding-window limit on sign-in attempts per client address, kept in this process's memory.
 * It is per server instance: behind a load balancer with N instances an address gets up to N times
 * the limit. The per-username lockout (login_attempt table) is the limit that holds across instances;
 * this one bounds password spraying across many usernames and the CPU spent on password hashing.
 */
export class AddressThrottle {
  private readonly hits = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts an attempt from this address; returns when it may try again if it is over the limit (that attempt is not counted). */
  take(address: string, now: Date): Date | null {
    const t = now.getTime();
    const since = t - this.windowMs;
    const recent = (this.hits.get(address) ?? []).filter((h) => h > since);
    if (recent.length >= this.limit) {
      this.hits.set(address, recent);
      return new Date((recent[0] as number) + this.windowMs);
    }
    recent.push(t);
    this.hits.set(address, recent);
    // Many addresses (e.g. IPv6) must not grow the map without bound: drop the idle ones, at most once a window.
    if (this.hits.size > 10_000 && t - this.lastSweep > this.windowMs) {
      this.lastSweep = t;
      for (const [a, hs] of this.hits) if (!hs.some((h) => h > since)) this.hits.delete(a);
    }
    return null;
  }
}
