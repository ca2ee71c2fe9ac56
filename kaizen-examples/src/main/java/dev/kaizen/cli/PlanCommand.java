package dev.kaizen.cli;

import dev.kaizen.Kaizen;
import dev.kaizen.json.BadInputException;
import dev.kaizen.portfolio.Item;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.portfolio.PortfolioQuarter;
import dev.kaizen.portfolio.QuarterPlan;
import dev.kaizen.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kaizen plan [--json] FILE...}: plans each portfolio's latest quarter from its candidates.
 *
 * <p>{@code plan} reads portfolios only (another kind is bad input, status 2). It validates too:
 * violations go to standard error, and errors make the status 1, but the plan is still made (an
 * overspent past quarter should not stop the next one being planned), unless two candidates of the
 * planned quarter share an id. A portfolio without quarters cannot be planned (status 1). Otherwise
 * the planner runs on the latest quarter's candidates (a candidate without a value is worth 0) with
 * that quarter's budget and plan shares, and the status is 0, also when there are no candidates
 * (then every quadrant is empty). With several FILEs each JSON plan ends with {@code "file"}.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    synopsisHeading = "usage: ",
    description =
        "plan a portfolio's latest quarter: the candidates of greatest value within each"
            + " quadrant's share of the budget (violations go to standard error)",
    footer = KaizenCli.STATUS_FOOTER)
final class PlanCommand implements Callable<Integer> {
  @Option(
      names = "--json",
      description = "print each plan as one JSON object: {quarter, chosen, value, spend, empty}")
  boolean json;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "a portfolio, or - for standard input")
  List<String> files;

  private final Io io;

  PlanCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    boolean several = files.size() > 1;
    int status = KaizenCli.VALID;
    for (String file : files) {
      status = Math.max(status, plan(file, several ? Optional.of(file) : Optional.empty()));
    }
    return status;
  }

  private int plan(String file, Optional<String> source) {
    Portfolio portfolio;
    try (InputStream input = io.open(file)) {
      portfolio =
          io.json.read(new InputStreamReader(input, StandardCharsets.UTF_8), Portfolio.class);
    } catch (BadInputException e) {
      if (json) {
        io.out.println(Output.withSource(Output.json(e, e.line()), source, OptionalInt.empty()));
      }
      return io.badInput(file, e, e.line());
    } catch (IOException e) {
      return io.unreadable(file, e, json, source);
    }
    String name = Io.name(file);
    ValidationResult validation = Kaizen.validate(portfolio);
    if (!validation.violations().isEmpty()) {
      // Standard output holds the plan alone (exactly DOMAIN.md's object with --json).
      Output.text(
          io.err,
          name,
          portfolio.kind().token(),
          validation,
          Optional.empty(),
          Optional.empty(),
          Map.of());
    }
    Optional<PortfolioQuarter> latest = portfolio.latestQuarter();
    if (latest.isEmpty()) {
      io.err.println(
          name
              + ": nothing to plan: the portfolio has no quarter; add one with a budget, a plan and candidates");
      return KaizenCli.INVALID;
    }
    Set<String> ids = new HashSet<>();
    for (Item candidate : latest.get().candidates()) {
      if (!ids.add(candidate.id())) {
        io.err.println(
            name
                + ": not planned: two candidates of "
                + latest.get().quarter()
                + " share the id \""
                + candidate.id()
                + "\"; give each candidate its own id");
        return KaizenCli.INVALID;
      }
    }
    QuarterPlan plan = QuarterPlan.of(portfolio, latest.get());
    if (json) {
      io.out.println(Output.withSource(io.json.writePlan(plan), source, OptionalInt.empty()));
    } else {
      Output.plan(io.out, name, portfolio, latest.get(), plan.allocation());
    }
    return validation.isValid() ? KaizenCli.VALID : KaizenCli.INVALID;
  }
}
