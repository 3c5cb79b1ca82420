package vn.qrqg.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.qrqg.platform.PlatformTestSupport.refusalOf;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The embedded PostgreSQL: its data kept, its commits durable, and locked against the machine's other users. */
class EmbeddedDatabaseIT {
    /** PostgreSQL's invalid_password. */
    private static final String INVALID_PASSWORD = "28P01";

    @TempDir
    Path dataDir;

    @Test
    void keepsItsDataAcrossRestarts() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            JdbcClient jdbc = jdbc(first.owner());
            jdbc.sql("create table kept (word text)").update();
            jdbc.sql("insert into kept values ('still here')").update();
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir)) {
            assertThat(jdbc(second.owner()).sql("select word from kept").query(String.class).single()).isEqualTo("still here");
        }
    }

    @Test
    void acknowledgesACommitOnlyOnceItIsOnDisk() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            JdbcClient jdbc = jdbc(database.app());
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        }
    }

    /** Any user of the machine reaches 127.0.0.1: before, they signed in as the superuser with no password. */
    @Test
    void noRoleSignsInWithoutItsPasswordAndThePasswordsAreTheOwnersToRead() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            for (DatabaseLogin role : new DatabaseLogin[] {database.superuser(), database.owner(), database.app()}) {
                assertThatThrownBy(() -> new DatabaseLogin(role.url(), role.user(), "").connect().close())
                        .as(role.user() + " without a password").isInstanceOf(SQLException.class);
                assertThat(sqlStateOfSignIn(new DatabaseLogin(role.url(), role.user(), "guessed")))
                        .as(role.user() + " with a wrong password").isEqualTo(INVALID_PASSWORD);
            }
            assertThat(jdbc(database.superuser()).sql("select distinct auth_method from pg_hba_file_rules")
                    .query(String.class).list()).containsExactly("scram-sha-256");
            assertThat(jdbc(database.superuser()).sql("show unix_socket_directories").query(String.class).single())
                    .as("no local socket either").isEmpty();
            assertThat(Files.getPosixFilePermissions(dataDir.resolve(EmbeddedDatabase.PASSWORD_FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(dataDir.resolve(EmbeddedDatabase.PASSWORD_FILE)))
                    .contains(":qrqg_app:" + database.app().password());
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("postgres-binaries")))
                    .as("zonky makes its working directory world-writable: this one sits where only the owner enters")
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
            try (var files = Files.walk(dataDir)) {
                assertThat(files.filter(file -> !Files.isSymbolicLink(file)).filter(EmbeddedDatabaseIT::othersMayWrite)
                        .filter(file -> !file.startsWith(dataDir.resolve("postgres-binaries"))).toList())
                        .as("nothing another user may change outside the private binaries").isEmpty();
            }
        }
    }

    @Test
    void thePlatformsRolesAreNotSuperusersAndTheOwnerOwnsTheDatabase() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            JdbcClient superuser = jdbc(database.superuser());
            assertThat(superuser.sql("select rolname || ' ' || rolsuper || rolcreaterole || rolcreatedb || rolbypassrls"
                    + " from pg_roles where rolname like 'qrqg%' order by rolname").query(String.class).list())
                    .containsExactly("qrqg_app falsefalsefalsefalse", "qrqg_owner falsefalsefalsefalse");
            assertThat(superuser.sql("select pg_get_userbyid(datdba) from pg_database where datname = 'postgres'")
                    .query(String.class).single()).isEqualTo("qrqg_owner");
            assertThat(refusalOf(jdbc(database.app()), "select pg_read_file('PG_VERSION')")).isEqualTo("42501");
            assertThat(refusalOf(jdbc(database.owner()), "copy (select 1) to program 'id'")).isEqualTo("42501");
        }
    }

    /** A data directory from before the roles: the superuser owned everything, without a password. */
    @Test
    void locksADataDirectoryMadeBeforeTheRolesAndHandsItsTablesToTheOwner() throws Exception {
        try (EmbeddedPostgres before = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).setOverrideWorkingDirectory(dataDir.resolve("postgres-binaries").toFile())
                .start()) {
            JdbcClient jdbc = JdbcClient.create(before.getPostgresDatabase());
            jdbc.sql("create table kept (id bigserial, word text)").update();
            jdbc.sql("insert into kept (word) values ('still here')").update();
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            assertThat(jdbc(database.owner()).sql("select word from kept").query(String.class).single())
                    .isEqualTo("still here");
            assertThat(jdbc(database.owner()).sql("select pg_get_userbyid(relowner) from pg_class where relname in "
                    + "('kept', 'kept_id_seq')").query(String.class).list()).containsOnly("qrqg_owner");
            assertThat(sqlStateOfSignIn(new DatabaseLogin(database.superuser().url(), "postgres", "")))
                    .isNotEqualTo("00000");
            assertThat(jdbc(database.superuser()).sql("select distinct auth_method from pg_hba_file_rules")
                    .query(String.class).list()).containsExactly("scram-sha-256");
        }
    }

    private static boolean othersMayWrite(Path file) {
        try {
            return Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
        } catch (java.io.IOException gone) {
            return false; // a server file removed while walking
        }
    }

    private static JdbcClient jdbc(DatabaseLogin login) {
        return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), login.url(), login.user(),
                login.password()));
    }

    private static String sqlStateOfSignIn(DatabaseLogin login) {
        try {
            login.connect().close();
            return "00000";
        } catch (SQLException refused) {
            return refused.getSQLState();
        }
    }

}
