package dev.anchorgraph.generator;

import static dev.anchorgraph.generator.GeneratedFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.uscc.Uscc;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Properties of one small generated data set (500 firms, 5000 invoices, a higher anomaly share to plant every kind). */
class GeneratedDataSetTest {

    static final int COMPANIES = 500;
    static final int INVOICES = 5000;

    @TempDir
    static Path dir;

    static List<CSVRecord> companies;
    static List<CSVRecord> invoices;
    static List<CSVRecord> anomalies;
    static String output;

    @BeforeAll
    static void generate() {
        output = GeneratedFiles.generate(
                dir,
                "--companies",
                "" + COMPANIES,
                "--invoices",
                "" + INVOICES,
                "--as-of",
                GeneratedFiles.AS_OF,
                "--anomaly-share",
                "0.05");
        companies = read(dir, "companies.csv");
        invoices = read(dir, "invoices.csv");
        anomalies = read(dir, "planted-anomalies.csv");
    }

    @Test
    void everyFileHasExactlyTheDocumentedHeader() {
        var expected = Map.of(
                "companies.csv",
                        "uscc,name,industry_code,registered_capital,founded_on,status,scale,address,business_scope",
                "shareholders.csv", "company_uscc,holder_type,holder_id,holder_name,stake,subscribed_capital,since",
                "officers.csv", "company_uscc,person_id,person_name,role",
                "cases.csv", "case_no,court,cause,kind,filed_on,closed_on,amount,status",
                "case_parties.csv", "case_no,party_name,party_uscc,role",
                "invoices.csv",
                        "invoice_no,seller_uscc,buyer_uscc,issued_on,amount,tax_amount,item_name,tax_code,kind,"
                                + "original_invoice_no",
                "anchors.csv", "uscc,program",
                "borrowers.csv", "uscc,lender,first_loan_on",
                "planted-anomalies.csv", "kind,members,detail",
                "outcomes.csv", "uscc,defaulted,observed_on");
        expected.forEach((file, header) -> assertThat(String.join(",", GeneratedFiles.header(dir, file)))
                .as(file)
                .isEqualTo(header));
    }

    @Test
    void theSummaryNamesEveryFileWithItsRowCount() {
        assertThat(output.lines().filter(l -> l.contains(" rows"))).hasSize(GenerateCommandTest.FILES.size());
        assertThat(output).containsPattern("companies\\.csv +500 rows").containsPattern("invoices\\.csv +5,000 rows");
    }

    @Test
    void everyUsccIsWellFormedUniqueAndAlmostAllChecksumsAreValid() {
        var codes = companies.stream().map(r -> r.get("uscc")).toList();
        assertThat(codes)
                .hasSize(COMPANIES)
                .doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(Uscc.problemWith(code)).as(code).isNull())
                .allSatisfy(code -> assertThat(code).matches("9[123][0-9]{6}.{10}"));
        long invalid =
                codes.stream().filter(code -> !new Uscc(code).checksumValid()).count();
        assertThat(invalid).isLessThanOrEqualTo(COMPANIES / 50);
    }

    @Test
    void theInvoiceRowCountIsExactlyWhatWasAskedFor() {
        assertThat(invoices).hasSize(INVOICES);
    }

    @Test
    void everyInvoicePartyIsACompany() {
        var known = companies.stream().map(r -> r.get("uscc")).collect(Collectors.toSet());
        assertThat(invoices).allSatisfy(i -> {
            assertThat(known).contains(i.get("seller_uscc"), i.get("buyer_uscc"));
            assertThat(i.get("seller_uscc")).isNotEqualTo(i.get("buyer_uscc"));
        });
    }

    @Test
    void invoiceNumbersAreUniqueDigitStringsOfAtMostTwenty() {
        var numbers = invoices.stream().map(i -> i.get("invoice_no")).toList();
        assertThat(numbers)
                .doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).matches("[0-9]{1,20}"));
    }

    @Test
    void redInvoicesAreNegativeAndReverseAnEarlierInvoiceOfTheSamePair() {
        var byNumber = invoices.stream().collect(Collectors.toMap(i -> i.get("invoice_no"), i -> i));
        var reds = invoices.stream().filter(i -> i.get("kind").equals("red")).toList();
        assertThat(reds).isNotEmpty();
        assertThat(reds).allSatisfy(red -> {
            assertThat(new BigDecimal(red.get("amount"))).isNegative();
            var original = byNumber.get(red.get("original_invoice_no"));
            assertThat(original).as("original of %s", red.get("invoice_no")).isNotNull();
            assertThat(original.get("kind")).isEqualTo("normal");
            assertThat(original.get("seller_uscc")).isEqualTo(red.get("seller_uscc"));
            assertThat(original.get("buyer_uscc")).isEqualTo(red.get("buyer_uscc"));
            assertThat(original.get("issued_on")).isLessThanOrEqualTo(red.get("issued_on"));
            assertThat(new BigDecimal(red.get("amount")).negate())
                    .isLessThanOrEqualTo(new BigDecimal(original.get("amount")));
        });
        assertThat(invoices.stream().filter(i -> !i.get("kind").equals("red")))
                .allSatisfy(i -> assertThat(i.get("original_invoice_no")).isEmpty());
    }

    @Test
    void aboutOnePercentOfInvoicesAreRedAndHalfAPercentVoid() {
        var kinds = invoices.stream().collect(Collectors.groupingBy(i -> i.get("kind"), Collectors.counting()));
        assertThat(kinds.keySet()).containsExactlyInAnyOrder("normal", "red", "void");
        assertThat(kinds.get("red")).isBetween(INVOICES / 200L, INVOICES / 50L);
        assertThat(kinds.get("void")).isBetween(INVOICES / 1000L, INVOICES / 100L);
    }

    @Test
    void taxIsThirteenNineOrSixPercentOfTheAmount() {
        assertThat(invoices).allSatisfy(i -> {
            var amount = new BigDecimal(i.get("amount"));
            var tax = new BigDecimal(i.get("tax_amount"));
            assertThat(List.of(13, 9, 6))
                    .anySatisfy(rate -> assertThat(amount.multiply(BigDecimal.valueOf(rate))
                                    .movePointLeft(2)
                                    .subtract(tax)
                                    .abs())
                            .isLessThanOrEqualTo(new BigDecimal("0.005")));
        });
    }

    @Test
    void itemsFollowTheVatConventionWithNineteenDigitTaxCodes() {
        assertThat(invoices).allSatisfy(i -> {
            assertThat(i.get("item_name")).matches("\\*[^*]+\\*[^*]+");
            assertThat(i.get("tax_code")).matches("[0-9]{19}");
        });
    }

    @Test
    void invoicesFallWithinTheTwentyFourMonthsEndingAtAsOf() {
        var asOf = LocalDate.parse(GeneratedFiles.AS_OF);
        assertThat(invoices)
                .allSatisfy(i -> assertThat(LocalDate.parse(i.get("issued_on")))
                        .isAfter(asOf.minusMonths(24))
                        .isBeforeOrEqualTo(asOf));
    }

    @Test
    void anchorsAreLargeCompanies() {
        var scale = companies.stream().collect(Collectors.toMap(r -> r.get("uscc"), r -> r.get("scale")));
        var anchors = read(dir, "anchors.csv");
        assertThat(anchors)
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(a -> assertThat(scale.get(a.get("uscc"))).isEqualTo("large"))
                .allSatisfy(a -> assertThat(a.get("program")).isNotBlank());
    }

    @Test
    void everyKindOfAnomalyIsPlantedAndItsMembersAreCompanies() {
        var known = companies.stream().map(r -> r.get("uscc")).collect(Collectors.toSet());
        assertThat(anomalies.stream().map(a -> a.get("kind")).distinct())
                .containsExactlyInAnyOrder("circular_trading", "implausible_goods", "shell_cluster");
        assertThat(anomalies).allSatisfy(a -> assertThat(known).containsAll(members(a)));
    }

    @Test
    void plantedRingsFormCyclesInTheInvoices() {
        var pairs = invoices.stream()
                .map(i -> i.get("seller_uscc") + ">" + i.get("buyer_uscc"))
                .collect(Collectors.toSet());
        var rings = anomalies.stream()
                .filter(a -> a.get("kind").equals("circular_trading"))
                .toList();
        assertThat(rings).isNotEmpty();
        assertThat(rings).allSatisfy(ring -> {
            var m = members(ring);
            assertThat(m.size()).isBetween(2, 8);
            for (int i = 0; i < m.size(); i++) {
                assertThat(pairs).contains(m.get(i) + ">" + m.get((i + 1) % m.size()));
            }
        });
    }

    @Test
    void ordinaryTradeHasNoCyclesSoEveryCycleRunsThroughAPlantedRing() {
        var ringEdges = new HashSet<String>();
        for (var ring : anomalies.stream()
                .filter(a -> a.get("kind").equals("circular_trading"))
                .toList()) {
            var m = members(ring);
            for (int i = 0; i < m.size(); i++) {
                ringEdges.add(m.get(i) + ">" + m.get((i + 1) % m.size()));
            }
        }
        var graph = new DefaultDirectedGraph<String, DefaultEdge>(DefaultEdge.class);
        for (var i : invoices) {
            var s = i.get("seller_uscc");
            var b = i.get("buyer_uscc");
            if (!ringEdges.contains(s + ">" + b)) {
                graph.addVertex(s);
                graph.addVertex(b);
                graph.addEdge(s, b);
            }
        }
        assertThat(new CycleDetector<>(graph).detectCycles()).isFalse();
    }

    @Test
    void shellClustersAreYoungFirmsListedInFoundingOrderSharingARepresentativeAndAnAddress() {
        var byUscc = companies.stream().collect(Collectors.toMap(r -> r.get("uscc"), r -> r));
        var reps = read(dir, "officers.csv").stream()
                .filter(o -> Set.of("legal_representative", "法定代表人").contains(o.get("role")))
                .collect(Collectors.toMap(o -> o.get("company_uscc"), o -> o.get("person_id")));
        var asOf = LocalDate.parse(GeneratedFiles.AS_OF);
        var clusters = anomalies.stream()
                .filter(a -> a.get("kind").equals("shell_cluster"))
                .toList();
        assertThat(clusters).isNotEmpty();
        assertThat(clusters).allSatisfy(cluster -> {
            var m = members(cluster);
            assertThat(m.size()).isBetween(5, 10);
            assertThat(m.stream().map(reps::get).distinct()).hasSize(1);
            assertThat(m.stream().map(u -> byUscc.get(u).get("address")).distinct())
                    .hasSize(1);
            var founded = m.stream()
                    .map(u -> RegistryDates.parse(byUscc.get(u).get("founded_on")))
                    .toList();
            assertThat(founded).isSorted().allSatisfy(day -> assertThat(day).isAfter(asOf.minusYears(1)));
        });
    }

    @Test
    void implausibleGoodsLieOutsideTheSellersIndustry() {
        var industry = companies.stream().collect(Collectors.toMap(r -> r.get("uscc"), r -> r.get("industry_code")));
        var goods = IndustryGoods.bundled();
        var cases = anomalies.stream()
                .filter(a -> a.get("kind").equals("implausible_goods"))
                .toList();
        assertThat(cases).isNotEmpty();
        assertThat(cases).allSatisfy(a -> {
            var seller = members(a).getFirst();
            var category = a.get("detail").replaceAll(".*\\*(.+)\\*.*", "$1");
            var code = industry.get(seller).replaceAll("^[A-T]", "");
            assertThat(goods.fits(code, category))
                    .as("%s sells %s", code, category)
                    .isFalse();
            assertThat(invoices).anySatisfy(i -> {
                assertThat(i.get("seller_uscc")).isEqualTo(seller);
                assertThat(i.get("item_name")).startsWith("*" + category + "*");
            });
        });
    }

    @Test
    void stakesOfOneCompanySumToAtMostOne() {
        var sums = new HashMap<String, BigDecimal>();
        for (var s : read(dir, "shareholders.csv")) {
            var raw = s.get("stake");
            var stake = raw.endsWith("%")
                    ? new BigDecimal(raw.substring(0, raw.length() - 1)).movePointLeft(2)
                    : new BigDecimal(raw);
            assertThat(stake).isPositive();
            sums.merge(s.get("company_uscc"), stake, BigDecimal::add);
            assertThat(s.get("holder_type")).isIn("person", "company");
        }
        assertThat(sums).hasSize(COMPANIES);
        assertThat(sums.values()).allSatisfy(sum -> assertThat(sum).isLessThanOrEqualTo(BigDecimal.ONE));
    }

    @Test
    void everyCompanyHasALegalRepresentative() {
        var withRep = read(dir, "officers.csv").stream()
                .filter(o -> Set.of("legal_representative", "法定代表人").contains(o.get("role")))
                .map(o -> o.get("company_uscc"))
                .collect(Collectors.toSet());
        assertThat(withRep).hasSize(COMPANIES);
    }

    @Test
    void caseNumbersNameYearCourtAndDocket() {
        var cases = read(dir, "cases.csv");
        assertThat(cases).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("case_no")).matches("\\((20\\d\\d)\\)[粤沪京津渝浙苏闽川鄂鲁]\\d{2,4}(民初|民终|执|执恢|行初|刑初)\\d+号");
            assertThat(c.get("case_no")).startsWith("(" + c.get("filed_on").substring(0, 4) + ")");
            assertThat(c.get("kind"))
                    .isIn(
                            "civil",
                            "enforcement",
                            "dishonest_debtor",
                            "consumption_restriction",
                            "administrative",
                            "criminal");
        });
        assertThat(cases.stream().map(c -> c.get("case_no"))).doesNotHaveDuplicates();
    }

    @Test
    void everyCasePartyBelongsToACaseAndFirmsCarryTheirRealUsccWhenGiven() {
        var caseNumbers =
                read(dir, "cases.csv").stream().map(c -> c.get("case_no")).collect(Collectors.toSet());
        var known = companies.stream().map(r -> r.get("uscc")).collect(Collectors.toSet());
        assertThat(read(dir, "case_parties.csv")).allSatisfy(p -> {
            assertThat(caseNumbers).contains(p.get("case_no"));
            assertThat(p.get("role")).isIn("plaintiff", "defendant", "applicant", "enforced_party", "third_party");
            if (!p.get("party_uscc").isEmpty()) {
                assertThat(known).contains(p.get("party_uscc"));
            }
        });
    }

    @Test
    void borrowersAreCompaniesWithABankAndAFirstLoanBeforeAsOf() {
        var known = companies.stream().map(r -> r.get("uscc")).collect(Collectors.toSet());
        assertThat(read(dir, "borrowers.csv")).isNotEmpty().allSatisfy(b -> {
            assertThat(known).contains(b.get("uscc"));
            assertThat(b.get("lender")).contains("银行");
            assertThat(LocalDate.parse(b.get("first_loan_on")))
                    .isBeforeOrEqualTo(LocalDate.parse(GeneratedFiles.AS_OF));
        });
    }

    private static List<String> members(CSVRecord anomaly) {
        return List.of(anomaly.get("members").split(";"));
    }
}
