package dev.anchorgraph.service.prospect;

import dev.anchorgraph.risk.RiskTier;
import dev.anchorgraph.service.risk.Language;
import dev.anchorgraph.uscc.Uscc;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class ProspectController {

    private final ProspectQueries queries;

    ProspectController(ProspectQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "Ranked lending prospects in an anchor's supply chain", description = """
                    Firms the score step mapped into the anchor's chain (CHAIN_TO: at most 3 trade hops, so the \
                    search is bounded by construction), filtered, then ranked: risk tier A, B, C, D (then firms \
                    with insufficient data for a tier, then unscored firms), then chain strength descending, then risk score descending, then USCC ascending \
                    as the stable tie-break; `sort=score` orders by risk score (highest first, unscored last), \
                    `sort=trade` by net trade with the anchor over the last 12 months (largest first), each then by \
                    USCC. `insufficientData` (include, exclude, only; default include) keeps, drops or keeps only the \
                    firms with too little trade evidence for a tier (status insufficient_data, score and tier null); \
                    a `tier` filter matches tiers only, so it leaves them out. `maxGroupExposure` (CNY) keeps only \
                    firms whose group (firms under one actual controller) the bank has lent at most that much to; \
                    firms in no group, or in a group that borrows nothing, pass. Rows carry `groupId` and \
                    `groupExposure`. `total` counts the matching firms on all pages, `asOf` is the latest score date among them. Each row carries the firm's industry, \
                    region, 12-month sales (`annualSales`) and 12-month trade with the anchor (`anchorTrade`, both \
                    directions; 0 beyond the first hop), CNY excluding tax. A firm on both sides of the chain is listed once, on its strongest \
                    chain. Pages of `limit` rows (1-500); pass the returned `nextCursor` as `cursor` for the next \
                    page, which starts exactly after the last row (no repeats, no gaps; a cursor is good for its own sort only). `Accept: text/csv` \
                    returns the same rows as CSV with the next cursor in the Next-Cursor header. Reason messages \
                    follow Accept-Language (zh or en). 404 company-not-found for an unknown code, 404 \
                    not-an-anchor for a firm that is not an anchor, 400 invalid-request for a bad parameter.""")
    @GetMapping(
            path = "/api/v1/anchors/{uscc}/prospects",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    Mono<ProspectPage> prospects(
            @PathVariable String uscc,
            @RequestParam(defaultValue = "2") @Min(1) @Max(3) int maxHops,
            @RequestParam(defaultValue = "both") Direction direction,
            @RequestParam(required = false) List<Scale> scale,
            @RequestParam(defaultValue = "true") boolean firstTimeOnly,
            @RequestParam(required = false) List<RiskTier> tier,
            @RequestParam(defaultValue = "include") ThinFiles insufficientData,
            @RequestParam(required = false) @jakarta.validation.constraints.PositiveOrZero Double maxGroupExposure,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @RequestParam(defaultValue = "ranking") ProspectSort sort,
            @RequestParam(required = false) String cursor,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        var anchor = Uscc.parse(uscc).value();
        var filter = new ProspectFilter(
                maxHops,
                direction,
                scale,
                firstTimeOnly,
                tier,
                insufficientData,
                maxGroupExposure,
                limit,
                sort,
                cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor, sort));
        var lang = Language.of(acceptLanguage);
        return queries.anchor(anchor)
                .flatMap(ref -> Mono.zip(
                                queries.rows(anchor, filter, lang).collectList(), queries.count(anchor, filter))
                        .map(found -> {
                            var ranked = found.getT1();
                            var more = ranked.size() > limit;
                            var page = more ? ranked.subList(0, limit) : ranked;
                            return new ProspectPage(
                                    ref,
                                    sort.toString(),
                                    found.getT2().total(),
                                    found.getT2().asOf(),
                                    page.stream()
                                            .map(ProspectQueries.Ranked::row)
                                            .toList(),
                                    more ? page.getLast().key().encode() : null);
                        }));
    }
}
