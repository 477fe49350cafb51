/** Texts shared by every persona view: modes, loading and error states, links, empty states. */
export const commonMessages = {
  modes: {
    builds: 'Builds',
    enables: 'Enables',
    consumes: 'Consumes',
    withTotal: '{{mode}} ({{total}})',
  },
  inverseModes: {
    builds: 'Built by',
    enables: 'Enabled by',
    consumes: 'Consumed by',
  },
  via: { ref: 'named', selector: 'selector' },
  viewLoader: {
    errorTitle: 'Could not load the personas of {{name}}',
    wrongViewTitle: 'No persona view of this kind',
    wrongViewMessage:
      '{{name}} has a persona view of type "{{actual}}", not "{{expected}}".',
  },
  retryableErrorPanel: { retry: 'Retry' },
  showMore: {
    more: 'Show {{next}} more ({{shown}} of {{total}} loaded)',
    loading: 'Loading…',
    error: 'Could not load more: {{message}}',
    retry: 'Retry',
  },
  refLink: {
    missing: 'missing',
    missingTooltip: 'This ref points to no entity in the catalog',
  },
  valueChips: { none: 'none' },
  emptyState: {
    example:
      'Personas are catalog entities of kind {{kind}}: a role with its responsibilities, the Groups and Users that hold it, and the components it builds, enables or consumes. Add one to a catalog location like this:',
    guideLink: 'Every field is described in the {{guide}}.',
    guideLinkText: 'authoring guide',
    guideText: 'Every field is described in the authoring guide: {{location}}.',
    validatorLink:
      'Check a definition before committing it with the {{validator}}.',
    validatorLinkText: 'Persona validator',
  },
  authoringGuide: {
    loadError:
      'The authoring guide could not be loaded: {{status}} {{statusText}}',
  },
} as const;
