/** Texts of the persona explorer: the coverage matrix, its filters, gaps and exports. */
export const explorerMessages = {
  explorerPage: {
    title: 'Personas',
    subtitle:
      'Who builds, enables and consumes the platform, and where nobody does',
  },
  explorer: {
    title: 'Team × persona coverage',
    validate: 'Validate Persona YAML',
    errorTitle: 'Could not load the persona coverage',
    noPersonasTitle: 'No personas in the catalog yet',
    noPersonasDescription:
      'The matrix fills up as soon as the catalog holds Personas.',
    noMatchTitle: 'No persona matches these filters',
    clearFilters: 'Clear the filters',
    rowsPerPage: 'Teams and gaps per page:',
  },
  filters: { framework: 'Framework', type: 'Type', all: 'All' },
  exportButtons: {
    csv: 'CSV',
    json: 'JSON',
    exporting: 'Exporting…',
    failed: 'Could not export the persona coverage: {{message}}',
  },
  matrix: {
    team: 'Team',
    title: 'Teams ({{total}})',
    subtitle: 'direct: the team is a holder; inherited: a parent group is',
    empty: 'No team holds any of these personas.',
    direct: 'direct',
    directTooltip: 'Listed as a holder of this persona',
    inherited: 'inherited',
    inheritedTooltip: 'Inherited from {{groups}}',
  },
  gaps: {
    withTotal: '{{title}} ({{total}})',
    noneOnThisPage: 'None on this page.',
    personasWithoutHolder: 'Personas without holder',
    personasWithoutHolderNone: 'Every persona has a holder.',
    uncoveredComponents: 'Uncovered platform components',
    uncoveredComponentsNone:
      'A persona builds or enables every platform component.',
    noType: 'no type',
    ownedBy: '{{type}} · owned by {{owners}}',
    groupsWithoutPersona: 'Groups without persona',
    groupsWithoutPersonaNone: 'Every group holds a persona.',
  },
} as const;
