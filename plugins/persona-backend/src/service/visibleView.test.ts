import {
  ComponentPersonaView,
  HolderPersonaView,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaGraph } from '../resolution';
import { group, persona } from '../__testUtils__/testGraph';
import { refsOfView, visibleView } from './visibleView';

const graph = new PersonaGraph([
  group('platform'),
  group('secret', 'platform'),
  group('open', 'platform'),
  persona('p', { holders: ['secret', 'open'] }),
]);
const summary = {
  ref: 'persona:default/p',
  type: 'builder',
  owner: 'group:default/platform',
  channels: [],
  tools: [],
  responsibilities: [],
};
const none = { builds: [], enables: [], consumes: [] };
const held = {
  persona: summary,
  sources: [{ type: 'direct' as const }],
  components: none,
};
const readable = { has: (ref: string) => !ref.includes('secret') };

describe('visibleView', () => {
  it('drops the sub-teams, parts and titles the caller may not read', () => {
    const holder: HolderPersonaView = {
      type: 'holder',
      entityRef: 'group:default/platform',
      personas: [],
      ownedPersonas: [summary],
      subTeams: [
        { group: 'group:default/secret', levels: 1, personas: [held] },
        { group: 'group:default/open', levels: 1, personas: [held] },
      ],
      titles: {
        'group:default/secret': 'Secret',
        'group:default/open': 'Open',
      },
    };
    expect(refsOfView(holder, graph)).toEqual(
      expect.arrayContaining(['group:default/secret', 'persona:default/p']),
    );
    const visible = visibleView(holder, graph, readable) as HolderPersonaView;
    expect(visible.subTeams?.map(s => s.group)).toEqual(['group:default/open']);
    expect(visible.titles).toEqual({ 'group:default/open': 'Open' });
    expect(visible.ownedPersonas?.map(p => p.ref)).toEqual([
      'persona:default/p',
    ]);

    const role = {
      persona: summary,
      via: ['ref' as const],
      holders: ['group:default/secret', 'group:default/open'],
    };
    const system: ComponentPersonaView = {
      type: 'component',
      entityRef: 'system:default/s',
      modes: none,
      parts: [
        { ref: 'component:default/secret-part', modes: none },
        { ref: 'component:default/a', modes: { ...none, builds: [role] } },
      ],
    };
    const parts = (visibleView(system, graph, readable) as ComponentPersonaView)
      .parts;
    expect(parts?.map(p => p.ref)).toEqual(['component:default/a']);
    expect(parts?.[0].modes.builds[0].holders).toEqual(['group:default/open']);
  });
});
