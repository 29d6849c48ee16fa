package dev.parley.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module boundaries of STYLE.md, checked on the compiled classes of all three
 * modules.
 */
class ArchitectureTests {

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		// The core and persistence modules arrive as jars or class folders, depending on
		// how Maven resolves the reactor; both are imported.
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption(ArchitectureTests::isNotFromATestJar)
			.importPackages("dev.parley");
	}

	private static boolean isNotFromATestJar(Location location) {
		return !location.contains("-tests.jar") && !location.contains("/test-classes/");
	}

	@Test
	void allThreeModulesAreAnalysed() {
		ArchRule everyModule = classes().should()
			.resideInAnyPackage("dev.parley", "dev.parley.core..", "dev.parley.persistence..", "dev.parley.web..");
		everyModule.check(classes);
		assertThat(classes.stream().map((c) -> c.getPackageName().replaceFirst("^dev\\.parley\\.?([a-z]*).*$", "$1")))
			.contains("core", "persistence", "web");
	}

	@Test
	void coreDependsOnlyOnItselfTheJdkAndItsFewLibraries() {
		classes().that()
			.resideInAPackage("dev.parley.core..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("dev.parley.core..", "java..", "javax.crypto..", "org.jsoup..",
					"com.google.i18n.phonenumbers..", "org.apache.tika..", "org.jspecify..",
					// attachment content: PDF, Word 97-2003, QR codes, image decoding,
					// .docx XML
					"org.apache.pdfbox..", "org.apache.poi..", "com.google.zxing..", "javax.imageio..",
					"javax.xml.stream..")
			.because("the domain is plain Java (STYLE.md)")
			.check(classes);
	}

	@Test
	void coreDoesNotUseTheOtherModules() {
		noClasses().that()
			.resideInAPackage("dev.parley.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.parley.persistence..", "dev.parley.web..")
			.check(classes);
	}

	@Test
	void persistenceDoesNotUseTheWebModule() {
		noClasses().that()
			.resideInAPackage("dev.parley.persistence..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.parley.web..")
			.check(classes);
	}

	@Test
	void webUsesPersistenceOnlyThroughThePortsOfTheCore() {
		noClasses().that()
			.resideInAPackage("dev.parley.web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.parley.persistence..")
			.because("the web module talks to the database through the core's ports")
			.check(classes);
	}

	@Test
	void jpaEntitiesLiveInPersistence() {
		classes().that()
			.areAnnotatedWith(Entity.class)
			.should()
			.resideInAPackage("dev.parley.persistence..")
			.andShould()
			.haveSimpleNameEndingWith("JpaEntity")
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("dev.parley.(*).(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.check(classes);
	}

	@Test
	void noFieldInjection() {
		NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(classes);
	}

}
