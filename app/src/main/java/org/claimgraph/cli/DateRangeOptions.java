package org.claimgraph.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** {@code --from DATE} and {@code --to DATE}: the days a statement query keeps, both inclusive. */
final class DateRangeOptions {

    @Option(names = "--from", paramLabel = "DATE",
            description = "Only statements dated on or after DATE (2024-05-01): the statement's date, else its "
                    + "article's.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only statements dated on or before DATE.")
    String to;

    String from() {
        return day("--from", from);
    }

    String to() {
        return day("--to", to);
    }

    private static String day(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new UserException(option + " needs a date such as 2024-05-28, got '" + value + "'.");
        }
    }
}
