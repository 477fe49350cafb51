import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ConditionalPolicyDecision,
  DefinitivePolicyDecision,
} from '@backstage/plugin-permission-common';

/** A catalog read decision, with its conditions as JSON when conditional. */
export type ReadDecision =
  | DefinitivePolicyDecision
  | (ConditionalPolicyDecision & { conditionsJson: string });

type Kept = { until: number; decision: Promise<ReadDecision> };

/** Callers whose decisions are kept at once, the oldest dropped first. */
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
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly keepForMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  decision(
    credentials: BackstageCredentials,
    ask: () => Promise<ReadDecision>,
  ): Promise<ReadDecision> {
    const key = this.keepForMs > 0 ? callerKey(credentials) : undefined;
    if (key === undefined) return ask();
    const found = this.kept.get(key);
    if (found && found.until > this.now()) return found.decision;
    this.kept.delete(key);
    const decision = ask();
    this.kept.set(key, { until: this.now() + this.keepForMs, decision });
    decision.catch(() => {
      if (this.kept.get(key)?.decision === decision) this.kept.delete(key);
    });
    if (this.kept.size > MAX_CALLERS) {
      this.kept.delete(this.kept.keys().next().value!);
    }
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
