/**
 * Enforcement: a guideline's verdicts as the native configuration of the enforcement points an
 * organisation already runs (DNS response policy zones, Unbound, dnsmasq, hosts, adblock lists,
 * Squid, PAC, Chrome/Edge and Firefox policies, Apple profiles), one audience or many at a time.
 */
@NullMarked
package eu.vern.enforce;

import org.jspecify.annotations.NullMarked;
