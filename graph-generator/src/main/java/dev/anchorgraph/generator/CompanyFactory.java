package dev.anchorgraph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws the firms: which are anchors and shells, which chain and tier every other firm sits in, its hidden
 * {@link Health} and its registry facts, which the health shapes (weak firms tend to be young, some are revoked).
 * Roles are shuffled over the indices so that the files are not sorted by role.
 */
final class CompanyFactory {

    /** About one anchor (core enterprise) per this many firms. */
    static final int FIRMS_PER_ANCHOR = 500;

    static final int MIN_ANCHORS = 3;
    private static final Role[] CHAIN_ROLES = {
        Role.SUPPLIER_1, Role.SUPPLIER_2, Role.DISTRIBUTOR_1, Role.DISTRIBUTOR_2, Role.LOGISTICS
    };
    private static final double[] CHAIN_ROLE_SHARES = Draw.cumulative(0.12, 0.33, 0.10, 0.38, 0.07);
    private static final double BAD_CHECK_SHARE = 0.005;
    private static final LocalDate USCC_REFORM = LocalDate.of(2015, 10, 1);
    private static final long[] SHELL_CAPITAL_WAN = {500, 1000, 2000, 5000};

    private final InvoiceWindow window;
    private final RandomGenerator r;
    /** Health has its own stream, so that drawing it never shifts the registry draws. */
    private final RandomGenerator health;

    private final IndustryGoods goods = IndustryGoods.bundled();
    private final CompanyNames names = new CompanyNames();
    private final UsccCodes codes;
    private final RegistryFacts facts;

    CompanyFactory(InvoiceWindow window, RandomGenerator r, RandomGenerator health) {
        this.window = window;
        this.r = r;
        this.health = health;
        this.codes = new UsccCodes(r);
        this.facts = new RegistryFacts(window, r);
    }

    List<Company> create(int count, List<ShellCluster> shells) {
        var roles = roles(count, shells);
        var anchors = new ArrayList<Integer>();
        for (int i = 0; i < count; i++) {
            if (roles[i] == Role.ANCHOR) {
                anchors.add(i);
            }
        }
        var templates = new ArrayList<>(ChainTemplates.ALL);
        Collections.shuffle(templates, r);
        var anchorRegions = anchors.stream().map(a -> Regions.draw(r)).toList();
        // Some anchors run far bigger chains than others.
        var anchorShares = Draw.cumulative(
                anchors.stream().mapToDouble(a -> Draw.pareto(r, 1.2)).toArray());
        // Firms of one chain share their anchor's market: a shock to it touches all of them.
        var chainShocks =
                anchors.stream().mapToDouble(a -> Health.chainShock(health)).toArray();
        var shellSlots = new ArrayList<int[]>();
        for (var cluster : shells) {
            for (int k = 0; k < cluster.size(); k++) {
                shellSlots.add(new int[] {cluster.id(), k});
            }
        }

        var companies = new ArrayList<Company>(count);
        int nextAnchor = 0;
        int nextShell = 0;
        for (int i = 0; i < count; i++) {
            var role = roles[i];
            if (role == Role.SHELL) {
                var slot = shellSlots.get(nextShell++);
                companies.add(shell(i, shells.get(slot[0]), slot[1]));
                continue;
            }
            int a = role == Role.ANCHOR ? nextAnchor++ : Draw.weighted(r, anchorShares);
            var template = templates.get(a % templates.size());
            var region =
                    role == Role.ANCHOR || Draw.chance(r, localShare(role)) ? anchorRegions.get(a) : Regions.draw(r);
            var industry = goods.industry(Draw.pick(r, template.industries(role)));
            companies.add(member(i, role, anchors.get(a), region, industry, chainShocks[a]));
        }
        return companies;
    }

    private Company member(
            int index, Role role, int anchor, Region region, IndustryProfile industry, double chainShock) {
        var district = Draw.pick(r, region.districts());
        var scale = role.drawScale(r);
        double h = role == Role.ANCHOR ? Health.anchor(health) : Health.draw(health, role, scale, chainShock);
        var category = facts.entityCategory(role, industry, scale);
        var founded = facts.founded(role, scale, h);
        var status = role == Role.ANCHOR ? Status.ACTIVE : facts.status(h);
        return build(
                index,
                role,
                anchor,
                region,
                district,
                industry,
                scale,
                category,
                founded,
                status,
                facts.capital(scale),
                -1,
                h);
    }

    private Company shell(int index, ShellCluster cluster, int member) {
        var industry = goods.industry(Draw.pick(r, ChainTemplates.SHELL));
        // Invoice mills subscribe large round capitals they never pay in.
        var capital = SHELL_CAPITAL_WAN[r.nextInt(SHELL_CAPITAL_WAN.length)] * 10_000;
        return build(
                index,
                Role.SHELL,
                -1,
                cluster.region(),
                cluster.district(),
                industry,
                cluster.scales().get(member),
                '1',
                cluster.foundedOn().get(member),
                Status.ACTIVE,
                capital,
                cluster.id(),
                Health.shell(health));
    }

    private Company build(
            int index,
            Role role,
            int anchor,
            Region region,
            District district,
            IndustryProfile industry,
            Scale scale,
            char category,
            LocalDate founded,
            Status status,
            long capital,
            int cluster,
            double h) {
        var name = names.draw(r, region, district, industry, scale, category);
        var newStyle = !founded.isBefore(USCC_REFORM) || Draw.chance(r, 0.2);
        var uscc = codes.code(index, category, district.code(), newStyle, Draw.chance(r, BAD_CHECK_SHARE));
        int activeFrom = window.monthIndex(founded.plusMonths(1));
        int activeTo = status == Status.ACTIVE ? window.months() : r.nextInt(window.months() + 1);
        return new Company(
                index,
                uscc,
                name,
                region,
                district,
                industry,
                role,
                anchor,
                scale,
                founded,
                status,
                capital,
                activeFrom,
                activeTo,
                cluster,
                h);
    }

    private Role[] roles(int count, List<ShellCluster> shells) {
        int anchors = Math.max(MIN_ANCHORS, Math.round(count / (float) FIRMS_PER_ANCHOR));
        int shellFirms = shells.stream().mapToInt(ShellCluster::size).sum();
        var roles = new Role[count];
        for (int i = 0; i < count; i++) {
            roles[i] = i < anchors
                    ? Role.ANCHOR
                    : i < anchors + shellFirms ? Role.SHELL : CHAIN_ROLES[Draw.weighted(r, CHAIN_ROLE_SHARES)];
        }
        for (int i = count - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            var swap = roles[i];
            roles[i] = roles[j];
            roles[j] = swap;
        }
        return roles;
    }

    /** Tier-1 partners cluster around their anchor; tier-2 firms and carriers come from anywhere. */
    private static double localShare(Role role) {
        return switch (role) {
            case SUPPLIER_1, DISTRIBUTOR_1 -> 0.6;
            case LOGISTICS -> 0.5;
            default -> 0.35;
        };
    }
}
