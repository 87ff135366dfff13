package dev.anchorgraph.service.memo;

import java.time.LocalDate;
import java.util.List;

/**
 * What a credit committee memo needs that no other route answers; the registry facts, the risk answer (tier, score,
 * PD, reasons, suggested limit), the chains and the fraud findings come from their own routes.
 *
 * @param asOf         the firm's risk as-of date; the 12-month trade ends with its month; null when never scored
 *                     (then the window ends with the firm's latest invoice, and trade is empty when it has none)
 * @param borrower     whether the bank lends to it ({@code :Borrower}, from borrowers.csv) and who
 * @param cases        court cases the firm is a party to, newest filed first (at most {@link MemoController#CASES})
 * @param casesTotal   how many there are in all
 * @param trade        sales and purchases over the 12 months ending with {@code asOf}'s month
 * @param scoreHistory the firm's last score runs, newest first (docs/scoring-contract.md, {@code riskHistory})
 */
record CommitteeMemo(
        String uscc,
        String name,
        LocalDate asOf,
        Borrower borrower,
        List<Case> cases,
        long casesTotal,
        Trade trade,
        List<ScoreRunEntry> scoreHistory) {

    /** @param lender as borrowers.csv names it; null when not a borrower or not given */
    record Borrower(boolean borrower, String lender, LocalDate firstLoanOn) {}

    /**
     * @param role   the firm's role: {@code plaintiff}, {@code defendant}, {@code third_party}, {@code applicant},
     *               {@code enforced_party}
     * @param amount CNY, as the court file states it; null when not given
     * @param status as the litigation file states it ({@code open}, {@code closed}…)
     */
    record Case(
            String caseNo,
            String court,
            String cause,
            String kind,
            LocalDate filedOn,
            LocalDate closedOn,
            Double amount,
            String status,
            String role) {}

    /**
     * CNY excluding tax, net of red-letter reversals, over the 12 months ending with the as-of month.
     *
     * @param months            {@code yyyy-MM} first and last month of the window; null when there is none
     * @param sales             all sales
     * @param stableLargeBuyers large buyers meeting the model's stability rule, as the score step counted them
     * @param stableBuyerSales  sales to them (the suggested limit's input); null when never scored
     * @param anchors           trade with each anchor the firm trades with directly, largest first
     * @param largeBuyers       sales to each large buyer ({@code largeBuyer}), largest first, at most
     *                          {@link MemoController#BUYERS}
     */
    record Trade(
            String fromMonth,
            String toMonth,
            double sales,
            Integer stableLargeBuyers,
            Double stableBuyerSales,
            List<AnchorTrade> anchors,
            List<BuyerTrade> largeBuyers) {}

    /** @param sales to the anchor; @param purchases from it */
    record AnchorTrade(String uscc, String name, double sales, double purchases) {}

    /** @param activeMonths months of the 12 with an invoice to this buyer; @param share of the firm's sales */
    record BuyerTrade(String uscc, String name, boolean anchor, double amount, double share, int activeMonths) {}

    /** One score run's result: {@code tier}, {@code score} and {@code pd} are null for insufficient data. */
    record ScoreRunEntry(String run, LocalDate asOf, String status, String tier, Integer score, Double pd) {}
}
