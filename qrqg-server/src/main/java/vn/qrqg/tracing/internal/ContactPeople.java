package vn.qrqg.tracing.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.RegistryUnavailableException;
import vn.qrqg.issuance.citizens.IssuedQrs;

/**
 * Who the people tracing found are: check-ins and journeys name them by QID or by document
 * number, and a tracer needs both, their registry entry and the phone they declared. A few
 * queries for any number of people. When the registry cannot answer, tracing goes on without
 * their provinces (an alert must not wait for it); a tracer's read fails instead, as a scan does.
 */
@Component
class ContactPeople {
    private static final Logger LOG = LoggerFactory.getLogger(ContactPeople.class);

    /**
     * @param registered their registry entry; null when the registry holds no one by that number
     * @param declaredPhone the phone of their newest QR's declaration; null without one
     */
    record Found(TracingKeys.TracedPerson person, RegisteredPerson registered, String declaredPhone, String provinceCode) {

        /** The commune of their permanent address, when it is one of the current structure (then provinceCode is its province). */
        String communeCode() {
            return provinceCode == null ? null : registered.communeCode();
        }
    }

    private final IssuedQrs issuedQrs;
    private final PopulationRegistry registry;
    private final AdministrativeAreas areas;

    ContactPeople(IssuedQrs issuedQrs, PopulationRegistry registry, AdministrativeAreas areas) {
        this.issuedQrs = issuedQrs;
        this.registry = registry;
        this.areas = areas;
    }

    /** Each of {@code names} (QIDs or document numbers) as tracing keeps them, with their province when the registry answers. */
    Map<String, Found> provincesOf(Collection<String> names) {
        try {
            return find(names);
        } catch (RegistryUnavailableException e) {
            LOG.warn("The population registry did not answer: {} contacts are kept without their province", names.size());
            Map<String, Found> found = new HashMap<>();
            people(names).forEach((name, person) -> found.put(name, new Found(person, null, null, null)));
            return found;
        }
    }

    /**
     * These people, each found in the registry and the QRs issued.
     *
     * @throws RegistryUnavailableException when the registry cannot answer
     */
    Map<TracingKeys.TracedPerson, Found> details(Collection<TracingKeys.TracedPerson> people) {
        Set<Qid> qids = new HashSet<>();
        for (TracingKeys.TracedPerson person : people) {
            if (person.qid() != null) {
                qids.add(new Qid(person.qid()));
            }
        }
        Map<Qid, IssuedQrs.Holder> holders = issuedQrs.findHolders(qids);
        Map<String, RegisteredPerson> registered = registry.findAllByDocumentNumbers(people.stream()
                .map(TracingKeys.TracedPerson::documentNumber).filter(number -> number != null).distinct().toList());
        Map<TracingKeys.TracedPerson, Found> found = new HashMap<>();
        for (TracingKeys.TracedPerson person : people) {
            IssuedQrs.Holder holder = person.qid() == null ? null : holders.get(new Qid(person.qid()));
            RegisteredPerson entry = person.documentNumber() == null ? null : registered.get(person.documentNumber());
            found.put(person, new Found(person, entry, holder == null || holder.newest() == null ? null
                    : holder.newest().phone(), province(entry)));
        }
        return found;
    }

    private Map<String, Found> find(Collection<String> names) {
        Map<String, TracingKeys.TracedPerson> people = people(names);
        Map<TracingKeys.TracedPerson, Found> details = details(Set.copyOf(people.values()));
        Map<String, Found> found = new HashMap<>();
        people.forEach((name, person) -> found.put(name, details.get(person)));
        return found;
    }

    /** Each name as both of a person's names: a QID's document number, a document number's QID. */
    private Map<String, TracingKeys.TracedPerson> people(Collection<String> names) {
        List<Qid> qids = names.stream().filter(Qid::isValid).map(Qid::new).toList();
        List<String> numbers = names.stream().filter(name -> !Qid.isValid(name)).toList();
        Map<Qid, IssuedQrs.Holder> byQid = issuedQrs.findHolders(qids);
        Map<String, IssuedQrs.Holder> byNumber = issuedQrs.findHoldersByDocumentNumbers(numbers);
        Map<String, TracingKeys.TracedPerson> people = new HashMap<>();
        for (Qid qid : qids) {
            IssuedQrs.Holder holder = byQid.get(qid);
            people.put(qid.value(), new TracingKeys.TracedPerson(holder == null ? null : holder.documentNumber(), qid.value()));
        }
        for (String number : numbers) {
            IssuedQrs.Holder holder = byNumber.get(number);
            people.put(number, new TracingKeys.TracedPerson(number, holder == null ? null : holder.qid().value()));
        }
        return people;
    }

    private String province(RegisteredPerson person) {
        return person == null || person.communeCode() == null ? null
                : areas.commune(person.communeCode()).map(AdministrativeAreas.Commune::provinceCode).orElse(null);
    }
}
