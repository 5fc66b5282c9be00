package fi.turvaverkko.organisations.internal;

/** ILIKE patterns from what a person typed: their %, _ and \ are plain characters. */
final class Like {

    private Like() {
    }

    /** "%text%", or null for no text (no filter). */
    static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.length() > 100) {
            trimmed = trimmed.substring(0, 100);
        }
        return "%" + trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
