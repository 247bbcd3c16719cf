package org.cradle.adapters.rest.subjectaccess;

import java.util.Locale;
import org.cradle.adapters.rest.Html;
import org.cradle.adapters.rest.subjectaccess.SubjectAccessMessages.EntryView;
import org.cradle.adapters.rest.subjectaccess.SubjectAccessMessages.PackageView;
import org.cradle.adapters.rest.subjectaccess.SubjectAccessMessages.SectionView;

/**
 * A released package as a printable HTML page: the same sections and entries as the JSON package.
 * Every value is HTML-escaped (a case note is free text, and may hold markup); the page has no scripts,
 * styles or links, so it prints as it is, and the API's content security policy allows nothing else.
 */
final class PackagePage {

    private final StringBuilder html = new StringBuilder();

    private PackagePage() {}

    static String of(PackageView released) {
        return new PackagePage().render(released);
    }

    private String render(PackageView released) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append("Subject-access export ")
                .append(Html.escape(released.exportId()))
                .append("</title>\n</head>\n<body>\n<h1>Information ")
                .append(Html.escape(released.organisation()))
                .append(" holds about you</h1>\n<table>\n");
        row("Person", released.personId());
        row("Requested by", released.requestedBy());
        row("Request received on", released.receivedOn());
        row("Prepared by", released.preparedBy());
        row("Prepared at", released.preparedAt());
        row("Released by", released.releasedBy());
        row("Released at", released.releasedAt());
        html.append("</table>\n<p>This is what the organisation held when the export was prepared. Where information"
                + " about another person had to be withheld, a note says so in its place.</p>\n");
        for (SectionView section : released.sections()) {
            html.append("<h2>").append(Html.escape(section.title())).append("</h2>\n");
            if (section.entries().isEmpty()) {
                html.append("<p>None.</p>\n");
            }
            section.entries().forEach(this::entry);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private void entry(EntryView entry) {
        if (entry.withheld()) {
            html.append("<p><em>").append(Html.escape(entry.reason())).append("</em></p>\n");
            return;
        }
        html.append("<table>\n");
        row("Record", entry.recordId() + (entry.version() == null ? "" : ", version " + entry.version()));
        entry.fields().forEach((name, value) -> row(label(name), value));
        html.append("</table>\n");
    }

    private void row(String label, Object value) {
        html.append("<tr><th>")
                .append(Html.escape(label))
                .append("</th><td>")
                .append(Html.escape(value).replace("\n", "<br>\n"))
                .append("</td></tr>\n");
    }

    /** A field's name as a label: {@code writtenAt} reads "Written at". */
    static String label(String name) {
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The value as HTML text: every character that could start markup or end an attribute is escaped. */
}
