import {
  createTranslationRef,
  TranslationFunction,
} from '@backstage/core-plugin-api/alpha';

/**
 * Every text of the persona plugin that a person reads, so that an app can
 * translate or reword it (`createTranslationMessages` with this ref). Counts
 * in titles are `{{total}}`; the validator's counts are plurals (`_one`,
 * `_other`) interpolated with `{{count}}`.
 *
 * @alpha
 */
export const personaTranslationRef = createTranslationRef({
  id: 'persona',
  messages: {
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
      errorTitle: 'Could not load the personas of {{entityRef}}',
      wrongViewTitle: 'No persona view of this kind',
      wrongViewMessage:
        '{{entityRef}} has a persona view of type "{{actual}}", not "{{expected}}".',
    },
    retryableErrorPanel: { retry: 'Retry' },
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
      guideText:
        'Every field is described in the authoring guide: {{location}}.',
      validatorLink:
        'Check a definition before committing it with the {{validator}}.',
      validatorLinkText: 'Persona validator',
    },
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
    rolesTable: {
      persona: 'Persona',
      type: 'Type',
      holders: 'Holders',
      via: 'Via',
      nobodyHoldsIt: 'nobody holds it',
    },
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
      onePerson: '1 (a person)',
      emptyTitle: 'Nobody holds this persona yet',
      emptyDescription:
        'List the Groups and Users that take it under spec.holders of its definition; sub-groups and members then hold it too.',
    },
    modesCard: {
      title: 'Components',
      emptyTitle: 'This persona names no components',
      emptyDescription:
        'List what it works on under spec.builds, spec.enables or spec.consumes, as entity refs or as selectors.',
    },
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
    authoringGuide: {
      loadError:
        'The authoring guide could not be loaded: {{status}} {{statusText}}',
    },
    validator: {
      title: 'Validate Persona YAML',
      intro:
        'One or more Persona documents, in YAML (separated by {{separator}}) or JSON, checked with the rules of the catalog as you type. Nothing is saved: once the text is valid, add it to a catalog location. Back to {{link}}.',
      allPersonas: 'all personas',
      editorLabel: 'Persona YAML',
      templateLabel: 'Start from a template',
      templateHelp: 'Replaces the text with a Persona of a shipped pack',
      templatePlaceholder: 'Choose a Persona…',
      blank:
        'Paste or type Persona YAML, or start from a template: every problem shows here as you type.',
      errorTitle: 'Could not validate the YAML',
      copyYaml: 'Copy YAML',
      copyReport: 'Copy problem report',
      copiedYaml: 'Copied the YAML to the clipboard',
      copiedReport: 'Copied the problem report to the clipboard',
      copyYamlFailed: 'Could not copy the YAML: {{message}}',
      copyReportFailed: 'Could not copy the problem report: {{message}}',
      problems: 'Problems',
      document: 'Document',
      position: 'Line:column',
      path: 'Path',
      message: 'Message',
      moveCaret: 'Move the caret to line {{line}}',
    },
    validation: {
      problemCount_one: '{{count}} problem',
      problemCount_other: '{{count}} problems',
      documentCount_one: '{{count}} document',
      documentCount_other: '{{count}} documents',
      personaDocumentCount_one: '{{count}} Persona document',
      personaDocumentCount_other: '{{count}} Persona documents',
      problemsSummary: '{{problems}} in {{documents}}',
      noPersona: 'No Persona document: {{documents}} of other kinds',
      valid: 'Valid: {{personas}}',
      validWithOthers:
        'Valid: {{personas}} ({{others}} of other kinds skipped)',
      reportTitle: 'Persona validation: {{summary}}',
      reportLine: 'document {{document}}, {{position}} {{path}}: {{message}}',
    },
  },
});

/** The `t` of {@link personaTranslationRef}, for helpers outside components. */
export type PersonaTranslate = TranslationFunction<
  typeof personaTranslationRef.T
>;
