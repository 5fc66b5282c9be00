package fi.turvaverkko.organisations.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

import fi.turvaverkko.organisations.internal.Violation;

/**
 * The problems of a submitted form as people read them: a localized message per field (shown next to it) and, in form
 * order, the links of the error summary at the top of the page. Field names are those of the request
 * ({@code members[2].from}); the id of a field's element is made from its name ({@code members-2-from}).
 */
final class FormErrors {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    record Link(String anchor, String message) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final MessageSource messages;
    private final Locale locale;

    FormErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Values the browser sent that do not fit their field at all (e.g. a number field with letters). */
    void addBindingErrors(BindingResult binding) {
        binding.getFieldErrors().forEach(error -> byField.putIfAbsent(field(error.getField()),
                messages.getMessage("organisations.error.invalidValue", null, locale)));
    }

    /** Broken rules; {@code rowOfMember}: the form row of each member the rules saw (blank rows are not sent). */
    void addViolations(List<Violation> violations, List<Integer> rowOfMember) {
        for (Violation violation : violations) {
            String field = violation.field();
            var indexed = java.util.regex.Pattern.compile("^members\\[(\\d+)]").matcher(field);
            if (indexed.find()) {
                int sent = Integer.parseInt(indexed.group(1));
                int row = sent < rowOfMember.size() ? rowOfMember.get(sent) : sent;
                field = "members[" + row + "]" + field.substring(indexed.end());
            }
            Object[] args = violation.args().stream().map(FormErrors::display).toArray();
            byField.putIfAbsent(field(field), messages.getMessage(violation.key(), args, violation.message(), locale));
        }
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    Map<String, String> byField() {
        return byField;
    }

    List<Link> summary() {
        List<Link> links = new ArrayList<>();
        byField.forEach((field, message) -> links.add(new Link(anchor(field), message)));
        return links;
    }

    /** The field a problem is shown at: a member's row-level problem at its person, a rotation slot's at the rotation. */
    static String field(String field) {
        if (field.matches("members\\[\\d+](\\.id)?")) {
            return field.replaceAll("(\\.id)?$", "") + ".personId";
        }
        if (field.startsWith("chairRotation.organisationIds")) {
            return "chairRotation.organisationIds";
        }
        return field;
    }

    /** The id of the element of a field: members[2].from → members-2-from. */
    static String anchor(String field) {
        if (field.equals("members")) {
            return "members-0-personId";
        }
        if (field.equals("chairRotation.organisationIds")) {
            return "chairRotation-organisationIds-0";
        }
        return field.replace("[", "-").replace("]", "").replace('.', '-');
    }

    private static Object display(Object arg) {
        return arg instanceof LocalDate date ? DATE.format(date) : arg;
    }
}
