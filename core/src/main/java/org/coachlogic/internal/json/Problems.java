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
 */
final class Problems {

    private record Entry(int position, Violation violation) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Set<String> reportedPaths = new HashSet<>();
    private int nextPosition;

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

    int count() {
        return entries.size();
    }

    boolean any() {
        return !entries.isEmpty();
    }

    List<Violation> inDocumentOrder() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Entry::position)); // stable: same position keeps insertion order
        return sorted.stream().map(Entry::violation).toList();
    }
}
