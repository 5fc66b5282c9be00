package fi.turvaverkko.organisations.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.BodyMember;
import fi.turvaverkko.organisations.ChairRotation;
import fi.turvaverkko.organisations.ChairTerm;
import fi.turvaverkko.organisations.CooperationAgreement;
import fi.turvaverkko.organisations.Membership;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.organisations.Person;

/** The module's entry point: organisations, people, cooperation bodies and agreements, read from the database. */
@Service
@Transactional(readOnly = true)
class OrganisationCatalogue implements Organisations {

    private final OrganisationRepository organisations;
    private final BodyRepository bodies;

    OrganisationCatalogue(OrganisationRepository organisations, BodyRepository bodies) {
        this.organisations = organisations;
        this.bodies = bodies;
    }

    @Override
    public Optional<Organisation> findOrganisation(long id) {
        return organisations.find(id).map(Coded::value);
    }

    @Override
    public List<Organisation> listOrganisations() {
        return organisations.listActive(Today.date()).stream().map(Coded::value).toList();
    }

    @Override
    public Optional<Body> findBody(long id) {
        return bodies.find(id).map(Coded::value);
    }

    @Override
    public List<Body> listBodies() {
        return bodies.list(null).stream().map(Coded::value).toList();
    }

    @Override
    public java.util.Map<String, Organisation> organisationsByCode() {
        var byCode = new java.util.LinkedHashMap<String, Organisation>();
        organisations.listActive(Today.date()).forEach(coded -> byCode.put(coded.code(), coded.value()));
        return byCode;
    }

    @Override
    public java.util.Map<String, Body> bodiesByCode() {
        var byCode = new java.util.LinkedHashMap<String, Body>();
        bodies.list(null).stream().filter(coded -> coded.code() != null).forEach(coded -> byCode.put(coded.code(), coded.value()));
        return byCode;
    }

    @Override
    public Optional<Person> findPerson(long id) {
        return organisations.findPerson(id);
    }

    @Override
    public Optional<Person> findPersonOfUser(long userId) {
        return organisations.findPersonOfUser(userId);
    }

    @Override
    public List<Person> listPeople() {
        return organisations.searchPeople(null);
    }

    @Override
    public List<Person> listMembers(long bodyId, LocalDate on) {
        return bodies.listPeopleOn(bodyId, on);
    }

    @Override
    public boolean runsBody(long userId, long bodyId, LocalDate on) {
        if (bodies.runsOn(userId, bodyId, on)) {
            return true;
        }
        Long secretariat = bodies.find(bodyId).map(b -> b.value().secretariatOrganisationId()).orElse(null);
        return secretariat != null && organisations.isMemberOn(userId, secretariat, on);
    }

    @Override
    public Optional<Organisation> findOrganisationByCode(String code) {
        return code == null ? Optional.empty() : organisations.findByCode(code).map(Coded::value);
    }

    @Override
    public Optional<Body> findBodyByCode(String code) {
        return code == null ? Optional.empty() : bodies.findByCode(code).map(Coded::value);
    }

    @Override
    public List<Organisation> listSubUnits(long organisationId) {
        return organisations.listChildren(organisationId, Today.date()).stream().map(Coded::value).toList();
    }

    @Override
    public List<Membership> listMemberships(long personId) {
        return organisations.listMemberships(personId);
    }

    @Override
    public List<BodyMember> listBodyMembers(long bodyId) {
        return bodies.listMembers(bodyId);
    }

    @Override
    public Optional<ChairRotation> findChairRotation(long bodyId) {
        return bodies.findRotation(bodyId);
    }

    @Override
    public List<ChairTerm> chairSchedule(long bodyId, LocalDate on) {
        return bodies.findRotation(bodyId).map(rotation -> rotation.scheduleAround(on)).orElse(List.of());
    }

    @Override
    public List<CooperationAgreement> listAgreements() {
        return bodies.listAgreements();
    }

    @Override
    public Optional<CooperationAgreement> findAgreementByCode(String code) {
        return code == null ? Optional.empty() : bodies.findAgreementByCode(code);
    }
}
