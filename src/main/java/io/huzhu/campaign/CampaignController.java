package io.huzhu.campaign;

import io.huzhu.identity.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns: operators define and publish them; everyone reads published ones and their rules pages. */
@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Campaigns")
class CampaignController {

    private final CampaignLifecycle lifecycle;
    private final CampaignQueries queries;

    CampaignController(CampaignLifecycle lifecycle, CampaignQueries queries) {
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    /** The answer of a successful dry run; an invalid request is a 400 problem with field errors. */
    record ValidationResult(boolean valid, RulesPage rules) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OPERATOR')")
    CampaignView create(@AuthenticationPrincipal CurrentUser user, @RequestBody CampaignRequest request) {
        return lifecycle.create(user, request);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    CampaignView update(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestBody CampaignRequest request) {
        return lifecycle.update(user, CampaignAccess.parseId(id), request);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('OPERATOR')")
    CampaignView publish(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return lifecycle.publish(user, CampaignAccess.parseId(id));
    }

    @PostMapping("/{id}/end")
    @PreAuthorize("hasRole('OPERATOR')")
    CampaignView end(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return lifecycle.end(user, CampaignAccess.parseId(id));
    }

    @PostMapping("/validate")
    @PreAuthorize("hasRole('OPERATOR')")
    ValidationResult validate(
            @RequestBody CampaignRequest request,
            @RequestParam(required = false) @Nullable String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
        return new ValidationResult(true, lifecycle.dryRun(request, RulesLanguage.resolve(lang, acceptLanguage)));
    }

    @GetMapping
    CampaignPage list(
            @AuthenticationPrincipal @Nullable CurrentUser user,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return queries.list(user, mine, cursor, limit);
    }

    @GetMapping("/{id}")
    CampaignView get(@AuthenticationPrincipal @Nullable CurrentUser user, @PathVariable String id) {
        return queries.get(user, CampaignAccess.parseId(id));
    }

    @GetMapping("/{id}/rules")
    ResponseEntity<RulesPage> rules(
            @AuthenticationPrincipal @Nullable CurrentUser user,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
        RulesLanguage language = RulesLanguage.resolve(lang, acceptLanguage);
        RulesPage page = queries.rules(user, CampaignAccess.parseId(id), version, language);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(page);
    }
}
