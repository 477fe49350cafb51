/** Texts of the cards of a Persona entity page. */
export const personaPageMessages = {
  facts: {
    type: 'Type',
    framework: 'Framework',
    owner: 'Owner',
    interaction: 'Interaction',
    channels: 'Channels',
    tools: 'Tools',
    direct: 'direct',
    indirect: 'indirect (might not interact with the platform directly)',
  },
  componentsTable: {
    component: 'Component',
    kind: 'Kind',
    type: 'Type',
    owner: 'Owner',
    lifecycle: 'Lifecycle',
    via: 'Via',
    appliesTo: 'Applies to',
  },
  aboutCard: { title: 'About' },
  factsCard: { title: 'Persona' },
  responsibilitiesCard: {
    title: 'Responsibilities',
    empty: 'This persona lists no responsibilities yet.',
  },
  holdersCard: {
    title: 'Holders',
    holder: 'Holder',
    kind: 'Kind',
    members: 'Members',
    user: 'User',
    group: 'Group',
    notApplicable: '—',
    includingSubGroups: '{{members}} including sub-groups',
    emptyTitle: 'Nobody holds this persona yet',
    emptyDescription:
      'List the Groups and Users that take it under spec.holders of its definition; sub-groups and members then hold it too.',
  },
  diagram: { title: 'Persona diagram' },
  modesCard: {
    title: 'Components',
    emptyTitle: 'This persona names no components',
    emptyDescription:
      'List what it works on under spec.builds, spec.enables or spec.consumes, as entity refs or as selectors.',
  },
} as const;
