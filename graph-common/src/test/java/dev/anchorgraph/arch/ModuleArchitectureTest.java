package dev.anchorgraph.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The house rules (docs/architecture.md) applied to one module: each module's {@code ArchitectureTest} extends this
 * with its root package and the modules above it, so the rules are written once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModuleArchitectureTest {

    private final String root;
    private final List<String> above;
    private JavaClasses classes;

    /** @param above package patterns of the modules this one must not reach, e.g. {@code dev.anchorgraph.service..} */
    protected ModuleArchitectureTest(String root, List<String> above) {
        this.root = root;
        this.above = above;
    }

    @BeforeAll
    void importTheModule() {
        classes = HouseRules.productionClasses(root);
    }

    /** The module's production classes, for rules of its own. */
    protected JavaClasses classes() {
        return classes;
    }

    @Test
    void itDependsOnlyOnTheModulesBelowIt() {
        HouseRules.dependsOnlyDownward(root, above).check(classes);
    }

    @Test
    void itsFeaturePackagesHaveNoCycles() {
        HouseRules.noPackageCycles(root).check(classes);
    }

    @Test
    void itHasNoLayerPackagesAndNoImplClasses() {
        HouseRules.noLayerPackages(root).check(classes);
        HouseRules.noImplClasses(root).check(classes);
    }
}
