package dev.anchorgraph.service.company;

import java.time.LocalDate;

/**
 * A company's registry facts as the graph holds them.
 *
 * @param usccValid     false for a code that fails the GB 32100 checksum (flagged by the loader, still a real firm)
 * @param anchor        whether the bank has named it a core enterprise (anchor)
 * @param registeredCapital in CNY yuan: the CNY equivalent when the registry states another currency
 * @param registeredCapitalAmount the amount as the registry states it, in {@code registeredCapitalCurrency}
 * @param registeredCapitalCurrency ISO 4217 code
 */
record CompanyFacts(
        String uscc,
        String name,
        boolean usccValid,
        boolean anchor,
        String industryCode,
        String industryName,
        String region,
        Double registeredCapital,
        Double registeredCapitalAmount,
        String registeredCapitalCurrency,
        LocalDate foundedOn,
        String status,
        String scale,
        String address) {}
