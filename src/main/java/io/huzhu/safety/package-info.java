/**
 * The content gate ({@link io.huzhu.safety.ContentSafety}, implemented by {@link io.huzhu.safety.SafetyPipeline}):
 * personal data (a number scanner with ID and card checks, e-mail and chat-id finders), links (parsed once, normalised,
 * checked against the platform's and the group's allowlists), spam and ads (a classifier over character n-grams with
 * eleven {@link io.huzhu.safety.SpamCategory categories}, trained on a shipped corpus and on admins' decisions, plus
 * flood, duplicate and shape rules). A gate: the pipeline takes plain inputs and returns a verdict; it depends on no
 * feature module (the dry-run endpoint, which needs group roles, lives in the moderation module).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared"})
package io.huzhu.safety;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
