package org.newsgraph.validate;


/** The graph built from the input does not pass validation, so it is not written, exported, stored or served. */
public class InvalidGraphException extends RuntimeException {
    private final transient Validation.Report report;

    public InvalidGraphException(Validation.Report report) {
        super("the graph built from the input does not validate");
        this.report = report;
    }

    public Validation.Report report() {
        return report;
    }
}
