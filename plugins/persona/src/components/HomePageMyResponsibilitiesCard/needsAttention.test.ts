import { HeldPersona } from '@platform-personas/backstage-plugin-persona-common';
import {
  applicationDeveloperPersona,
  platformTeamPersona,
} from '../../__testUtils__/fixtures';
import { builtComponentRefs, needsAttention } from './needsAttention';

const ref = (r: string, missing = false) => ({
  ref: r,
  missing,
  via: ['ref' as const],
  owners: [],
});
const held = (
  persona: HeldPersona['persona'],
  components: Partial<HeldPersona['components']>,
): HeldPersona => ({
  persona,
  sources: [{ type: 'direct' }],
  components: { builds: [], enables: [], consumes: [], ...components },
});
const fact = (entityRef: string, hasEnabler: boolean) => ({
  entityRef,
  hasEnabler,
  hasBuilder: true,
  hasConsumer: true,
  builderHolderCount: 1,
  onlyInherited: false,
});

describe('needsAttention', () => {
  const personas = [
    held(platformTeamPersona, {
      builds: [ref('component:default/a'), ref('component:default/gone', true)],
    }),
    held(applicationDeveloperPersona, {
      builds: [ref('component:default/a'), ref('component:default/b')],
      consumes: [ref('resource:default/gone-too', true)],
    }),
  ];

  it('asks facts for each built ref once, never for a missing one', () => {
    expect(builtComponentRefs(personas)).toEqual([
      'component:default/a',
      'component:default/b',
    ]);
  });

  it('flags built components without an enabler, then dangling refs per persona', () => {
    const items = needsAttention(personas, [
      fact('component:default/a', false),
      fact('component:default/b', true),
      // not one of the user's: never flagged
      fact('component:default/other', false),
    ]);
    expect(
      items.map(i =>
        i.type === 'noEnabler'
          ? `noEnabler ${i.component}`
          : `dangling ${i.persona.ref} ${i.ref}`,
      ),
    ).toEqual([
      'noEnabler component:default/a',
      'dangling persona:default/anthos-platform-team component:default/gone',
      'dangling persona:default/anthos-application-developer resource:default/gone-too',
    ]);
  });

  it('flags only dangling refs while the facts are unknown', () => {
    expect(needsAttention(personas, undefined)).toHaveLength(2);
  });
});
