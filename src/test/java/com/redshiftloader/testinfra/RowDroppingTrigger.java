package com.redshiftloader.testinfra;

import java.util.List;

/**
 * A BEFORE INSERT trigger that silently drops every inserted row whose {@code id} ends in 07 (7, 107, 207, …): the
 * database then holds fewer rows than a load sent, which the load must notice before it commits.
 */
public final class RowDroppingTrigger {

    private RowDroppingTrigger() {}

    /** The statements that put the trigger on {@code public.<table>} (a table with an integer {@code id}). */
    public static List<String> on(String table) {
        return List.of(
                """
                CREATE OR REPLACE FUNCTION public.drop_sevens() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.id % 100 = 7 THEN
                        RETURN NULL;
                    END IF;
                    RETURN NEW;
                END $$""",
                "CREATE TRIGGER drop_sevens BEFORE INSERT ON public." + table
                        + " FOR EACH ROW EXECUTE FUNCTION public.drop_sevens()");
    }
}
