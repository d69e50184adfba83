package cascade.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package layering the execution core rests on: no package cycles, shared vocabulary in the leaf
 * packages {@code market} and {@code model}, and the strategy side (signal, decision, risk) free of the
 * order path's implementations, the store and the feeds, so a card or a decision can be read and tested
 * alone and every venue plugs in behind the same contract.
 */
class LayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cascade");

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching("cascade.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void signalDecisionAndRiskImportNoExecutionStoreOrFeed() {
        noClasses().that().resideInAnyPackage("cascade.signal..", "cascade.decision..", "cascade.risk..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("cascade.execution..", "cascade.store..", "cascade.feed..", "cascade.engine..",
                        "cascade.run..", "cascade.report..")
                .check(MAIN);
    }

    @Test
    void theSharedVocabularyDependsOnNothingOfOurs() {
        noClasses().that().resideInAnyPackage("cascade.market..", "cascade.model..").should().dependOnClassesThat()
                .resideOutsideOfPackages("cascade.market..", "cascade.model..", "java..", "javax..")
                .check(MAIN);
        noClasses().that().resideInAPackage("cascade.market..").should().dependOnClassesThat()
                .resideInAPackage("cascade.model..").check(MAIN);
    }

    @Test
    void theStoreAndTheReportAreNotOnTheDecisionPath() {
        noClasses().that().resideInAnyPackage("cascade.engine..", "cascade.execution..", "cascade.state..",
                "cascade.map..").should().dependOnClassesThat()
                .resideInAnyPackage("cascade.store..", "cascade.report..", "cascade.cli..", "cascade.run..")
                .check(MAIN);
    }
}
