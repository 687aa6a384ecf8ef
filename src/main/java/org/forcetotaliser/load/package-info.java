/**
 * Reading the input files into the model: {@link org.forcetotaliser.load.PortfolioLoader#load}
 * walks the paths given, reads force.yaml, project files (strict YAML, through a located tree
 * mapped by hand into records) and actuals CSV (streamed into sums), and returns a {@link
 * org.forcetotaliser.load.LoadResult}: the portfolio, the reference data, every problem found, and
 * where each value was written. Bad input never throws.
 */
package org.forcetotaliser.load;
