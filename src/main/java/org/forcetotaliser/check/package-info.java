/**
 * Validation of a loaded portfolio: one {@link org.forcetotaliser.check.Rule} per problem, all
 * listed in {@link org.forcetotaliser.check.Rules}, run by {@link
 * org.forcetotaliser.check.Validator#validate}. Every rule has a stable kebab-case code, documented
 * in docs/rules.md.
 */
package org.forcetotaliser.check;
