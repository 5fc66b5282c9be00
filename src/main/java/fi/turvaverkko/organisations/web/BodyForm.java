package fi.turvaverkko.organisations.web;

import java.util.ArrayList;
import java.util.List;

import fi.turvaverkko.organisations.BodyMember;
import fi.turvaverkko.organisations.ChairRotation;
import fi.turvaverkko.organisations.internal.BodyInput;
import fi.turvaverkko.organisations.internal.BodyOverviews;

/**
 * What the body form sends: text as typed, choices as ids. It never reaches the database: it becomes a
 * {@link BodyInput}, which the rules check. Field names follow the API's, so that a broken rule finds its field.
 */
public class BodyForm {

    static final int ROTATION_SLOTS = 6;
    static final int BLANK_ROWS = 3;
    static final int NEW_FORM_ROWS = 5;

    private String type;
    private String nameFi;
    private String nameSv;
    private String nameEn;
    private String purpose;
    private String municipalityCode;
    private String areaCode;
    private Long secretariatOrganisationId;
    private List<MemberRow> members = new ArrayList<>();
    private boolean rotates;
    private RotationRow chairRotation = new RotationRow();

    /** An empty form with a few member rows. */
    static BodyForm blank() {
        var form = new BodyForm();
        form.municipalityCode = "091";
        for (int i = 0; i < NEW_FORM_ROWS; i++) {
            form.members.add(new MemberRow());
        }
        form.chairRotation.fillSlots();
        return form;
    }

    /** The form of a stored body, with its members' terms and its rotation rule. */
    static BodyForm of(BodyOverviews.BodyOverview overview) {
        var form = new BodyForm();
        var body = overview.body().value();
        form.type = body.type().name();
        form.nameFi = body.nameFi();
        form.nameSv = body.nameSv();
        form.nameEn = body.nameEn();
        form.purpose = body.purpose();
        form.municipalityCode = body.municipalityCode();
        form.areaCode = body.areaCode();
        form.secretariatOrganisationId = body.secretariatOrganisationId();
        for (var line : overview.members()) {
            form.members.add(MemberRow.of(line.member()));
        }
        form.addBlankRows();
        ChairRotation rotation = overview.rotation();
        if (rotation != null) {
            form.rotates = true;
            form.chairRotation.organisationIds = new ArrayList<>(rotation.organisationIds());
            form.chairRotation.termMonths = rotation.termMonths();
            form.chairRotation.startsOn = rotation.startsOn().toString();
        }
        form.chairRotation.fillSlots();
        return form;
    }

    void addBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            members.add(new MemberRow());
        }
    }

    /** Keeps the rows and slots a page shows even when the browser sent fewer. */
    void fillSlots() {
        if (members == null) {
            members = new ArrayList<>();
        }
        if (members.isEmpty()) {
            addBlankRows();
        }
        if (chairRotation == null) {
            chairRotation = new RotationRow();
        }
        chairRotation.fillSlots();
    }

    /** The form as input for the rules; {@code rowOfMember} gets, for each member sent, the row it came from. */
    BodyInput toInput(List<Integer> rowOfMember) {
        List<BodyInput.MemberInput> sent = new ArrayList<>();
        for (int row = 0; row < members.size(); row++) {
            MemberRow member = members.get(row);
            if (member != null && !member.isBlank()) {
                sent.add(new BodyInput.MemberInput(member.id, member.personId, member.organisationId, member.position, member.from,
                        member.to));
                rowOfMember.add(row);
            }
        }
        BodyInput.RotationInput rotation = !rotates ? null : new BodyInput.RotationInput(
                chairRotation.organisationIds.stream().filter(id -> id != null).toList(), chairRotation.termMonths,
                chairRotation.startsOn);
        return new BodyInput(null, type, nameFi, nameSv, nameEn, purpose, municipalityCode, areaCode, secretariatOrganisationId,
                sent, rotation);
    }

    public static class MemberRow {
        private Long id;
        private Long personId;
        private Long organisationId;
        private String position;
        private String from;
        private String to;

        static MemberRow of(BodyMember member) {
            var row = new MemberRow();
            row.id = member.id();
            row.personId = member.personId();
            row.organisationId = member.organisationId();
            row.position = member.position().name();
            row.from = member.from().toString();
            row.to = member.to() == null ? null : member.to().toString();
            return row;
        }

        /** A row left empty is not a member (a stored term whose row was emptied is removed). */
        boolean isBlank() {
            return personId == null && organisationId == null && blank(position) && blank(from) && blank(to);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }
        public Long getPersonId() { return personId; }
        public void setPersonId(Long personId) { this.personId = personId; }
        public Long getOrganisationId() { return organisationId; }
        public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
        public String getPosition() { return position; }
        public void setPosition(String position) { this.position = position; }
        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
        public String getTo() { return to; }
        public void setTo(String to) { this.to = to; }
    }

    public static class RotationRow {
        private List<Long> organisationIds = new ArrayList<>();
        private Integer termMonths = 12;
        private String startsOn;

        void fillSlots() {
            if (organisationIds == null) {
                organisationIds = new ArrayList<>();
            }
            while (organisationIds.size() < ROTATION_SLOTS) {
                organisationIds.add(null);
            }
        }

        public List<Long> getOrganisationIds() { return organisationIds; }
        public void setOrganisationIds(List<Long> organisationIds) { this.organisationIds = organisationIds; }
        public Integer getTermMonths() { return termMonths; }
        public void setTermMonths(Integer termMonths) { this.termMonths = termMonths; }
        public String getStartsOn() { return startsOn; }
        public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getNameFi() { return nameFi; }
    public void setNameFi(String nameFi) { this.nameFi = nameFi; }
    public String getNameSv() { return nameSv; }
    public void setNameSv(String nameSv) { this.nameSv = nameSv; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getMunicipalityCode() { return municipalityCode; }
    public void setMunicipalityCode(String municipalityCode) { this.municipalityCode = municipalityCode; }
    public String getAreaCode() { return areaCode; }
    public void setAreaCode(String areaCode) { this.areaCode = areaCode; }
    public Long getSecretariatOrganisationId() { return secretariatOrganisationId; }
    public void setSecretariatOrganisationId(Long secretariatOrganisationId) { this.secretariatOrganisationId = secretariatOrganisationId; }
    public List<MemberRow> getMembers() { return members; }
    public void setMembers(List<MemberRow> members) { this.members = members; }
    public boolean isRotates() { return rotates; }
    public void setRotates(boolean rotates) { this.rotates = rotates; }
    public RotationRow getChairRotation() { return chairRotation; }
    public void setChairRotation(RotationRow chairRotation) { this.chairRotation = chairRotation; }
}
