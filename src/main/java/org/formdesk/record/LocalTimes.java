package org.formdesk.record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Times as people read them: in the local time zone, to the minute. Files keep the exact instant
 * (ISO-8601, UTC); only what is shown is converted.
 */
public final class LocalTimes {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LocalTimes() {
    }

    /** An ISO instant or offset date-time shown in {@code zone}; anything else as it is; null as null. */
    public static String show(String iso, ZoneId zone) {
        if (iso == null || iso.isBlank()) {
            return iso;
        }
        try {
            return MINUTE.format(Instant.parse(iso).atZone(zone));
        } catch (DateTimeParseException e) {
            try {
                return MINUTE.format(OffsetDateTime.parse(iso).atZoneSameInstant(zone));
            } catch (DateTimeParseException again) {
                return iso;
            }
        }
    }

    /** In the system's time zone (TZ, /etc/localtime). */
    public static String show(String iso) {
        return show(iso, ZoneId.systemDefault());
    }
}
