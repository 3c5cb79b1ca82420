package vn.qrqg;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package of the server is a capability (STYLE.md): others may use its root
 * package and the sub-packages it names as interfaces ({@code @NamedInterface}), never its
 * {@code internal} parts, and no two capabilities depend on each other in a cycle.
 */
class ModuleBoundariesTest {

    @Test
    void capabilitiesUseOnlyEachOthersPublicApiAndFormNoCycles() {
        // the codec is a library of its own (a Maven module), not a capability of the server
        ApplicationModules.of(QrqgServer.class, JavaClass.Predicates.resideInAPackage("vn.qrqg.codec..")).verify();
    }
}
