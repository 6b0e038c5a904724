/**
 * The detectors of risk control: pure functions from a {@link io.huzhu.risk.detect.Snapshot} of recent signals to
 * {@link io.huzhu.risk.detect.Finding}s, so the production scan and the fraud simulator (test sources) run the same
 * code. Internal to the risk module.
 */
@NullMarked
package io.huzhu.risk.detect;

import org.jspecify.annotations.NullMarked;
