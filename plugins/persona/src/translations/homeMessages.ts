/** Texts of the "My responsibilities" home-page card. */
export const homeMessages = {
  homeCard: {
    title: 'My responsibilities',
    loadError: 'Could not load your personas',
    personaCount_one: 'You hold {{count}} persona.',
    personaCount_other: 'You hold {{count}} personas.',
    responsibilities: 'Responsibilities',
    moreResponsibilities: '+{{count}} more',
    noResponsibilities: 'No responsibilities written down.',
    noComponents: 'Names no component here.',
    modeCount: '{{mode}} {{total}}',
    modeCountTitle: 'See what this persona {{mode}} on your Personas tab',
    allOnProfile: 'All of it on your profile',
    explorerLink: 'Personas of the whole organisation',
    needsAttention: 'Needs attention',
    nothingNeedsAttention: 'Nothing needs attention.',
    noEnabler: '{{component}}: you build it, but no persona enables it',
    danglingRef: '{{persona}} names {{ref}}, which is not in the catalog',
    factsWarning:
      'Could not check which of your components lack an enabler ({{message}}).',
    emptyTitle: 'You hold no persona yet',
    emptyDescription:
      'Personas are the roles people take towards the platform. Yours come from your groups, or from a Persona that names you as a holder. See which personas your organisation has:',
    notInCatalogTitle: 'You are not in the catalog',
    notInCatalogDescription:
      'Your user {{ref}} has no User entity in the catalog, so it holds no persona. See which personas your organisation has:',
  },
} as const;
