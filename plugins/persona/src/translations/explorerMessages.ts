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
    rowsPerPage: 'Teams per page:',
    searchFailed: 'Could not search the teams',
  },
  filters: {
    framework: 'Framework',
    type: 'Type',
    all: 'All',
    teamSearch: 'Search teams',
    teamSearchPlaceholder: 'Title or name',
    clearTeamSearch: 'Clear the team search',
  },
  exportButtons: {
    csv: 'CSV',
    json: 'JSON',
    gapsCsv: 'Gaps CSV',
    exporting: 'Exporting…',
    failed: 'Could not export the persona coverage: {{message}}',
  },
  matrix: {
    team: 'Team',
    title: 'Teams ({{total}})',
    subtitle:
      'direct: the team is a holder; inherited: a parent group is. Columns are grouped by framework.',
    empty: 'No team holds any of these personas.',
    noSearchMatch: 'No team matches “{{search}}”.',
    noFramework: 'No framework',
    scrollHint: 'Scroll sideways for more personas →',
    direct: 'direct',
    directTooltip: '{{team}} is listed as a holder of {{persona}}',
    inherited: 'inherited',
    inheritedTooltip: 'Inherited from {{groups}}',
    levelsUp_one: '{{title}} ({{count}} level up)',
    levelsUp_other: '{{title}} ({{count}} levels up)',
  },
  gaps: {
    withTotal: '{{title}} ({{total}})',
    loadFailed: 'Could not load this page of the gap',
    personasWithoutHolder: 'Personas without holder',
    personasWithoutHolderDefinition:
      'Personas that no team or person holds, so nobody takes on their responsibilities.',
    personasWithoutHolderNone: 'Every persona has a holder.',
    uncoveredComponents: 'Uncovered platform components',
    uncoveredComponentsDefinition:
      'Platform components — the kinds and types the portal counts as platform, by default Kubernetes clusters, runtime bundles and cloud connectors — that no held persona builds or enables.',
    uncoveredComponentsNone:
      'A persona builds or enables every platform component.',
    noType: 'no type',
    ownedBy: '{{type}} · owned by {{owners}}',
    groupsWithoutPersona: 'Groups without persona',
    groupsWithoutPersonaDefinition:
      'Groups that hold none of these personas, neither directly nor inherited from a parent group.',
    groupsWithoutPersonaNone: 'Every group holds a persona.',
  },
} as const;
