import { PersonaView } from '@platform-personas/backstage-plugin-persona-common';
import {
  cut,
  cutComponents,
  cutHeld,
  cutOwnRoles,
  cutPart,
  cutSubTeam,
  ViewCut,
} from './cutLists';

/**
 * The view with each long list cut to its first `limit` items (a sub-team's
 * components to `subTeamLimit`), and a page (total and JSON pointer) beside
 * each list that was cut: what the first screen of a view shows, in an
 * answer of bounded size.
 */
export function cutView(view: PersonaView, viewCut: ViewCut): PersonaView {
  const { limit } = viewCut;
  if (view.type === 'holder') {
    const subTeams = cut(view.subTeams ?? [], '/subTeams', limit);
    return {
      ...view,
      personas: view.personas.map((held, i) =>
        cutHeld(held, `/personas/${i}`, limit),
      ),
      ...(view.subTeams && {
        subTeams: subTeams.items.map((sub, i) =>
          cutSubTeam(sub, `/subTeams/${i}`, viewCut),
        ),
      }),
      ...(subTeams.page && { subTeamPage: subTeams.page }),
    };
  }
  if (view.type === 'component') {
    const parts = cut(view.parts ?? [], '/parts', limit);
    return {
      ...view,
      ...cutOwnRoles(view.modes, limit),
      ...(view.parts && {
        parts: parts.items.map((part, i) =>
          cutPart(part, `/parts/${i}`, limit),
        ),
      }),
      ...(parts.page && { partPage: parts.page }),
    };
  }
  const holders = cut(view.holders, '/holders', limit);
  return {
    ...view,
    holders: holders.items,
    ...(holders.page && { holderPage: holders.page }),
    ...cutComponents(view.components, '', limit),
  };
}
