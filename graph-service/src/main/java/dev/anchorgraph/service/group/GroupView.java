package dev.anchorgraph.service.group;

import java.util.List;
import java.util.Map;

/**
 * A group (集团): the firms under one actual controller, as the last score run's ownership pass found them
 * (docs/ownership.md).
 *
 * @param size          member firms in all (the controller company itself is one when it is a company)
 * @param tiers         members per risk tier, and {@code insufficient_data} / {@code unscored}, over all members
 * @param exposure      what the bank has lent to the members in all (borrowers.csv {@code outstanding}), CNY
 * @param borrowers     members that borrow, and {@code borrowersWithAmount} of them with an outstanding amount
 * @param knockedOut    members with a knock-out (a dishonest debtor, a revoked licence…): a warning for the others
 * @param members       members, largest outstanding first, then by USCC; at most {@code limit}
 * @param membersLeftOut members past {@code limit}, counted, never dropped silently
 */
record GroupView(
        String id,
        long size,
        Controller controller,
        Map<String, Long> tiers,
        double exposure,
        String currency,
        long borrowers,
        long borrowersWithAmount,
        long knockedOut,
        List<Member> members,
        long membersLeftOut) {

    /** @param kind {@code person}, {@code company} or {@code organisation}; @param key a person's pseudonymous id */
    record Controller(String key, String kind, String name) {}

    /**
     * @param controllerStake the controller's known cumulative stake in this member (0–1)
     * @param outstanding     what the bank has lent it, CNY; null when not a borrower or not given
     */
    record Member(
            String uscc,
            String name,
            String status,
            String tier,
            Integer score,
            Double pd,
            List<String> knockouts,
            boolean borrower,
            String lender,
            Double outstanding,
            Double controllerStake) {}
}
