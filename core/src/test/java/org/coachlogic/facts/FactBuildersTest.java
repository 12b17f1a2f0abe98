package org.coachlogic.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;

import org.coachlogic.InvalidFactsException;
import org.coachlogic.Violation;
import org.junit.jupiter.api.Test;

class FactBuildersTest {

    @Test
    void aBuilderGivesTheSameRecordAsThePositionalConstructor() {
        // GIVEN pain set by name, leaving the rest unknown
        // WHEN
        Pain built = Pain.builder().region(PainRegion.LOW_BACK).intensity(3).trend(PainTrend.STABLE).build();

        // THEN
        assertThat(built).isEqualTo(new Pain(PainRegion.LOW_BACK, 3, null, PainTrend.STABLE, null, null, null));
    }

    @Test
    void aBuilderValidatesLikeTheConstructorAndNamesEveryViolation() {
        // GIVEN two values out of range
        Activity.Builder builder = Activity.builder().sedentaryHoursPerDay(25.0).strengthSessionsPerWeek(22);

        // WHEN
        InvalidFactsException thrown = catchThrowableOfType(builder::build, InvalidFactsException.class);

        // THEN
        assertThat(thrown.violations()).extracting(Violation::path)
                .containsExactly("$.activity.sedentaryHoursPerDay", "$.activity.strengthSessionsPerWeek");
    }

    @Test
    void aClientBuilderWithoutAgeOrExperienceNamesBothAsRequired() {
        // GIVEN nothing set
        // WHEN
        InvalidFactsException thrown = catchThrowableOfType(() -> Client.builder().build(),
                InvalidFactsException.class);

        // THEN
        assertThat(thrown.violations()).containsExactly(new Violation("$.client.age", "is required"),
                new Violation("$.client.experience", "is required"));
    }

    @Test
    void toBuilderChangesOneComponentAndKeepsTheOthers() {
        // GIVEN facts with a client, a goal and short sleep
        ClientFacts facts = ClientFacts.builder()
                .client(Client.builder().age(42).experience(Experience.NOVICE).build())
                .goals(Set.of(Goal.STRENGTH))
                .sleep(Sleep.builder().hoursPerNight(5.5).build())
                .build();

        // WHEN
        ClientFacts changed = facts.toBuilder().stress(Stress.builder().level(8).build()).build();

        // THEN
        assertThat(changed).isEqualTo(facts.withStress(new Stress(8)));
        assertThat(changed.goals()).containsExactly(Goal.STRENGTH);
        assertThat(changed.redFlags()).isEmpty();
    }

    @Test
    void everyFactSectionHasABuilder() {
        // GIVEN every section of the facts, built by name
        StartBack startBack = StartBack.builder()
                .items1to8(List.of(true, false, true, false, false, true, true, false))
                .item9(Bothersomeness.VERY_MUCH).build();

        // WHEN they are put together
        ClientFacts facts = ClientFacts.builder()
                .client(Client.builder().age(30).experience(Experience.INTERMEDIATE)
                        .sport(Sport.builder().name("rowing").pushDominant(false).build()).build())
                .pain(Pain.builder().intensity(2).build())
                .sleep(Sleep.builder().hoursPerNight(7.0).build())
                .stress(Stress.builder().level(3).build())
                .activity(Activity.builder().aerobicMinutesPerWeek(150).build())
                .mindset(Mindset.builder().fearOfMovement(2).build())
                .training(Training.builder().techniqueCoached(true).build())
                .screening(Screening.builder().startBack(startBack).build())
                .build();

        // THEN each section holds what was set
        assertThat(facts.client().sport().name()).isEqualTo("rowing");
        assertThat(facts.screening().startBack().score()).isEqualTo(5);
        assertThat(facts.training().techniqueCoached()).isTrue();
    }
}
