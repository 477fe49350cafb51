/** The home-page widgets of the persona plugin (new frontend system). */
export const homeExtensions = [];
