package fi.turvaverkko.organisations.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A cooperation body as a person or a client sent it, not yet checked: the API's request body and what the page's
 * form turns into. {@link BodyRules} checks every field and reports all problems at once.
 */
@Schema(name = "BodyRequest", description = "A cooperation body with its members and, when its chair rotates, the rotation rule")
public record BodyInput(
        @Schema(description = "Stable code (lower-case letters, digits and hyphens); made from the Finnish name when left out", example = "youth-steering-group") String code,
        @Schema(description = "MANAGEMENT_GROUP, LEADERSHIP_MEETING, EXPERT_GROUP, AREA_NETWORK, RESIDENTS_NETWORK, STEERING_GROUP, RAPID_RESPONSE_GROUP or OTHER", requiredMode = Schema.RequiredMode.REQUIRED) String type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String nameFi,
        String nameSv,
        String nameEn,
        String purpose,
        @Schema(description = "Municipality code, e.g. 091; may be left out when an area is given", example = "091") String municipalityCode,
        @Schema(description = "Area code from /api/areas, e.g. 0917 (the Eastern major district of Helsinki)") String areaCode,
        Long secretariatOrganisationId,
        List<MemberInput> members,
        @Schema(description = "Left out: the chair does not rotate") RotationInput chairRotation) {

    public BodyInput {
        members = members == null ? List.of() : members;
    }

    /** One term of a member. */
    @Schema(name = "MemberRequest")
    public record MemberInput(
            @Schema(description = "Only when editing: the id of the term being changed") Long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long personId,
            @Schema(description = "The organisation the person represents in the body", requiredMode = Schema.RequiredMode.REQUIRED) Long organisationId,
            @Schema(description = "CHAIR, VICE_CHAIR, SECRETARY, MEMBER, EXPERT or OBSERVER", requiredMode = Schema.RequiredMode.REQUIRED) String position,
            @Schema(format = "date", example = "2024-05-01", requiredMode = Schema.RequiredMode.REQUIRED) String from,
            @Schema(format = "date", description = "Last day of the term; left out: until further notice") String to) {
    }

    /** The rule of a rotating chair. */
    @Schema(name = "ChairRotationRequest")
    public record RotationInput(
            @Schema(description = "The organisations in the order they take turns (at least two)") List<Long> organisationIds,
            @Schema(description = "Length of each turn in months, 1 to 60", example = "12") Integer termMonths,
            @Schema(format = "date", description = "First day of the first turn", example = "2024-05-01") String startsOn) {

        public RotationInput {
            organisationIds = organisationIds == null ? List.of() : organisationIds;
        }
    }
}
