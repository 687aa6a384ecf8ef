package org.forcetotaliser.load;

import java.util.List;
import java.util.Objects;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Portfolio;
import org.forcetotaliser.model.ReferenceData;

/**
 * What loading found: the portfolio (with whatever could be read), the reference tables with
 * force.yaml's overrides applied, every problem found while reading, where each value was written,
 * and how many files were read. Immutable.
 *
 * @param label the paths as the user gave them, for summaries ({@code examples})
 * @param projectFiles how many project files were read (including ones with errors)
 * @param actualsFiles how many actuals files were read
 * @param wholePortfolio false when force.yaml was found above a project file given on its own: the
 *     run then sees only part of the portfolio, so an {@code accept} entry that matches nothing in
 *     it is not stale
 */
public record LoadResult(
    Portfolio portfolio,
    ReferenceData reference,
    List<Diagnostic> diagnostics,
    SourceMap sources,
    String label,
    int projectFiles,
    int actualsFiles,
    boolean wholePortfolio) {

  public LoadResult {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(reference, "reference");
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(sources, "sources");
  }

  public LoadResult(
      Portfolio portfolio,
      ReferenceData reference,
      List<Diagnostic> diagnostics,
      SourceMap sources,
      String label,
      int projectFiles,
      int actualsFiles) {
    this(portfolio, reference, diagnostics, sources, label, projectFiles, actualsFiles, true);
  }
}
