import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { LRUCache } from 'lru-cache';
import {
  ConditionalPolicyDecision,
  DefinitivePolicyDecision,
} from '@backstage/plugin-permission-common';

/** A catalog read decision, with its conditions as JSON when conditional. */
export type ReadDecision =
  | DefinitivePolicyDecision
  | (ConditionalPolicyDecision & { conditionsJson: string });

/** Callers whose decisions are kept at once, the least recently asked dropped first. */
const MAX_CALLERS = 10_000;

/**
 * The catalog read decision of each caller, kept for a few seconds: asking
 * the permission backend is most of a cached view's cost, and a caller
 * opening an entity page asks for several views at once. Callers are told
 * apart by everything of their credentials a policy sees — the user (and
 * who acts for them) with the token's expiry, which changes with each
 * token and so with its ownership claims, or the service with its access
 * restrictions. Requests of one caller that arrive together share one
 * question. A failed question is not kept.
 */
export class KeptReadDecisions {
  private readonly kept?: LRUCache<string, Promise<ReadDecision>>;

  constructor(keepForMs: number, now: () => number = Date.now) {
    if (keepForMs > 0) {
      this.kept = new LRUCache({
        max: MAX_CALLERS,
        ttl: Math.ceil(keepForMs),
        // Expiry is judged by the clock at each read, not by a clock cached
        // for a millisecond.
        ttlResolution: 0,
        perf: { now },
      });
    }
  }

  decision(
    credentials: BackstageCredentials,
    ask: () => Promise<ReadDecision>,
  ): Promise<ReadDecision> {
    const kept = this.kept;
    const key = kept && callerKey(credentials);
    if (!kept || key === undefined) return ask();
    const found = kept.get(key);
    if (found) return found;
    const decision = ask();
    kept.set(key, decision);
    decision.catch(() => {
      if (kept.peek(key) === decision) kept.delete(key);
    });
    return decision;
  }
}

/** What a policy sees of the caller, or undefined for callers not kept. */
function callerKey(credentials: BackstageCredentials): string | undefined {
  const { principal } = credentials as BackstageCredentials<
    | { type: 'user'; userEntityRef: string; actor?: { subject: string } }
    | { type: 'service'; subject: string; accessRestrictions?: unknown }
    | { type: 'none' }
  >;
  switch (principal.type) {
    case 'user':
      return JSON.stringify([
        'user',
        principal.userEntityRef,
        principal.actor?.subject ?? null,
        credentials.expiresAt?.getTime() ?? null,
      ]);
    case 'service':
      return JSON.stringify([
        'service',
        principal.subject,
        principal.accessRestrictions ?? null,
      ]);
    default:
      return undefined;
  }
}
