package fi.turvaverkko.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fi.turvaverkko.access.AccessPolicy;
import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.access.Affiliations;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.organisations.Position;
import fi.turvaverkko.support.IntegrationTest;

/** Need-to-know rests on memberships: who belongs to which organisations and bodies, as the access policy sees it. */
class AffiliationsIntegrationTests extends IntegrationTest {

    @Autowired
    Affiliations affiliations;
    @Autowired
    Organisations organisations;
    @Autowired
    Accounts accounts;
    @Autowired
    AccessPolicy policy;

    long user(String username) {
        return accounts.findUserId(username).orElseThrow();
    }

    long organisation(String code) {
        return organisations.findOrganisationByCode(code).orElseThrow().id();
    }

    long body(String code) {
        return organisations.findBodyByCode(code).orElseThrow().id();
    }

    @Test
    void theMemberUserOfAnNgoBelongsToTheNgoAndNotToThePoliceTheCityOrYouthServices() {
        Set<Long> member = affiliations.organisationIds(user("member"));
        assertThat(member).containsExactly(organisation("aseman-lapset"));
        assertThat(member).doesNotContain(organisation("helsinki-police"), organisation("helsinki-police-prevention"),
                organisation("youth-services"), organisation("culture-leisure-division"), organisation("city-executive-office"),
                organisation("safety-unit"));
    }

    @Test
    void thePoliceUserBelongsToTheDepartmentAndItsUnit() {
        assertThat(affiliations.organisationIds(user("police")))
                .containsExactlyInAnyOrder(organisation("helsinki-police"), organisation("helsinki-police-prevention"));
    }

    @Test
    void membersOfAnOrganisationBelongToItsUnitsButNotToTheOrganisationsAboveIt() {
        assertThat(affiliations.organisationIds(user("executive")))
                .containsExactlyInAnyOrder(organisation("city-executive-office"), organisation("safety-unit"));
        assertThat(affiliations.organisationIds(user("admin")))
                .containsExactlyInAnyOrder(organisation("city-executive-office"), organisation("safety-unit"));
        assertThat(affiliations.organisationIds(user("coordinator"))).containsExactly(organisation("safety-unit"));
        assertThat(affiliations.organisationIds(user("analyst"))).containsExactly(organisation("safety-unit"));
    }

    @Test
    void bodiesAreThoseWithACurrentTerm() {
        // other tests add the police user to bodies of their own
        assertThat(affiliations.bodyIds(user("police"))).contains(body("youth-steering-group"), body("expert-group"),
                body("city-police-leadership")).doesNotContain(body("management-group"), body("east-area-network"));
        assertThat(affiliations.bodyIds(user("member"))).containsExactlyInAnyOrder(body("expert-group"), body("east-area-network"));
        assertThat(affiliations.bodyIds(user("coordinator"))).contains(body("management-group"), body("youth-steering-group"));
        assertThat(affiliations.bodyIds(user("admin"))).isEmpty();
    }

    @Test
    void endedMembershipsGiveNoAffiliation() {
        long person = organisations.findPersonOfUser(user("analyst")).orElseThrow().id();
        long id = db.sql("""
                insert into organisations.membership (person_id, organisation_id, valid_from, valid_to)
                values (:person, :organisation, '2020-01-01', '2022-12-31') returning id""")
                .param("person", person).param("organisation", organisation("helsinki-police")).query(Long.class).single();
        try {
            assertThat(affiliations.organisationIds(user("analyst"))).doesNotContain(organisation("helsinki-police"));
        } finally {
            db.sql("delete from organisations.membership where id = :id").param("id", id).update();
        }
    }

    @Test
    void theAccessPolicyUsesTheMemberships() {
        var member = new CurrentUser(user("member"), "member", "member", Set.of(), null, true);
        var visibility = policy.visibility(Optional.of(member));
        assertThat(visibility.organisations()).containsExactly(organisation("aseman-lapset"));
        assertThat(visibility.maySee(fi.turvaverkko.access.Classification.RESTRICTED, organisation("helsinki-police"),
                Set.of(organisation("helsinki-police")), Set.of(body("youth-steering-group")))).isFalse();
        var police = new CurrentUser(user("police"), "police", "police", Set.of(), null, true);
        assertThat(policy.visibility(Optional.of(police)).maySee(fi.turvaverkko.access.Classification.RESTRICTED, null,
                Set.of(organisation("helsinki-police")), Set.of())).isTrue();
    }

    @Test
    void theEntryPointAnswersTheMeetingsModulesQuestions() {
        var steeringGroup = organisations.findBodyByCode("youth-steering-group").orElseThrow();
        LocalDate today = Today.date();
        assertThat(organisations.runsBody(user("coordinator"), steeringGroup.id(), today)).as("secretary").isTrue();
        assertThat(organisations.runsBody(user("analyst"), steeringGroup.id(), today)).as("in the secretariat organisation").isTrue();
        assertThat(organisations.runsBody(user("member"), steeringGroup.id(), today)).isFalse();
        assertThat(organisations.runsBody(user("police"), steeringGroup.id(), LocalDate.of(2025, 6, 1))).as("chair then").isTrue();
        assertThat(organisations.runsBody(user("police"), steeringGroup.id(), LocalDate.of(2024, 6, 1))).as("member then").isFalse();

        assertThat(organisations.listMembers(steeringGroup.id(), LocalDate.of(2026, 6, 1))).extracting(p -> p.fullName())
                .containsExactly("Kalle Kokeilu", "Mikko Malli", "Sanna Esimerkki", "Taina Tuntematon", "Terhi Testinen", "Veera Vartija");
        assertThat(organisations.findPersonOfUser(user("police")).orElseThrow().fullName()).isEqualTo("Mikko Malli");
        assertThat(organisations.findOrganisationByCode("helsinki-police").orElseThrow().name(java.util.Locale.ENGLISH))
                .isEqualTo("Helsinki Police Department");
        assertThat(organisations.findOrganisationByCode("no-such-code")).isEmpty();
        assertThat(organisations.listSubUnits(organisation("helsinki-police"))).extracting(o -> o.nameFi())
                .containsExactly("Ennalta estävä toiminta");
        assertThat(organisations.listOrganisations()).extracting(o -> o.nameFi()).contains("Aseman Lapset ry", "Helsingin poliisilaitos");
        assertThat(organisations.listBodyMembers(steeringGroup.id())).first().satisfies(m -> assertThat(m.position()).isEqualTo(Position.CHAIR));
        assertThat(organisations.chairSchedule(steeringGroup.id(), LocalDate.of(2026, 11, 23))).hasSize(6);
        assertThat(organisations.findChairRotation(body("expert-group"))).isEmpty();
        assertThat(organisations.findAgreementByCode("youth-cooperation-2024").orElseThrow().steeringBodyId()).isEqualTo(steeringGroup.id());
        assertThat(organisations.listMemberships(organisations.findPersonOfUser(user("member")).orElseThrow().id()))
                .extracting(m -> m.organisationId()).containsExactly(organisation("aseman-lapset"));
    }

    @Autowired
    DemoOrganisations demo;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void demoDataIsMarkedAndSeedingAgainChangesNothing() {
        assertThat(db.sql("select count(*) from organisations.organisation where not demo").query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from organisations.person where demo and user_id is not null").query(Long.class).single())
                .as("the seven demo accounts have their people").isEqualTo(7);
        String counts = """
                select (select count(*) from organisations.organisation) || '/' || (select count(*) from organisations.person)
                    || '/' || (select count(*) from organisations.membership) || '/' || (select count(*) from organisations.body where demo)
                    || '/' || (select count(*) from organisations.body_member where demo) || '/' || (select count(*) from organisations.agreement)""";
        String before = db.sql(counts).query(String.class).single();
        transactions.executeWithoutResult(status -> demo.seed());
        assertThat(db.sql(counts).query(String.class).single()).isEqualTo(before);
    }
}
