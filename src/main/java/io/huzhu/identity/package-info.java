/**
 * Accounts, login, bearer tokens, roles, account status, trust and credit level. A gate: features call it; it
 * depends only on the kernel and the content gate (display names are screened), never on a feature.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "safety"})
package io.huzhu.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
