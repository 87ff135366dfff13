package dev.anchorgraph.service.prospect;

import java.util.Locale;

/** Registry enterprise scale (大型, 中型, 小型, 微型), as the loader stores it on {@code Company.scale}. */
enum Scale {
    LARGE,
    MEDIUM,
    SMALL,
    MICRO;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
