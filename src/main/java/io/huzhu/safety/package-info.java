/**
 * The content gate. In this release: links (parsed once, normalised, checked against the platform's and the
 * group's allowlists). Personal data and spam detection join it later. A gate: it takes plain inputs and returns
 * a verdict; it never depends on a feature module.
 */
@NullMarked
package io.huzhu.safety;

import org.jspecify.annotations.NullMarked;
