/** Texts of the search result item of a Persona. */
export const searchMessages = {
  searchResultItem: {
    kind: 'Persona',
    type: 'Type: {{type}}',
    framework: 'Framework: {{framework}}',
    matchingResponsibilities: 'Matching responsibilities',
    responsibilities: 'Responsibilities',
    moreResponsibilities: '+{{count}} more',
    heldBy: 'Held by',
    moreHolders: '+{{count}} more',
    noHolders: 'Nobody holds this persona yet',
  },
} as const;
