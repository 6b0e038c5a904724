package io.huzhu.task;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.QrCodes;
import io.huzhu.shared.RateLimiter;
import io.huzhu.shared.RateLimits;
import io.huzhu.shared.TaskId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tasks and assists")
class TaskController {

    private static final int MAX_PAGE = 100;
    /** Compiled once: {@code String.matches} would compile the expression on every assist. */
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private final TaskService starter;
    private final TaskQueries queries;
    private final AssistEngine engine;
    private final Rewards rewards;
    private final Timeline timeline;
    private final MyAssists myAssists;
    private final RateLimiter codeLookups;

    TaskController(
            TaskService starter,
            TaskQueries queries,
            AssistEngine engine,
            Rewards rewards,
            Timeline timeline,
            MyAssists myAssists,
            RateLimits limits) {
        this.codeLookups = limits.limiter("share code lookups", 60, Duration.ofMinutes(1));
        this.myAssists = myAssists;
        this.starter = starter;
        this.queries = queries;
        this.engine = engine;
        this.rewards = rewards;
        this.timeline = timeline;
    }

    record Page<T>(List<T> items, @Nullable String nextCursor) {}

    @PostMapping("/api/campaigns/{campaignId}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a task; the cut schedule is fixed now and committed by hash")
    TaskView start(@PathVariable UUID campaignId, @AuthenticationPrincipal CurrentUser user, ClientInfo client) {
        return starter.start(user, new CampaignId(campaignId), client);
    }

    @GetMapping("/api/tasks/{id}")
    TaskView get(@PathVariable UUID id) {
        return queries.find(new TaskId(id)).orElseThrow(() -> HuzhuException.of(ErrorCode.TASK_NOT_FOUND));
    }

    @GetMapping("/api/tasks/by-code/{code}")
    TaskView byCode(@PathVariable String code, HttpServletRequest request) {
        codeLookups.acquire(request.getRemoteAddr());
        return queries.byShareCode(code).orElseThrow(() -> HuzhuException.of(ErrorCode.TASK_NOT_FOUND));
    }

    @GetMapping(value = "/api/tasks/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable UUID id, @RequestParam(defaultValue = "320") int size) {
        if (size < 128 || size > 1024) {
            throw new HuzhuException(ErrorCode.VALIDATION_FAILED, "size must be between 128 and 1024 pixels");
        }
        TaskView task = get(id);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .contentType(MediaType.IMAGE_PNG)
                .body(QrCodes.png(task.shareLink(), size));
    }

    @PostMapping("/api/tasks/{id}/assists")
    @Operation(summary = "Assist a task once; replays with the same Idempotency-Key return the first result")
    ResponseEntity<AssistResult> assist(
            @PathVariable UUID id,
            @AuthenticationPrincipal CurrentUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            ClientInfo client) {
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new HuzhuException(ErrorCode.IDEMPOTENCY_KEY_INVALID, "1 to 128 visible ASCII characters");
        }
        AssistResult result = engine.assist(new TaskId(id), user, key, client);
        // A replay answers as the first answer did (201), marked as a replay, like every other idempotent POST.
        var created = ResponseEntity.status(HttpStatus.CREATED);
        return result.replayed()
                ? created.header("Idempotency-Replayed", "true").body(result)
                : created.body(result);
    }

    @GetMapping(value = "/api/tasks/{id}/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    Timeline.View timeline(@PathVariable UUID id, @AuthenticationPrincipal @Nullable CurrentUser user) {
        return timeline.of(new TaskId(id), user == null ? null : user.id());
    }

    @GetMapping(value = "/api/tasks/{id}/timeline", produces = "text/csv")
    ResponseEntity<String> timelineCsv(@PathVariable UUID id, @AuthenticationPrincipal @Nullable CurrentUser user) {
        return csv(id, user);
    }

    @GetMapping(value = "/api/tasks/{id}/timeline.csv", produces = "text/csv")
    ResponseEntity<String> timelineCsvFile(@PathVariable UUID id, @AuthenticationPrincipal @Nullable CurrentUser user) {
        return csv(id, user);
    }

    private ResponseEntity<String> csv(UUID id, @Nullable CurrentUser user) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"task-" + id + ".csv\"")
                .body(Timeline.csv(timeline.of(new TaskId(id), user == null ? null : user.id())));
    }

    /** A second confirmation of a purchase held for cooling-off: the {@code confirmation} of the COOLING_OFF problem. */
    record Confirmation(@Nullable UUID confirmation) {}

    @PostMapping("/api/tasks/{id}/claim")
    @Operation(summary = "Claim the reward; a price above the cooling-off threshold needs a second confirmation")
    TaskView claim(
            @PathVariable UUID id,
            @AuthenticationPrincipal CurrentUser user,
            @RequestBody(required = false) @Nullable Confirmation body) {
        return rewards.claim(new TaskId(id), user, body == null ? null : body.confirmation());
    }

    @PostMapping("/api/tasks/{id}/settle")
    @Operation(
            summary = "Take an expired task's partial value; buying above the cooling-off threshold needs a second"
                    + " confirmation")
    TaskView settle(
            @PathVariable UUID id,
            @AuthenticationPrincipal CurrentUser user,
            @RequestBody(required = false) @Nullable Confirmation body) {
        return rewards.settle(new TaskId(id), user, body == null ? null : body.confirmation());
    }

    @GetMapping("/api/me/tasks")
    Page<TaskView> mine(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable UUID cursor,
            @RequestParam(defaultValue = "20") int limit) {
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        List<TaskView> items = queries.startedBy(user.id(), cursor, size);
        String next = items.size() == size ? items.getLast().id().toString() : null;
        return new Page<>(items, next);
    }

    @GetMapping("/api/me/assists")
    @Operation(summary = "My assists, newest first: whether each counts and, when not, why and which case to appeal")
    Page<MyAssists.MyAssist> myAssists(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable UUID cursor,
            @RequestParam(defaultValue = "20") int limit) {
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        List<MyAssists.MyAssist> items = myAssists.page(user.id(), cursor, size);
        String next = items.size() == size ? items.getLast().assistId().toString() : null;
        return new Page<>(items, next);
    }
}
