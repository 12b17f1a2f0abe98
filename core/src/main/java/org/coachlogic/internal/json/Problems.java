package org.coachlogic.internal.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coachlogic.Violation;

/**
 * Collects violations while a document is read and hands them back in document order. Each path is
 * given a position when the reader reaches it; a violation sits at the position of its path, or, for a
 * path the document does not contain (a missing property), where the reader was when it noticed.
 *
 * <p>At most {@value #MAX_LISTED} are handed back, followed by one saying that there may be more: a 1 MB
 * document can hold half a million wrong values, and listing each would cost more time and memory than
 * the document itself. The reader stops walking the document once that many have been found.
 */
final class Problems {

    static final int MAX_LISTED = 100;

    private record Entry(int position, Violation violation) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Set<String> reportedPaths = new HashSet<>();
    private int nextPosition;
    private boolean stoppedWalking;

    void visit(String path) {
        positions.put(path, nextPosition++);
    }

    void add(String path, String message) {
        Integer position = positions.get(path);
        entries.add(new Entry(position == null ? nextPosition++ : position, new Violation(path, message)));
        reportedPaths.add(path);
    }

    /** Adds the violations a record constructor found, except at paths already reported. */
    void addUnreported(List<Violation> violations) {
        for (Violation violation : violations) {
            if (!reportedPaths.contains(violation.path())) {
                add(violation.path(), violation.message());
            }
        }
    }

    /**
     * Whether the reader should stop walking the document, because enough problems are known; once it
     * says so, the list ends with a note that there may be more.
     */
    boolean stopWalking() {
        if (entries.size() >= MAX_LISTED) {
            stoppedWalking = true;
        }
        return stoppedWalking;
    }

    int count() {
        return entries.size();
    }

    boolean any() {
        return !entries.isEmpty();
    }

    List<Violation> inDocumentOrder() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Entry::position)); // stable: same position keeps insertion order
        List<Violation> listed = new ArrayList<>(sorted.stream().limit(MAX_LISTED).map(Entry::violation).toList());
        if (stoppedWalking || sorted.size() > MAX_LISTED) {
            // problems noticed after the walk stopped sit at the end and are the ones left out
            listed.add(new Violation(JsonPaths.ROOT, "has more problems than the first " + MAX_LISTED
                    + " listed; reading stopped there"));
        }
        return List.copyOf(listed);
    }
}
