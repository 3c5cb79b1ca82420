package vn.qrqg.health.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.health.VaccinationCoverage;
import vn.qrqg.health.Vaccination;
import vn.qrqg.identity.RegisteredPerson;

/**
 * Each vaccinated person's coverage facts in {@code health_vaccination_status}: their commune,
 * year of birth, first dose and completed primary series, named by the HMAC of their records.
 * Written with each vaccination stored, so that coverage is one grouped read of small rows.
 */
final class VaccinationStatuses implements VaccinationCoverage {

    /** One person's facts, or none before their first dose. */
    record Status(String communeCode, int birthYear, LocalDate firstDoseOn, LocalDate completedOn) {

        /** What {@code vaccinations} (in date order) of {@code person} amount to; empty without any. */
        static Optional<Status> of(RegisteredPerson person, List<Vaccination> vaccinations) {
            Doses doses = new Doses(vaccinations);
            return doses.reaching(1).map(first -> new Status(person.communeCode(), person.birthDate().year(),
                    first.date(), doses.reaching(2).map(Doses.Day::date).orElse(null)));
        }
    }

    private final JdbcClient jdbc;

    VaccinationStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the person's facts, replacing what was kept of them. */
    void put(byte[] personKey, Status status) {
        jdbc.sql("""
                        insert into health_vaccination_status (person_key, commune_code, birth_year, first_dose_on, completed_on)
                        values (:key, :commune, :year, :first, :completed)
                        on conflict (person_key) do update set commune_code = excluded.commune_code,
                            birth_year = excluded.birth_year, first_dose_on = excluded.first_dose_on,
                            completed_on = excluded.completed_on""")
                .param("key", personKey).param("commune", status.communeCode()).param("year", status.birthYear())
                .param("first", status.firstDoseOn()).param("completed", status.completedOn())
                .update();
    }

    @Override
    public List<Count> asOf(LocalDate day) {
        return jdbc.sql("""
                        select commune_code, birth_year, count(*) as one_dose,
                               count(*) filter (where completed_on <= :day) as completed
                        from health_vaccination_status
                        where first_dose_on <= :day and commune_code is not null
                        group by commune_code, birth_year""")
                .param("day", day)
                .query((row, i) -> new Count(row.getString("commune_code"), row.getInt("birth_year"),
                        row.getLong("one_dose"), row.getLong("completed")))
                .list();
    }
}
