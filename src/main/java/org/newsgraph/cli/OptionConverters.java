package org.newsgraph.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The picocli converters shared by the commands. A value they refuse becomes picocli's
 * one-line "Invalid value for option '--name': ..." (exit 2), so the user sees the option's
 * name, not the name of a setting.
 */
final class OptionConverters {
    private OptionConverters() {
    }

    /**
     * {@code --timeout}: 30s, 500ms, 2m, 1h, an ISO-8601 duration (PT30S), or a plain number of
     * seconds; more than zero.
     */
    static final class PositiveDuration implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration d = parse(value);
            if (d.isZero() || d.isNegative()) {
                throw new CommandLine.TypeConversionException("must be positive (e.g. 30s)");
            }
            return d;
        }

        private static Duration parse(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            try {
                Duration d;
                if (v.startsWith("pt") || v.startsWith("p") || v.startsWith("-p")) {
                    d = Duration.parse(value.strip());
                } else if (v.endsWith("ms")) {
                    d = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).strip()));
                } else if (v.endsWith("s")) {
                    d = Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1).strip()) * 1000));
                } else if (v.endsWith("m")) {
                    d = Duration.ofSeconds(Math.round(Double.parseDouble(v.substring(0, v.length() - 1).strip()) * 60));
                } else if (v.endsWith("h")) {
                    d = Duration.ofSeconds(Math.round(Double.parseDouble(v.substring(0, v.length() - 1).strip()) * 3600));
                } else {
                    d = Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
                }
                d.toMillis(); // the timeouts are set in milliseconds
                return d;
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (e.g. 30s, 500ms, 2m)");
            } catch (ArithmeticException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is too long a duration");
            }
        }

        /** A duration for messages: {@code 30 s}, {@code 500 ms}. */
        static String format(Duration d) {
            long ms = d.toMillis();
            return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
        }
    }

    /** {@code --max-rows}: a whole number, 0 or more. */
    static final class NonNegativeLong implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            long n;
            try {
                n = Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
            }
            if (n < 0) {
                throw new CommandLine.TypeConversionException("must be 0 or more (0: no limit)");
            }
            return n;
        }
    }

    /** {@code --port}: 0 to 65535. */
    static final class Port implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a port number");
            }
            if (n < 0 || n > 65535) {
                throw new CommandLine.TypeConversionException("must be 0..65535 (0 picks a free port)");
            }
            return n;
        }
    }

    /** {@code --endpoint}: an absolute http or https URL with a host (as given, for messages). */
    static final class HttpUrl implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.strip();
            URI uri;
            try {
                uri = new URI(v);
            } catch (URISyntaxException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a URL: " + e.getReason()
                        + " (e.g. http://127.0.0.1:3030/newsgraph/sparql)");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null || uri.getRawAuthority().isBlank()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not an absolute http(s) URL "
                        + "(e.g. http://127.0.0.1:3030/newsgraph/sparql)");
            }
            return v;
        }
    }

    /** {@code --text}: full, excerpts or none. */
    static final class TextPolicyConverter implements CommandLine.ITypeConverter<org.newsgraph.export.TextPolicy> {
        @Override
        public org.newsgraph.export.TextPolicy convert(String value) {
            try {
                return org.newsgraph.export.TextPolicy.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
