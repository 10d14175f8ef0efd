/**
 * Resolver checks ({@code vern doctor --resolver}): asks a running resolver the questions that show
 * whether clients can walk past the organisation's DNS blocks — the encrypted-DNS and relay
 * canaries, the names the guideline blocks, and a CNAME alias of a blocked service asked several
 * times — and says what it answered.
 */
@NullMarked
package eu.vern.enforce.doctor;

import org.jspecify.annotations.NullMarked;
