package com.redshiftloader.domain.load;

import java.util.Optional;

/**
 * Runs a load: all or nothing (unless the plan has a reject budget), cancelled by interrupting the calling thread
 * (which rolls back and throws {@link InterruptedException}).
 */
public interface Loader {

    LoadReport load(LoadPlan plan, LoadListener listener) throws LoadException, InterruptedException;

    /**
     * Runs a load whose column types still await the full scan. This default waits for the scan before it starts; a
     * loader that overlaps them commits only after {@link TypeConfirmation#await()} agreed.
     *
     * @throws TypeConfirmation.TypesChanged when the full scan disagreed: nothing was loaded
     */
    default LoadReport load(LoadPlan plan, TypeConfirmation confirmation, LoadListener listener)
            throws LoadException, InterruptedException, TypeConfirmation.TypesChanged {
        Optional<TypeConfirmation.Retyped> retyped = confirmation.await();
        if (retyped.isPresent()) {
            throw new TypeConfirmation.TypesChanged(retyped.get(), null);
        }
        return load(plan, listener);
    }
}
