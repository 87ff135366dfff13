package dev.anchorgraph.service.trade;

import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.uscc.Uscc;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class SalesController {

    private static final String FIRM = """
            MATCH (c:Company {uscc: $uscc})
            RETURN c.uscc AS uscc, c.name AS name,
                   coalesce(c.riskAsOf, COLLECT { MATCH (c)-[s:SUPPLIES]->() RETURN s.lastOn ORDER BY s.lastOn DESC LIMIT 1 }[0]) AS asOf
            """;

    // One row per buyer, largest first over the window; the caller keeps the first few and sums the rest, so an
    // anchor with thousands of buyers costs a stream, not a list in memory.
    private static final String BUYERS = """
            MATCH (:Company {uscc: $uscc})-[s:SUPPLIES]->(b:Company)
            WITH b, [i IN range(0, size(coalesce(s.months, [])) - 1)
                     WHERE s.months[i] >= $from AND s.months[i] <= $to | {month: s.months[i], amount: s.monthlyAmounts[i]}] AS inWindow
            WITH b, inWindow, reduce(t = 0.0, m IN inWindow | t + m.amount) AS amount
            WHERE size(inWindow) > 0
            RETURN b.uscc AS uscc, b.name AS name, coalesce(b.largeBuyer, b:Anchor OR b.scale = 'large') AS large,
                   b:Anchor AS anchor, amount, [m IN inWindow | m.month] AS months, [m IN inWindow | m.amount] AS amounts
            ORDER BY amount DESC, uscc
            """;

    private final ReactiveNeo4jClient neo4j;

    SalesController(ReactiveNeo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Operation(
            summary = "A firm's monthly sales, by buyer",
            description = "Net sales (CNY excluding tax, after red-letter reversals) per month over `months` months "
                    + "(1-60, default 24) ending with the firm's risk as-of month (its latest sale when unscored); the "
                    + "`buyers` largest buyers (1-20, default 5) separately, flagged `large` as the score step marks "
                    + "large buyers, the rest summed in `others`. 404 company-not-found for an unknown code.")
    @GetMapping("/api/v1/companies/{uscc}/sales")
    Mono<MonthlySales> sales(
            @PathVariable String uscc,
            @RequestParam(defaultValue = "24") @Min(1) @Max(60) int months,
            @RequestParam(defaultValue = "5") @Min(1) @Max(20) int buyers) {
        var code = Uscc.parse(uscc).value();
        return neo4j.query(FIRM)
                .bind(code)
                .to("uscc")
                .fetchAs(Firm.class)
                .mappedBy((t, r) -> new Firm(
                        r.get("uscc").asString(),
                        r.get("name").asString(null),
                        r.get("asOf").isNull() ? null : r.get("asOf").asLocalDate()))
                .one()
                .switchIfEmpty(Mono.error(() -> new ApiProblem(
                        ProblemType.COMPANY_NOT_FOUND, "No company with USCC " + code + " in the graph.")))
                .flatMap(firm -> firm.asOf() == null
                        ? Mono.just(new MonthlySales(
                                firm.uscc(),
                                firm.name(),
                                null,
                                List.of(),
                                List.of(),
                                List.of(),
                                new MonthlySales.Others(0, 0, List.of())))
                        : byBuyer(firm, window(firm.asOf(), months), buyers));
    }

    private Mono<MonthlySales> byBuyer(Firm firm, List<String> window, int top) {
        return neo4j.query(BUYERS)
                .bind(firm.uscc())
                .to("uscc")
                .bind(window.getFirst())
                .to("from")
                .bind(window.getLast())
                .to("to")
                .fetchAs(BuyerRow.class)
                .mappedBy((t, r) -> new BuyerRow(
                        r.get("uscc").asString(),
                        r.get("name").asString(null),
                        r.get("large").asBoolean(false),
                        r.get("anchor").asBoolean(),
                        r.get("amount").asDouble(),
                        r.get("months").asList(v -> v.asString()),
                        r.get("amounts").asList(v -> v.asDouble(0))))
                .all()
                .reduce(new SalesByBuyer(window, top), SalesByBuyer::add)
                .map(acc -> acc.result(firm.uscc(), firm.name(), firm.asOf()));
    }

    /** The {@code months} months ending with the as-of month, oldest first, as the loader writes them. */
    static List<String> window(LocalDate asOf, int months) {
        var last = YearMonth.from(asOf);
        var result = new ArrayList<String>(months);
        for (int i = months - 1; i >= 0; i--) {
            result.add(last.minusMonths(i).toString());
        }
        return result;
    }

    private record Firm(String uscc, String name, LocalDate asOf) {}

    record BuyerRow(
            String uscc,
            String name,
            boolean large,
            boolean anchor,
            double amount,
            List<String> months,
            List<Double> amounts) {}
}
