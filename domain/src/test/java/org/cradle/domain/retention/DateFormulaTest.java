package org.cradle.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.cradle.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schedule's notation, read and evaluated. */
class DateFormulaTest {

    private static LocalDate on(String formula, Map<Anchor, LocalDate> dates) {
        return DateFormula.parse(formula)
                .evaluate(RetentionInputs.of(dates), id -> null)
                .date()
                .orElseThrow();
    }

    @Test
    void years_are_added_to_the_anchor() {
        assertThat(on("DOB+25y", Map.of(Anchor.DOB, LocalDate.of(2024, 3, 1)))).isEqualTo(LocalDate.of(2049, 3, 1));
    }

    @Test
    void a_29_february_anchor_falls_on_1_march_in_a_year_without_one() {
        assertThat(on("DOB+25y", Map.of(Anchor.DOB, LocalDate.of(2024, 2, 29)))).isEqualTo(LocalDate.of(2049, 3, 1));
        assertThat(on("DOB+4y", Map.of(Anchor.DOB, LocalDate.of(2024, 2, 29)))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void max_is_the_latest_of_its_dates() {
        Map<Anchor, LocalDate> dates =
                Map.of(Anchor.DOB, LocalDate.of(2010, 1, 1), Anchor.END, LocalDate.of(2030, 5, 1));
        assertThat(on("max(DOB+21y, END+3y)", dates)).isEqualTo(LocalDate.of(2033, 5, 1));
    }

    @Test
    void a_childs_record_closed_at_17_is_kept_to_26_and_at_18_or_later_also_8_years_from_the_close() {
        String nhsChild = "if(ageAtEnd >= 18, max(DOB+25y, END+8y), if(ageAtEnd = 17, DOB+26y, DOB+25y))";
        LocalDate born = LocalDate.of(2000, 6, 1);
        assertThat(on(nhsChild, Map.of(Anchor.DOB, born, Anchor.END, LocalDate.of(2010, 1, 1))))
                .isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(on(nhsChild, Map.of(Anchor.DOB, born, Anchor.END, LocalDate.of(2017, 12, 1))))
                .isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(on(nhsChild, Map.of(Anchor.DOB, born, Anchor.END, LocalDate.of(2020, 1, 1))))
                .isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void a_formula_without_an_input_it_needs_has_no_date_and_says_which() {
        Evaluation evaluation = DateFormula.parse("max(DOB+21y, END+3y)")
                .evaluate(RetentionInputs.of(Map.of(Anchor.END, LocalDate.of(2030, 1, 1))), id -> null);

        assertThat(evaluation.date()).isEmpty();
        assertThat(evaluation.missing()).containsExactly(Anchor.DOB);
    }

    @Test
    void an_unknown_date_of_death_means_alive_not_unknown() {
        Evaluation evaluation = DateFormula.parse("if(diedBeforeAge 18, DOD+15y, DOB+75y)")
                .evaluate(RetentionInputs.of(Map.of(Anchor.DOB, LocalDate.of(2024, 3, 1))), id -> null);

        assertThat(evaluation.date()).contains(LocalDate.of(2099, 3, 1));
        assertThat(evaluation.used()).contains(Anchor.DOD, Anchor.DOB);
    }

    @Test
    void a_malicious_allegation_goes_on_its_conclusion() {
        RetentionInputs concluded = new RetentionInputs(
                Map.of(Anchor.DOB, LocalDate.of(1980, 1, 1), Anchor.CONCLUDED, LocalDate.of(2026, 2, 1)),
                false,
                true,
                false);
        assertThat(DateFormula.parse("if(malicious, CONCLUDED, max(DOB+65y, CONCLUDED+10y))")
                        .evaluate(concluded, id -> null)
                        .date())
                .contains(LocalDate.of(2026, 2, 1));
    }

    @Test
    void references_name_the_rules_a_formula_refers_to() {
        assertThat(DateFormula.parse("max(rule(NHS-CHILD), rule(NHS-MH))").references())
                .containsExactlyInAnyOrder(new RuleId("NHS-CHILD"), new RuleId("NHS-MH"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "DOB+",
                "DOB+25",
                "max(DOB+1y)",
                "DOB+25y)",
                "if(old, DOB, END)",
                "BIRTH+1y",
                "rule(nhs)",
                "max(DOB+1y, END+1y",
                "DOB+1000y",
                "DOB-1y"
            })
    void what_cannot_be_read_is_refused_naming_the_formula(String text) {
        assertThatThrownBy(() -> DateFormula.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("formula");
    }
}
