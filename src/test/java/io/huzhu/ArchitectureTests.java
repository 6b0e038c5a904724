package io.huzhu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

class ArchitectureTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(HuzhuApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.huzhu");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(CLASSES);
    }

    /**
     * After commit, a listener is either durable ({@code @ApplicationModuleListener}, with its publication row) or a
     * hand-off ({@code AfterCommit}); a bare {@code @TransactionalEventListener} would cost the registry's completion
     * bookkeeping (a serialised event and an update per transaction) for a listener nobody replays (ADR 0021).
     */
    @Test
    void noBareTransactionalEventListeners() {
        methods().should().notBeAnnotatedWith(TransactionalEventListener.class).check(CLASSES);
    }

    @Test
    void noStandardStreams() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
    }

    @Test
    void noJavaUtilLogging() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
    }

    @Test
    void servicesAndRepositoriesAreFreeOfWebTypes() {
        noClasses()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Service.class)
                .or()
                .areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "org.springframework.http..")
                .check(CLASSES);
    }

    @Test
    void moneyIsNeverFloatingPoint() {
        fields().that()
                .haveNameMatching("(?i).*(cents|amount|price|budget|cut|progress|value).*")
                .should()
                .notHaveRawType(double.class)
                .andShould()
                .notHaveRawType(float.class)
                .andShould()
                .notHaveRawType(Double.class)
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /**
     * A call from inside a bean to its own {@code @Transactional} method bypasses the proxy: the method then runs
     * without the transaction it declares (a scheduled risk scan did, and lost counter updates). Such callers go
     * through a {@code TransactionTemplate} or another bean. Lambdas (synthetic methods, for example the body passed to
     * {@code TransactionTemplate.execute}) are left out.
     */
    @Test
    void noMethodCallsATransactionalMethodOfItsOwnBeanFromOutsideATransaction() {
        methods()
                .that()
                .areNotAnnotatedWith(Transactional.class)
                .should(new ArchCondition<JavaMethod>("not call a @Transactional method of their own class") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        if (method.getModifiers().contains(JavaModifier.SYNTHETIC)
                                || method.getOwner().isAnnotatedWith(Transactional.class)) {
                            return;
                        }
                        method.getMethodCallsFromSelf().stream()
                                .filter(call -> call.getTargetOwner().equals(method.getOwner()))
                                .filter(call -> call.getTarget()
                                        .resolveMember()
                                        .map(target -> target.isAnnotatedWith(Transactional.class))
                                        .orElse(false))
                                .forEach(
                                        call -> events.add(SimpleConditionEvent.violated(call, call.getDescription())));
                    }
                })
                .check(CLASSES);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
