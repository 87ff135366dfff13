package dev.anchorgraph.service.prospect;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.http.codec.CodecConfigurer;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes a prospect page as CSV (RFC 4180, UTF-8, header row) when the caller sends {@code Accept: text/csv}: the
 * same rows as the JSON (the risk {@code status} last, so that the earlier columns keep their places), the chain as text ({@code X(0.40) > Y(0.60) > Anchor}), the next page's cursor in the
 * {@code Next-Cursor} header. Registered as a codec so that the controller answers both formats with one method.
 */
@Component
class ProspectCsv implements HttpMessageWriter<ProspectPage>, CodecCustomizer {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final String NEXT_CURSOR = "Next-Cursor";
    private static final String HEADER = "uscc,name,scale,hops,direction,chain,chainStrength,score,tier,"
            + "stableLargeBuyers,monthsTrading,topReasons,industryCode,industryName,region,annualSales,anchorTrade,status,"
            + "suggestedLimit,suggestedLimitBasis,pd,suggestedLimitCurrency,groupId,groupExposure\r\n";

    @Override
    public void customize(CodecConfigurer configurer) {
        configurer.customCodecs().register(this);
    }

    @Override
    public List<MediaType> getWritableMediaTypes() {
        return List.of(TEXT_CSV);
    }

    @Override
    public boolean canWrite(ResolvableType type, MediaType mediaType) {
        return ProspectPage.class.equals(type.toClass()) && (mediaType == null || TEXT_CSV.isCompatibleWith(mediaType));
    }

    @Override
    public Mono<Void> write(
            Publisher<? extends ProspectPage> input,
            ResolvableType type,
            MediaType mediaType,
            ReactiveHttpOutputMessage message,
            Map<String, Object> hints) {
        return Mono.from(input).flatMap(page -> {
            message.getHeaders().setContentType(TEXT_CSV);
            if (page.nextCursor() != null) {
                message.getHeaders().set(NEXT_CURSOR, page.nextCursor());
            }
            var bytes = csv(page).getBytes(StandardCharsets.UTF_8);
            return message.writeWith(Mono.just(message.bufferFactory().wrap(bytes)));
        });
    }

    static String csv(ProspectPage page) {
        var out = new StringBuilder(HEADER);
        for (var r : page.rows()) {
            out.append(String.join(
                            ",",
                            r.uscc(),
                            text(r.name()),
                            value(r.scale()),
                            String.valueOf(r.hops()),
                            r.direction(),
                            text(chain(r.chain())),
                            String.valueOf(r.chainStrength()),
                            value(r.score()),
                            value(r.tier()),
                            value(r.stableLargeBuyers()),
                            value(r.monthsTrading()),
                            text(r.topReasons().stream()
                                    .map(x -> x.code() + " " + String.format(Locale.ROOT, "%+d", x.points()) + ": "
                                            + x.message())
                                    .collect(Collectors.joining("; "))),
                            value(r.industryCode()),
                            text(r.industryName()),
                            value(r.region()),
                            value(r.annualSales()),
                            value(r.anchorTrade()),
                            value(r.status()),
                            value(r.suggestedLimit()),
                            value(r.suggestedLimitBasis()),
                            value(r.pd()),
                            value(r.suggestedLimitCurrency()),
                            value(r.groupId()),
                            value(r.groupExposure())))
                    .append("\r\n");
        }
        return out.toString();
    }

    static String chain(List<ProspectRow.Link> chain) {
        return chain.stream()
                .map(l -> (l.name() == null ? l.uscc() : l.name())
                        + (l.share() == null ? "" : String.format(Locale.ROOT, "(%.2f)", l.share())))
                .collect(Collectors.joining(" > "));
    }

    private static String value(Object v) {
        return v == null ? "" : v.toString();
    }

    /**
     * A free-text field: quoted when it holds a separator, quote or line break; and a leading = + - @ is defused
     * with an apostrophe, because spreadsheets run such cells as formulas (CSV injection).
     */
    private static String text(String s) {
        if (s == null) {
            return "";
        }
        var safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                ? '"' + safe.replace("\"", "\"\"") + '"'
                : safe;
    }
}
