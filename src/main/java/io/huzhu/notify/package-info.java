/**
 * Notifications (C13), a sink: the in-app inbox per member (coalesced assists, task outcomes, help reports to
 * confirm, join approvals, moderation and risk decisions, appeal outcomes) with unread counts, read marks and per-kind
 * preferences, pushed live over the member's feed connection through the kernel's {@link io.huzhu.shared.MemberChannel}
 * when the guardrails gate ({@link io.huzhu.guardrails.Attention}) allows; and outgoing webhooks for group owners
 * (Standard Webhooks signatures, WeCom, DingTalk and Feishu group robots) from a durable queue. It listens to other
 * modules' events, calls gates and the kernel, and asks {@link io.huzhu.group.Groups} only who owns a group. Nothing
 * depends on it. See {@code docs/notifications.md}.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "guardrails",
            "group",
            "task",
            "feed",
            "reciprocity",
            "moderation",
            "risk"
        })
package io.huzhu.notify;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
