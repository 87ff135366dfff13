package dev.anchorgraph.generator;

import java.util.List;

/**
 * Everything drawn before the files are written: firms (with their hidden health), trade network, how each firm's
 * trade moves over the window, shell clusters, planted anomalies and anchors in distress. The ordinary invoices are not here: they are
 * drawn month by month while being written.
 */
record Economy(
        InvoiceWindow window,
        List<Company> companies,
        TradeNetwork trade,
        Momentum momentum,
        List<ShellCluster> shells,
        AnomalyPlan anomalies,
        PersonPool people,
        DistressedAnchors distressed) {

    static Economy draw(GenerateSettings settings) {
        var window = new InvoiceWindow(settings.asOf());
        var people = new PersonPool(new Persons(settings.seed()));
        var budget = AnomalyBudget.of(settings, Draw.stream(settings.seed(), "budget"));
        var shells = ShellPlanner.plan(budget, window, people, Draw.stream(settings.seed(), "shells"));
        var companies = new CompanyFactory(
                        window, Draw.stream(settings.seed(), "companies"), Draw.stream(settings.seed(), "health"))
                .create(settings.companies(), shells);
        var trade = new NetworkBuilder(companies, Draw.stream(settings.seed(), "trade")).build(settings.tradeLoops());
        var momentum = Momentum.draw(companies, window.months(), Draw.stream(settings.seed(), "momentum"));
        var planting = new Planting(companies, trade, window, Draw.stream(settings.seed(), "anomalies"));
        ShellTrades.plant(planting, shells, people.persons());
        CircularTrades.plant(planting, budget);
        ImplausibleTrades.plant(planting, budget, IndustryGoods.bundled());
        ImplausibleWave.plant(planting, budget, IndustryGoods.bundled(), settings.implausibleWave());
        var distressed = DistressedAnchors.plant(
                settings.distressedAnchors(), companies, trade, window, Draw.stream(settings.seed(), "distress"));
        return new Economy(window, companies, trade, momentum, shells, planting.plan(), people, distressed);
    }

    Company company(int index) {
        return companies.get(index);
    }
}
