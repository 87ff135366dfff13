package dev.anchorgraph.control;

import dev.anchorgraph.control.OwnershipGraph.Kind;
import dev.anchorgraph.control.OwnershipGraph.Party;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Beneficial owners (受益所有人) of a firm, in the order of the People's Bank of China's 2018 notice (银发〔2018〕164号,
 * docs/adr/0014): (1) natural persons with a known cumulative stake of at least 25 % ({@code shareholding}); else (2)
 * the natural person who controls the firm, its {@link ActualController} when that is a person ({@code control}:
 * e.g. through a control chain, holding less than 25 %); else (3) the senior manager ({@code senior_manager}): the
 * officers holding the first of {@link #SENIOR_MANAGER_ROLES} the firm has. People are parties by key, so two
 * directors with one name in two firms are two people (docs/adr/0013). Owners are ordered by stake, then key.
 * {@code incomplete} when an unknown stake or a truncated penetration could hide a person with 25 %.
 */
public final class BeneficialOwners {

    public static final double DEFAULT_THRESHOLD = 0.25;

    /** The senior manager, in this order of roles (officers' {@code OFFICER_OF.role}). */
    public static final List<String> SENIOR_MANAGER_ROLES =
            List.of("general_manager", "manager", "legal_representative", "executive_director", "chairman");

    /** A person's role at a company ({@code OFFICER_OF}). */
    public record Officer(String company, Party person, String role) {}

    public enum Basis {
        SHAREHOLDING,
        CONTROL,
        SENIOR_MANAGER,
        NONE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @param stake known cumulative stake, null for a senior manager; {@code role} only for a senior manager */
    public record Owner(Party person, Double stake, String role) {}

    public record Owners(Party firm, Basis basis, List<Owner> owners, boolean incomplete) {}

    private final ActualController controllers;
    private final Map<String, List<Officer>> officers = new HashMap<>();
    private final double threshold;

    public BeneficialOwners(ActualController controllers, Collection<Officer> officers) {
        this(controllers, officers, DEFAULT_THRESHOLD);
    }

    public BeneficialOwners(ActualController controllers, Collection<Officer> officers, double threshold) {
        this.controllers = controllers;
        this.threshold = threshold;
        for (var o : officers) {
            this.officers
                    .computeIfAbsent(o.company(), k -> new java.util.ArrayList<>())
                    .add(o);
        }
    }

    public Owners of(String uscc) {
        var control = controllers.of(uscc);
        var penetration = control.penetration();
        boolean incomplete =
                penetration.truncated() || penetration.stakes().stream().anyMatch(EquityPenetration.Stake::unknown);
        var holders = penetration.stakes().stream()
                .filter(s -> s.party().kind() == Kind.PERSON && s.known() >= threshold - ControlRule.EPSILON)
                .map(s -> new Owner(s.party(), s.known(), null))
                .toList();
        if (!holders.isEmpty()) {
            return new Owners(control.firm(), Basis.SHAREHOLDING, holders, incomplete);
        }
        if (control.status() == ActualController.Status.CONTROLLED
                && control.controller().kind() == Kind.PERSON) {
            return new Owners(
                    control.firm(),
                    Basis.CONTROL,
                    List.of(new Owner(control.controller(), control.stake(), null)),
                    incomplete);
        }
        var firmOfficers = officers.getOrDefault(uscc, List.of());
        for (var role : SENIOR_MANAGER_ROLES) {
            var managers = firmOfficers.stream()
                    .filter(o -> o.role().equals(role))
                    .map(Officer::person)
                    .distinct()
                    .sorted(Comparator.comparing(Party::id))
                    .map(p -> new Owner(p, null, role))
                    .toList();
            if (!managers.isEmpty()) {
                return new Owners(control.firm(), Basis.SENIOR_MANAGER, managers, incomplete);
            }
        }
        return new Owners(control.firm(), Basis.NONE, List.of(), incomplete);
    }
}
