import { getPersonaRefFields, getPersonaRefs } from './personaRefs';
import { PersonaEntityV1alpha1 } from './PersonaEntityV1alpha1';

function persona(
  spec: Partial<PersonaEntityV1alpha1['spec']>,
  namespace?: string,
): PersonaEntityV1alpha1 {
  return {
    apiVersion: 'platform-personas.io/v1alpha1',
    kind: 'Persona',
    metadata: { name: 'p', ...(namespace ? { namespace } : {}) },
    spec: {
      type: 'builder',
      owner: 'platform-team',
      responsibilities: [{ id: 'r', title: 'R' }],
      ...spec,
    },
  };
}

describe('getPersonaRefs', () => {
  it('applies the kind each field implies and the default namespace', () => {
    const refs = getPersonaRefs(
      persona({
        holders: ['runtime-team', 'user:jane.doe', 'Group:other/ops'],
        builds: ['connector-slack', 'resource:anthos-prod-eu'],
      }),
    );
    expect(refs.owner).toBe('group:default/platform-team');
    expect(refs.holders).toEqual([
      'group:default/runtime-team',
      'group:other/ops',
      'user:default/jane.doe',
    ]);
    expect(refs.modes.builds.refs).toEqual([
      'component:default/connector-slack',
      'resource:default/anthos-prod-eu',
    ]);
  });

  it("defaults to the persona's own namespace", () => {
    const refs = getPersonaRefs(
      persona({ holders: ['ops'], consumes: ['helm'] }, 'tooling'),
    );
    expect(refs.owner).toBe('group:tooling/platform-team');
    expect(refs.holders).toEqual(['group:tooling/ops']);
    expect(refs.modes.consumes.refs).toEqual(['component:tooling/helm']);
  });

  it('sorts and de-duplicates refs written in different forms', () => {
    const refs = getPersonaRefs(
      persona({
        holders: ['b-team', 'group:default/a-team', 'group:b-team', 'a-team'],
        enables: ['component:default/z', 'z', 'component:a'],
      }),
    );
    expect(refs.holders).toEqual([
      'group:default/a-team',
      'group:default/b-team',
    ]);
    expect(refs.modes.enables.refs).toEqual([
      'component:default/a',
      'component:default/z',
    ]);
  });

  it('keeps selectors apart from refs, in their written order', () => {
    const second = { filter: { kind: 'Resource' }, ownedByHolder: true };
    const first = { filter: { kind: 'Component', 'spec.type': 'tool' } };
    const refs = getPersonaRefs(persona({ consumes: [first, 'helm', second] }));
    expect(refs.modes.consumes).toEqual({
      refs: ['component:default/helm'],
      selectors: [first, second],
    });
    expect(refs.modes.builds).toEqual({ refs: [], selectors: [] });
    expect(refs.modes.enables).toEqual({ refs: [], selectors: [] });
  });
});

describe('getPersonaRefFields', () => {
  it('names each field that refers to an entity, with its keys and full ref', () => {
    const fields = getPersonaRefFields(
      persona(
        {
          holders: ['runtime-team', 'user:jane.doe'],
          enables: [{ filter: { kind: 'component' } }, 'api:events'],
        },
        'platform',
      ),
    );
    expect(fields).toEqual([
      { keys: ['spec', 'owner'], ref: 'group:platform/platform-team' },
      { keys: ['spec', 'holders', 0], ref: 'group:platform/runtime-team' },
      { keys: ['spec', 'holders', 1], ref: 'user:platform/jane.doe' },
      { keys: ['spec', 'enables', 1], ref: 'api:platform/events' },
    ]);
  });
});
