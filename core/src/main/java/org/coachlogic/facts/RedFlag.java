package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Symptoms that may point to a serious cause of back pain and call for a clinician. */
@API(status = STABLE, since = "0.1")
public enum RedFlag {
    SIGNIFICANT_TRAUMA,
    LEG_NUMBNESS,
    LEG_WEAKNESS,
    PROGRESSIVE_LEG_WEAKNESS,
    BLADDER_OR_BOWEL_CHANGE,
    SADDLE_NUMBNESS,
    WORSENING_DESPITE_REST,
    FEVER,
    UNEXPLAINED_WEIGHT_LOSS;
}
