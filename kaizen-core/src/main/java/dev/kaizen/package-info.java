/**
 * Kaizen: leadership models as data.
 *
 * <h2>Names</h2>
 *
 * <p>"Kaizen" alone, or with a technology after it ({@link dev.kaizen.Kaizen}, {@code KaizenJson},
 * {@code KaizenJacksonModule}, {@code KaizenCli}), names the library. A model's classes are named
 * after its root type ({@code KaizenRecordValidator}, {@code A3Scorer}, …), never after the
 * library. Each kind of document maps to one package, one rule-code prefix and one root type:
 *
 * <table>
 *   <caption>Kind, package, rule-code prefix and types of each model</caption>
 *   <tr><th>kind ({@code "kind"})</th><th>package</th><th>rule codes</th><th>root type</th>
 *       <th>validator</th><th>scorer (default policy)</th><th>derived values</th>
 *       <th>JSON format / generators</th></tr>
 *   <tr><td>{@code kaizen}</td><td>{@link dev.kaizen.sixstep}</td><td>{@code kaizen.*}</td>
 *       <td>{@link dev.kaizen.sixstep.KaizenRecord}</td>
 *       <td>{@link dev.kaizen.sixstep.KaizenRecordValidator}</td>
 *       <td>{@link dev.kaizen.sixstep.KaizenRecordScorer} ({@code kaizen-default/1})</td>
 *       <td>{@link dev.kaizen.sixstep.KaizenRecordDerived}</td>
 *       <td>{@code KaizenRecordFormat} / {@code KaizenRecordGenerators}</td></tr>
 *   <tr><td>{@code a3}</td><td>{@link dev.kaizen.a3}</td><td>{@code a3.*}</td>
 *       <td>{@link dev.kaizen.a3.A3}</td><td>{@link dev.kaizen.a3.A3Validator}</td>
 *       <td>{@link dev.kaizen.a3.A3Scorer} ({@code a3-default/1})</td>
 *       <td>{@link dev.kaizen.a3.A3Derived}</td><td>{@code A3Format} / {@code A3Generators}</td></tr>
 *   <tr><td>{@code assessment}</td><td>{@link dev.kaizen.matrix}</td><td>{@code matrix.*}</td>
 *       <td>{@link dev.kaizen.matrix.Assessment}</td>
 *       <td>{@link dev.kaizen.matrix.AssessmentValidator}</td>
 *       <td>{@link dev.kaizen.matrix.AssessmentScorer} ({@code matrix-default/1})</td>
 *       <td>{@link dev.kaizen.matrix.AssessmentDerived}</td>
 *       <td>{@code AssessmentFormat} / {@code AssessmentGenerators}</td></tr>
 *   <tr><td>{@code framework}</td><td>{@link dev.kaizen.progression}</td>
 *       <td>{@code framework.*}</td><td>{@link dev.kaizen.progression.Framework}</td>
 *       <td>{@link dev.kaizen.progression.FrameworkValidator}</td>
 *       <td>{@link dev.kaizen.progression.FrameworkScorer} ({@code framework-default/1})</td>
 *       <td>{@link dev.kaizen.progression.FrameworkDerived}</td>
 *       <td>{@code FrameworkFormat} / {@code ProgressionGenerators}</td></tr>
 *   <tr><td>{@code progression-case}</td><td>{@link dev.kaizen.progression}</td>
 *       <td>{@code progression.*}</td><td>{@link dev.kaizen.progression.ProgressionCase}</td>
 *       <td>{@link dev.kaizen.progression.ProgressionCaseValidator}</td>
 *       <td>{@link dev.kaizen.progression.ProgressionCaseScorer} ({@code progression-default/1})</td>
 *       <td>{@link dev.kaizen.progression.ProgressionCaseDerived}</td>
 *       <td>{@code ProgressionCaseFormat} / {@code ProgressionGenerators}</td></tr>
 *   <tr><td>{@code portfolio}</td><td>{@link dev.kaizen.portfolio}</td><td>{@code portfolio.*}</td>
 *       <td>{@link dev.kaizen.portfolio.Portfolio}</td>
 *       <td>{@link dev.kaizen.portfolio.PortfolioValidator}</td>
 *       <td>{@link dev.kaizen.portfolio.PortfolioScorer} ({@code portfolio-default/1})</td>
 *       <td>{@link dev.kaizen.portfolio.PortfolioDerived}</td>
 *       <td>{@code PortfolioFormat} / {@code PortfolioGenerators}</td></tr>
 * </table>
 *
 * <p>Two names differ on purpose. The package {@code sixstep} holds the kind {@code kaizen}, whose
 * rule codes start with {@code kaizen.}: a package {@code dev.kaizen.kaizen} would say nothing, and
 * the codes are public API fixed by the specification. The package {@code matrix} holds the kind
 * {@code assessment}, with codes {@code matrix.*}: the model is the competence/influence matrix, a
 * document is one person's assessment on it. Rule codes are never renamed: {@code
 * a3.root-causes.duplicate-id} covers duplicate countermeasure ids and {@code
 * portfolio.items.duplicate-id} duplicate candidate ids, as the specification defines them, so no
 * code is misfiled and none is deprecated.
 *
 * <h2>Packages</h2>
 *
 * <p>{@link dev.kaizen.Kaizen} validates, scores and derives the values of any document, and gives
 * its {@link dev.kaizen.Report} (what {@code score --json} prints, as a value); {@link
 * dev.kaizen.Models} is the one registry of the {@link dev.kaizen.Model} of each {@linkplain
 * dev.kaizen.core.DocumentKind kind} (its type, validator, default scorer and derived values),
 * which the JSON formats, the command line and the test generators use too.
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
