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

/** The path of the persona view of an entity ref such as `group:default/a`. */
export function personaViewPath(ref: string): string {
  const [kind, rest] = ref.split(':');
  return `/api/persona/v1/views/by-name/${kind}/${rest}`;
}
