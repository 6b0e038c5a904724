/**
 * The group feed (C5): text messages, help posts (a Huzhu task card with live progress, or an external assist
 * link), success stories; real-time delivery over WebSocket ({@code /ws}) and SSE, and catch-up from a cursor.
 */
@NullMarked
package io.huzhu.feed;

import org.jspecify.annotations.NullMarked;
