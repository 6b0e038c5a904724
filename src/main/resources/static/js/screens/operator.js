// Placeholder: filled in by the operator screens.
export const routes = [];
