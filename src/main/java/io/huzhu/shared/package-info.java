/**
 * Shared kernel: identifiers, money, time and the error vocabulary every module speaks.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.huzhu.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
