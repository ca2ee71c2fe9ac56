/**
 * Kaizen: leadership models as data. {@link dev.kaizen.Kaizen} validates, scores and derives the
 * values of any document; {@link dev.kaizen.Models} is the one registry of the {@link
 * dev.kaizen.Model} of each {@linkplain dev.kaizen.core.DocumentKind kind} (its type, validator,
 * default scorer and derived values), which the JSON formats, the command line and the test
 * generators use too.
 *
 * <p>The models, one package each: {@link dev.kaizen.sixstep} (the Kaizen six-step record), {@link
 * dev.kaizen.a3} (the A3 improvement-opportunity template), {@link dev.kaizen.matrix} (the
 * competence/influence matrix), {@link dev.kaizen.progression} (frameworks and progression cases),
 * {@link dev.kaizen.portfolio} (the portfolio prioritisation quadrant and its planner). The shared
 * machinery: {@link dev.kaizen.core} (vocabulary, documents and their derived values), {@link
 * dev.kaizen.validation} (rule codes, violations), {@link dev.kaizen.scoring} (scores and
 * policies).
 *
 * <p>To add a kind of document: its constant in {@link dev.kaizen.core.DocumentKind}; its types,
 * validator, scorer and derived-values type in a model package; its {@link dev.kaizen.Model} in
 * {@link dev.kaizen.Models}; its JSON format in {@code kaizen-json}; its generators in {@code
 * kaizen-testing}. Each registry switches over every kind without a {@code default}, so the build
 * fails until every layer has the new kind.
 */
package dev.kaizen;
