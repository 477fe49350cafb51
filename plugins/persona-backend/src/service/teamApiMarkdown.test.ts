import { TeamApiDocument } from '@platform-personas/backstage-plugin-persona-common';
import { teamApiMarkdown } from './teamApiMarkdown';

const doc: TeamApiDocument = {
  team: {
    ref: 'group:default/platform',
    title: 'Platform',
    teamType: 'platform',
    teamTypeSource: 'annotation',
  },
  personas: [
    {
      ref: 'persona:default/builder',
      title: 'Builder',
      responsibilities: ['Build the mesh', 'Keep it | up'],
    },
  ],
  servicesProvided: [
    {
      ref: 'component:default/mesh',
      title: 'Mesh',
      consumers: ['group:default/payments', 'group:default/untitled'],
    },
  ],
  dependsOn: [],
  interactions: [
    {
      team: 'group:default/payments',
      title: 'Payments',
      mode: 'x-as-a-service',
      role: 'provides',
      components: ['component:default/mesh'],
    },
  ],
  meta: {
    indexVersion: 'v',
    indexBuiltAt: '2026-01-01T00:00:00.000Z',
    indexEntityCount: 1,
    indexBuildMillis: 1,
  },
};

const titles: Record<string, string> = {
  'group:default/platform': 'Platform',
  'group:default/payments': 'Payments',
  'persona:default/builder': 'Builder',
  'component:default/mesh': 'Mesh',
};

describe('teamApiMarkdown', () => {
  it('renders every section, with titles where known and refs otherwise', () => {
    expect(teamApiMarkdown(doc, ref => titles[ref])).toBe(
      [
        '# Platform — Platform team',
        '',
        'Team type `platform`, set by its `persona.platform-personas.io/team-type` annotation. Team API of `group:default/platform`, from the persona index of 2026-01-01T00:00:00.000Z.',
        '',
        '## Personas & responsibilities',
        '',
        '### Builder',
        '',
        '- Build the mesh',
        '- Keep it \\| up',
        '',
        '## Services provided',
        '',
        '| Service | Consumers |',
        '| --- | --- |',
        '| Mesh | Payments, `group:default/untitled` |',
        '',
        '## Depends on',
        '',
        'Nothing.',
        '',
        '## Interactions',
        '',
        '| Team | Mode | Role | Via components |',
        '| --- | --- | --- | --- |',
        '| Payments | x-as-a-service | provides | Mesh |',
        '',
      ].join('\n'),
    );
  });
});
