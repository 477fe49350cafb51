import {
  ComponentPersonaRole,
  ComponentViewPart,
  PERSONA_MODES,
  SubTeamHolding,
} from '@platform-personas/backstage-plugin-persona-common';
import { cutPart, cutRoleHolders, cutSubTeam, ViewCut } from './cutLists';

/** The pointer of a mode's list of the viewed component's own personas. */
const OWN_ROLES = new RegExp(`^/modes/(${PERSONA_MODES.join('|')})$`);

/**
 * How the items of the list at a pointer are cut in their turn, as the
 * same items are within a view's first answer: a page of sub-teams, parts
 * or personas of a component is as short as the answer that pointed to it.
 */
export function cutListItem(
  list: string,
  viewCut: ViewCut,
): (item: unknown, at: string) => unknown {
  if (list === '/subTeams') {
    return (item, at) => cutSubTeam(item as SubTeamHolding, at, viewCut);
  }
  if (list === '/parts') {
    return (item, at) => cutPart(item as ComponentViewPart, at, viewCut.limit);
  }
  if (OWN_ROLES.test(list)) {
    return (item, at) =>
      cutRoleHolders(item as ComponentPersonaRole, at, viewCut.limit);
  }
  return item => item;
}
