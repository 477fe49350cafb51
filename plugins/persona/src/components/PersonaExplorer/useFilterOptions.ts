import { PersonaSummary } from '@platform-personas/backstage-plugin-persona-common';
import { useEffect, useState } from 'react';

function union(known: string[], found: Array<string | undefined>): string[] {
  const all = new Set(known);
  found.forEach(value => value && all.add(value));
  return all.size === known.length ? known : [...all].sort();
}

/**
 * The frameworks and types to offer as filters. A filtered answer only holds
 * the personas that match, so the options seen before are kept rather than
 * shrinking to the current choice.
 */
export function useFilterOptions(personas?: PersonaSummary[]) {
  const [frameworks, setFrameworks] = useState<string[]>([]);
  const [types, setTypes] = useState<string[]>([]);
  useEffect(() => {
    if (personas) {
      setFrameworks(known =>
        union(
          known,
          personas.map(p => p.framework),
        ),
      );
      setTypes(known =>
        union(
          known,
          personas.map(p => p.type),
        ),
      );
    }
  }, [personas]);
  return { frameworks, types };
}
