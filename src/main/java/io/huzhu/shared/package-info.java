/**
 * Shared kernel: identifiers, money, time and the error vocabulary every module speaks. It depends on no module.
 */
@NullMarked
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package io.huzhu.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
