package vn.qrqg.declarations;

import java.time.Instant;
import java.util.UUID;

/** A health or travel declaration, as lists answer it: each carries its {@code kind}. */
public sealed interface Declaration permits HealthDeclaration, TravelDeclaration {

    /** {@code HEALTH} or {@code TRAVEL}. */
    String kind();

    UUID id();

    /** The person declared for. */
    String qid();

    /** When the platform received it; the retention counts from it. */
    Instant declaredAt();

    DeclaredBy declaredBy();
}
