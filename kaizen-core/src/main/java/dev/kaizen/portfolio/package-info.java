/**
 * The portfolio prioritisation quadrant (DOMAIN.md §7): how time and money are spread over four
 * classes of work that all need some every quarter.
 *
 * <ul>
 *   <li>{@link dev.kaizen.portfolio.Portfolio}: the document, a {@link dev.kaizen.portfolio.Scale}
 *       and its {@link dev.kaizen.portfolio.PortfolioQuarter}s, each with a budget, a plan, {@link
 *       dev.kaizen.portfolio.Item}s and candidates.
 *   <li>The layout: four {@link dev.kaizen.portfolio.QuadrantPosition}s that each scale names with
 *       its own keys; {@link dev.kaizen.portfolio.PerQuadrant} holds one number per position
 *       (shares, drift, spend).
 *   <li>{@link dev.kaizen.portfolio.QuarterFigures}: what is derived per quarter (spend, actual
 *       shares, drift, balance).
 *   <li>{@link dev.kaizen.portfolio.PortfolioValidator}: every {@code portfolio.*} rule.
 *   <li>{@link dev.kaizen.portfolio.PortfolioScorer}: the {@code portfolio-default/1} score, with a
 *       {@link dev.kaizen.portfolio.QuarterScore} per quarter.
 *   <li>{@link dev.kaizen.portfolio.PortfolioPlanner}: chooses candidates of greatest value within
 *       each quadrant's share of the budget, and reports an {@link
 *       dev.kaizen.portfolio.Allocation}; a {@link dev.kaizen.portfolio.QuarterPlan} is that
 *       allocation for one quarter of a portfolio, what {@code kaizen plan} prints.
 * </ul>
 */
package dev.kaizen.portfolio;
