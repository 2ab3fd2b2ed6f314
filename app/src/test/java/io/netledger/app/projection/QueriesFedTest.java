package io.netledger.app.projection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.repository.Repository;

/**
 * Which endpoints answer 503 while a processing group rebuilds follows from where the query handlers are
 * ({@link RebuildGuard}): a query handler that reads a read model's rows must therefore live in the
 * projection that writes them, or a rebuild would let it read a half-built table.
 */
@AnalyzeClasses(packages = "io.netledger", importOptions = ImportOption.DoNotIncludeTests.class)
class QueriesFedTest {

    private static final DescribedPredicate<JavaClass> ANSWER_QUERIES_FROM_A_READ_MODEL = new DescribedPredicate<>(
            "answer queries from a read model's repository") {
        @Override
        public boolean test(JavaClass type) {
            return type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(QueryHandler.class))
                    && type.getDirectDependenciesFromSelf().stream()
                            .anyMatch(dependency -> dependency.getTargetClass().isAssignableTo(Repository.class));
        }
    };

    @ArchTest
    static final ArchRule queryHandlersOverReadModelsLiveInTheirProjection = classes()
            .that(ANSWER_QUERIES_FROM_A_READ_MODEL)
            .should().beAnnotatedWith(ProcessingGroup.class);
}
