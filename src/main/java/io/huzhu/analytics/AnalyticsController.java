package io.huzhu.analytics;

import io.huzhu.campaign.Campaigns;
import io.huzhu.group.Groups;
import io.huzhu.group.Membership;
import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboards' numbers: one table per chart, as JSON or (format=csv) as the CSV export of exactly those numbers.
 * Operators see the platform and the campaigns; a group's owner and admins see their group.
 */
@RestController
@Tag(name = "Analytics")
class AnalyticsController {

    static final int MAX_DAYS = 400;
    private final Charts charts;
    private final FunnelCharts funnels;
    private final GroupCharts groupCharts;
    private final Campaigns campaigns;
    private final Groups groups;
    private final Calendar calendar;
    private final Clock clock;

    AnalyticsController(
            Charts charts,
            FunnelCharts funnels,
            GroupCharts groupCharts,
            Campaigns campaigns,
            Groups groups,
            AnalyticsProperties properties,
            Clock clock) {
        this.charts = charts;
        this.funnels = funnels;
        this.groupCharts = groupCharts;
        this.campaigns = campaigns;
        this.groups = groups;
        this.calendar = new Calendar(properties.zone());
        this.clock = clock;
    }

    record Range(LocalDate from, LocalDate to) {}

    @GetMapping(value = "/api/analytics/platform/{chart:active|retention|funnel|daily|summary}")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "A platform chart's numbers (operators): active, retention, funnel, daily or summary")
    @Transactional(readOnly = true)
    ResponseEntity<?> platform(
            @PathVariable String chart,
            @Parameter(description = "first day (ISO date, analytics time zone); default 59 days before to")
                    @RequestParam(required = false)
                    @Nullable
                    String from,
            @Parameter(description = "last day; default today") @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "instead of from: this many days up to to")
                    @RequestParam(required = false)
                    @Nullable
                    Integer days,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) @Nullable String format) {
        Range r = range(from, to, days);
        String name = "platform-" + chart;
        Table table = switch (chart) {
            case "active" -> charts.active(name, Calendar.PLATFORM, Calendar.PLATFORM_ID, r.from(), r.to());
            case "retention" -> charts.retention(name, Calendar.PLATFORM, Calendar.PLATFORM_ID, r.from(), r.to());
            case "funnel" -> funnels.funnel(name, null, r.from(), r.to());
            case "daily" -> funnels.daily(name, null, r.from(), r.to());
            default -> funnels.summary(name, null, r.from(), r.to());
        };
        return answer(table, format);
    }

    @GetMapping(value = "/api/analytics/campaigns/{id}/{chart:funnel|daily|summary}")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(
            summary = "A campaign chart's numbers (operators): funnel, daily or summary (with the viral coefficient)")
    @Transactional(readOnly = true)
    ResponseEntity<?> campaign(
            @PathVariable UUID id,
            @PathVariable String chart,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable Integer days,
            @RequestParam(required = false) @Nullable String format) {
        if (campaigns.currentRules(CampaignId.of(id)).isEmpty()) {
            throw HuzhuException.of(ErrorCode.CAMPAIGN_NOT_FOUND);
        }
        Range r = range(from, to, days);
        String name = "campaign-" + chart;
        Table table = switch (chart) {
            case "funnel" -> funnels.funnel(name, id, r.from(), r.to());
            case "daily" -> funnels.daily(name, id, r.from(), r.to());
            default -> funnels.summary(name, id, r.from(), r.to());
        };
        return answer(table, format);
    }

    @GetMapping(value = "/api/analytics/groups/{id}/{chart:activity|retention|help|safety|viral}")
    @Operation(
            summary = "A group chart's numbers (the group's owner and admins): activity, retention, help, safety or"
                    + " viral")
    @Transactional(readOnly = true)
    ResponseEntity<?> group(
            @PathVariable UUID id,
            @PathVariable String chart,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable Integer days,
            @RequestParam(required = false) @Nullable String format,
            @AuthenticationPrincipal CurrentUser user) {
        Membership me = groups.membership(GroupId.of(id), user.id())
                .orElseThrow(() -> HuzhuException.of(ErrorCode.GROUP_NOT_FOUND));
        if (!me.canModerate()) {
            throw new HuzhuException(
                    ErrorCode.GROUP_ROLE_REQUIRED, "Only the group's owner and admins see its analytics");
        }
        Range r = range(from, to, days);
        String name = "group-" + chart;
        Table table = switch (chart) {
            case "activity" -> groupCharts.activity(name, id, r.from(), r.to());
            case "retention" -> charts.retention(name, Calendar.GROUP, id, r.from(), r.to());
            case "help" -> groupCharts.help(name, id, r.from(), r.to());
            case "safety" -> groupCharts.safety(name, id, r.from(), r.to());
            default -> groupCharts.viral(name, id, r.from(), r.to());
        };
        return answer(table, format);
    }

    private Range range(@Nullable String from, @Nullable String to, @Nullable Integer days) {
        try {
            LocalDate last = to == null || to.isBlank() ? calendar.day(clock.instant()) : LocalDate.parse(to);
            if (days != null && (days < 1 || days > MAX_DAYS || from != null)) {
                throw HuzhuException.of(ErrorCode.ANALYTICS_QUERY);
            }
            int back = days == null ? 60 : days;
            LocalDate first = from == null || from.isBlank() ? last.minusDays(back - 1) : LocalDate.parse(from);
            long span = ChronoUnit.DAYS.between(first, last);
            if (span < 0 || span >= MAX_DAYS) {
                throw HuzhuException.of(ErrorCode.ANALYTICS_QUERY);
            }
            return new Range(first, last);
        } catch (DateTimeParseException e) {
            throw new HuzhuException(ErrorCode.ANALYTICS_QUERY, "from and to are ISO dates such as 2026-01-31");
        }
    }

    private static ResponseEntity<?> answer(Table table, @Nullable String format) {
        if (format == null || format.isBlank() || format.equals("json")) {
            return ResponseEntity.ok(table);
        }
        if (!format.equals("csv")) {
            throw new HuzhuException(ErrorCode.ANALYTICS_QUERY, "format is json or csv");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"" + table.chart() + ".csv\"")
                .body(table.csv());
    }
}
