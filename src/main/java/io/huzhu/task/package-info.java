/**
 * Tasks and assists: starting a task with a committed cut schedule, assisting it exactly once per helper,
 * success, claims, expiry and settlement, and the public timeline.
 */
@NullMarked
package io.huzhu.task;

import org.jspecify.annotations.NullMarked;
