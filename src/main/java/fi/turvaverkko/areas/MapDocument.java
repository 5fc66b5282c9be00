package fi.turvaverkko.areas;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A GeoJSON document ready to send, with an ETag of its content. The ETag is weak so that the server may compress the
 * response (Tomcat does not compress responses with strong ETags).
 */
public record MapDocument(byte[] body, String etag) {

    public static MapDocument of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new MapDocument(body, "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an If-None-Match header names this document (weak comparison, RFC 9110 13.1.2). */
    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        String opaque = etag.substring(2);
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(opaque)) {
                return true;
            }
        }
        return false;
    }
}
