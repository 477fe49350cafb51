import { parseEntityRef } from '@backstage/catalog-model';
import {
  TeamInteraction,
  TeamInteractionMode,
} from '@platform-personas/backstage-plugin-persona-common';
import { ModeHolders, TeamModel } from './teamModel';

/** The order interactions are listed in, as the contract names the modes. */
const MODE_ORDER: TeamInteractionMode[] = [
  'x-as-a-service',
  'facilitating',
  'collaboration',
];

/** Only Groups are teams; a User holder does not interact as a team. */
function teamsOf(holders: ModeHolders): Map<string, Set<string>> {
  return new Map(
    [...holders].filter(
      ([ref]) =>
        parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group',
    ),
  );
}

/** The personas through which a team takes part, in one or more modes. */
function personasOf(team: string, ...modes: ModeHolders[]): string[] {
  return modes.flatMap(holders => [...(holders.get(team) ?? [])]);
}

/**
 * The interactions between teams that the personas imply, per Team
 * Topologies mode (see `TeamInteractionMode`): for each platform component,
 * a team that consumes it and another that builds it interact
 * x-as-a-service (from the builder); a team that enables it facilitates each
 * other team that builds or consumes it; two teams that build it
 * collaborate (from the first in ref order). One interaction per mode and
 * pair of teams, with every component and persona that implies it, sorted.
 *
 * @public
 */
export function resolveInteractions(model: TeamModel): TeamInteraction[] {
  const found = new Map<
    string,
    {
      mode: TeamInteractionMode;
      from: string;
      to: string;
      components: Set<string>;
      personas: Set<string>;
    }
  >();
  const add = (
    mode: TeamInteractionMode,
    from: string,
    to: string,
    component: string,
    personas: string[],
  ) => {
    if (from === to) return;
    const key = JSON.stringify([mode, from, to]);
    const entry = found.get(key) ?? {
      mode,
      from,
      to,
      components: new Set<string>(),
      personas: new Set<string>(),
    };
    entry.components.add(component);
    personas.forEach(p => entry.personas.add(p));
    found.set(key, entry);
  };

  for (const { ref, modes } of model.components) {
    const builders = teamsOf(modes.builds);
    const enablers = teamsOf(modes.enables);
    const consumers = teamsOf(modes.consumes);
    for (const consumer of consumers.keys()) {
      for (const builder of builders.keys()) {
        add('x-as-a-service', builder, consumer, ref, [
          ...personasOf(builder, builders),
          ...personasOf(consumer, consumers),
        ]);
      }
    }
    for (const enabler of enablers.keys()) {
      for (const team of new Set([...builders.keys(), ...consumers.keys()])) {
        add('facilitating', enabler, team, ref, [
          ...personasOf(enabler, enablers),
          ...personasOf(team, builders, consumers),
        ]);
      }
    }
    const sorted = [...builders.keys()].sort();
    sorted.forEach((first, i) =>
      sorted
        .slice(i + 1)
        .forEach(second =>
          add('collaboration', first, second, ref, [
            ...personasOf(first, builders),
            ...personasOf(second, builders),
          ]),
        ),
    );
  }

  return [...found.values()]
    .map(({ components, personas, ...rest }) => ({
      ...rest,
      components: [...components].sort(),
      personas: [...personas].sort(),
    }))
    .sort(
      (a, b) =>
        MODE_ORDER.indexOf(a.mode) - MODE_ORDER.indexOf(b.mode) ||
        a.from.localeCompare(b.from) ||
        a.to.localeCompare(b.to),
    );
}
