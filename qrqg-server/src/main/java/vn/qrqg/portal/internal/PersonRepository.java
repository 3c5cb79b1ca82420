package vn.qrqg.portal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.platform.secrets.KeySealer;
import vn.qrqg.sms.PhoneNumber;

/**
 * The table {@code portal_person}: the people a mobile number declared, each with the holder
 * token the portal app got for them, sealed (AES-256-GCM under the key-encryption key, bound to
 * the phone and the QID, so that a sealed token copied into another row does not open there).
 */
@Repository
class PersonRepository {
    private final JdbcClient jdbc;
    private final KeySealer sealer;

    PersonRepository(JdbcClient jdbc, KeySealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    /** A declared person, with their holder token (a secret: never logged). */
    record Person(String qid, Relation relation, String holderToken) {
        @Override
        public String toString() {
            return "Person[" + relation + "]";
        }
    }

    enum Relation { SELF, DEPENDANT }

    /** The account's people, SELF first, then in the order they were declared. */
    List<Person> all(PhoneNumber phone) {
        return jdbc.sql("select qid, relation, holder_token_sealed from portal_person where phone = :phone "
                        + "order by relation = 'SELF' desc, created_at, qid")
                .param("phone", phone.value())
                .query((rs, n) -> person(phone, rs.getString("qid"), rs.getString("relation"),
                        rs.getBytes("holder_token_sealed")))
                .list();
    }

    Optional<Person> find(PhoneNumber phone, String qid) {
        return jdbc.sql("select qid, relation, holder_token_sealed from portal_person where phone = :phone and qid = :qid")
                .param("phone", phone.value()).param("qid", qid)
                .query((rs, n) -> person(phone, rs.getString("qid"), rs.getString("relation"),
                        rs.getBytes("holder_token_sealed")))
                .optional();
    }

    /** Adds the person, or gives them this relation and holder token when the account has them already. */
    void save(PhoneNumber phone, String qid, Relation relation, String holderToken) {
        jdbc.sql("""
                insert into portal_person (phone, qid, relation, holder_token_sealed) values (:phone, :qid, :relation, :sealed)
                on conflict (phone, qid) do update set relation = excluded.relation,
                    holder_token_sealed = excluded.holder_token_sealed""")
                .param("phone", phone.value()).param("qid", qid).param("relation", relation.name())
                .param("sealed", sealer.seal(kid(phone, qid), holderToken.getBytes(StandardCharsets.US_ASCII)))
                .update();
    }

    void delete(PhoneNumber phone, String qid) {
        jdbc.sql("delete from portal_person where phone = :phone and qid = :qid")
                .param("phone", phone.value()).param("qid", qid).update();
    }

    /** A person of an account no longer in use: the key of its row, its holder token still sealed. */
    record Dormant(PhoneNumber phone, String qid, byte[] sealedHolderToken) {
        @Override
        public String toString() {
            return "Dormant[(phone and QID not shown)]";
        }
    }

    /**
     * At most {@code limit} people whose phone last signed in before {@code cutoff} and has no
     * session left that expires after {@code now}, those unused longest first.
     */
    List<Dormant> dormant(Instant cutoff, Instant now, int limit) {
        return jdbc.sql("""
                        select phone, qid, holder_token_sealed from portal_person p
                        where signed_in_at < :cutoff and not exists (
                            select 1 from portal_session s where s.phone = p.phone and s.expires_at > :now)
                        order by signed_in_at limit :limit""")
                .param("cutoff", SignInRepository.utc(cutoff)).param("now", SignInRepository.utc(now))
                .param("limit", limit)
                .query((rs, n) -> new Dormant(new PhoneNumber(rs.getString("phone")), rs.getString("qid"),
                        rs.getBytes("holder_token_sealed")))
                .list();
    }

    /** The holder token of a dormant person (a secret: never logged). */
    String holderToken(Dormant dormant) {
        return new String(sealer.unseal(kid(dormant.phone(), dormant.qid()), dormant.sealedHolderToken()),
                StandardCharsets.US_ASCII);
    }

    private Person person(PhoneNumber phone, String qid, String relation, byte[] sealed) {
        return new Person(qid, Relation.valueOf(relation),
                new String(sealer.unseal(kid(phone, qid), sealed), StandardCharsets.US_ASCII));
    }

    /**
     * The associated data: the row's key, hashed, since the sealer names it in its errors and a
     * phone or a QID must not reach a log.
     */
    private static String kid(PhoneNumber phone, String qid) {
        try {
            return "portal-person:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((phone.value() + ":" + qid).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
