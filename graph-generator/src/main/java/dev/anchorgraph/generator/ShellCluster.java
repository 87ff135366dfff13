package dev.anchorgraph.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * A planned cluster of shell firms: registered within the last year, in one district, at one address, all with the
 * same legal representative.
 *
 * @param representative the person (index in {@link Persons}) who is legal representative of every member
 */
record ShellCluster(
        int id,
        Region region,
        District district,
        String address,
        int representative,
        List<LocalDate> foundedOn,
        List<Scale> scales) {

    int size() {
        return foundedOn.size();
    }
}
