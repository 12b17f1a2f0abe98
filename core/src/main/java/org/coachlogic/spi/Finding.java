package org.coachlogic.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;

import org.apiguardian.api.API;

/**
 * What a rule's consequence inserts to say it applies: the reasons it fired, nothing else. The engine
 * knows which rule inserted it and takes the id, category, priority, sources and text from that rule's
 * metadata and the message bundle; rules never print, call out, or decide what the host sees.
 *
 * <pre>
 * rule "Short sleep"
 *     &#64;id("recovery.short-sleep") &#64;category("RECOVERY") &#64;priority("ADVICE") &#64;sources("aasm-2015 article-load")
 * when
 *     Sleep( $h : hoursPerNight, hoursPerNight &lt; 7.0 )
 * then
 *     insert(Finding.because("sleep.short", $h, 7.0));
 * end
 * </pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Finding {

    private final List<Reason> reasons;

    private Finding(List<Reason> reasons) {
        this.reasons = List.copyOf(reasons);
    }

    /** A finding with one reason. */
    public static Finding because(String key, Object... args) {
        return new Finding(List.of(Reason.of(key, args)));
    }

    /** A copy of this finding with one more reason. */
    public Finding and(String key, Object... args) {
        // an array of the final size, copied once by List.of (which List.copyOf then keeps): a list copy grew on
        // the add and was copied again, three arrays per reason added
        Reason[] more = reasons.toArray(new Reason[reasons.size() + 1]);
        more[reasons.size()] = Reason.of(key, args);
        return new Finding(List.of(more));
    }

    /** A copy of this finding with one more reason for each value, the value as the reason's only argument. */
    public Finding andEach(String key, Iterable<?> values) {
        List<Reason> more = new ArrayList<>(reasons);
        for (Object value : values) {
            more.add(Reason.of(key, value));
        }
        return new Finding(more);
    }

    public List<Reason> reasons() {
        return reasons;
    }

    @Override
    public String toString() {
        return "Finding" + reasons;
    }
}
