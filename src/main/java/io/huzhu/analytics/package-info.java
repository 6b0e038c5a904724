/**
 * Analytics (C12), a sink: it learns what happens from the other modules' events (through the event publication
 * registry), folds them into daily aggregate tables and serves the operators' and group owners' dashboards and their
 * CSV exports. Nothing depends on it. Definitions: {@code docs/analytics.md}; design: {@code docs/adr/0018}.
 */
@NullMarked
package io.huzhu.analytics;

import org.jspecify.annotations.NullMarked;
