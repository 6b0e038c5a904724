// Placeholder: filled in by the tasks screens.
export const routes = [];
