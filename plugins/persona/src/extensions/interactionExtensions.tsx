/** The team interaction and scorecard extensions (new frontend system). */
export const interactionExtensions = [];
