/**
 * Kaizen: leadership models as data. {@link dev.kaizen.Kaizen} validates and scores any document.
 *
 * <p>The models, one package each: {@link dev.kaizen.sixstep} (the Kaizen six-step record), {@link
 * dev.kaizen.a3} (the A3 improvement-opportunity template), {@link dev.kaizen.matrix} (the
 * competence/influence matrix), {@link dev.kaizen.progression} (frameworks and progression cases),
 * {@link dev.kaizen.portfolio} (the portfolio prioritisation quadrant and its planner). The shared
 * machinery: {@link dev.kaizen.core} (vocabulary), {@link dev.kaizen.validation} (rule codes,
 * violations), {@link dev.kaizen.scoring} (scores and policies).
 */
package dev.kaizen;
