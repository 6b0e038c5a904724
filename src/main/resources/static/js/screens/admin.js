// Placeholder: filled in by the admin screens.
export const routes = [];
