/** Texts of the Personas tab of Groups and Users and of the components card. */
export const entityTabMessages = {
  componentsCard: {
    title: 'Personas',
    subheader: 'Who builds, enables and consumes it',
    emptyTitle: 'No persona builds, enables or consumes {{name}}',
    emptyDescription:
      'Name it in the builds, enables or consumes list of a Persona, or match it with a selector there.',
  },
  entityContent: {
    emptyTitle: '{{name}} holds no persona',
    emptyDescription:
      'No Persona lists this {{kind}}, or a group it belongs to, among its holders.',
  },
  heldPersonaCard: {
    howItIsHeld: 'How it is held',
    responsibilities: 'Responsibilities',
    noComponents:
      'This persona names no component that it builds, enables or consumes here.',
  },
  holdingSource: {
    direct: 'Held directly',
    inherited: 'Inherited from parent group {{group}}',
    membership: 'Through membership of {{group}}',
    membershipInherited:
      'Through membership of {{group}} (inherited from {{from}})',
  },
  rolesTable: {
    persona: 'Persona',
    type: 'Type',
    holders: 'Holders',
    via: 'Via',
    nobodyHoldsIt: 'nobody holds it',
  },
} as const;
