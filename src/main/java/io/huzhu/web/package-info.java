/**
 * The shell: security configuration, error mapping, idempotency and request limits, OpenAPI. Nothing depends on
 * it.
 */
@NullMarked
package io.huzhu.web;

import org.jspecify.annotations.NullMarked;
