package org.coachlogic.facts;

/** Symptoms that may point to a serious cause of back pain and call for a clinician. */
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
