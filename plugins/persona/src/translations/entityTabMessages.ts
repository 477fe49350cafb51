/** Texts of the Personas tab of Groups and Users, its responsibility map, and the components card with its roll-ups. */
export const entityTabMessages = {
  componentsCard: {
    title: 'Personas',
    subheader: 'Who builds, enables and consumes it',
    emptyTitle: 'No persona builds, enables or consumes {{name}}',
    emptyDescription:
      'Name it in the builds, enables or consumes list of a Persona, or match it with a selector there.',
    partsEmptyTitle:
      'No persona builds, enables or consumes {{name}} or any of its {{total}} parts',
    ownRoles: 'Of {{name}} itself',
  },
  partsRollup: {
    title: '{{mode}}, through its parts',
    persona: 'Persona',
    holders: 'Holders',
    through: 'Through',
    partsCount: '{{count}} of {{total}} parts',
    throughSystem: 'in {{system}}',
    uncovered:
      'No persona builds, enables or consumes {{count}} of its {{total}} parts.',
    loadedParts:
      'Rolled up from the first {{shown}} of its {{total}} parts; the counts above are of those.',
  },
  entityContent: {
    emptyTitle: '{{name}} holds no persona',
    emptyDescription:
      'No Persona lists this {{kind}}, or a group it belongs to, among its holders.',
    holdsNoneItself:
      '{{name}} holds no persona itself. Below: the personas it maintains and what its sub-teams hold.',
    personasHeld: 'Personas held',
  },
  responsibilityMap: {
    title: 'Responsibility map',
    subheader: 'Every component {{name}} builds, enables or consumes, once',
    includeSubTeams: 'Include sub-teams',
    count: '{{mode}}: {{count}}',
    total: '{{count}} components',
    component: 'Component',
    modes: 'Modes',
    through: 'Through persona',
    owner: 'Owner',
    heldBy: 'held by {{team}}',
    empty: 'The personas held here name no component.',
    showAll: 'Show all {{count}} components',
    countAtLeast: '{{mode}}: {{count}}+',
    totalAtLeast: '{{count}}+ components',
    moreTitle: 'Long lists: the map shows what is loaded of them',
    moreComponents: '{{mode}} of {{persona}}',
    moreComponentsOfTeam: '{{mode}} of {{persona}}, held by {{team}}',
    moreSubTeams: 'Sub-teams',
    subTeamsFailed: 'Could not load what the sub-teams hold',
  },
  selectorChip: {
    tooltip: 'Matched by the selector {{filter}}',
    ownedByHolder: 'Only what the holder (or a sub-group) owns.',
  },
  heldPersonaCard: {
    howItIsHeld: 'How it is held',
    responsibilities: 'Responsibilities',
    noComponents:
      'This persona names no component that it builds, enables or consumes here.',
    componentCounts: 'In the map above',
  },
  holdingSource: {
    direct: 'Held directly',
    inherited: 'Inherited from parent group {{group}}',
    inheritedLevels: 'Inherited from {{group}} ({{levels}})',
    parentGroup: 'parent group',
    levelsUp: '{{count}} levels up',
    membership: 'Through membership of {{group}}',
    membershipInherited:
      'Through membership of {{group}} (inherited from {{from}})',
    membershipInheritedLevels:
      'Through membership of {{group}}, which inherits it from {{from}} ({{levels}})',
  },
  ownedPersonas: {
    title: 'Personas {{name}} maintains',
    subheader: 'Persona definitions owned by this {{kind}}',
  },
  subTeams: {
    title: 'What its sub-teams hold',
    subheader: 'Sub-groups that hold personas themselves',
    team: 'Team',
    depth: 'Depth',
    levelsDown: '{{count}} levels down',
    childGroup: 'child group',
    personas: 'Personas',
  },
  rolesTable: {
    persona: 'Persona',
    type: 'Type',
    holders: 'Holders',
    via: 'Via',
    nobodyHoldsIt: 'nobody holds it',
  },
} as const;
