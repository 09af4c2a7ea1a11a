package com.redshiftloader.infra.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The evidence that tells a stray quote from a real multi-line value: the quoted value's inner lines (without the
 * opening and closing line) and the file's column count. {@code |} stands for a line break.
 */
class StrayQuoteCheckTest {

    private static Optional<StrayQuoteCheck.Swallowed> check(String value, int columns) {
        byte[] bytes = value.replace("|", "\n").replace("\\r", "\r").getBytes(StandardCharsets.UTF_8);
        return StrayQuoteCheck.check(bytes, bytes.length, (byte) ',', columns);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', textBlock = """
            O Brien,Cork|102,n102,Paris|103,n103,Paris|104,  ; 3 ; swallowed records with ids
            O Brien|2024-01-02,x|2024-01-03,y|               ; 2 ; swallowed records with dates, two columns
            x|a,b,c,d,e,f|g,h,i,j,k,l|m                      ; 6 ; many columns: the count alone
            x|102,n102,Paris\r|103,n103,Paris\r|             ; 3 ; CRLF line ends inside the value
            """)
    void refusesAValueWhoseInnerLinesLookLikeRecords(String value, int columns, String what) {
        assertThat(check(value, columns)).as(what).isPresent();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', textBlock = """
            12 Main St|Apt 4, Springfield|IL 62704                         ; 3 ; an address
            Dear John,|thanks, for all|the fish, and more|bye              ; 2 ; prose, one comma a line, two columns
            Call first, then knock.|Back door, not the front,|after 5 pm.  ; 3 ; a note
            one|102,n102,Paris|two                                         ; 3 ; one record-like line can be chance
            I went to Paris, Rome, and Berlin.|Then, home, to bed, soon.|x ; 4 ; prose with three commas, four columns
            a|1,2|3,4|b                                                    ; 1 ; a single column: nothing to tell
            """)
    void acceptsARealMultiLineValue(String value, int columns, String what) {
        assertThat(check(value, columns)).as(what).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void namesTheFirstRecordLikeLineAndCountsThemAll() {
        assertThat(check("O Brien|102,n102,Paris|103,n103,Paris|104,n104,Paris|", 3))
                .contains(new StrayQuoteCheck.Swallowed(3, 1, "102,n102,Paris"));
    }
}
