import { BenchTargets } from './generateOrganisation';

/** The views the benchmark measures, by name, with their entity refs. */
export function benchViews(targets: BenchTargets): Array<[string, string]> {
  return [
    ['leaf team', targets.leafTeam],
    [`group, ${targets.midGroupDescendants} descendants`, targets.midGroup],
    ['root group', targets.root],
    ['user', targets.user],
    ['hot cluster', targets.hotCluster],
    ['persona', targets.persona],
  ];
}

/**
 * The answers measured besides the first ones: the group's view whose
 * sub-teams carry their components, which the responsibility map asks for
 * once "Include sub-teams" is turned on (`subTeamLimit` = the first page).
 */
export function subTeamAnswerViews(
  targets: BenchTargets,
): Array<[string, string]> {
  return [
    [
      `group, ${targets.midGroupDescendants} descendants, sub-teams included`,
      targets.midGroup,
    ],
  ];
}

/**
 * How many items of each long list the persona plugin's pages ask for in a
 * view's first answer (`VIEW_FIRST_PAGE_SIZE` of the frontend plugin).
 */
export const FIRST_ANSWER_LIMIT = 50;

/**
 * The path of the persona view of an entity ref such as `group:default/a`;
 * with `limit`, the first answer a page asks for: each long list cut to
 * `limit`, a sub-team's components to their totals (`subTeamLimit` 0), as
 * the frontend plugin's first request does.
 */
export function personaViewPath(
  ref: string,
  limit?: number,
  subTeamLimit = 0,
): string {
  const [kind, rest] = ref.split(':');
  const path = `/api/persona/v1/views/by-name/${kind}/${rest}`;
  return limit === undefined
    ? path
    : `${path}?limit=${limit}&subTeamLimit=${subTeamLimit}`;
}
