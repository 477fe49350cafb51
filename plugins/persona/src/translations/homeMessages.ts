/** Texts of the "My responsibilities" home-page card. */
export const homeMessages = {
  homeCard: {},
} as const;
