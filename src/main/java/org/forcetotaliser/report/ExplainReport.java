package org.forcetotaliser.report;

import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.model.ForceSettings;

/**
 * Everything needed to show how a project's figures, or one item's, were reached. Immutable.
 *
 * @param item the benefit or cost id to explain, or null for the whole project
 */
public record ExplainReport(ForceSettings settings, ProjectAppraisal appraisal, String item) {}
