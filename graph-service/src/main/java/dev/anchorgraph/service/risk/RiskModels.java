package dev.anchorgraph.service.risk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.anchorgraph.risk.RiskModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scorecard model files ({@code risk-model/*.json} in graph-common), by version. A firm names the model that
 * scored it ({@code riskModel}), so its messages come from that file even after a newer model ships. A code the
 * file does not know is shown as the code itself rather than failing the answer.
 */
@Component
public class RiskModels {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ModelFile(
            String version,
            Integer base,
            List<TierDef> tiers,
            RiskModel.LimitPolicy limitPolicy,
            Map<String, Map<String, String>> messages) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TierDef(String tier, Map<String, String> label) {}

    /** The registry statuses the loader stores (graph-loader's registry vocabulary), as a Chinese reader knows them. */
    private static final Map<String, String> STATUS_ZH =
            Map.of("active", "存续", "revoked", "吊销", "cancelled", "注销", "dissolved", "解散");

    private final Map<String, ModelFile> models = new HashMap<>();

    RiskModels(JsonMapper json) {
        try {
            var files = new PathMatchingResourcePatternResolver().getResources("classpath*:risk-model/*.json");
            for (var resource : files) {
                try (var in = resource.getInputStream()) {
                    var model = json.readValue(in, ModelFile.class);
                    models.put(model.version(), model);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the risk model files", e);
        }
    }

    public Reason reason(String model, RawReason raw, Language lang) {
        return new Reason(raw.code(), raw.points(), raw.value(), message(model, raw.code(), raw.value(), lang));
    }

    public String message(String model, String code, String value, Language lang) {
        var file = models.get(model);
        var texts =
                file == null || file.messages() == null ? null : file.messages().get(code);
        var template = texts == null ? null : texts.getOrDefault(lang.key(), texts.get("en"));
        return template == null ? code : template.replace("{value}", value == null ? "" : shown(code, value, lang));
    }

    // a knock-out's value is a stored word (the registry status): in Chinese, the word a Chinese registry uses
    private static String shown(String code, String value, Language lang) {
        return lang == Language.ZH && "KO_STATUS_NOT_ACTIVE".equals(code)
                ? STATUS_ZH.getOrDefault(value, value)
                : value;
    }

    /** The model's base points (every score starts there; reasons add to it), or null for an unknown model. */
    public Integer base(String model) {
        var file = models.get(model);
        return file == null ? null : file.base();
    }

    /** The model's suggested-limit policy, or null when it has none (or is unknown to this service). */
    public RiskModel.LimitPolicy limitPolicy(String model) {
        var file = models.get(model);
        return file == null ? null : file.limitPolicy();
    }

    /** The tier's label ({@code prime}, {@code 优质}…), or null when the model does not define it. */
    public String tierLabel(String model, String tier, Language lang) {
        var file = models.get(model);
        if (file == null || file.tiers() == null) {
            return null;
        }
        return file.tiers().stream()
                .filter(t -> t.tier().equals(tier))
                .findFirst()
                .map(t -> t.label().getOrDefault(lang.key(), t.label().get("en")))
                .orElse(null);
    }
}
