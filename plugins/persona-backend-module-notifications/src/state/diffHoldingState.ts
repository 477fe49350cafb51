import { PersonaHoldingState } from './PersonaHoldingState';

/**
 * Who should hear what about one persona since its last recorded state:
 * the users who now hold it, and per component the users it now reaches
 * (other than those new holders, who hear about the persona as a whole).
 *
 * @public
 */
export type HoldingStateChanges = {
  /** Users who hold the persona now and did not before, sorted. */
  newHolders: string[];
  /** Components that reach users they did not reach before, by ref. */
  newlyReached: Array<{ componentRef: string; users: string[] }>;
};

function usersOf(
  state: PersonaHoldingState,
  holders: Iterable<string>,
  into = new Set<string>(),
): Set<string> {
  for (const holder of holders) {
    (state.holders[holder] ?? []).forEach(user => into.add(user));
  }
  return into;
}

/**
 * The changes between the last recorded state of a persona and its current
 * one. A persona without a previous state has just appeared in the catalog:
 * every user who holds it is a new holder. (The notifier records its very
 * first run, and the quiet period after it, without telling anyone, so that
 * an install or a catalog that is still ingesting floods no inbox.)
 *
 * @public
 */
export function diffHoldingState(
  previous: PersonaHoldingState | undefined,
  current: PersonaHoldingState,
): HoldingStateChanges {
  if (!previous) {
    return {
      newHolders: [...usersOf(current, Object.keys(current.holders))].sort(),
      newlyReached: [],
    };
  }

  const before = usersOf(previous, Object.keys(previous.holders));
  const now = usersOf(current, Object.keys(current.holders));
  const newHolders = [...now].filter(user => !before.has(user)).sort();
  const toldAlready = new Set(newHolders);

  // Users a holder gained since the last state (membership changes).
  const gained = new Map<string, boolean>();
  const hasGained = (holder: string) => {
    if (!gained.has(holder)) {
      const had = new Set(previous.holders[holder] ?? []);
      gained.set(
        holder,
        !previous.holders[holder] ||
          (current.holders[holder] ?? []).some(user => !had.has(user)),
      );
    }
    return gained.get(holder)!;
  };

  const newlyReached: HoldingStateChanges['newlyReached'] = [];
  for (const [componentRef, holders] of Object.entries(current.components)) {
    const previousHolders = previous.components[componentRef];
    // The common case, checked cheaply: same or fewer holders, none of
    // whom gained a user, so nobody is newly reached.
    if (
      previousHolders &&
      holders.every(h => previousHolders.includes(h) && !hasGained(h))
    ) {
      continue;
    }
    const reachedBefore = previousHolders
      ? usersOf(previous, previousHolders)
      : new Set<string>();
    const users = [...usersOf(current, holders)]
      .filter(user => !reachedBefore.has(user) && !toldAlready.has(user))
      .sort();
    if (users.length) newlyReached.push({ componentRef, users });
  }
  return { newHolders, newlyReached };
}
