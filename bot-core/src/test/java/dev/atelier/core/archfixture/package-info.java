/** Test fixtures: classes that break (or keep) the core's architecture rules, to prove the rules can fail. */
package dev.atelier.core.archfixture;
