export { compareShown, humanize, refName, titleOf } from './humanize';
export { sortTeamRows, teamMatches } from './teamRows';
export { groupByFramework, personaTitle } from './personaColumns';
export type { FrameworkGroup } from './personaColumns';
export { describeSource, inheritedSources } from './inheritance';
export type { InheritedSource } from './inheritance';
