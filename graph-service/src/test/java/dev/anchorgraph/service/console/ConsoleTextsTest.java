package dev.anchorgraph.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.contract.AlertType;
import dev.anchorgraph.contract.FraudPattern;
import dev.anchorgraph.contract.Severity;
import dev.anchorgraph.risk.Feature;
import dev.anchorgraph.risk.Knockout;
import dev.anchorgraph.risk.RiskTier;
import dev.anchorgraph.risk.SuggestedLimit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every code the console shows (reasons, knock-outs, fraud patterns, alert types, severities, tiers) has its text in
 * both of the console's languages, and in both languages of every risk model file. Reads the console's i18n.js as
 * text: its two dictionaries are object literals of {@code 'key': 'text'} pairs.
 */
class ConsoleTextsTest {

    private static final Pattern KEY = Pattern.compile("'([A-Za-z0-9_.]+)'\\s*:");

    @Test
    void everyReasonAndKnockOutOfEveryRiskModelHasAConsoleLabelInEnglishAndChinese() throws IOException {
        var en = dictionary("en");
        var zh = dictionary("zh");
        var codes = new TreeSet<String>();
        models().values().forEach(m -> codes.addAll(reasonCodes(m)));
        assertThat(codes)
                .contains(
                        "NO_ANCHOR_CHAIN",
                        "RELATED_PARTY_TRADE",
                        "BENFORD_DEVIATION",
                        "KO_SHELL_CLUSTER",
                        "NO_TRADE_DATA",
                        "THIN_TRADE_DATA");
        assertThat(missing(codes, "reason.", en))
                .as("reasons without an English label")
                .isEmpty();
        assertThat(missing(codes, "reason.", zh))
                .as("reasons without a Chinese label")
                .isEmpty();
    }

    @Test
    void everyReasonAndKnockOutOfEveryRiskModelHasAnApiMessageInEnglishAndChinese() throws IOException {
        for (var model : models().entrySet()) {
            var messages = model.getValue().path("messages");
            var without = new TreeSet<String>();
            for (var code : reasonCodes(model.getValue())) {
                for (var lang : List.of("en", "zh")) {
                    if (messages.path(code).path(lang).asString("").isBlank()) {
                        without.add(code + " (" + lang + ")");
                    }
                }
            }
            assertThat(without)
                    .as("reasons of %s without a message", model.getKey())
                    .isEmpty();
        }
    }

    @Test
    void everyFeatureAndKnockOutAModelScoresIsOneTheSharedEnumsKnow() throws IOException {
        var newest = models().values().stream()
                .max((a, b) ->
                        a.path("version").asString().compareTo(b.path("version").asString()))
                .orElseThrow();
        var knockouts = new TreeSet<String>();
        for (var m : models().values()) {
            m.path("features").forEach(f -> Feature.parse(f.path("feature").asString()));
            m.path("knockouts").forEach(k -> Knockout.parse(k.path("feature").asString()));
        }
        newest.path("knockouts").forEach(k -> knockouts.add(k.path("feature").asString()));
        assertThat(knockouts)
                .as("every knock-out is scored by the newest model, so has a reason code and texts")
                .containsAll(Arrays.stream(Knockout.values()).map(Knockout::key).toList());
    }

    @Test
    void everyTierHasALabelInBothLanguagesInEveryModel() throws IOException {
        for (var model : models().entrySet()) {
            var labelled = new TreeSet<String>();
            model.getValue().path("tiers").forEach(t -> {
                if (!t.path("label").path("en").asString("").isBlank()
                        && !t.path("label").path("zh").asString("").isBlank()) {
                    labelled.add(t.path("tier").asString());
                }
            });
            assertThat(labelled)
                    .as("tiers of %s with en and zh labels", model.getKey())
                    .containsAll(
                            Arrays.stream(RiskTier.values()).map(RiskTier::code).toList());
        }
    }

    @Test
    void everyFraudPatternHasANameInBothLanguagesAndAChineseDetail() throws IOException {
        var en = dictionary("en");
        var zh = dictionary("zh");
        var patterns =
                Arrays.stream(FraudPattern.values()).map(FraudPattern::code).toList();
        assertThat(missing(patterns, "pattern.", en))
                .as("patterns without an English name")
                .isEmpty();
        assertThat(missing(patterns, "pattern.", zh))
                .as("patterns without a Chinese name")
                .isEmpty();
        // the stored detail is English; the console writes the Chinese one from the evidence
        assertThat(missing(patterns, "fraud.", zh))
                .as("patterns without a Chinese detail")
                .isEmpty();
    }

    @Test
    void everyAlertTypeAndSeverityHasALabelInBothLanguages() throws IOException {
        var en = dictionary("en");
        var zh = dictionary("zh");
        var types = Arrays.stream(AlertType.values()).map(AlertType::code).toList();
        var severities = Arrays.stream(Severity.values()).map(Severity::code).toList();
        for (var d : List.of(en, zh)) {
            assertThat(missing(types, "type.", d)).isEmpty();
            assertThat(missing(severities, "sev.", d)).isEmpty();
        }
    }

    @Test
    void everySuggestedLimitBasisHasATextInBothLanguages() throws IOException {
        var bases = Arrays.stream(SuggestedLimit.Basis.values())
                .map(SuggestedLimit.Basis::code)
                .toList();
        for (var d : List.of(dictionary("en"), dictionary("zh"))) {
            assertThat(missing(bases, "limit.basis.", d)).isEmpty();
        }
    }

    @Test
    void bothDictionariesHaveTheSameKeys() throws IOException {
        var en = dictionary("en");
        var zh = dictionary("zh");
        assertThat(en).isNotEmpty();
        assertThat(missing(en, "", zh)).as("keys only in English").isEmpty();
        assertThat(missing(zh, "", en).stream().filter(k -> !k.startsWith("fraud.")))
                .as("keys only in Chinese (the Chinese fraud details excepted)")
                .isEmpty();
    }

    private static Set<String> missing(Iterable<String> codes, String prefix, Set<String> dictionary) {
        var out = new TreeSet<String>();
        codes.forEach(c -> {
            if (!dictionary.contains(prefix + c)) {
                out.add(prefix + c);
            }
        });
        return out;
    }

    private static List<String> reasonCodes(JsonNode model) {
        var codes = new ArrayList<String>();
        model.path("features").forEach(f -> {
            codes.add(f.path("reason").asString());
            if (f.has("missing")) {
                codes.add(f.path("missing").path("reason").asString());
            }
        });
        model.path("knockouts").forEach(k -> codes.add(k.path("reason").asString()));
        var thin = model.path("insufficientData");
        if (!thin.isMissingNode()) {
            codes.add(thin.path("noTradeReason").asString());
            codes.add(thin.path("thinTradeReason").asString());
        }
        return codes;
    }

    private static Map<String, JsonNode> models() throws IOException {
        var json = JsonMapper.builder().build();
        var out = new LinkedHashMap<String, JsonNode>();
        for (var r : new PathMatchingResourcePatternResolver().getResources("classpath*:risk-model/*.json")) {
            try (InputStream in = r.getInputStream()) {
                out.put(r.getFilename(), json.readTree(in));
            }
        }
        assertThat(out).as("risk model files on the class path").isNotEmpty();
        return out;
    }

    /** The keys of {@code const <name> = { … };} in i18n.js. */
    private static Set<String> dictionary(String name) throws IOException {
        String source;
        try (var in = ConsoleTextsTest.class.getResourceAsStream("/static/console/js/i18n.js")) {
            assertThat(in).as("i18n.js on the class path").isNotNull();
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var start = source.indexOf("const " + name + " = {");
        assertThat(start).as("dictionary %s", name).isNotNegative();
        var end = source.indexOf("\n};", start);
        var body = source.substring(start, end);
        return KEY.matcher(body).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }
}
