/**
 * The committee memo's own facts (borrower status and lender, court cases with dates, causes, amounts and the firm's
 * role, 12-month trade with the anchors and large buyers, score history): what a credit committee needs beyond the
 * registry, risk, chain and fraud answers, which the console reads from their own routes.
 */
package dev.anchorgraph.service.memo;
