/**
 * Demo data for the embedded database, so that the first run shows a living system. A sink: nothing depends on it.
 */
@NullMarked
package io.huzhu.demo;

import org.jspecify.annotations.NullMarked;
