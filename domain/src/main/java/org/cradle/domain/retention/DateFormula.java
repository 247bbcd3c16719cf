package org.cradle.domain.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cradle.domain.InvalidValueException;

/**
 * A retention rule's date, written in the schedule's own notation so that records officers read and
 * change it as data ({@code max(DOB+21y, END+3y)}), parsed once into a tree that is evaluated for each
 * person a record is about.
 *
 * <pre>
 * formula   := term
 * term      := ANCHOR ('+' N 'y')? ('+' N 'm')?          DOB+25y, SUMMARISED+1m, END
 *            | 'max(' term (',' term)+ ')'                the latest
 *            | 'if(' condition ',' term ',' term ')'
 *            | 'rule(' RULE-ID ')'                        another rule's date, for the same person
 * condition := 'ageAtEnd' ('&gt;=' | '=' | '&lt;') N   | 'diedBeforeAge' N
 *            | 'closedByDeath' | 'dead' | 'summarised' | 'formalRecord' | 'malicious'
 * </pre>
 *
 * A 29 February anchor falls on 1 March in a year that has none, as the schedule says; {@link
 * LocalDate#plusYears} would give 28 February, a day early.
 */
public final class DateFormula {

    public static final int MAX_LENGTH = 500;

    private final String text;
    private final Term term;

    private DateFormula(String text, Term term) {
        this.text = text;
        this.term = term;
    }

    /** Parses the formula, or refuses it naming where it stops making sense. */
    public static DateFormula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("formula", "required", "formula is required.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "formula", "max-length", "formula must be at most " + MAX_LENGTH + " characters.");
        }
        Parser parser = new Parser(text);
        Term term = parser.term();
        parser.end();
        return new DateFormula(text.strip(), term);
    }

    public String text() {
        return text;
    }

    /** The rules this formula refers to by {@code rule(ID)}. */
    public Set<RuleId> references() {
        List<RuleId> found = new ArrayList<>();
        term.references(found);
        return Set.copyOf(found);
    }

    /**
     * The date for one person's inputs; {@code rules} gives the formula of a rule referred to, and is
     * trusted to have no cycle (the schedule refuses one).
     */
    public Evaluation evaluate(RetentionInputs inputs, Function<RuleId, DateFormula> rules) {
        return term.evaluate(inputs, rules);
    }

    @Override
    public String toString() {
        return text;
    }

    /** {@code date + years}, a 29 February falling on 1 March in a year without one. */
    static LocalDate plusYears(LocalDate date, int years) {
        LocalDate moved = date.plusYears(years);
        if (date.getMonthValue() == 2 && date.getDayOfMonth() == 29 && moved.getDayOfMonth() == 28) {
            return moved.plusDays(1);
        }
        return moved;
    }

    // --- the tree ---------------------------------------------------------------------------------

    private sealed interface Term permits Offset, Latest, When, RuleRef {
        Evaluation evaluate(RetentionInputs inputs, Function<RuleId, DateFormula> rules);

        default void references(List<RuleId> found) {}
    }

    private record Offset(Anchor anchor, int years, int months) implements Term {
        @Override
        public Evaluation evaluate(RetentionInputs inputs, Function<RuleId, DateFormula> rules) {
            return inputs.date(anchor)
                    .map(date -> Evaluation.of(plusYears(date, years).plusMonths(months), Set.of(anchor)))
                    .orElseGet(() -> Evaluation.missing(Set.of(anchor), Set.of(anchor)));
        }
    }

    private record Latest(List<Term> terms) implements Term {
        @Override
        public Evaluation evaluate(RetentionInputs inputs, Function<RuleId, DateFormula> rules) {
            Set<Anchor> used = EnumSet.noneOf(Anchor.class);
            Set<Anchor> missing = EnumSet.noneOf(Anchor.class);
            LocalDate latest = null;
            for (Term term : terms) {
                Evaluation each = term.evaluate(inputs, rules);
                used.addAll(each.used());
                missing.addAll(each.missing());
                if (each.date().isPresent()
                        && (latest == null || each.date().get().isAfter(latest))) {
                    latest = each.date().get();
                }
            }
            // The latest of dates one of which is unknown is unknown: it could be the later one.
            return missing.isEmpty() ? Evaluation.of(latest, used) : Evaluation.missing(used, missing);
        }

        @Override
        public void references(List<RuleId> found) {
            terms.forEach(term -> term.references(found));
        }
    }

    private record When(Condition condition, Term then, Term otherwise) implements Term {
        @Override
        public Evaluation evaluate(RetentionInputs inputs, Function<RuleId, DateFormula> rules) {
            Set<Anchor> asked = condition.asks();
            Set<Anchor> unknown = EnumSet.noneOf(Anchor.class);
            for (Anchor anchor : condition.needs()) {
                if (inputs.date(anchor).isEmpty()) {
                    unknown.add(anchor);
                }
            }
            if (!unknown.isEmpty()) {
                return Evaluation.missing(asked, unknown);
            }
            Evaluation chosen = (condition.holds(inputs) ? then : otherwise).evaluate(inputs, rules);
            Set<Anchor> used = Evaluation.union(asked, chosen.used());
            return chosen.date().isPresent()
                    ? Evaluation.of(chosen.date().get(), used)
                    : Evaluation.missing(used, chosen.missing());
        }

        @Override
        public void references(List<RuleId> found) {
            then.references(found);
            otherwise.references(found);
        }
    }

    private record RuleRef(RuleId rule) implements Term {
        @Override
        public Evaluation evaluate(RetentionInputs inputs, Function<RuleId, DateFormula> rules) {
            return rules.apply(rule).evaluate(inputs, rules);
        }

        @Override
        public void references(List<RuleId> found) {
            found.add(rule);
        }
    }

    private enum Comparison {
        AT_LEAST(">="),
        EQUAL("="),
        UNDER("<");

        final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        boolean test(int value, int bound) {
            return switch (this) {
                case AT_LEAST -> value >= bound;
                case EQUAL -> value == bound;
                case UNDER -> value < bound;
            };
        }
    }

    private record Condition(String name, Comparison comparison, int bound) {

        /** The anchors the condition cannot be decided without. */
        Set<Anchor> needs() {
            return switch (name) {
                case "ageAtEnd" -> EnumSet.of(Anchor.DOB, Anchor.END);
                case "diedBeforeAge" -> EnumSet.of(Anchor.DOB);
                default -> EnumSet.noneOf(Anchor.class);
            };
        }

        /** The anchors the condition reads, known or not: an absent date of death means "alive". */
        Set<Anchor> asks() {
            return switch (name) {
                case "ageAtEnd" -> EnumSet.of(Anchor.DOB, Anchor.END);
                case "diedBeforeAge" -> EnumSet.of(Anchor.DOB, Anchor.DOD);
                case "dead" -> EnumSet.of(Anchor.DOD);
                case "summarised" -> EnumSet.of(Anchor.SUMMARISED);
                default -> EnumSet.noneOf(Anchor.class);
            };
        }

        boolean holds(RetentionInputs inputs) {
            return switch (name) {
                case "ageAtEnd" -> comparison.test(
                        age(
                                inputs.date(Anchor.DOB).orElseThrow(),
                                inputs.date(Anchor.END).orElseThrow()),
                        bound);
                case "diedBeforeAge" -> inputs.date(Anchor.DOD)
                        .map(dod -> age(inputs.date(Anchor.DOB).orElseThrow(), dod) < bound)
                        .orElse(false);
                case "closedByDeath" -> inputs.closedByDeath();
                case "dead" -> inputs.date(Anchor.DOD).isPresent();
                case "summarised" -> inputs.date(Anchor.SUMMARISED).isPresent();
                case "formalRecord" -> inputs.formalRecord();
                case "malicious" -> inputs.malicious();
                default -> throw new IllegalStateException(name);
            };
        }

        private static int age(LocalDate born, LocalDate on) {
            return Period.between(born, on).getYears();
        }
    }

    // --- the parser -------------------------------------------------------------------------------

    private static final class Parser {

        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Term term() {
            skipSpaces();
            if (accept("max(")) {
                List<Term> terms = new ArrayList<>();
                terms.add(term());
                while (accept(",")) {
                    terms.add(term());
                }
                expect(")");
                if (terms.size() < 2) {
                    throw refused("max( needs at least two dates");
                }
                return new Latest(List.copyOf(terms));
            }
            if (accept("if(")) {
                Condition condition = condition();
                expect(",");
                Term then = term();
                expect(",");
                Term otherwise = term();
                expect(")");
                return new When(condition, then, otherwise);
            }
            if (accept("rule(")) {
                skipSpaces();
                int start = at;
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '-')) {
                    at++;
                }
                RuleId rule;
                try {
                    rule = new RuleId(text.substring(start, at));
                } catch (InvalidValueException e) {
                    throw refused("rule( names a rule id such as NHS-CHILD");
                }
                expect(")");
                return new RuleRef(rule);
            }
            Anchor anchor = anchor();
            int years = 0;
            int months = 0;
            if (peekOffset('y')) {
                expect("+");
                years = number();
                expect("y");
            }
            if (peekOffset('m')) {
                expect("+");
                months = number();
                expect("m");
            }
            return new Offset(anchor, years, months);
        }

        private Condition condition() {
            skipSpaces();
            if (accept("ageAtEnd")) {
                skipSpaces();
                for (Comparison comparison : Comparison.values()) {
                    if (accept(comparison.symbol)) {
                        return new Condition("ageAtEnd", comparison, number());
                    }
                }
                throw refused("ageAtEnd is compared with >=, = or <");
            }
            if (accept("diedBeforeAge")) {
                return new Condition("diedBeforeAge", Comparison.UNDER, number());
            }
            for (String flag : List.of("closedByDeath", "dead", "summarised", "formalRecord", "malicious")) {
                if (accept(flag)) {
                    return new Condition(flag, null, 0);
                }
            }
            throw refused(
                    "a condition is ageAtEnd, diedBeforeAge, closedByDeath, dead, summarised, formalRecord or malicious");
        }

        private Anchor anchor() {
            skipSpaces();
            int start = at;
            while (at < text.length() && Character.isUpperCase(text.charAt(at))) {
                at++;
            }
            String name = text.substring(start, at);
            for (Anchor anchor : Anchor.values()) {
                if (anchor.name().equals(name)) {
                    return anchor;
                }
            }
            at = start;
            throw refused("expected a date (DOB, END, DOD, SUMMARISED, ORDER, CONCLUDED, HOST), max(, if( or rule(");
        }

        /** Whether a {@code +N<unit>} follows, without consuming it. */
        private boolean peekOffset(char unit) {
            skipSpaces();
            int look = at;
            if (look >= text.length() || text.charAt(look) != '+') {
                return false;
            }
            look++;
            while (look < text.length() && text.charAt(look) == ' ') {
                look++;
            }
            int digits = look;
            while (look < text.length() && Character.isDigit(text.charAt(look))) {
                look++;
            }
            return look > digits && look < text.length() && text.charAt(look) == unit;
        }

        private int number() {
            skipSpaces();
            int start = at;
            while (at < text.length() && Character.isDigit(text.charAt(at)) && at - start < 3) {
                at++;
            }
            if (at == start || (at < text.length() && Character.isDigit(text.charAt(at)))) {
                throw refused("expected a number from 0 to 999");
            }
            return Integer.parseInt(text.substring(start, at));
        }

        private boolean accept(String token) {
            skipSpaces();
            if (text.startsWith(token, at)) {
                at += token.length();
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!accept(token)) {
                throw refused("expected '" + token + "'");
            }
        }

        void end() {
            skipSpaces();
            if (at != text.length()) {
                throw refused("unexpected text");
            }
        }

        private void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private InvalidValueException refused(String why) {
            return new InvalidValueException(
                    "formula",
                    "formula-syntax",
                    "The formula cannot be read at character " + (at + 1) + ": " + why + ".");
        }
    }
}
