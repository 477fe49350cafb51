import { stringify } from 'yaml';

/**
 * The Persona the test writes, edits and watches both replicas pick up.
 *
 * @public
 */
export const PROBE_PERSONA_REF = 'persona:default/replica-probe';

/**
 * A state of the probe Persona: who holds it and what it is responsible for.
 *
 * @public
 */
export type ProbePersonaState = {
  holder: string;
  responsibilities: Array<{ id: string; title: string }>;
};

/** Held by the platform team, one responsibility. */
export const PROBE_BEFORE: ProbePersonaState = {
  holder: 'group:default/platform-team',
  responsibilities: [{ id: 'replica-check', title: 'Check the replicas' }],
};

/** Moved to the devops group, with a second responsibility. */
export const PROBE_AFTER: ProbePersonaState = {
  holder: 'group:default/devops',
  responsibilities: [
    { id: 'replica-check', title: 'Check the replicas' },
    { id: 'replica-edit', title: 'Pick up edits on every replica' },
  ],
};

/**
 * The probe Persona as catalog YAML: it builds the CI/CD pipelines, so the
 * holders' views and the component's view all change with it.
 *
 * @public
 */
export function probePersonaYaml(state: ProbePersonaState): string {
  return stringify({
    apiVersion: 'platform-personas.io/v1alpha1',
    kind: 'Persona',
    metadata: {
      name: 'replica-probe',
      title: 'Replica Probe',
      description: 'Written by packages/replicas-test; edited while it runs.',
    },
    spec: {
      type: 'builder',
      framework: 'replicas-test',
      owner: 'group:default/platform-team',
      holders: [state.holder],
      interaction: 'direct',
      responsibilities: state.responsibilities,
      builds: ['component:default/ci-cd-pipelines'],
    },
  });
}
