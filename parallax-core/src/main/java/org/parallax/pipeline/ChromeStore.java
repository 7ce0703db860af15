package org.parallax.pipeline;

import java.util.Collection;
import java.util.Set;
import org.parallax.clean.ChromeProfile;

/**
 * Where the chrome profile is kept between runs, so that a run goes on from what earlier runs learned and
 * each document is learned from once however often it is analyzed.
 */
public interface ChromeStore {

    /** Keeps nothing: every run starts from an empty profile. */
    ChromeStore NONE = new ChromeStore() {
        @Override
        public ChromeProfile load() {
            return ChromeProfile.empty();
        }

        @Override
        public Set<String> learned(Collection<String> documents) {
            return Set.of();
        }

        @Override
        public void keep(ChromeProfile profile, Collection<String> documents) {
        }
    };

    /** The profile as the last run left it. */
    ChromeProfile load();

    /** Which of these documents (raw document ids) the kept profile has already learned from. */
    Set<String> learned(Collection<String> documents);

    /** Keeps the profile's changes and the ids of the documents it learned from, in one transaction. */
    void keep(ChromeProfile profile, Collection<String> documents);
}
