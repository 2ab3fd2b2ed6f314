package io.netledger.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;
import org.axonframework.config.ProcessingGroup;
import org.springframework.web.bind.annotation.RestController;

/** The dependency rules of ARCHITECTURE.md, kept by the build rather than by memory. */
@AnalyzeClasses(packages = "io.netledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule sharedLanguageDependsOnNoOtherModule = noClasses()
            .that().resideInAPackage("io.netledger.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.netledger.command..", "io.netledger.query..",
                    "io.netledger.saga..", "io.netledger.app..", "io.netledger.routeros..", "io.netledger.payment..",
                    "io.netledger.genieacs..", "org.springframework..");

    @ArchTest
    static final ArchRule commandSideNeverReadsTheReadModels = noClasses()
            .that().resideInAPackage("io.netledger.command..")
            .should().dependOnClassesThat().resideInAnyPackage("io.netledger.query..", "io.netledger.saga..",
                    "io.netledger.app..", "jakarta.persistence..", "org.springframework.data..");

    @ArchTest
    static final ArchRule querySideNeverDispatchesCommands = noClasses()
            .that().resideInAPackage("io.netledger.query..")
            .should().dependOnClassesThat().resideInAnyPackage("io.netledger.command..", "io.netledger.saga..",
                    "io.netledger.app..", "org.axonframework.commandhandling.gateway..");

    @ArchTest
    static final ArchRule sagasDoNotReachIntoEitherSide = noClasses()
            .that().resideInAPackage("io.netledger.saga..")
            .should().dependOnClassesThat().resideInAnyPackage("io.netledger.command..", "io.netledger.query..",
                    "io.netledger.app..");

    /**
     * Public in the sagas: the vocabulary their rooms share (the root package: catalogue, properties,
     * commands) and the sagas themselves, whose public constructor Axon needs. No other module uses any of it.
     */
    @ArchTest
    static final ArchRule sagaRoomsArePackagePrivate = classes()
            .that().resideInAPackage("io.netledger.saga.*..").and().arePublic()
            .should().beAnnotatedWith(org.axonframework.spring.stereotype.Saga.class);

    @ArchTest
    static final ArchRule noOtherModuleUsesTheSagas = noClasses()
            .that().resideOutsideOfPackage("io.netledger.saga..")
            .should().dependOnClassesThat().resideInAPackage("io.netledger.saga..");

    @ArchTest
    static final ArchRule adaptersDependOnNothingOfOursButTheSharedLanguage = noClasses()
            .that().resideInAnyPackage("io.netledger.routeros..", "io.netledger.payment..", "io.netledger.genieacs..")
            .should().dependOnClassesThat().resideInAnyPackage("io.netledger.command..", "io.netledger.query..",
                    "io.netledger.saga..", "io.netledger.app..");

    @ArchTest
    static final ArchRule aggregatesArePackagePrivate = classes()
            .that().areAnnotatedWith(Aggregate.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule projectionsArePackagePrivate = classes()
            .that().areAnnotatedWith(ProcessingGroup.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule readModelEntitiesStayInTheQuerySide = classes()
            .that().areAnnotatedWith(jakarta.persistence.Entity.class)
            .should().resideInAPackage("io.netledger.query..")
            .andShould().notBePublic();

    @ArchTest
    static final ArchRule querySideImportsNoAdapter = noClasses()
            .that().resideInAPackage("io.netledger.query..")
            .should().dependOnClassesThat().resideInAnyPackage("io.netledger.routeros..", "io.netledger.payment..",
                    "io.netledger.genieacs..");

    /** The app wires; the features live in their rooms. Only the error mapping may name an adapter's failure. */
    @ArchTest
    static final ArchRule appHoldsNoFeature = noClasses()
            .that().resideInAPackage("io.netledger.app..")
            .should().beAnnotatedWith(Aggregate.class)
            .orShould().beAnnotatedWith(ProcessingGroup.class)
            .orShould().beAnnotatedWith(org.axonframework.spring.stereotype.Saga.class);

    @ArchTest
    static final ArchRule appControllersAreOnlyLoginErrorsAndOperations = classes()
            .that().resideInAPackage("io.netledger.app..").and().areAnnotatedWith(RestController.class)
            .should().resideInAnyPackage("io.netledger.app.security..", "io.netledger.app.web..",
                    "io.netledger.app.health..", "io.netledger.app.projection..");

    @ArchTest
    static final ArchRule appTalksToNoAdapter = noClasses()
            .that().resideInAPackage("io.netledger.app..").and().resideOutsideOfPackage("io.netledger.app.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.netledger.routeros..", "io.netledger.payment..",
                    "io.netledger.genieacs..");
}
