/** Turning results into text for people and JSON for machines; no figure is computed here. */
package org.forcetotaliser.render;
