package dev.anchorgraph.service.company;

import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.uscc.Uscc;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/companies")
class CompanyController {

    private static final String FACTS = """
            MATCH (c:Company {uscc: $uscc})
            OPTIONAL MATCH (c)-[:IN_INDUSTRY]->(i:Industry)
            RETURN c.uscc AS uscc, c.name AS name, coalesce(c.usccValid, true) AS usccValid, c:Anchor AS anchor,
                   c.industryCode AS industryCode, i.name AS industryName, c.region AS region,
                   c.registeredCapital AS registeredCapital, c.registeredCapitalAmount AS registeredCapitalAmount,
                   c.registeredCapitalCurrency AS registeredCapitalCurrency, c.foundedOn AS foundedOn, c.status AS status,
                   c.scale AS scale, c.address AS address
            """;

    private final ReactiveNeo4jClient neo4j;

    CompanyController(ReactiveNeo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Operation(
            summary = "A company's registry facts",
            description = "Case and spaces in the code are normalised. A code that fails the GB 32100 checksum is "
                    + "still looked up (early pilot-region codes do); a wrong length or character is a 400.")
    @GetMapping("/{uscc}")
    Mono<CompanyFacts> company(@PathVariable String uscc) {
        var code = Uscc.parse(uscc);
        return neo4j.query(FACTS)
                .bind(code.value())
                .to("uscc")
                .fetchAs(CompanyFacts.class)
                .mappedBy((types, r) -> new CompanyFacts(
                        r.get("uscc").asString(),
                        r.get("name").asString(),
                        r.get("usccValid").asBoolean(),
                        r.get("anchor").asBoolean(),
                        string(r.get("industryCode")),
                        string(r.get("industryName")),
                        string(r.get("region")),
                        r.get("registeredCapital").isNull()
                                ? null
                                : r.get("registeredCapital").asDouble(),
                        r.get("registeredCapitalAmount").isNull()
                                ? null
                                : r.get("registeredCapitalAmount").asDouble(),
                        string(r.get("registeredCapitalCurrency")),
                        date(r.get("foundedOn")),
                        string(r.get("status")),
                        string(r.get("scale")),
                        string(r.get("address"))))
                .one()
                .switchIfEmpty(Mono.error(() -> new ApiProblem(
                        ProblemType.COMPANY_NOT_FOUND, "No company with USCC " + code + " in the graph.")));
    }

    private static String string(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static LocalDate date(Value v) {
        return v.isNull() ? null : v.asLocalDate();
    }
}
