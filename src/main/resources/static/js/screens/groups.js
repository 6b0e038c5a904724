// Placeholder: filled in by the groups screens.
export const routes = [];
