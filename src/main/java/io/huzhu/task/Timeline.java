package io.huzhu.task;

import io.huzhu.campaign.CampaignTerms;
import io.huzhu.campaign.RulesVersion;
import io.huzhu.identity.Accounts;
import io.huzhu.risk.AssistStatus;
import io.huzhu.risk.RiskReasons;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The public timeline of a task: everything needed to check it independently — the rules version and its hash,
 * the schedule parameters, the commitment, every assist with its cut, and after the end the seed.
 */
@Component
class Timeline {

    private final TaskRepository tasks;
    private final AssistRepository assists;
    private final TaskCache cache;
    private final TaskViews views;
    private final Accounts accounts;
    private final Corrections corrections;

    Timeline(
            TaskRepository tasks,
            AssistRepository assists,
            TaskCache cache,
            TaskViews views,
            Accounts accounts,
            Corrections corrections) {
        this.corrections = corrections;
        this.tasks = tasks;
        this.assists = assists;
        this.cache = cache;
        this.views = views;
        this.accounts = accounts;
    }

    /**
     * One entry. An ASSIST carries its seq, the schedule slot whose cut it holds, its status and, when it does not
     * count (or counts only provisionally), the reason code; {@code progressAfter} and {@code remainingAfter} are the
     * figures as they were right after it. A CORRECTION (VOIDED, HELD or RESTORED) says how many assists risk control
     * changed at that moment and the figures after it.
     */
    record Entry(
            String type,
            Instant at,
            @Nullable Integer seq,
            @Nullable Integer slot,
            @Nullable UserId helperId,
            @Nullable String helperName,
            @Nullable Long cut,
            @Nullable Long progressAfter,
            @Nullable Long remainingAfter,
            @Nullable AssistStatus status,
            @Nullable String correction,
            @Nullable Integer assists,
            @Nullable String reason,
            @Nullable String reasonZh,
            @Nullable String reasonEn,
            @Nullable UUID caseId) {}

    record Schedule(long amount, int minAssists, int maxAssists, long minCut, int cutCount, String algorithm) {}

    record View(TaskView task, Schedule schedule, List<Entry> entries) {}

    /**
     * The timeline as {@code viewer} may see it: the initiator sees every helper's id and name; anyone else (signed
     * in or not) sees a masked name ("张**") and no id, except on their own assists.
     */
    View of(TaskId id, @Nullable UserId viewer) {
        TaskRow row = tasks.find(id).orElseThrow(() -> HuzhuException.of(ErrorCode.TASK_NOT_FOUND));
        boolean initiator = row.initiatorId().equals(viewer);
        TaskView task = views.view(row);
        RulesVersion rules = cache.rules(row.campaignId(), row.rulesVersion());
        CampaignTerms terms = rules.terms();
        List<AssistRow> rows = assists.ofTask(id);
        Map<UserId, String> names =
                accounts.displayNames(rows.stream().map(AssistRow::helperId).toList());
        List<Entry> entries = new ArrayList<>(rows.size() + 2);
        entries.add(new Entry(
                "STARTED",
                row.startedAt(),
                null,
                null,
                null,
                null,
                null,
                0L,
                row.targetAmount(),
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        for (AssistRow assist : rows) {
            RiskReasons.Text why = assist.reason() == null ? null : RiskReasons.text(assist.reason());
            boolean shown = initiator || assist.helperId().equals(viewer);
            String name = names.getOrDefault(assist.helperId(), "");
            entries.add(new Entry(
                    "ASSIST",
                    assist.createdAt(),
                    assist.seq(),
                    assist.slot(),
                    shown ? assist.helperId() : null,
                    shown ? name : masked(name),
                    assist.cut(),
                    assist.progressAfter(),
                    row.targetAmount() - assist.progressAfter(),
                    assist.status(),
                    null,
                    null,
                    assist.reason(),
                    why == null ? null : why.zh(),
                    why == null ? null : why.en(),
                    assist.caseId()));
        }
        for (Corrections.Row c : corrections.of(id)) {
            RiskReasons.Text why = RiskReasons.text(c.reason());
            entries.add(new Entry(
                    "CORRECTION",
                    c.at(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    c.progressAfter(),
                    c.remainingAfter(),
                    null,
                    c.kind().name(),
                    c.assists(),
                    c.reason(),
                    why.zh(),
                    why.en(),
                    c.caseId()));
        }
        // Corrections come after the assists they touch: a stable sort by time keeps assists in seq order.
        entries.sort(java.util.Comparator.comparing(Entry::at));
        if (task.endedAt() != null) {
            entries.add(new Entry(
                    task.status().name(),
                    task.endedAt(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    row.progress(),
                    row.remaining(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        var schedule = new Schedule(
                terms.amountToCut(),
                terms.minAssists(),
                terms.maxAssists(),
                terms.minimumCut(),
                row.cutCount(),
                "huzhu/cut-schedule/v1 (docs/cut-schedule.md)");
        return new View(task, schedule, entries);
    }

    /** The first character of a name and two stars: enough to recognise a friend, not to find a stranger. */
    static String masked(String name) {
        if (name.isEmpty()) {
            return "";
        }
        return name.substring(0, name.offsetByCodePoints(0, 1)) + "**";
    }

    /** The same timeline as CSV: a header block of key,value lines, a blank line, then one row per entry. */
    static String csv(View view) {
        TaskView task = view.task();
        StringBuilder out = new StringBuilder();
        line(out, "task_id", task.id());
        line(out, "campaign_id", task.campaignId());
        line(out, "rules_version", task.rulesVersion());
        line(out, "terms_hash", task.termsHash());
        line(out, "unit", task.unit());
        line(out, "amount", view.schedule().amount());
        line(out, "min_assists", view.schedule().minAssists());
        line(out, "max_assists", view.schedule().maxAssists());
        line(out, "min_cut", view.schedule().minCut());
        line(out, "cut_count", view.schedule().cutCount());
        line(out, "seed_commitment", task.seedCommitment());
        line(out, "seed", task.seed() == null ? "" : task.seed());
        line(out, "status", task.status());
        out.append('\n');
        out.append("type,at,seq,slot,helper_id,helper_name,cut,progress_after,remaining_after,status,correction,"
                + "assists,reason\n");
        for (Entry e : view.entries()) {
            out.append(e.type()).append(',').append(e.at()).append(',');
            out.append(value(e.seq())).append(',').append(value(e.slot())).append(',');
            out.append(value(e.helperId())).append(',');
            out.append(quote(e.helperName())).append(',').append(value(e.cut())).append(',');
            out.append(value(e.progressAfter()))
                    .append(',')
                    .append(value(e.remainingAfter()))
                    .append(',');
            out.append(value(e.status()))
                    .append(',')
                    .append(value(e.correction()))
                    .append(',');
            out.append(value(e.assists())).append(',').append(value(e.reason())).append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String key, Object value) {
        out.append(key).append(',').append(quote(String.valueOf(value))).append('\n');
    }

    private static String value(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so spreadsheets do not execute it. */
    static String quote(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
