/**
 * The content gate ({@link io.huzhu.safety.ContentSafety}, implemented by {@link io.huzhu.safety.SafetyPipeline}):
 * personal data, links (parsed once, normalised, checked against the platform's and the group's allowlists), spam
 * and ads. A gate: the pipeline takes plain inputs and returns a verdict; it never depends on a feature module. Only
 * the dry-run endpoint ({@code POST /api/safety/check}) asks {@link io.huzhu.group.Groups} who may moderate a group.
 */
@NullMarked
package io.huzhu.safety;

import org.jspecify.annotations.NullMarked;
