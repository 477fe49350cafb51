/** Texts of the team interactions, the Team API export and the scorecard. */
export const interactionsMessages = {
  interactions: {
    errorTitle: 'Could not load the team interactions of {{name}}',
    emptyTitle: '{{name}} interacts with no other team',
    emptyDescription:
      'Interactions come from the personas: a team that builds a component another team consumes provides it as a service; a team that enables a component another team builds or consumes facilitates that team; two teams that build the same component collaborate. Give {{name}} a persona that builds, enables or consumes platform components, and name the other teams as holders of theirs.',
    teamType: 'Team type: {{type}}',
    teamTypeUnknown:
      '{{name}} holds no persona, so it has no Team Topologies type.',
    teamTypeAnnotation: 'set by its annotation {{annotation}}',
    teamTypeInferred: 'inferred from its personas',
    modeTitle: '{{mode}} ({{total}})',
    interaction: 'Interaction',
    components: 'Through components',
    personas: 'Implied by personas',
    role: {
      provides: 'provides to',
      consumes: 'consumes from',
      facilitates: 'facilitates',
      isFacilitated: 'is facilitated by',
      collaborates: 'collaborates with',
    },
  },
  interactionModes: {
    'x-as-a-service': 'X-as-a-Service',
    facilitating: 'Facilitating',
    collaboration: 'Collaboration',
    'x-as-a-serviceDescription':
      'One team builds a component the other consumes.',
    facilitatingDescription:
      'One team enables a component the other builds or consumes.',
    collaborationDescription: 'Both teams build the same component.',
  },
  teamTypes: {
    'stream-aligned': 'Stream-aligned',
    platform: 'Platform',
    enabling: 'Enabling',
    'complicated-subsystem': 'Complicated subsystem',
  },
  teamApiExport: {
    label: 'Export Team API',
    markdown: 'Markdown',
    json: 'JSON',
    exporting: 'Exporting…',
    failed: 'Could not export the Team API of {{name}}: {{message}}',
  },
  teamInteractions: {
    tabCoverage: 'Coverage',
    tabInteractions: 'Team interactions',
    title: 'Team interactions',
    errorTitle: 'Could not load the team interactions',
    emptyTitle: 'No team interacts with another yet',
    emptyDescription:
      'Interactions appear when one team’s persona builds a component that another team’s persona consumes, enables or builds too.',
    filterLabel: 'Show interactions',
    noMatch: 'No interaction of the selected modes.',
    graphTitle: 'Team graph',
    graphDescription:
      'Teams with their Team Topologies type; arrows point from the team that provides or facilitates to the other one.',
    tableTitle: 'Interactions ({{total}})',
    from: 'From team',
    mode: 'Mode',
    to: 'To team',
    components: 'Components',
    personas: 'Personas',
  },
  scorecard: {
    title: 'Persona scorecard',
    subtitle: 'Persona coverage checks from tech insights',
    errorTitle: 'Could not run the persona checks',
    notInstalledTitle: 'Tech insights is not installed',
    notInstalledDescription:
      'The persona checks run in the tech-insights backend, with the persona fact retriever and checks of @platform-personas/backstage-plugin-tech-insights-backend-module-persona. Add both to the backend to see this scorecard.',
    noChecks: 'Tech insights knows none of the persona checks.',
    passed: 'Passed',
    failed: 'Failed',
    summary: '{{passed}} of {{total}} checks pass',
  },
} as const;
