package com.redshiftloader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.redshiftloader.domain.load.RunHistory;
import com.redshiftloader.infra.files.FileSourceInspector;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command's {@code --help}, line for line as the command line printed it before it had its own parser (the
 * usage of {@code profiles} gained only the empty line before "Commands:" that the root's always had).
 */
class UsageTextTest {

    private static int help(StringWriter out, String... args) {
        ProfileStoreFactory stores = directory -> {
            throw new AssertionError("help opens no store");
        };
        FileSourceInspector inspector = new FileSourceInspector();
        return RootCommand.commandLine(
                        "1.2.3",
                        new InspectCommand(inspector),
                        new TestCommand(stores, (profile, listener) -> {
                            throw new AssertionError("help tests nothing");
                        }),
                        ProfilesCommand.create(stores),
                        new LoadCommand(
                                stores,
                                inspector,
                                patterns -> {
                                    throw new AssertionError("help loads nothing");
                                },
                                job -> {
                                    throw new AssertionError("help reads no job");
                                },
                                RunHistory.NONE))
                .execute(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    }

    static Stream<Arguments> usages() {
        return Stream.of(
                Arguments.of(new String[] {"--help"}, ROOT),
                Arguments.of(new String[] {"load", "--help"}, LOAD),
                Arguments.of(new String[] {"inspect", "-h"}, INSPECT),
                Arguments.of(new String[] {"test", "--help"}, TEST),
                Arguments.of(new String[] {"profiles", "--help"}, PROFILES),
                Arguments.of(new String[] {"profiles", "list", "--help"}, PROFILES_LIST));
    }

    @ParameterizedTest
    @MethodSource("usages")
    void helpPrintsTheUsageUsersKnow(String[] args, String usage) {
        StringWriter out = new StringWriter();
        assertThat(help(out, args)).isZero();
        assertThat(out.toString().replace(System.lineSeparator(), "\n")).isEqualTo(usage);
    }

    private static final String ROOT = """
                Usage: redshift-loader [-hV] [COMMAND]
                Loads CSV, TSV, JSON and JSON Lines files into Amazon Redshift (or PostgreSQL).

                Without arguments, the desktop application opens. With a subcommand, the same
                jobs run headless.
                  -h, --help      Show this help message and exit.
                  -V, --version   Print version information and exit.

                Commands:
                  inspect   Reads a CSV, TSV, JSON or JSON Lines file (optionally
                              gzip-compressed), detects how it is written and infers a Redshift
                              type for every column from the whole file.
                  test      Tests a connection profile step by step: DNS, TCP, TLS, log-in,
                              schema, table and S3 staging.
                  profiles  Works with the saved connection profiles.
                  load      Loads a CSV, TSV, JSON or JSON Lines file into a table, all or
                              nothing.

                Exit codes: 0 success, 1 failure, 2 invalid input or usage.
                """;

    private static final String LOAD = """
                Usage: redshift-loader load [-hV] [--copy] [--dry-run] [--fill-missing]
                                            [--insert] [--multiline-values] [--trim]
                                            [--distkey=COLUMN] [--encoding=E] [--job=JOB.yaml]
                                            [--max-errors=N] [--mode=MODE]
                                            [--on-bad-bytes=refuse|replace]
                                            [--profile=NAME|FILE] [--profiles-dir=DIR]
                                            [--rejects=FILE] [--schema=<schema>]
                                            [--table=<table>] [--date-format=COLUMN=LAYOUT]...
                                            [--key=COLUMN[,COLUMN...]]... [--null-as=TOKEN]...
                                            [--sortkey=COLUMN[,COLUMN...]]...
                                            [--type=COLUMN=TYPE]... [FILE]
                Loads a CSV, TSV, JSON or JSON Lines file into a table, all or nothing.
                With --job, runs a saved load job (from the window's 'Save as job…').
                      [FILE]                The file to load (or the job's).
                      --job=JOB.yaml        A saved load job; the options given here override
                                              the job's.
                      --profile=NAME|FILE   A saved profile or a YAML file (required without
                                              --job).
                      --table=<table>       The table (default: the profile's table, else the
                                              file's name).
                      --schema=<schema>     The schema (default: the profile's).
                      --mode=MODE           append, truncate, replace, merge or fail_if_exists.
                      --key=COLUMN[,COLUMN...]
                                            Merge key columns.
                      --type=COLUMN=TYPE    Override a column's type, e.g. zip=VARCHAR(5).
                      --date-format=COLUMN=LAYOUT
                                            Read a column's dates in this Redshift
                                              DATEFORMAT/TIMEFORMAT layout, e.g. shipped='MON
                                              DD YYYY' (source or target name; repeatable).
                      --distkey=COLUMN      DISTKEY of the table, when the load creates it
                                              (Redshift).
                      --sortkey=COLUMN[,COLUMN...]
                                            SORTKEY columns of the table, when the load creates
                                              it (Redshift).
                      --insert              Load by multi-row INSERT (COPY FROM STDIN on
                                              PostgreSQL).
                      --copy                Load through S3 staging and COPY.
                      --dry-run             Run everything, then roll back: nothing changes.
                      --max-errors=N        Rows that may be rejected (default 0).
                      --rejects=FILE        Where rejected rows go (default FILE.rejects.csv).
                      --fill-missing        Load a row with fewer fields than columns with NULL
                                              for the missing ones (else it is a bad row).
                      --multiline-values    Quoted values may span lines that look like records
                                              (else taken for a stray quote and refused).
                      --encoding=E          Read the file in this encoding, e.g. windows-1252,
                                              instead of the detected one.
                      --on-bad-bytes=refuse|replace
                                            Bytes that are not UTF-8 in a UTF-8 file: refuse
                                              the file (default) or read each as U+FFFD,
                                              counted.
                      --null-as=TOKEN       Read this value as NULL; repeatable, replaces the
                                              default set (empty, NULL, null, \\N, NA);
                                              --null-as '' for empty fields.
                      --trim                Strip leading and trailing spaces and tabs from
                                              every value, quoted ones too, before the NULL
                                              check, typing and loading.
                      --profiles-dir=DIR    Where saved profiles are kept.
                  -h, --help                Show this help message and exit.
                  -V, --version             Print version information and exit.

                Exit codes: 0 loaded, 1 the load failed (nothing changed), 2 invalid input or
                profile.
                """;

    private static final String INSPECT = """
                Usage: redshift-loader inspect [-hV] [--json] [--no-header] [--trim]
                                               [--delimiter=X] [--encoding=E]
                                               [--format=csv|tsv|json|jsonl] [--rows=N]
                                               [--date-format=COLUMN=LAYOUT]...
                                               [--epoch=COLUMN=epochsecs|epochmillisecs]...
                                               [--null-as=TOKEN]... <file>
                Reads a CSV, TSV, JSON or JSON Lines file (optionally gzip-compressed), detects
                how it is written and infers a Redshift type for every column from the whole
                file.
                      <file>            The file to inspect.
                      --format=csv|tsv|json|jsonl
                                        The format, instead of detecting it.
                      --delimiter=X     The field delimiter (a character, or \\t / tab).
                      --encoding=E      The encoding, e.g. UTF-8, windows-1252, UTF-16LE.
                      --no-header       The first line is data, not column names.
                      --null-as=TOKEN   Read this value as NULL; repeatable, replaces the
                                          default set (empty, NULL, null, \\N, NA); --null-as ''
                                          for empty fields.
                      --trim            Strip leading and trailing spaces and tabs from every
                                          value, quoted ones too, before the NULL check, typing
                                          and loading.
                      --rows=N          Also print the first N rows as parsed.
                      --json            Print one JSON object instead of text.
                      --epoch=COLUMN=epochsecs|epochmillisecs
                                        Read a column of whole numbers as epoch times
                                          (TIMESTAMP); repeatable.
                      --date-format=COLUMN=LAYOUT
                                        Read a column's dates in this Redshift
                                          DATEFORMAT/TIMEFORMAT layout, e.g. shipped='MON DD
                                          YYYY' (source or target name; repeatable).
                  -h, --help            Show this help message and exit.
                  -V, --version         Print version information and exit.

                Exit codes: 0 success, 2 unreadable input or invalid options.
                """;

    private static final String TEST = """
                Usage: redshift-loader test [-hV] --profile=NAME|FILE [--profiles-dir=DIR]
                Tests a connection profile step by step: DNS, TCP, TLS, log-in, schema, table
                and S3 staging.
                  -h, --help                Show this help message and exit.
                      --profile=NAME|FILE   A saved profile's name, or the path of a profile
                                              YAML file (e.g. a Mage io_config.yaml).
                      --profiles-dir=DIR    Where saved profiles are kept.
                  -V, --version             Print version information and exit.

                Exit codes: 0 every step passed, 1 a step failed, 2 the profile is invalid.
                """;

    private static final String PROFILES = """
                Usage: redshift-loader profiles [-hV] [COMMAND]
                Works with the saved connection profiles.
                  -h, --help      Show this help message and exit.
                  -V, --version   Print version information and exit.

                Commands:
                  list  Lists the saved profiles.
                """;

    private static final String PROFILES_LIST = """
                Usage: redshift-loader profiles list [-hV] [--profiles-dir=DIR]
                Lists the saved profiles.
                  -h, --help               Show this help message and exit.
                      --profiles-dir=DIR   Where saved profiles are kept.
                  -V, --version            Print version information and exit.
                """;
}
