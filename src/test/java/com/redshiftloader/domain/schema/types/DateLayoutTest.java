package com.redshiftloader.domain.schema.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateLayoutTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MON DD YYYY             | Jun 12 1998            | 1998-06-12
            mon dd yyyy             | JUNE 12 1998           | 1998-06-12
            MON DD, YYYY            | march 31, 2003         | 2003-03-31
            DD.MM.YYYY              | 31.03.2003             | 2003-03-31
            DD.MM.YYYY              | 1.3.2003               | 2003-03-01
            MM/DD/YY                | 03/31/98               | 1998-03-31
            MM/DD/YY                | 03/31/24               | 2024-03-31
            YYYYMMDD                | 20030331               | 2003-03-31
            MMDDYYYY                | 11022024               | 2024-11-02
            DDMMYYYY                | 01032024               | 2024-03-01
            YYMMDD                  | 240301                 | 2024-03-01
            DD-MON-YYYY             | 15-mar-2024            | 2024-03-15
            DDMON YYYY              | 1Jun 2024              | 2024-06-01
            DD MON YYYY             | 01 may 2024            | 2024-05-01
            MONTH DD YYYY           | SEPTEMBER 9 2024       | 2024-09-09
            MON DD YYYY             | Sep 9 2024             | 2024-09-09
            MON-DD-YYYY             | Jan-01-1999            | 1999-01-01
            """)
    void readsDatesInTheLayout(String layout, String value, LocalDate expected) throws ValueTextException {
        DateLayout parsed = DateLayout.parse(layout);

        assertThat(parsed.hasTime()).isFalse();
        assertThat(new DateTimeText(Optional.of(parsed)).read(value, ScalarType.DATE))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            YYYY-MM-DD HH24:MI:SS   | 2003-03-31 18:45:05        | 2003-03-31T18:45:05
            YYYY-MM-DD HH:MI:SS     | 2003-03-31 18:45:05.123456 | 2003-03-31T18:45:05.123456
            MM/DD/YY HH12:MI AM     | 03/31/03 06:45 PM          | 2003-03-31T18:45
            MM/DD/YY HH12:MI AM     | 03/31/03 12:05 am          | 2003-03-31T00:05
            MM.DD.YYYY HH:MI:SS.SSS | 03.31.2003 18:45:05.12     | 2003-03-31T18:45:05.120
            YYYY-MM-DDTHH24:MI      | 2003-03-31T18:45           | 2003-03-31T18:45
            YYYYMMDDHH24MISS        | 20031231184505             | 2003-12-31T18:45:05
            YYYY-MM-DD HH24MI       | 2003-03-31 0945            | 2003-03-31T09:45
            DD.MM.YYYY HH:MI        | 1.3.2003 9:05              | 2003-03-01T09:05
            """)
    void readsTimestampsInTheLayout(String layout, String value, LocalDateTime expected) throws ValueTextException {
        DateLayout parsed = DateLayout.parse(layout);

        assertThat(parsed.hasTime()).isTrue();
        assertThat(new DateTimeText(Optional.of(parsed)).read(value, ScalarType.TIMESTAMP))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MON DD YYYY             | Feb 30 2024
            MON DD YYYY             | 1998-06-12
            MON DD YYYY             | Jux 12 1998
            DD.MM.YYYY              | 30.02.2024
            DD.MM.YYYY              | 31/03/2003
            MM/DD/YY HH12:MI AM     | 03/31/03 13:45 PM
            YYYY-MM-DD HH24:MI:SS   | 2003-03-31 24:00:00
            YYYY-MM-DD HH24:MI:SS   | 2003-03-31
            YYYYMMDD                | 2024111
            YYYYMMDD                | 202411011
            MMDDYYYY                | 1122024
            DDMMYYYY                | 1032024
            YYMMDD                  | 24031
            YYYYMMDDHH24MISS        | 2003123118455
            YYYY-MM-DD HH24MI       | 2003-03-31 945
            DD-MON-YYYY             | 15--2024
            DD MON YYYY             | 01  2024
            DD-MON-YYYY HH24:MI     | 15--2024 10:00
            MON DD YYYY             | 06 12 1998
            """)
    void refusesValuesOutsideTheLayout(String layout, String value) {
        DateLayout parsed = DateLayout.parse(layout);
        ScalarType type = parsed.hasTime() ? ScalarType.TIMESTAMP : ScalarType.DATE;

        assertThatThrownBy(() -> new DateTimeText(Optional.of(parsed)).read(value, type))
                .isInstanceOf(ValueTextException.class)
                .hasMessageEndingWith("does not match " + parsed.text());
    }

    @Test
    void readsADateOnlyLayoutIntoATimestampColumnAtMidnight() throws ValueTextException {
        DateTimeText reader = new DateTimeText(Optional.of(DateLayout.parse("MON DD YYYY")));

        assertThat(reader.read("Jun 12 1998", ScalarType.TIMESTAMP)).isEqualTo(LocalDateTime.of(1998, 6, 12, 0, 0));
    }

    @Test
    void aDateColumnReadWithATimeLayoutRefusesATimeItWouldDrop() throws ValueTextException {
        DateTimeText reader = new DateTimeText(Optional.of(DateLayout.parse("DD.MM.YYYY HH24:MI")));

        assertThat(reader.read("12.06.1998 00:00", ScalarType.DATE)).isEqualTo(LocalDate.of(1998, 6, 12));
        assertThatThrownBy(() -> reader.read("12.06.1998 18:45", ScalarType.DATE))
                .isInstanceOf(ValueTextException.class)
                .hasMessageContaining("a time of day, which a DATE column would drop");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DD MONTHS YYYY          | 'S', which is not a Redshift date or time part
            YYYY-MM-DD HH24:MI:QQ   | 'QQ', which is not a Redshift date or time part
            DAY MM YYYY             | 'DAY', which is not a Redshift date or time part
            MM/DD                   | has no year
            YYYY-MM-DD-MM           | gives the month twice
            MM/DD/YYYY HH12:MI      | has HH12 without AM or PM
            MM/DD/YYYY HH24:MI PM   | has AM or PM without HH12
            YYYY-MM-DD MI:SS        | has minutes or seconds but no hour
            YYYY-MM-DD HH:MI:SS.SSSSSSS | a fraction of 7 digits
            auto                    | leave the date format empty
            ''                      | leave the date format empty
            """)
    void refusesLayoutsThatAreNotRedshiftSyntax(String layout, String message) {
        assertThatThrownBy(() -> DateLayout.parse(layout))
                .isInstanceOf(InvalidLayoutException.class)
                .hasMessageContaining(message);
    }

    @Test
    void namesTheAcceptedPartsWhenAPartIsUnknown() {
        assertThatThrownBy(() -> DateLayout.parse("DD-MM-YYYYY"))
                .hasMessageContaining("'Y'")
                .hasMessageContaining("YYYY, YY, MM, MON")
                .hasMessageContaining("HH24")
                .hasMessageContaining("AM or PM");
    }

    @Test
    void isTheSameLayoutWhateverItsCase() {
        assertThat(DateLayout.parse(" mon dd yyyy ")).isEqualTo(DateLayout.parse("MON DD YYYY"));
        assertThat(DateLayout.parse("mon dd yyyy").text()).isEqualTo("MON DD YYYY");
        assertThat(DateLayout.parse("mon dd yyyy").redshiftFormat()).isEqualTo("MON DD YYYY");
    }
}
