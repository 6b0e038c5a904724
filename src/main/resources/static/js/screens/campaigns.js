// Placeholder: filled in by the campaigns screens.
export const routes = [];
