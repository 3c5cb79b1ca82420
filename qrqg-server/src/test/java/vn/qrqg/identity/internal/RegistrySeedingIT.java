package vn.qrqg.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.identity.IdentityProperties;
import vn.qrqg.identity.IdentityTestSupport;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.platform.database.SchemaOwner;

/**
 * Seeding into a fresh {@code identity_person} of its own schema, so that it does not depend on
 * what the shared context's background seeding and the other tests did to the platform's table.
 */
class RegistrySeedingIT extends IdentityTestSupport {
    private static final String SCHEMA = "identity_seed_it";
    private static final int SIZE = 2000;

    @Autowired
    RegistrySeeding seeding;

    @Autowired
    SchemaOwner owner;

    /** As the owner: the test's own schema is not the platform's runtime role's to write. */
    JdbcClient jdbc;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    IdentityProperties properties;

    @BeforeEach
    void freshTable() {
        jdbc = asOwner();
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
        jdbc.sql("create schema " + SCHEMA).update();
        String platformSchema = jdbc.sql("select current_schema()").query(String.class).single();
        jdbc.sql("create table " + SCHEMA + ".identity_person (like " + platformSchema + ".identity_person including all)").update();
    }

    @AfterEach
    void dropTable() {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
    }

    @Test
    void seedsAnEmptyTableWithTheSyntheticPeopleOnceOnly() throws SQLException {
        assertThat(seedInTestSchema()).isEqualTo(SIZE);
        assertThat(count()).isEqualTo(SIZE);

        SyntheticPopulation expected = new SyntheticPopulation(units);
        for (int i = 0; i < 50; i++) {
            RegisteredPerson person = expected.next();
            RegisteredPerson stored = jdbc.sql("select full_name, birth_date, phone, address, old_document_number, "
                            + "commune_code, household_id from " + SCHEMA + ".identity_person where document_number = ?")
                    .param(person.documentNumber())
                    .query((row, n) -> new RegisteredPerson(person.documentNumber(), row.getString(5), row.getString(1),
                            BirthDate.parse(row.getString(2)), person.gender(), row.getString(3),
                            person.insuranceNumber(), row.getString(6), row.getString(4), row.getString(7)))
                    .single();
            assertThat(stored).isEqualTo(person);
        }
        List<String> households = jdbc.sql("select document_number || ' ' || household_id from " + SCHEMA
                + ".identity_person").query(String.class).list();
        assertThat(households).as("the people SyntheticPeople.first gives again, in their households")
                .containsExactlyInAnyOrderElementsOf(seeding.first(SIZE).map(p -> p.documentNumber() + " " + p.householdId()).toList());
        assertThat(seedInTestSchema()).as("a table with people is left alone").isZero();
        assertThat(count()).isEqualTo(SIZE);
    }

    @Test
    void twoInstancesSeedingAtOnceSeedOnce() throws Exception {
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(this::seedQuietly);
        CompletableFuture<Long> second = CompletableFuture.supplyAsync(this::seedQuietly);
        assertThat(List.of(first.get(2, TimeUnit.MINUTES), second.get(2, TimeUnit.MINUTES)))
                .containsExactlyInAnyOrder((long) SIZE, 0L);
        assertThat(count()).isEqualTo(SIZE);
    }

    @Test
    void thePlatformSeedsItsRegistryInTheBackgroundAfterStartingUp() throws Exception {
        long seeded = seeding.completion().get(5, TimeUnit.MINUTES);
        // 0 when another test had already imported people: seeding only ever fills an empty table
        assertThat(seeded).isIn(0L, (long) properties.seedSize());
        assertThat(jdbc.sql("select count(*) from identity_person").query(Long.class).single()).isPositive();
        if (seeded > 0) {
            RegisteredPerson first = new SyntheticPopulation(units).next();
            assertThat(registry.findByDocumentNumber(first.documentNumber())).contains(first);
        }
    }

    private long seedInTestSchema() throws SQLException {
        try (Connection connection = owner.dataSource().getConnection()) {
            connection.createStatement().execute("set search_path to " + SCHEMA);
            try {
                return seeding.seed(connection, SIZE);
            } finally {
                connection.createStatement().execute("reset search_path"); // the connection goes back to the pool
            }
        }
    }

    private long seedQuietly() {
        try {
            return seedInTestSchema();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count() {
        return jdbc.sql("select count(*) from " + SCHEMA + ".identity_person").query(Long.class).single();
    }
}
