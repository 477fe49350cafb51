/** Texts of the team interactions, the Team API export and the scorecard. */
export const interactionsMessages = {
  interactions: {},
} as const;
