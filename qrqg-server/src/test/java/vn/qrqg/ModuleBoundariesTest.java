package vn.qrqg;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package of the server is a capability (STYLE.md): others may use its root
 * package and the sub-packages it names as interfaces ({@code @NamedInterface}), never its
 * {@code internal} parts, and no two capabilities depend on each other in a cycle. The same
 * model, written as diagrams and module canvases to docs/modules, is what docs/architecture.md
 * shows: generated on every build, so that it cannot drift from the code.
 */
class ModuleBoundariesTest {
    // the codec and the EU DCC library are libraries of their own (Maven modules), not capabilities
    // of the server; nor is the command line, which the integration tests run (bin/qrqg audit verify)
    private static final ApplicationModules MODULES = ApplicationModules.of(QrqgServer.class,
            JavaClass.Predicates.resideInAnyPackage("vn.qrqg.codec..", "vn.qrqg.dcc..", "vn.qrqg.cli.."));

    @Test
    void capabilitiesUseOnlyEachOthersPublicApiAndFormNoCycles() {
        MODULES.verify();
    }

    /** C4 component diagrams (PlantUML) of all modules and of each, and a canvas per module: its API, events, beans. */
    @Test
    void writesTheModulesTheirEventsAndDependenciesToDocs() throws Exception {
        Path folder = docsModules();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        StableModuleDocs.sort(folder);

        assertThat(folder.resolve("components.puml")).exists();
        assertThat(folder.resolve("module-audit.adoc")).content().contains("PrivilegedAction");
    }

    /** The repository's docs/modules, from where the build put this class: qrqg-server/target/test-classes. */
    private static Path docsModules() throws URISyntaxException {
        Path testClasses = Path.of(ModuleBoundariesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path docs = testClasses.getParent().getParent().getParent().resolve("docs");
        assertThat(docs.resolve("architecture.md")).as("the repository's docs folder").exists();
        return docs.resolve("modules");
    }
}
