package fi.turvaverkko.situation.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fi.turvaverkko.situation.Views.EmergingResult;
import fi.turvaverkko.situation.Views.EmergingRun;
import fi.turvaverkko.situation.Views.HotSpot;

/** The sentences that say what a result means, in the reader's language (API and pages alike). */
@Component
class Sentences {

    private final MessageSource messages;

    Sentences(MessageSource messages) {
        this.messages = messages;
    }

    String emerging(EmergingResult result, EmergingRun run, Locale locale) {
        String key = result.significant() ? "situation.emerging.sentence.significant" : "situation.emerging.sentence.not-significant";
        return messages.getMessage(key, new Object[] { result.area().name(locale), result.phenomenon().name(locale).toLowerCase(locale),
                result.observed().display(), run.period().days(), result.expected(), run.comparisons(), result.qValue() }, locale);
    }

    String hotSpot(HotSpot spot, Locale locale) {
        String key = spot.significant() ? "situation.hotspot.sentence.significant" : "situation.hotspot.sentence.not-significant";
        return messages.getMessage(key, new Object[] { spot.area().name(locale), spot.phenomenon().name(locale).toLowerCase(locale),
                spot.observed().display(), spot.neighbours(), spot.z() }, locale);
    }
}
