/**
 * Consumption guardrails (C11): personal limits, cooling-off for big purchases, breaks and quiet hours. A gate:
 * features ask it before an effect that spends a member's money or attention; it imports no feature module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "identity"})
package io.huzhu.guardrails;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
